package org.eventmap.io.kml;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import java.util.zip.ZipEntry;

/**
 * How much a KMZ's KML may unpack to, so that a zip bomb (a few kilobytes that inflate to gigabytes) is
 * an error rather than a full heap. The sizes a zip declares can lie, so the bytes actually inflated are
 * counted as they come. Only one entry is ever unpacked, so its bound is also the bound of the whole.
 *
 * @param maxBytes the most one KML may unpack to
 * @param maxRatio the most it may unpack to per byte it takes in the zip, past {@code freeBytes}
 * @param freeBytes what any entry may unpack to whatever its ratio (a tiny KML compresses very well)
 */
record UnpackLimits(long maxBytes, long maxRatio, long freeBytes) {
  /**
   * Real KML packs to a tenth or a thirtieth of its size; a zip bomb to a thousandth or less. A KML of a
   * million placemarks is about half a gigabyte.
   */
  static final UnpackLimits DEFAULT = new UnpackLimits(2L << 30, 200, 1 << 20);

  /** Thrown through the parser when an entry unpacks to more than it may. */
  static final class TooMuch extends IOException {
    TooMuch(String message) {
      super(message);
    }
  }

  /** A sentence saying why the entry's declared size is too big already; null when it is not. */
  String declaredTooBig(ZipEntry entry) {
    if (entry.getSize() > maxBytes) {
      return "would unpack to " + mib(entry.getSize()) + ", more than the " + mib(maxBytes)
          + " a KMZ may unpack to (is it a zip bomb?)";
    }
    if (entry.getSize() > freeBytes && entry.getCompressedSize() > 0
        && entry.getSize() / entry.getCompressedSize() > maxRatio) {
      return "would unpack to " + mib(entry.getSize()) + " from " + mib(entry.getCompressedSize()) + ", more than "
          + maxRatio + " times its packed size: that is a zip bomb, not KML";
    }
    return null;
  }

  /** The entry's content, ending in {@link TooMuch} as soon as it inflates past either bound. */
  InputStream bounded(InputStream in, ZipEntry entry) {
    long packed = Math.max(0, entry.getCompressedSize());
    long byRatio = packed == 0 ? maxBytes : Math.max(freeBytes, packed * maxRatio);
    long limit = Math.min(maxBytes, byRatio);
    boolean ratioBinds = byRatio < maxBytes;
    return new FilterInputStream(in) {
      private long count;

      @Override
      public int read() throws IOException {
        int b = super.read();
        if (b >= 0) {
          counted(1);
        }
        return b;
      }

      @Override
      public int read(byte[] buffer, int offset, int length) throws IOException {
        int n = super.read(buffer, offset, length);
        if (n > 0) {
          counted(n);
        }
        return n;
      }

      private void counted(int n) throws TooMuch {
        count += n;
        if (count > limit) {
          throw new TooMuch(ratioBinds
              ? "unpacks to more than " + maxRatio + " times its packed size (" + mib(packed)
                  + "): that is a zip bomb, not KML; reading stopped at " + mib(count)
              : "unpacks to more than the " + mib(maxBytes) + " a KMZ may unpack to (is it a zip bomb?)");
        }
      }
    };
  }

  private static String mib(long bytes) {
    if (bytes < 1 << 20) {
      return String.format(Locale.ROOT, "%,d bytes", bytes);
    }
    return String.format(Locale.ROOT, "%,.1f MiB", bytes / (double) (1 << 20));
  }
}
