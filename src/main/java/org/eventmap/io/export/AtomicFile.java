package org.eventmap.io.export;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;
import org.eventmap.domain.Dataset;

/**
 * Writes a file so that it is never seen half-written: into a temporary file in the same folder, then
 * moved over the target in one step. A write that fails leaves the target as it was (or absent) and no
 * temporary file behind.
 */
public final class AtomicFile {
  private AtomicFile() {}

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
   * @throws IOException when the folder does not exist or cannot be written, or the disk is full; the
   *     target is then untouched
   */
  public static Written write(Path target, DatasetWriter writer, Dataset dataset) throws IOException {
    Path absolute = target.toAbsolutePath();
    Path folder = absolute.getParent();
    String name = absolute.getFileName().toString();
    Path temporary = Files.createTempFile(folder, "." + name + ".", ".part");
    try {
      keepPermissions(absolute, temporary);
      Written written;
      try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.WRITE,
          StandardOpenOption.TRUNCATE_EXISTING);
          OutputStream out = new BufferedOutputStream(Channels.newOutputStream(channel), 1 << 16)) {
        written = writer.write(dataset, out);
        out.flush();
        channel.force(true); // on disk before it takes the target's name, so a crash leaves one or the other
      }
      try {
        Files.move(temporary, absolute, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(temporary, absolute, StandardCopyOption.REPLACE_EXISTING);
      }
      return written;
    } finally {
      Files.deleteIfExists(temporary);
    }
  }
}
