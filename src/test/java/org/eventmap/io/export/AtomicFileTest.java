package org.eventmap.io.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.eventmap.domain.Dataset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFileTest {
  @TempDir Path dir;

  /** Writes some text, then fails: as a full disk would, half-way through a large file. */
  private static final class FailingHalfWay implements DatasetWriter {
    @Override public String name() { return "failing"; }
    @Override public String description() { return "fails"; }
    @Override public String extension() { return "txt"; }

    @Override
    public Written write(Dataset dataset, Writer out) throws IOException {
      out.write("{\"type\": \"FeatureCollection\", \"features\": [".repeat(10_000));
      throw new IOException("No space left on device");
    }
  }

  @Test
  void aWriteThatFailsLeavesTheOldFileAndNoTemporaryFile() throws IOException {
    Path target = dir.resolve("events.geojson");
    Files.writeString(target, "the old export");
    assertThatThrownBy(() -> AtomicFile.write(target, new FailingHalfWay(), ExportFixtures.curated()))
        .hasMessage("the disk is full; nothing was written, the file there is as it was");
    assertThat(Files.readString(target)).isEqualTo("the old export");
    try (var files = Files.list(dir)) {
      assertThat(files).containsExactly(target);
    }
  }

  @Test
  void aWriteReplacesTheFileWholeWithItsPermissions() throws IOException {
    Path target = dir.resolve("events.geojson");
    Files.writeString(target, "the old export");
    Files.setPosixFilePermissions(target, PosixFilePermissions.fromString("rw-rw-r--"));
    Written written = AtomicFile.write(target, new GeoJsonWriter(), ExportFixtures.curated());
    assertThat(written.events()).isEqualTo(41);
    assertThat(Files.readString(target)).startsWith("{\"type\":\"FeatureCollection\"").endsWith("]}\n");
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(target))).isEqualTo("rw-rw-r--");
    Path fresh = dir.resolve("fresh.kml");
    AtomicFile.write(fresh, new KmlWriter(), ExportFixtures.curated());
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(fresh))).isEqualTo("rw-r--r--");
    try (var files = Files.list(dir)) {
      assertThat(files).containsExactlyInAnyOrder(target, fresh);
    }
  }
}
