package org.eventmap.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class ExportCommandTest {
  static final String CURATED = "assets/datasets/gaza-diplomacy-2024-03.json";

  @TempDir Path dir;
  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int run(String... args) {
    CommandLine cl = EventmapCommand.commandLine();
    cl.setOut(new PrintWriter(out));
    cl.setErr(new PrintWriter(err));
    return cl.execute(args);
  }

  @Test
  void geoJsonGoesToStandardOutput() throws IOException {
    assertThat(run("export", "--geojson", CURATED)).isZero();
    JsonNode root = new ObjectMapper().readTree(out.toString());
    assertThat(root.get("type").asText()).isEqualTo("FeatureCollection");
    assertThat(root.get("features")).hasSize(41);
    assertThat(err.toString()).isEmpty();
  }

  @Test
  void eachFormatIsWrittenIntoOut() throws IOException {
    for (String format : new String[] {"geojson", "kml", "timelinejs", "csv"}) {
      Path file = dir.resolve("curated." + format);
      assertThat(run("export", "--" + format, CURATED, "--out", file.toString())).as(format).isZero();
      assertThat(Files.size(file)).isGreaterThan(5_000);
      assertThat(out.toString()).contains(file + ": 41 events written as ");
    }
    assertThat(Files.readString(dir.resolve("curated.kml"))).startsWith("<?xml").contains("<Placemark");
    assertThat(Files.readString(dir.resolve("curated.timelinejs"))).contains("\"unique_id\"");
    assertThat(Files.readString(dir.resolve("curated.csv"))).startsWith(org.eventmap.io.CsvExport.HEADER + "\r\n");
    try (var files = Files.list(dir)) {
      assertThat(files).hasSize(4); // and no temporary file left beside them
    }
  }

  @Test
  void csvIsWrittenAsBefore() {
    assertThat(run("export", "--csv", CURATED)).isZero();
    assertThat(out.toString().split("\r\n")[0]).isEqualTo(org.eventmap.io.CsvExport.HEADER);
  }

  @Test
  void exactlyOneFormatIsAskedFor() {
    assertThat(run("export", CURATED)).isEqualTo(2);
    assertThat(err.toString()).contains("--geojson", "--kml", "--timelinejs", "--csv");
    err.getBuffer().setLength(0);
    assertThat(run("export", "--geojson", "--kml", CURATED)).isEqualTo(2);
    assertThat(err.toString()).contains("mutually exclusive");
    assertThat(out.toString()).isEmpty();
  }

  @Test
  void aFileWithErrorsIsReportedAsFileLineColumnAndNothingIsWritten() throws IOException {
    Path bad = dir.resolve("bad.geojson");
    Files.writeString(bad, "{\"type\": \"FeatureCollection\", \"features\": [\n  {\"type\": \"Feature\", \"geometry\": "
        + "{\"type\": \"Point\", \"coordinates\": [34.7, 95]}, \"properties\": {}}]}");
    Path target = dir.resolve("out.kml");
    Files.writeString(target, "an earlier export");
    assertThat(run("export", "--kml", bad.toString(), "--out", target.toString())).isEqualTo(1);
    assertThat(err.toString()).containsPattern(java.util.regex.Pattern.quote(bad.toString()) + ":2:\\d+: ")
        .contains(bad + ": not exported, the file has errors").doesNotContain("Exception");
    assertThat(Files.readString(target)).isEqualTo("an earlier export");
    assertThat(run("export", "--geojson", bad.toString())).isEqualTo(1);
    assertThat(out.toString()).isEmpty();
  }

  @Test
  void anOutInAFolderThatDoesNotExistIsRefusedPlainly() {
    Path nowhere = dir.resolve("no-such-folder").resolve("out.geojson");
    assertThat(run("export", "--geojson", CURATED, "--out", nowhere.toString())).isEqualTo(2);
    assertThat(err.toString()).isEqualTo("eventmap: cannot write " + nowhere + ": the folder " + nowhere.getParent()
        + " does not exist; nothing was written" + System.lineSeparator());
  }

  @Test
  void theInputIsNeverOverwritten() throws IOException {
    Path input = dir.resolve("input.geojson");
    assertThat(run("export", "--geojson", CURATED, "--out", input.toString())).isZero();
    String before = Files.readString(input);
    err.getBuffer().setLength(0);
    assertThat(run("export", "--geojson", input.toString(), "--out", input.toString())).isEqualTo(2);
    assertThat(run("export", "--kml", input.toString(), "--out", dir.resolve(".").resolve("input.geojson").toString()))
        .isEqualTo(2);
    assertThat(err.toString()).contains("is the file being read");
    assertThat(Files.readString(input)).isEqualTo(before);
  }

  @Test
  void anOutThatIsAFolderIsRefused() {
    assertThat(run("export", "--kml", CURATED, "--out", dir.toString())).isEqualTo(2);
    assertThat(err.toString()).contains("is a folder");
  }

  @Test
  void whatTheFormatCannotCarryIsAWarning() {
    assertThat(run("export", "--kml", CURATED)).isZero();
    assertThat(err.toString()).startsWith("warning: 41 event ids are not XML names");
  }
}
