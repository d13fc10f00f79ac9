package org.eventmap.io.kml;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.util.function.LongUnaryOperator;
import org.eventmap.io.ProgressListener;

/**
 * Counts the bytes the XML parser takes, tells the listener about every megabyte, and ends the read with
 * {@link Cancelled} when the listener says so or the reading thread is interrupted ({@code Task.cancel()}).
 * For a KMZ the bytes counted are the unpacked KML's, turned into bytes of the file for the listener.
 */
final class ProgressStream extends FilterInputStream {
  private static final long REPORT_EVERY = 1 << 20;

  /** Thrown through the parser to end a cancelled read; never seen outside this package. */
  static final class Cancelled extends InterruptedIOException {
    Cancelled() {
      super("the read was cancelled");
    }
  }

  private final ProgressListener listener;
  private final long total;
  private final LongUnaryOperator toFileBytes;
  private long read;
  private long nextReport = REPORT_EVERY;

  ProgressStream(InputStream in, ProgressListener listener, long total, LongUnaryOperator toFileBytes) {
    super(in);
    this.listener = listener;
    this.total = total;
    this.toFileBytes = toFileBytes;
  }

  ProgressStream(InputStream in, ProgressListener listener, long total) {
    this(in, listener, total, LongUnaryOperator.identity());
  }

  /** Whether this throwable, or one it was caused by, is a cancelled read. */
  static boolean isCancel(Throwable t) {
    return causeOf(t, Cancelled.class) != null;
  }

  /** The throwable of this type that caused this one (a parser wraps what its stream throws), or null. */
  static <T extends Throwable> T causeOf(Throwable t, Class<T> type) {
    for (Throwable c = t; c != null; ) {
      if (type.isInstance(c)) {
        return type.cast(c);
      }
      Throwable next = c instanceof javax.xml.stream.XMLStreamException x && x.getNestedException() != null
          ? x.getNestedException() : c.getCause();
      c = next == c ? null : next;
    }
    return null;
  }

  @Override
  public int read() throws IOException {
    int b = super.read();
    counted(b < 0 ? -1 : 1);
    return b;
  }

  @Override
  public int read(byte[] buffer, int offset, int length) throws IOException {
    int n = super.read(buffer, offset, length);
    counted(n);
    return n;
  }

  @Override
  public long skip(long n) throws IOException {
    long skipped = super.skip(n);
    counted((int) Math.min(Integer.MAX_VALUE, skipped));
    return skipped;
  }

  private void counted(int n) throws Cancelled {
    if (n > 0) {
      read += n;
    }
    if (read >= nextReport || n < 0) {
      nextReport = read + REPORT_EVERY;
      long done = total < 0 ? toFileBytes.applyAsLong(read) : Math.min(total, toFileBytes.applyAsLong(read));
      if (Thread.currentThread().isInterrupted() || !listener.progress(done, total)) {
        throw new Cancelled();
      }
    }
  }
}
