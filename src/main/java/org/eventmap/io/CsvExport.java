package org.eventmap.io;

import java.io.IOException;
import java.util.List;
import java.util.Locale;
import org.eventmap.domain.Dataset;
import org.eventmap.domain.Event;
import org.eventmap.domain.Place;
import org.eventmap.domain.TimePoint;

/**
 * Writes a dataset as one CSV row per event (RFC 4180), for spreadsheets.
 *
 * <p>A spreadsheet runs a cell that starts with {@code =}, {@code +}, {@code -} or {@code @} (and some
 * also one led by a tab or a carriage return) as a formula: a title such as {@code =HYPERLINK(...)} or
 * {@code +cmd|' /C calc'!A0} from a stranger's file would act when the export is opened. So the cells
 * whose text comes from the file, {@code id}, {@code title}, {@code place} and {@code category}, are
 * neutralised as OWASP's "CSV Injection" page recommends: such a cell gets a leading single quote
 * and is quoted, and the spreadsheet shows it as text ({@code '-2+3} rather than 1).
 *
 * <p>The other cells are written by this export itself from values already parsed and checked, and are
 * left as they are so that a spreadsheet still reads them as numbers and dates: {@code start} and
 * {@code end} (ISO 8601 as the file gave them, a year before 1 BCE being {@code -0030}), {@code precision},
 * {@code timezone} (a zone id, or an offset such as {@code -05:00}), {@code lat} and {@code lon} (numbers,
 * {@code -71.06} west of Greenwich) and {@code approximate} (one of three fixed words).
 */
public final class CsvExport {
  public static final String HEADER = "id,title,start,end,precision,timezone,lat,lon,place,category,approximate";

  private CsvExport() {}

  public static void write(Dataset dataset, Appendable out) throws IOException {
    out.append(HEADER).append("\r\n");
    for (Event e : dataset.events()) {
      List<String> cells = List.of(
          text(e.id()),
          text(e.title()),
          quote(e.start().map(TimePoint::text).orElse("")),
          quote(e.end().map(TimePoint::text).orElse("")),
          e.start().map(s -> s.precision().name().toLowerCase(Locale.ROOT)).orElse(""),
          quote(e.place().map(p -> p.zone().getId()).orElse("")),
          e.place().map(p -> Double.toString(p.location().lat())).orElse(""),
          e.place().map(p -> Double.toString(p.location().lon())).orElse(""),
          e.place().map(Place::name).map(CsvExport::text).orElse(""),
          text(e.category().id()),
          e.approximate().map(a -> a.time() && a.place() ? "time+place" : a.time() ? "time" : a.place() ? "place" : "")
              .orElse(""));
      for (int i = 0; i < cells.size(); i++) {
        if (i > 0) {
          out.append(',');
        }
        out.append(cells.get(i));
      }
      out.append("\r\n");
    }
  }

  /**
   * A cell of text from the file: one that a spreadsheet would take for a formula gets a leading single
   * quote, and quotes around it (OWASP: then the quote cannot be split off into a cell of its own).
   */
  static String text(String cell) {
    if (cell.isEmpty() || "=+-@\t\r".indexOf(cell.charAt(0)) < 0) {
      return quote(cell);
    }
    return "\"" + ("'" + cell).replace("\"", "\"\"") + "\"";
  }

  static String quote(String cell) {
    boolean needsQuotes = cell.contains(",") || cell.contains("\"") || cell.contains("\n") || cell.contains("\r");
    return needsQuotes ? "\"" + cell.replace("\"", "\"\"") + "\"" : cell;
  }
}
