package org.eventmap.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class CommandLineTest {
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
  void validateAcceptsTheCuratedDataset() {
    int code = run("validate", "assets/datasets/gaza-diplomacy-2024-03.json");
    assertThat(code).isZero();
    assertThat(out.toString()).contains("gaza-diplomacy-2024-03.json: valid");
  }

  @Test
  void validateCountsInWords() throws IOException {
    Path one = dir.resolve("one.json");
    Files.writeString(one, """
        {"format": "eventmap/1", "title": "t", "license": "l",
         "places": [{"id": "p", "name": "P", "lat": 0, "lon": 0, "timeZone": "UTC"}],
         "categories": [{"id": "k", "name": "K"}],
         "events": [{"id": "e", "title": "t", "start": "2024-04-31", "place": "p", "category": "k",
                     "summary": "s", "sources": [{"title": "t", "publisher": "p"}]}]}
        """);

    run("validate", one.toString());

    assertThat(out.toString().lines()).contains(one + ": not valid, 1 error");
  }

  @Test
  void validateReportsEveryProblemAsFileLineColumnAndFails() throws IOException {
    Path bad = dir.resolve("bad.json");
    Files.writeString(bad, """
        {"format": "eventmap/1", "title": "t", "license": "l",
         "places": [{"id": "p", "name": "P", "lat": -91, "lon": 0, "timeZone": "UTC"}],
         "categories": [{"id": "k", "name": "K"}],
         "events": [{"id": "e", "title": "t", "start": "2024-04-31", "place": "p", "category": "k",
                     "summary": "s", "sources": [{"title": "t", "publisher": "p", "url": "javascript:alert(1)"}]}]}
        """);

    int code = run("validate", bad.toString(), "assets/datasets/gaza-diplomacy-2024-03.json");

    assertThat(code).isEqualTo(1);
    assertThat(out.toString().lines()).contains(
        bad + ":2:45: a place: latitude -91 is outside [-90, 90]",
        bad + ":4:48: 'start': '2024-04-31' is not a real date or time: Invalid date 'APRIL 31'",
        bad + ":5:82: 'javascript:alert(1)' is not an http(s) URL",
        bad + ": not valid, 3 errors");
    assertThat(out.toString()).doesNotContain("Exception").contains("gaza-diplomacy-2024-03.json: valid");
  }

  @Test
  void exportPrintsCsvWithTheDocumentedHeader() {
    int code = run("export", "--csv", "assets/datasets/gaza-diplomacy-2024-03.json");
    assertThat(code).isZero();
    String[] lines = out.toString().split("\r\n");
    assertThat(lines[0]).isEqualTo("id,title,start,end,precision,timezone,lat,lon,place,category,approximate");
    assertThat(lines.length).isGreaterThan(30);
  }

  @Test
  void exportOfABrokenFileFailsWithItsProblemsAndNoCsv() throws IOException {
    Path bad = dir.resolve("bad.json");
    Files.writeString(bad, "{\"format\": \"eventmap/1\"");
    assertThat(run("export", "--csv", bad.toString())).isEqualTo(1);
    assertThat(out.toString()).isEmpty();
    assertThat(err.toString()).contains(bad + ":1:").contains("broken JSON");
  }

  @Test
  void helpAndVersionAnswer() {
    assertThat(run("--help")).isZero();
    assertThat(out.toString()).contains("--snapshot", "--date", "--select", "validate", "export");
    out.getBuffer().setLength(0);
    assertThat(run("--version")).isZero();
    assertThat(out.toString()).startsWith("Eventmap ");
  }

  @Test
  void aBadSizeIsRefusedWithAReason() {
    assertThat(run("--snapshot", "x.png", "--size", "huge")).isEqualTo(2);
    assertThat(err.toString()).contains("'huge' is not a size like 1280x800");
  }

  @Test
  void aColumnsFlagThatIsNotRoleEqualsColumnIsRefusedWithAReason() {
    assertThat(run("validate", "--columns", "date=event_date,latitude", "x.csv")).isEqualTo(2);
    assertThat(err.toString()).contains("'latitude' is not role=column (e.g. date=event_date)");
  }

  @Test
  void anUnknownFormatIsRefusedNamingTheKnownOnes() {
    assertThat(run("validate", "--format", "shp", "assets/datasets/gaza-diplomacy-2024-03.json")).isEqualTo(1);
    assertThat(out.toString()).contains("--format shp is not a format Eventmap knows (it knows eventmap, ");
  }

  @Test
  void aBadDateIsRefusedWithAReason() {
    assertThat(run("--date", "22/03/2024")).isEqualTo(2);
    assertThat(err.toString()).contains("22/03/2024");
  }

  @Test
  void aBadWindowIsRefusedWithAReason() {
    assertThat(run("--window", "fortnight")).isEqualTo(2);
    assertThat(err.toString()).contains("'fortnight' is not a window: use all, 7d (the last 7 days) or 2024-03-18..2024-03-24");
  }

  @Test
  void windowsAreReadInTheirThreeForms() {
    var converter = new EventmapCommand.WindowConverter();
    assertThat(converter.convert("all")).isEqualTo(org.eventmap.time.TimeWindow.cumulative());
    assertThat(converter.convert("7d")).isEqualTo(org.eventmap.time.TimeWindow.lastDays(7));
    assertThat(converter.convert("2024-03-18..2024-03-24")).isEqualTo(org.eventmap.time.TimeWindow.range(
        java.time.LocalDate.of(2024, 3, 18), java.time.LocalDate.of(2024, 3, 24)));
  }
}
