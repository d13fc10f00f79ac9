package org.eventmap.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.eventmap.io.LoadResult;
import org.eventmap.io.formats.FormatRegistry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class ConvertCommandTest {
  @TempDir Path dir;
  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int run(String... args) {
    CommandLine cl = EventmapCommand.commandLine();
    cl.setOut(new PrintWriter(out));
    cl.setErr(new PrintWriter(err));
    return cl.execute(args);
  }

  private static Path fixture(String name) throws URISyntaxException {
    return Path.of(ConvertCommandTest.class.getResource("/formats/export/" + name).toURI());
  }

  /** One test reads through the registry, with the real zone lookup; the others need none. */
  @Test
  void aGeoJsonFileBecomesADatasetThatValidatesWithItsZones() throws Exception {
    Path converted = dir.resolve("river.json");
    assertThat(run("convert", fixture("river-survey.geojson").toString(), "--out", converted.toString())).isZero();
    assertThat(out.toString()).contains(converted + ": 3 events written as Eventmap dataset");
    assertThat(err.toString()).contains("warning: 2 ids of events, categories or stories are not lower-case")
        .contains("warning: 1 time was written without an offset");
    assertThat(Files.readString(converted)).contains("\"format\": \"eventmap/1\"", "\"timeZone\": \"Europe/Berlin\"",
        "\"id\": \"muhlendamm-weir\"", "\"start\": \"2022-04-03T07:15+02:00\"");
    out.getBuffer().setLength(0);
    assertThat(run("validate", converted.toString())).isZero();
    assertThat(out.toString()).contains(converted + ": valid, 3 events");
  }

  @Test
  void theCuratedDatasetConvertsToTheSameDataset() throws IOException {
    Path converted = dir.resolve("same.json");
    assertThat(run("convert", ExportCommandTest.CURATED, "--out", converted.toString())).isZero();
    assertThat(err.toString()).isEmpty();
    LoadResult before = FormatRegistry.read(Path.of(ExportCommandTest.CURATED));
    LoadResult after = FormatRegistry.read(converted);
    assertThat(after.problems()).isEmpty();
    assertThat(after.dataset()).isEqualTo(before.dataset());
  }

  @Test
  void aBrokenFileIsReportedAndNothingIsWritten() throws IOException {
    Path bad = dir.resolve("bad.json");
    Files.writeString(bad, "{\"format\": \"eventmap/1\", \"title\": ");
    Path converted = dir.resolve("out.json");
    assertThat(run("convert", bad.toString(), "--out", converted.toString())).isEqualTo(1);
    assertThat(err.toString()).contains(bad + ":1:").contains(bad + ": not converted, the file has errors");
    assertThat(converted).doesNotExist();
  }

  @Test
  void outIsRequiredAndNeverTheInput() {
    assertThat(run("convert", ExportCommandTest.CURATED)).isEqualTo(2);
    assertThat(err.toString()).contains("--out");
    err.getBuffer().setLength(0);
    assertThat(run("convert", ExportCommandTest.CURATED, "--out", ExportCommandTest.CURATED)).isEqualTo(2);
    assertThat(err.toString()).contains("is the file being read");
  }
}
