package org.eventmap.io;

import java.io.IOException;
import java.util.List;
import java.util.Locale;
import org.eventmap.domain.Dataset;
import org.eventmap.domain.Event;
import org.eventmap.domain.Place;
import org.eventmap.domain.TimePoint;

/** Writes a dataset as one CSV row per event (RFC 4180), for spreadsheets. */
public final class CsvExport {
  public static final String HEADER = "id,title,start,end,precision,timezone,lat,lon,place,category,approximate";

  private CsvExport() {}

  public static void write(Dataset dataset, Appendable out) throws IOException {
    out.append(HEADER).append("\r\n");
    for (Event e : dataset.events()) {
      List<String> cells = List.of(
          e.id(),
          e.title(),
          e.start().map(TimePoint::text).orElse(""),
          e.end().map(TimePoint::text).orElse(""),
          e.start().map(s -> s.precision().name().toLowerCase(Locale.ROOT)).orElse(""),
          e.place().map(p -> p.zone().getId()).orElse(""),
          e.place().map(p -> Double.toString(p.location().lat())).orElse(""),
          e.place().map(p -> Double.toString(p.location().lon())).orElse(""),
          e.place().map(Place::name).orElse(""),
          e.category().id(),
          e.approximate().map(a -> a.time() && a.place() ? "time+place" : a.time() ? "time" : a.place() ? "place" : "")
              .orElse(""));
      for (int i = 0; i < cells.size(); i++) {
        if (i > 0) {
          out.append(',');
        }
        out.append(quote(cells.get(i)));
      }
      out.append("\r\n");
    }
  }

  static String quote(String cell) {
    boolean needsQuotes = cell.contains(",") || cell.contains("\"") || cell.contains("\n") || cell.contains("\r");
    return needsQuotes ? "\"" + cell.replace("\"", "\"\"") + "\"" : cell;
  }
}
