package org.eventmap.io;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.util.Objects;
import java.util.Optional;

/**
 * What a file is at one moment (its size, last change and identity), taken before a read and again after
 * it: a file written, cut short or replaced while it was read gives a mixture of versions, which must not
 * be shown as a good dataset.
 */
public record FileSnapshot(long size, FileTime modified, Object key) {
  public static FileSnapshot of(Path file) throws IOException {
    BasicFileAttributes a = Files.readAttributes(file, BasicFileAttributes.class);
    return new FileSnapshot(a.size(), a.lastModifiedTime(), a.fileKey());
  }

  /**
   * How the file differs now from this snapshot, as the end of a sentence that starts with its name;
   * empty when it is the same file, unchanged.
   */
  public Optional<String> changeSince(Path file) {
    FileSnapshot now;
    try {
      now = of(file);
    } catch (NoSuchFileException e) {
      return Optional.of("was deleted or moved away while it was read: nothing of it is shown");
    } catch (IOException e) {
      return Optional.of("changed while it was read (it cannot be read now: " + e.getMessage() + ")");
    }
    if (!Objects.equals(now.key, key)) {
      return Optional.of("was replaced by another file while it was read: open it again");
    }
    if (now.size != size) {
      return Optional.of("changed while it was read (" + size + " bytes when it was opened, " + now.size
          + " bytes now): is it still being written? Open it again once it is complete");
    }
    if (!now.modified.equals(modified)) {
      return Optional.of("changed while it was read (it was written to meanwhile): open it again");
    }
    return Optional.empty();
  }
}
