package org.eventmap.io;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Optional;

/**
 * Whether a path names a file that can be read, told before it is opened: opening a named pipe waits
 * for a writer forever, and a device such as {@code /dev/zero} never ends, so neither may reach a reader.
 */
public final class FileKind {
  // The file type bits of st_mode (POSIX), as the JDK's "unix" attribute view gives them.
  private static final int TYPE_BITS = 0170000;
  private static final int FIFO = 0010000;
  private static final int CHARACTER_DEVICE = 0020000;
  private static final int BLOCK_DEVICE = 0060000;
  private static final int SOCKET = 0140000;

  private FileKind() {}

  /** Why the path cannot be read as a data file, as the end of a sentence that starts with its name; empty when it can. */
  public static Optional<String> whyNotAFile(Path file) {
    BasicFileAttributes attributes;
    try {
      attributes = Files.readAttributes(file, BasicFileAttributes.class);
    } catch (NoSuchFileException e) {
      return Optional.of(Files.isSymbolicLink(file) ? "is a link to " + linkTarget(file) + ", which does not exist"
          : parentThatIsAFile(file).map(p -> "cannot be read: " + p + " is a file, not a folder").orElse("no such file"));
    } catch (AccessDeniedException e) {
      return Optional.of("cannot be read: permission denied");
    } catch (FileSystemException e) {
      String reason = e.getReason() == null ? "" : e.getReason();
      if (reason.contains("levels of symbolic links")) {
        return Optional.of("cannot be read: it is a link that leads back to itself (a loop of symbolic links)");
      }
      if (reason.contains("Not a directory")) {
        return Optional.of(parentThatIsAFile(file).map(p -> "cannot be read: " + p + " is a file, not a folder")
            .orElse("cannot be read: a part of its path is a file, not a folder"));
      }
      return Optional.of("cannot be read: " + (reason.isEmpty() ? e.getMessage() : reason));
    } catch (IOException e) {
      return Optional.of("cannot be read: " + e.getMessage());
    }
    if (attributes.isDirectory()) {
      return Optional.of("is a folder, not a file");
    }
    if (attributes.isRegularFile()) {
      return Files.isReadable(file) ? Optional.empty() : Optional.of("cannot be read: permission denied");
    }
    return Optional.of("is " + otherKind(file) + ", not a file: Eventmap reads only files");
  }

  private static String otherKind(Path file) {
    try {
      int type = ((Integer) Files.getAttribute(file, "unix:mode")) & TYPE_BITS;
      return switch (type) {
        case FIFO -> "a named pipe";
        case CHARACTER_DEVICE -> "a device";
        case BLOCK_DEVICE -> "a disk device";
        case SOCKET -> "a socket";
        default -> "something other than a file";
      };
    } catch (IOException | UnsupportedOperationException | IllegalArgumentException | ClassCastException e) {
      return "something other than a file"; // a system without the unix view (Windows)
    }
  }

  private static String linkTarget(Path link) {
    try {
      return Files.readSymbolicLink(link).toString();
    } catch (IOException e) {
      return "a file";
    }
  }

  /** The nearest folder of the path that is in fact a file ({@code a.json/x}). */
  private static Optional<Path> parentThatIsAFile(Path file) {
    for (Path p = file.getParent(); p != null; p = p.getParent()) {
      if (Files.isRegularFile(p)) {
        return Optional.of(p);
      }
      if (Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS) || Files.isDirectory(p)) {
        return Optional.empty();
      }
    }
    return Optional.empty();
  }
}
