package org.eventmap.io.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.eventmap.io.csv.Fixtures.dataset;
import static org.eventmap.io.csv.Fixtures.event;
import static org.eventmap.io.csv.Fixtures.lines;
import static org.eventmap.io.csv.Fixtures.read;

import java.time.ZoneId;
import java.util.Optional;
import org.eventmap.domain.Attribute;
import org.eventmap.domain.Dataset;
import org.eventmap.domain.Event;
import org.eventmap.domain.Precision;
import org.eventmap.geo.ZoneLookup;
import org.eventmap.io.LoadResult;
import org.eventmap.io.ProgressListener;
import org.eventmap.io.ReadOptions;
import org.junit.jupiter.api.Test;

class SpreadsheetReadingTest {
  @Test
  void aBomSemicolonsCrlfDecimalCommasAndAQuotedLineBreakAreRead() {
    Dataset d = dataset(read("semicolon-bom.csv"));
    assertThat(d.events()).hasSize(3);
    Event cafe = event(d, "Café opening");
    assertThat(cafe.start().orElseThrow().text()).isEqualTo("2024-03-22");
    assertThat(cafe.place().orElseThrow().location().lat()).isEqualTo(50.45);
    assertThat(cafe.place().orElseThrow().location().lon()).isEqualTo(30.52);
    assertThat(cafe.summary()).isEqualTo("A first line\r\nand a second; with a semicolon");
  }

  @Test
  void anUnnamedFirstColumnOfRowNumbersIsAPandasIndexAndNotShown() {
    Dataset d = dataset(read("semicolon-bom.csv"));
    assertThat(event(d, "Café opening").attributes()).extracting(Attribute::name).doesNotContain("column 1");
    assertThat(event(d, "Café opening").id()).isEqualTo("line-2");
  }

  @Test
  void aTimeWithAnOffsetKeepsItAndOneWithoutIsLocal() {
    Dataset d = dataset(read("semicolon-bom.csv"));
    assertThat(event(d, "Münster visit").start().orElseThrow().text()).isEqualTo("2024-03-23T09:50+02:00");
    assertThat(event(d, "Local time").start().orElseThrow().text()).isEqualTo("2024-03-24T10:00");
  }

  @Test
  void textThatIsNotUtf8IsReadAsCp1252AndSaysSo() {
    LoadResult result = read("cp1252.csv");
    assertThat(event(dataset(result), "Café – Paris")).isNotNull();
    assertThat(lines(result)).anySatisfy(l -> assertThat(l).contains("warning: the file is not UTF-8 (line 2")
        .contains("Windows-1252"));
  }

  @Test
  void oneColumnOfLatLonPairsAndDayFirstDatesFromALaterRow() {
    Dataset d = dataset(read("latlon-column.tsv"));
    Event paris = event(d, "Paris");
    assertThat(paris.place().orElseThrow().location().lat()).isEqualTo(48.85);
    assertThat(paris.place().orElseThrow().location().lon()).isEqualTo(2.35);
    assertThat(paris.start().orElseThrow().text()).isEqualTo("2024-04-13");
    assertThat(event(d, "Rivertown").start().orElseThrow().text()).isEqualTo("2024-03-22");
  }

  @Test
  void wktPointsAreLongitudeFirst() {
    Dataset d = dataset(read("wkt-points.csv"));
    assertThat(event(d, "Rivertown").place().orElseThrow().location().lat()).isEqualTo(50.45);
    assertThat(event(d, "Paris").place().orElseThrow().location().lon()).isEqualTo(2.35);
  }

  @Test
  void monthFirstIsDecidedFromTheWholeColumn() {
    Dataset d = dataset(read("month-first.psv"));
    // 03/04/2024 alone could be either; 03/22/2024 below it says the month comes first.
    assertThat(event(d, "first").start().orElseThrow().text()).isEqualTo("2024-03-04");
    assertThat(event(d, "second").start().orElseThrow().text()).isEqualTo("2024-03-22");
  }

  @Test
  void aColumnThatCannotTellDayFromMonthWasAnErrorNobodyCouldAnswerInTheApp() {
    LoadResult result = read("ambiguous-days.csv");

    assertThat(result.ok()).isFalse();
    assertThat(result.question()).hasValueSatisfying(q -> {
      assertThat(q.why()).contains("cannot tell day/month/year").contains("dates=day-first");
      assertThat(q.guessed()).containsEntry("date", "date").containsEntry("lat", "lat").containsEntry("lon", "lon");
    });
    // On the command line, where nobody can answer, it is one error naming the flag.
    assertThat(lines(result.withQuestionAsError())).singleElement().asString()
        .startsWith("ambiguous-days.csv:1:1: ").contains("cannot tell day/month/year").contains("--columns")
        .contains("dates=day-first");
  }

  @Test
  void theOrderSaidWithColumnsReadsAnUndecidedColumn() {
    Dataset d = dataset(read("ambiguous-days.csv", java.util.Map.of("dates", "day-first")));
    assertThat(event(d, "first").start().orElseThrow().text()).isEqualTo("2024-04-03");
  }

