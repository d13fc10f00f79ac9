package org.eventmap.io.export;

import java.io.BufferedOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Locale;
import java.util.Set;
import org.eventmap.domain.Dataset;

/**
 * Writes a file so that it is never seen half-written: into a temporary file in the same folder (a name
 * of its own for each writer), then moved over the target in one step. A write that fails leaves the
 * target as it was (or absent) and no temporary file behind, and says why in words for a person.
 */
public final class AtomicFile {
  private AtomicFile() {}

  /** What goes into the file; the stream is closed by {@link AtomicFile}, whatever the content does with it. */
  @FunctionalInterface
  public interface Content {
    void writeTo(OutputStream out) throws IOException;
  }

  /**
   * A temporary file is made readable by its owner only; the file it becomes gets the permissions of
   * the file it replaces, or those a new file usually has (rw-r--r--).
   */
  private static void keepPermissions(Path target, Path temporary) throws IOException {
    try {
      Set<PosixFilePermission> permissions = Files.exists(target) ? Files.getPosixFilePermissions(target)
          : PosixFilePermissions.fromString("rw-r--r--");
      Files.setPosixFilePermissions(temporary, permissions);
    } catch (UnsupportedOperationException e) {
      // Not a POSIX file system (Windows): files there have no such permissions to keep.
    }
  }

  /**
   * @throws IOException when the folder does not exist or cannot be written, or the disk is full: its
   *     message says so in plain words, and that the target is untouched
   */
  public static Written write(Path target, DatasetWriter writer, Dataset dataset) throws IOException {
    Written[] written = new Written[1];
    write(target, out -> written[0] = writer.write(dataset, out));
    return written[0];
  }

  /** As above, for any content (a picture, the app's own files). */
  public static void write(Path target, Content content) throws IOException {
    Path absolute = target.toAbsolutePath();
    boolean existed = Files.exists(absolute);
    try {
      writeThrough(absolute, content);
    } catch (IOException e) {
      throw new IOException(reason(absolute, e) + "; nothing was written"
          + (existed && Files.exists(absolute) ? ", the file there is as it was" : ""), e);
    }
  }

  private static void writeThrough(Path absolute, Content content) throws IOException {
    Path folder = absolute.getParent();
    if (Files.isDirectory(absolute)) {
      throw new FileSystemException(absolute.toString(), null, "Is a directory");
    }
    String name = absolute.getFileName().toString();
    Path temporary = Files.createTempFile(folder, "." + name + ".", ".part");
    try {
      keepPermissions(absolute, temporary);
      try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.WRITE,
          StandardOpenOption.TRUNCATE_EXISTING);
          OutputStream out = new BufferedOutputStream(Channels.newOutputStream(channel), 1 << 16)) {
        content.writeTo(new FilterOutputStream(out) {
          @Override
          public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
          }

          @Override
          public void close() throws IOException {
            out.flush(); // closing is ours: the channel must stay open to be forced to disk
          }
        });
        out.flush();
        channel.force(true); // on disk before it takes the target's name, so a crash leaves one or the other
      }
      try {
        Files.move(temporary, absolute, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(temporary, absolute, StandardCopyOption.REPLACE_EXISTING);
      }
    } finally {
      Files.deleteIfExists(temporary);
    }
  }

  /**
   * Why a file could not be written there, for a person: the folder gone, read-only or not a folder, no
   * permission, the disk full. The system's words when none of these.
   */
  public static String reason(Path target, IOException e) {
    Path absolute = target.toAbsolutePath();
    Path folder = absolute.getParent();
    String why = e instanceof FileSystemException fs && fs.getReason() != null ? fs.getReason()
        : String.valueOf(e.getMessage());
    // An image writer says "I/O error writing PNG file" over the system's "No space left on device".
    StringBuilder all = new StringBuilder(why);
    for (Throwable cause = e.getCause(); cause != null && cause != cause.getCause(); cause = cause.getCause()) {
      all.append(' ').append(cause instanceof FileSystemException fs ? fs.getReason() : cause.getMessage());
    }
    String lower = all.toString().toLowerCase(Locale.ROOT);
    if (lower.contains("no space left") || lower.contains("not enough space") || lower.contains("disk full")) {
      return "the disk is full";
    }
    if (lower.contains("quota")) {
      return "the disk quota is used up";
    }
    if (lower.contains("read-only file system")) {
      return "the folder " + folder + " is read-only";
    }
    if (Files.isDirectory(absolute) || e instanceof DirectoryNotEmptyException || lower.contains("is a directory")) {
      return absolute + " is a folder";
    }
    if (e instanceof NotDirectoryException || lower.contains("not a directory")
        || folder != null && Files.exists(folder) && !Files.isDirectory(folder)) {
      return (folder == null ? absolute : folder) + " is not a folder";
    }
    if (e instanceof NoSuchFileException || folder != null && !Files.exists(folder)) {
      return "the folder " + folder + " does not exist (moved or deleted?)";
    }
    if (e instanceof AccessDeniedException || lower.contains("permission denied")) {
      return "permission denied in the folder " + folder;
    }
    return why;
  }
}
