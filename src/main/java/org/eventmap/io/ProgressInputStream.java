package org.eventmap.io;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;

/**
 * Counts the bytes the parser takes, tells a {@link ProgressListener} about every megabyte, and stops
 * the read (with {@link Cancelled}) when the listener says so or the reading thread is interrupted, as
 * {@code Task.cancel()} does.
 */
final class ProgressInputStream extends FilterInputStream {
  private static final long REPORT_EVERY = 1 << 20;

  /** Thrown through the parser to end a cancelled read; never seen outside the reader. */
  static final class Cancelled extends InterruptedIOException {
    Cancelled() {
      super("the read was cancelled");
    }
  }

  private final long total;
  private final ProgressListener listener;
  private long read;
  private long nextReport = REPORT_EVERY;

  ProgressInputStream(InputStream in, long total, ProgressListener listener) {
    super(in);
    this.total = total;
    this.listener = listener;
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
      if (Thread.currentThread().isInterrupted() || !listener.progress(read, total)) {
        throw new Cancelled();
      }
    }
  }
}
