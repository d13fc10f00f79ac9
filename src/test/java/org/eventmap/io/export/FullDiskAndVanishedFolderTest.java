package org.eventmap.io.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Exports and conversions onto a disk that fills up, or into a folder that goes away: nothing
 * half-written, the old file kept, and the reason in words. The full disk is a real one, a 256 KiB tmpfs
 * (skipped where mounting is refused); the fault-injecting stream below stands for it everywhere.
 */
class FullDiskAndVanishedFolderTest {
  @TempDir Path dir;
  private final Mounts mounts = new Mounts();

  @AfterEach
  void unmount() throws Exception {
    mounts.close();
  }

  private static String[] names(Path folder) throws IOException {
    try (Stream<Path> files = Files.list(folder)) {
      return files.map(p -> p.getFileName().toString()).sorted().toArray(String[]::new);
    }
  }

  @Test
  void everyFormatOntoARealFullDiskKeepsTheOldFileWholeAndSaysTheDiskIsFull() throws Exception {
    Path disk = dir.resolve("small-disk");
    assumeThat(mounts.smallDisk(disk, 256)).as("mount -t tmpfs is allowed here").isTrue();
    Path target = disk.resolve("events.out");
    Files.writeString(target, "the old export");
    Mounts.fill(disk, 4 * 1024);

    for (DatasetWriter writer : ExportFormats.all()) {
      assertThatThrownBy(() -> AtomicFile.write(target, writer, ExportFixtures.curated()))
          .as(writer.name())
          .isInstanceOf(IOException.class)
          .hasMessage("the disk is full; nothing was written, the file there is as it was");
      assertThat(Files.readString(target)).as(writer.name()).isEqualTo("the old export");
      assertThat(names(disk)).as("no temporary file left by " + writer.name()).containsExactly("events.out", "filler");
    }
  }

  /** The stream AtomicFile writes through fails as a full disk makes it fail, half-way through. */
  @Test
  void aStreamThatFailsAsAFullDiskDoesIsSaidAsAFullDiskAndLeavesTheOldFile() throws IOException {
    Path target = dir.resolve("events.geojson");
    Files.writeString(target, "the old export");
    AtomicFile.Content halfThenFull = out -> {
      out.write(new byte[100_000]);
      throw new IOException("No space left on device");
    };
    assertThatThrownBy(() -> AtomicFile.write(target, halfThenFull))
        .hasMessage("the disk is full; nothing was written, the file there is as it was");
    assertThat(Files.readString(target)).isEqualTo("the old export");
    assertThat(names(dir)).containsExactly("events.geojson");
  }

  @Test
  void aFolderDeletedAfterItWasChosenIsSaidPlainly() throws IOException {
    Path folder = Files.createDirectory(dir.resolve("chosen"));
    Path target = folder.resolve("events.kml");
    Files.delete(folder);

    assertThatThrownBy(() -> AtomicFile.write(target, new KmlWriter(), ExportFixtures.curated()))
        .hasMessage("the folder " + folder + " does not exist (moved or deleted?); nothing was written");
    assertThat(folder).doesNotExist();
  }

  @Test
  void aFolderDeletedWhileWritingLeavesNothingAndIsSaidPlainly() throws IOException {
    Path folder = Files.createDirectory(dir.resolve("chosen"));
    Path target = folder.resolve("events.geojson");
    AtomicFile.Content deletesItsFolder = out -> {
      out.write("{\"type\": \"FeatureCollection\", ".getBytes());
      try (Stream<Path> all = Files.walk(folder)) {
        for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
          Files.delete(p);
        }
      }
      out.write("\"features\": []}".getBytes());
    };

    assertThatThrownBy(() -> AtomicFile.write(target, deletesItsFolder))
        .hasMessage("the folder " + folder + " does not exist (moved or deleted?); nothing was written");
    assertThat(names(dir)).isEmpty();
  }

  @Test
  void aTargetThatIsAFolderIsSaidAndLeftAlone() throws IOException {
    Path folder = Files.createDirectory(dir.resolve("events.geojson"));
    Files.writeString(folder.resolve("inside.txt"), "kept");
    assertThatThrownBy(() -> AtomicFile.write(folder, (OutputStream out) -> out.write(1)))
        .hasMessageStartingWith(folder + " is a folder; nothing was written");
    assertThat(Files.readString(folder.resolve("inside.txt"))).isEqualTo("kept");
  }
}