  @Test
  void epochsAreMomentsInUtcAndAYearStaysAYear() {
    Dataset d = dataset(read("epochs-and-years.csv"));
    Event epoch = event(d, "epoch seconds then millis");
    assertThat(epoch.start().orElseThrow().text()).isEqualTo("2024-03-22T09:33:20Z");
    assertThat(epoch.end().orElseThrow().text()).isEqualTo("2024-03-22T10:33:20Z");
    Event year = event(d, "a year stays a year");
    assertThat(year.start().orElseThrow().precision()).isEqualTo(Precision.YEAR);
    assertThat(year.end().orElseThrow().text()).isEqualTo("1849");
    assertThat(event(d, "months").start().orElseThrow().precision()).isEqualTo(Precision.MONTH);
    assertThat(epoch.id()).isEqualTo("e1");
  }

  @Test
  void twoCoordinatePairsAndLocalColumnsHoldingUtcAreReadAsWrittenAndSaid() {
    LoadResult result = read("trips-two-pairs-crlf.csv");
    Dataset d = dataset(result);
    Event first = d.events().get(0);
    assertThat(first.place().orElseThrow().location().lat()).isEqualTo(37.70);
    assertThat(first.start().orElseThrow().text()).isEqualTo("2020-05-01T01:13:30Z");
    assertThat(first.end().orElseThrow().text()).isEqualTo("2020-05-01T01:42:13Z");
    assertThat(first.attributes()).contains(new Attribute("end_lat", "37.80"), new Attribute("fare", "-8.5"));
    assertThat(lines(result)).anySatisfy(l -> assertThat(l).contains("2 pairs of coordinates"));
    assertThat(lines(result)).anySatisfy(l -> assertThat(l).startsWith("trips-two-pairs-crlf.csv:1:25: warning:")
        .contains("named local").contains("UTC"));
  }

  @Test
  void placesGetTheZoneOfTheirCoordinates() {
    ZoneLookup fake = (lat, lon) -> Optional.of(ZoneId.of(lon > 20 ? "Europe/Kyiv" : "Europe/Paris"));
    LoadResult result = new CsvFormat(fake).read(Fixtures.file("wkt-points.csv"), ReadOptions.NONE, ProgressListener.NONE);
    assertThat(event(dataset(result), "Rivertown").place().orElseThrow().zone()).isEqualTo(ZoneId.of("Europe/Kyiv"));
    assertThat(event(dataset(result), "Paris").place().orElseThrow().zone()).isEqualTo(ZoneId.of("Europe/Paris"));
  }

  @Test
  void eventsAtTheSamePlaceShareIt() {
    Dataset d = dataset(read("acled-shaped.csv"));
    assertThat(d.places()).hasSize(3);
    assertThat(d.events()).hasSize(4);
  }

  @Test
  void aFileWithoutADateColumnAsksWhichColumnIsWhich() {
    LoadResult result = read("no-date-column.csv");
    assertThat(result.question()).hasValueSatisfying(q -> {
      assertThat(q.header()).containsExactly("where", "lat", "lon", "what");
      assertThat(q.firstRows()).hasSize(2);
      assertThat(q.firstRows().get(0)).containsExactly("Rivertown", "50.45", "30.52", "a");
      assertThat(q.guessed()).containsEntry("lat", "lat").containsEntry("lon", "lon");
      assertThat(q.why()).contains("no column is named or written like a date");
    });
  }

  @Test
  void cancellingStopsTheReadAndKeepsNothing() throws Exception {
    java.nio.file.Path big = java.nio.file.Files.createTempFile("csv-cancel", ".csv");
    try {
      StringBuilder s = new StringBuilder("date,lat,lon,title\n");
      for (int i = 0; i < 60_000; i++) {
        s.append("2024-03-22,50.45,30.52,row ").append(i).append('\n');
      }
      java.nio.file.Files.writeString(big, s);
      long[] seen = new long[1];
      LoadResult result = new CsvFormat().read(big, ReadOptions.NONE, (read, total) -> {
        seen[0] = read;
        return false;
      });
      assertThat(result.cancelled()).isTrue();
      assertThat(result.dataset()).isEmpty();
      assertThat(seen[0]).isPositive();
    } finally {
      java.nio.file.Files.delete(big);
    }
  }

  @Test
  void excelsUnicodeTextIsUtf16WithTabs(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws Exception {
    java.nio.file.Path file = dir.resolve("unicode.txt");
    byte[] text = "date\tlat\tlon\ttitle\r\n2024-03-22\t50.45\t30.52\tКиїв\r\n"
        .getBytes(java.nio.charset.StandardCharsets.UTF_16LE);
    byte[] bytes = new byte[text.length + 2];
    bytes[0] = (byte) 0xFF;
    bytes[1] = (byte) 0xFE;
    System.arraycopy(text, 0, bytes, 2, text.length);
    java.nio.file.Files.write(file, bytes);
    assertThat(new CsvFormat().recognise(org.eventmap.io.FileHead.of(file))).isPositive();
    assertThat(event(dataset(Fixtures.read(file)), "Київ").start().orElseThrow().text()).isEqualTo("2024-03-22");
  }

  @Test
  void aTimeColumnBesideADateColumnGivesTheTimeOfDayLocalToThePlace(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
      throws Exception {
    java.nio.file.Path file = dir.resolve("date-and-time.csv");
    java.nio.file.Files.writeString(file, "date,time,lat,lon,title\n22/03/2024,09:50,50.45,30.52,morning\n"
        + "23/03/2024,,50.45,30.52,no time\n");
    Dataset d = dataset(Fixtures.read(file));
    assertThat(event(d, "morning").start().orElseThrow().text()).isEqualTo("2024-03-22T09:50");
    assertThat(event(d, "no time").start().orElseThrow().text()).isEqualTo("2024-03-23");
  }
}
