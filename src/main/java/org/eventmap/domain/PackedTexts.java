package org.eventmap.domain;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Several texts of one event, one after the other as UTF-8, each after its length; a text may be absent.
 * A large dataset holds millions of texts of its own (titles, summaries, source titles and addresses): as
 * strings each would cost two objects and some forty bytes of headers beside its characters.
 *
 * <p>The texts of many events may share one array (a slab, see {@link Writer}), so that a million events
 * keep a few thousand arrays rather than a million, which also spares the garbage collector.
 */
public final class PackedTexts {
  private final byte[] bytes;
  private final int offset;
  private final int count;

  private PackedTexts(byte[] bytes, int offset, int count) {
    this.bytes = bytes;
    this.offset = offset;
    this.count = count;
  }

  /** The texts in order; a null text is kept as absent. */
  static PackedTexts of(String... texts) {
    Writer writer = new Writer(0);
    for (String text : texts) {
      if (text == null) {
        writer.addAbsent();
      } else {
        writer.add(text);
      }
    }
    return writer.finish();
  }

  /**
   * Texts packed into slabs that this thread shares with the other events it makes, as our own reader's
   * are: an array of their own per event cost a million arrays (and their copies as they grew) for a
   * million-row spreadsheet. At most one slab (1 MiB) is shared between the datasets a thread reads.
   */
  static PackedTexts ofShared(String... texts) {
    Writer writer = SHARED_WRITERS.get();
    for (String text : texts) {
      if (text == null) {
        writer.addAbsent();
      } else {
        writer.add(text);
      }
    }
    return writer.finish();
  }

  private static final ThreadLocal<Writer> SHARED_WRITERS = ThreadLocal.withInitial(() -> new Writer(1 << 20));

  int count() {
    return count;
  }

  byte[] bytes() {
    return bytes;
  }

  int offset() {
    return offset;
  }

  /** The text at the given index, or null when it is absent. */
  static String get(byte[] bytes, int offset, int index) {
    long length = lengthAt(bytes, end(bytes, offset, index));
    int stored = (int) (length >>> 32);
    return stored == 0 ? null : new String(bytes, (int) length, stored - 1, StandardCharsets.UTF_8);
  }

  /** Where the texts that start at {@code offset} end, {@code count} of them. */
  static int end(byte[] bytes, int offset, int count) {
    int at = offset;
    for (int i = 0; i < count; i++) {
      long length = lengthAt(bytes, at);
      at = (int) length + Math.max(0, (int) (length >>> 32) - 1);
    }
    return at;
  }

  /**
   * The stored length at {@code at} (seven bits a byte, plus one, 0 for an absent text) in the high half,
   * and where the text's bytes begin in the low half.
   */
  private static long lengthAt(byte[] bytes, int at) {
    int stored = 0;
    int shift = 0;
    byte b;
    do {
      b = bytes[at++];
      stored |= (b & 0x7f) << shift;
      shift += 7;
    } while (b < 0);
    return ((long) stored << 32) | at;
  }

  /**
   * Packs the texts of one event after another into slabs of a given size: {@code add...} the texts of
   * an event, then {@link #finish()}. Not for use by several threads at once.
   */
  public static final class Writer {
    /** The first slab is this small, so that a small dataset wastes little of its last slab. */
    private static final int FIRST_SLAB_BYTES = 16 << 10;

    private final int largestSlabBytes;
    private int slabBytes;
    private byte[] slab = new byte[0];
    private int slabUsed;
    /** The texts of the event being written; copied into a slab when it is finished. */
    private byte[] current = new byte[256];
    private int currentUsed;
    private int currentCount;

    /**
     * @param largestSlabBytes how large a shared array may grow (each new one is twice the last, up to
     *     this); 0 for an array of its own per event
     */
    public Writer(int largestSlabBytes) {
      this.largestSlabBytes = largestSlabBytes;
      this.slabBytes = Math.min(FIRST_SLAB_BYTES, largestSlabBytes);
    }

    public Writer add(String text) {
      byte[] utf8 = text.getBytes(StandardCharsets.UTF_8);
      return addUtf8(utf8, 0, utf8.length);
    }

    /** Adds a text given as well-formed UTF-8, {@code utf8[from, to)}. */
    public Writer addUtf8(byte[] utf8, int from, int to) {
      int length = to - from;
      writeLength(length + 1); // plus one, so that 0 stands for an absent text
      System.arraycopy(utf8, from, current, currentUsed, length);
      currentUsed += length;
      currentCount++;
      return this;
    }

    public Writer addAbsent() {
      writeLength(0);
      currentCount++;
      return this;
    }

    /** The texts added since the last call. */
    public PackedTexts finish() {
      PackedTexts packed;
      if (currentUsed > largestSlabBytes / 4) {
        packed = new PackedTexts(Arrays.copyOf(current, currentUsed), 0, currentCount);
      } else {
        if (slab.length - slabUsed < currentUsed) {
          slabBytes = Math.max(slabBytes, currentUsed);
          slab = new byte[slabBytes];
          slabBytes = (int) Math.min(largestSlabBytes, 2L * slabBytes);
          slabUsed = 0;
        }
        System.arraycopy(current, 0, slab, slabUsed, currentUsed);
        packed = new PackedTexts(slab, slabUsed, currentCount);
        slabUsed += currentUsed;
      }
      currentUsed = 0;
      currentCount = 0;
      return packed;
    }

    private void writeLength(int value) {
      // A length and the longest text there can be after it must fit.
      int needed = currentUsed + 5 + Math.max(0, value - 1);
      if (needed > current.length) {
        current = Arrays.copyOf(current, Math.max(needed, 2 * current.length));
      }
      while ((value & ~0x7f) != 0) {
        current[currentUsed++] = (byte) ((value & 0x7f) | 0x80);
        value >>>= 7;
      }
      current[currentUsed++] = (byte) value;
    }
  }
}
