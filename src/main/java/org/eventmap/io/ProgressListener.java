package org.eventmap.io;

/**
 * Hears how far a {@link DatasetReader} has read a file, and can stop it. Called on the reading thread,
 * about every megabyte and once at the end, so it must be quick (a UI hands the numbers on with
 * {@code Platform.runLater} or a {@code Task}'s {@code updateProgress}).
 */
@FunctionalInterface
public interface ProgressListener {
  /** A listener that never cancels. */
  ProgressListener NONE = (bytesRead, totalBytes) -> true;

  /**
   * @param bytesRead bytes of the file read so far
   * @param totalBytes the size of the file, or -1 when it is not known (a stream)
   * @return true to go on, false to cancel: the reader stops soon after, and its result is
   *     {@link LoadResult#cancelled()}
   */
  boolean progress(long bytesRead, long totalBytes);
}
