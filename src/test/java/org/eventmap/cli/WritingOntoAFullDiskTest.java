package org.eventmap.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.eventmap.io.export.Mounts;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * {@code convert} and {@code export} onto a real full disk (a 256 KiB tmpfs, skipped where mounting is
 * refused) and into a read-only folder (a read-only bind mount): {@code eventmap: …} on standard error, a
 * non-zero exit, and the old file as it was.
 */
class WritingOntoAFullDiskTest {
  @TempDir Path dir;
  private final Mounts mounts = new Mounts();
  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  @AfterEach
  void unmount() throws Exception {
    mounts.close();
  }

  private int run(String... args) {
    CommandLine cl = EventmapCommand.commandLine();
    cl.setOut(new PrintWriter(out));
    cl.setErr(new PrintWriter(err));
    return cl.execute(args);
  }

  private static long entries(Path folder) throws IOException {
    try (Stream<Path> files = Files.list(folder)) {
      return files.count();
    }
  }

  @Test
  void convertOntoAFullDiskSaysTheDiskIsFullKeepsTheOldFileAndFails() throws Exception {
    Path disk = dir.resolve("small-disk");
    assumeThat(mounts.smallDisk(disk, 256)).as("mount -t tmpfs is allowed here").isTrue();
    Path converted = disk.resolve("converted.json");
    Files.writeString(converted, "the last conversion");
    Mounts.fill(disk, 4 * 1024);

    int exit = run("convert", ExportCommandTest.CURATED, "--out", converted.toString());

    assertThat(exit).isEqualTo(1);
    assertThat(err.toString()).isEqualTo("eventmap: cannot write " + converted
        + ": the disk is full; nothing was written, the file there is as it was" + System.lineSeparator());
    assertThat(Files.readString(converted)).isEqualTo("the last conversion");
    assertThat(entries(disk)).as("the old file and the filler, no temporary file").isEqualTo(2);
    assertThat(out.toString()).isEmpty();
  }

  @Test
  void exportOntoAFullDiskSaysTheDiskIsFullAndFails() throws Exception {
    Path disk = dir.resolve("small-disk");
    assumeThat(mounts.smallDisk(disk, 256)).as("mount -t tmpfs is allowed here").isTrue();
    Mounts.fill(disk, 4 * 1024);
    Path kml = disk.resolve("events.kml");

    assertThat(run("export", "--kml", ExportCommandTest.CURATED, "--out", kml.toString())).isEqualTo(1);

    assertThat(err.toString()).endsWith("eventmap: cannot write " + kml + ": the disk is full; nothing was written"
        + System.lineSeparator()).doesNotContain("Exception");
    assertThat(kml).doesNotExist();
    assertThat(entries(disk)).isEqualTo(1);
  }

  @Test
  void exportIntoAReadOnlyFolderIsRefusedBeforeReading() throws Exception {
    Path folder = dir.resolve("read-only");
    Files.createDirectories(folder);
    Files.writeString(folder.resolve("events.geojson"), "kept");
    assumeThat(mounts.readOnly(folder)).as("mount --bind -o ro is allowed here").isTrue();

    assertThat(run("export", "--geojson", ExportCommandTest.CURATED, "--out", folder.resolve("events.geojson")
        .toString())).isEqualTo(2);

    assertThat(err.toString()).isEqualTo("eventmap: cannot write " + folder.resolve("events.geojson")
        + ": the folder " + folder + " is read-only; nothing was written" + System.lineSeparator());
    assertThat(Files.readString(folder.resolve("events.geojson"))).isEqualTo("kept");
  }

  @Test
  void anOutWhoseFolderIsAFileIsSaidSo() throws Exception {
    Path notAFolder = Files.writeString(dir.resolve("notes.txt"), "a file");
    Path target = notAFolder.resolve("events.json");

    assertThat(run("convert", ExportCommandTest.CURATED, "--out", target.toString())).isEqualTo(2);

    assertThat(err.toString()).isEqualTo("eventmap: cannot write " + target + ": " + notAFolder
        + " is not a folder; nothing was written" + System.lineSeparator());
    assertThat(Files.readString(notAFolder)).isEqualTo("a file");
  }
}
