package org.eventmap.io.geojson;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import org.eventmap.io.ProgressListener;

/**
 * Counts the bytes the parser takes, tells the listener about every megabyte and at the end, and stops
 * the read when the listener says so or the thread is interrupted (as {@code Task.cancel()} does). The
 * same as the dataset reader's, which is not visible from here.
 */
final class Progress extends FilterInputStream {
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
  private boolean endReported;

  Progress(InputStream in, long total, ProgressListener listener) {
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
    boolean end = n < 0 && !endReported;
    if (read >= nextReport || end) {
      endReported |= end;
      nextReport = read + REPORT_EVERY;
      if (Thread.currentThread().isInterrupted() || !listener.progress(read, total)) {
        throw new Cancelled();
      }
    }
  }
}
