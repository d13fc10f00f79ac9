package org.eventmap.io.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.eventmap.io.csv.Fixtures.lines;
import static org.eventmap.io.csv.Fixtures.read;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.eventmap.io.LoadResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BadInputTest {
  private static void assertFails(LoadResult result) {
    assertThat(result.ok()).isFalse();
    assertThat(result.question()).isEmpty();
    assertThat(result.errors()).isNotEmpty();
  }

  @Test
  void anUnbalancedQuoteIsReportedAtTheCellItOpens() {
    LoadResult result = read("unbalanced-quote.csv");
    assertFails(result);
    assertThat(lines(result)).containsExactly("unbalanced-quote.csv:3:23: this quoted cell is never closed: its closing"
        + " \" is missing (a quote inside a cell is written \"\")");
  }

  @Test
  void rowsWithTooManyOrTooFewCellsAreReportedWhereTheyGoWrong() {
    LoadResult result = read("cell-counts.csv");
    assertFails(result);
    assertThat(lines(result)).containsExactly(
        "cell-counts.csv:3:27: this row has 5 cells where the header has 4: this is the first one too many (a cell"
            + " holding the delimiter must be in quotes)",
        "cell-counts.csv:4:17: this row has 2 cells where the header has 4: 2 missing at its end");
  }

  @Test
  void aLatitudeOf123IsReportedAtItsCell() {
    LoadResult result = read("latitude-123.csv");
    assertFails(result);
    assertThat(lines(result)).containsExactly("latitude-123.csv:3:12: latitude 123 is not between -90 and 90");
  }

  @Test
  void aDateThatIsNotADateIsReportedAtItsCell() {
    LoadResult result = read("not-a-date.csv");
    assertFails(result);
    assertThat(lines(result)).singleElement().asString().startsWith("not-a-date.csv:3:1: 'soon' is not a date");
  }

  @Test
  void anEmptyFileSaysSo() {
    LoadResult result = read("empty.csv");
    assertFails(result);
    assertThat(lines(result)).containsExactly("empty.csv:1:1: the file is empty");
  }

  @Test
  void aHeaderWithoutRowsSaysSo(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("header-only.csv");
    Files.writeString(file, "date,lat,lon\n");
    assertThat(lines(Fixtures.read(file))).containsExactly("header-only.csv:2:1: the file has a header but no rows below it");
  }

  @Test
  void aCoordinateThatIsNotANumberIsReportedAtItsCell(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("words.csv");
    Files.writeString(file, "date,lat,lon\n2024-03-22,50.4,30.5\n2024-03-23,north,30.5\n");
    assertThat(lines(Fixtures.read(file))).singleElement().asString()
        .startsWith("words.csv:3:12: 'north' is not a latitude");
  }

  @Test
  void aMappingThatNamesAMissingColumnListsTheFilesColumns() {
    LoadResult result = read("not-a-date.csv", Map.of("date", "when"));
    assertFails(result);
    assertThat(lines(result)).containsExactly("not-a-date.csv:1:1: --columns date=when: the file has no column named"
        + " 'when'; its columns are date, lat, lon, title");
  }

  @Test
  void aMappingWithAnUnknownRoleListsTheRoles() {
    LoadResult result = read("not-a-date.csv", Map.of("colour", "title"));
    assertFails(result);
    assertThat(lines(result)).singleElement().asString().contains("'colour' is not a role; the roles are id, date, end");
  }

  @Test
  void aMillionOfTheSameMistakeIsListedAFewTimesAndCounted(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("many.csv");
    StringBuilder s = new StringBuilder("date,lat,lon\n");
    for (int i = 0; i < 500; i++) {
      s.append("2024-03-22,123,30.5\n");
    }
    Files.writeString(file, s);
    LoadResult result = Fixtures.read(file);
    assertThat(result.problems()).hasSize(21);
    assertThat(lines(result).get(20)).isEqualTo("many.csv:2:12: and 480 more like this (500 in all): coordinates out"
        + " of range");
  }

  @Test
  void jsonForcedAsCsvIsNamedForWhatItIs(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("data.csv");
    Files.writeString(file, "{\"type\": \"FeatureCollection\"}");
    assertThat(lines(Fixtures.read(file))).singleElement().asString().contains("is not a spreadsheet: it is JSON");
  }
}
