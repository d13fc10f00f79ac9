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
public final class ProgressInputStream extends FilterInputStream {
  private static final long REPORT_EVERY = 1 << 20;

  /** Thrown through the parser to end a cancelled read; never seen outside the readers. */
  public static final class Cancelled extends InterruptedIOException {
    public Cancelled() {
      super("the read was cancelled");
    }
  }

  /**
   * Thrown through the parser when the file turns out longer or shorter than it was when the read began:
   * it is being written, or was cut, and what was read is a mixture of versions.
   */
  public static final class ChangedWhileRead extends IOException {
    public ChangedWhileRead(String message) {
      super(message);
    }
  }

  private final long total;
  /** Whether the stream is the file itself from its first byte, so that its length must be {@code total}. */
  private final boolean wholeFile;
  private final ProgressListener listener;
  private final java.util.function.LongUnaryOperator toFileBytes;
  private long read;
  private long nextReport = REPORT_EVERY;

  /** @param total the file's size in bytes, or -1 when it is not known */
  public ProgressInputStream(InputStream in, long total, ProgressListener listener) {
    this(in, total, listener, null);
  }

  /**
   * For a stream that is not the file itself (a zip entry being inflated): {@code toFileBytes} tells how
   * far into the file so many bytes of the stream are.
   */
  public ProgressInputStream(InputStream in, long total, ProgressListener listener,
      java.util.function.LongUnaryOperator toFileBytes) {
    super(in);
    this.total = total;
    this.listener = listener;
    this.wholeFile = toFileBytes == null && total >= 0;
    this.toFileBytes = toFileBytes == null ? java.util.function.LongUnaryOperator.identity() : toFileBytes;
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

  private void counted(int n) throws IOException {
    if (n > 0) {
      read += n;
    }
    if (wholeFile && (read > total || n < 0 && read < total)) {
      throw new ChangedWhileRead("the file changed while it was read (" + total + " bytes when it was opened, "
          + (read > total ? "at least " + read : read) + " bytes now)");
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
