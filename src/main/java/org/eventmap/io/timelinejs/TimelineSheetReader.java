package org.eventmap.io.timelinejs;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.eventmap.domain.Attribute;
import org.eventmap.domain.TimePoint;
import org.eventmap.geo.ZoneLookup;
import org.eventmap.io.LoadResult;
import org.eventmap.io.Problem;
import org.eventmap.io.ProgressInputStream;
import org.eventmap.io.ProgressListener;
import org.eventmap.io.timelinejs.DateParts.Part;
import org.eventmap.io.timelinejs.SheetRows.Cell;
import org.eventmap.io.timelinejs.SheetRows.Row;

/**
 * Reads the TimelineJS spreadsheet template saved as CSV: one row per slide, its Type saying whether it is
 * the title, an era or an event. See {@link TimelineJsSheetFormat}.
 */
final class TimelineSheetReader {
  /** The template's columns, by their names lower case without spaces, as TimelineJS itself matches them. */
  static final List<String> TEMPLATE = List.of("year", "month", "day", "time", "endyear", "endmonth", "endday",
      "endtime", "displaydate", "headline", "text", "media", "mediacredit", "mediacaption", "mediathumbnail", "type",
      "group", "background");

  private static final java.util.regex.Pattern SPACES_AND_COMMAS = java.util.regex.Pattern.compile("[\\s,]+");
  private static final java.util.regex.Pattern PERIOD = java.util.regex.Pattern.compile("(?i)\\s*([ap])\\.?m\\.?$");

  private final Timeline timeline;
  private final Map<String, Integer> columns = new HashMap<>();
  private final List<String> header = new ArrayList<>();
  /** The header's columns that are not the template's, by index: the attributes a row may have. */
  private final List<Integer> ownColumns = new ArrayList<>();
  private String title;
  private String description;
  private boolean sawTitle;
  private int eras;

  private TimelineSheetReader(String file, ZoneLookup zones) {
    this.timeline = new Timeline(file, zones);
  }

  /** A header cell as TimelineJS matches it: "End Year", "end year" and "End_Year" are one column. */
  static String normalised(String header) {
    return header.replaceAll("[\\s_]+", "").toLowerCase(Locale.ROOT);
  }

  /** The delimiter of a header line: the one that cuts it into the most template columns. */
  static char delimiter(String headerLine) {
    char best = ',';
    long most = -1;
    for (char d : new char[] {',', ';', '\t'}) {
      long known = java.util.Arrays.stream(headerLine.split(java.util.regex.Pattern.quote(String.valueOf(d))))
          .map(h -> normalised(h.replace("\"", ""))).filter(TEMPLATE::contains).count();
      if (known > most) {
        most = known;
        best = d;
      }
    }
    return best;
  }

  static LoadResult read(Path path, ZoneLookup zones, ProgressListener listener) {
    String name = path.toString();
    try {
      if (Files.isDirectory(path)) {
        return LoadResult.failure(name, "is a folder, not a file");
      }
      long size = Files.size(path);
      if (size == 0) {
        return LoadResult.failure(name, "the file is empty");
      }
      String firstLine;
      try (InputStream in = Files.newInputStream(path)) {
        String head = new String(in.readNBytes(64 * 1024), StandardCharsets.UTF_8);
        int end = head.indexOf('\n');
        firstLine = end < 0 ? head : head.substring(0, end);
      }
      try (Reader in = new InputStreamReader(new ProgressInputStream(Files.newInputStream(path), size, listener),
          StandardCharsets.UTF_8)) {
        return new TimelineSheetReader(name, zones).readAll(new SheetRows(in, delimiter(firstLine)));
      }
    } catch (NoSuchFileException e) {
      return LoadResult.failure(name, "no such file");
    } catch (ProgressInputStream.Cancelled e) {
      return LoadResult.cancelled(name);
    } catch (IOException e) {
      return LoadResult.failure(name, "cannot be read: " + e.getMessage());
    }
  }


  private LoadResult readAll(SheetRows rows) {
    try {
      Row first = rows.next();
      while (first != null && first.blank()) {
        first = rows.next();
      }
      if (first == null) {
        timeline.error(1, 1, "the spreadsheet has no rows");
        return timeline.result(null, null, false);
      }
      for (int i = 0; i < first.cells().size(); i++) {
        String h = first.cells().get(i).text().strip();
        header.add(h);
        columns.putIfAbsent(normalised(h), i);
        if (!TEMPLATE.contains(normalised(h)) && !normalised(h).equals("tag") && !h.isEmpty()) {
          ownColumns.add(i);
        }
      }
      if (!columns.containsKey("year") || !columns.containsKey("headline")) {
        timeline.error(first.line(), 1, "is not the TimelineJS spreadsheet template: its first row has no "
            + (columns.containsKey("year") ? "Headline" : "Year") + " column (the template's columns are Year, Month, "
            + "Day, Time, End Year, End Month, End Day, End Time, Display Date, Headline, Text, Media, Media Credit, "
            + "Media Caption, Media Thumbnail, Type, Group, Background)");
        return timeline.result(null, null, false);
      }
      for (Row row = rows.next(); row != null; row = rows.next()) {
        if (!row.blank()) {
          row(row);
        }
      }
    } catch (SheetRows.SyntaxError e) {
      timeline.error(e.line, e.column, e.getMessage());
    } catch (RuntimeException e) {
      timeline.error(1, 1, "could not be read because of an error in Eventmap (" + e + "); please report it");
    }
    return timeline.result(title, description, false);
  }

  private void row(Row row) {
    String type = text(row, "type").strip().toLowerCase(Locale.ROOT);
    if (type.equals("title") && !sawTitle) {
      sawTitle = true;
      title = text(row, "headline");
      description = text(row, "text");
      return;
    }
    if (type.equals("title")) {
      timeline.warning(row.line(), cell(row, "type").column(), "a second title row: shown as an event, as TimelineJS "
          + "does");
    }
    if (type.equals("era")) {
      era(row);
      return;
    }
    Cell year = cell(row, "year");
    if (year.text().isBlank()) {
      timeline.error(row.line(), year.column(), "this row has no Year: TimelineJS needs one for every event (only "
          + "the title row may have none)");
      return;
    }
    int before = timeline.errors();
    TimePoint start;
    TimePoint end = null;
    Cell endYear = cell(row, "endyear");
    try {
      start = date(row, "", "time");
      if (!endYear.text().isBlank()) {
        end = date(row, "end", "endtime");
      } else if (!text(row, "endmonth").isBlank() || !text(row, "endday").isBlank()
          || !text(row, "endtime").isBlank()) {
        timeline.warning(row.line(), firstGiven(row, "endmonth", "endday", "endtime").column(), "an End Month, Day or "
            + "Time without an End Year: the slide has no end, as in TimelineJS");
      }
    } catch (DateParts.Problem p) {
      if (p.outOfRange) {
        timeline.leftOut(p.line, p.column, p.getMessage());
      } else {
        timeline.error(p.line, p.column, p.getMessage());
      }
      return;
    }
    if (timeline.errors() > before) {
      return;
    }
    List<Attribute> more = new ArrayList<>();
    for (int i : ownColumns) {
      String value = i < row.cells().size() ? row.cells().get(i).text().strip() : "";
      if (!value.isEmpty()) {
        more.add(new Attribute(header.get(i), value));
      }
    }
    String group = text(row, "group");
    if (group.isBlank()) {
      group = text(row, "tag"); // the template's older name for it
    }
    timeline.slide(new Timeline.Slide(row.line(), 1, null, text(row, "headline"), text(row, "text"),
        text(row, "media"), text(row, "mediacaption"), text(row, "mediacredit"), group, text(row, "displaydate"),
        start, end, row.line(), endYear.column(), null, more));
  }

  private void era(Row row) {
    eras++;
    Cell year = cell(row, "year");
    Cell endYear = cell(row, "endyear");
    if (year.text().isBlank() || endYear.text().isBlank()) {
      timeline.error(row.line(), (year.text().isBlank() ? year : endYear).column(), "an era row needs a Year and an "
          + "End Year (TimelineJS refuses it too)");
      return;
    }
    try {
      timeline.era(row.line(), endYear.column(), text(row, "headline"), date(row, "", "time"),
          date(row, "end", "endtime"), eras);
    } catch (DateParts.Problem p) {
      if (p.outOfRange) {
        timeline.warning(p.line, p.column, p.getMessage() + ": this era is left out");
      } else {
        timeline.error(p.line, p.column, p.getMessage());
      }
    }
  }

  private TimePoint date(Row row, String prefix, String timeColumn) throws DateParts.Problem {
    Part year = integer(row, prefix + "year", "year");
    Part month = integer(row, prefix + "month", "month");
    Part day = integer(row, prefix + "day", "day");
    Cell time = cell(row, timeColumn);
    Part[] clock = time.text().isBlank()
        ? new Part[] {Part.absent("hour"), Part.absent("minute"), Part.absent("second"), Part.absent("millisecond")}
        : clock(time);
    return DateParts.of(year, month, day, clock[0], clock[1], clock[2], clock[3], false);
  }

  /** A Year, Month or Day cell, without the spaces and thousands commas a spreadsheet puts in ("1,963"). */
  private Part integer(Row row, String column, String part) {
    Cell c = cell(row, column);
    String t = c.text();
    boolean clean = true;
    for (int i = 0; i < t.length() && clean; i++) {
      clean = t.charAt(i) != ',' && !Character.isWhitespace(t.charAt(i));
    }
    return new Part(part, clean ? t : SPACES_AND_COMMAS.matcher(t).replaceAll(""), c.line(), c.column());
  }

  /**
   * A Time cell as TimelineJS reads it: {@code 14:05}, {@code 2:05 PM}, {@code 14:05:30.5}, {@code 1405}, or
   * with dots ({@code 14.05}).
   */
  static Part[] clock(Cell time) throws DateParts.Problem {
    String t = time.text().strip();
    int line = time.line();
    int column = time.column();
    String period = null;
    java.util.regex.Matcher m = PERIOD.matcher(t);
    if (m.find()) {
      period = m.group(1).toLowerCase(Locale.ROOT);
      t = t.substring(0, m.start()).strip();
    }
    String[] parts;
    if (t.matches("\\d{3,4}")) {
      parts = new String[] {t.substring(0, t.length() - 2), t.substring(t.length() - 2)};
    } else {
      parts = t.split(":", -1);
      if (parts.length == 1) {
        parts = t.split("\\.", -1);
      }
    }
    String second = parts.length > 2 ? parts[2] : null;
    String millisecond = null;
    if (second != null && second.matches("\\d+[.,]\\d+")) {
      String[] fraction = second.split("[.,]");
      second = fraction[0];
      millisecond = String.valueOf(Math.round(Double.parseDouble("0." + fraction[1]) * 1000) % 1000);
    }
    if (parts.length > 3 || !parts[0].strip().matches("\\d{1,2}")) {
      throw new DateParts.Problem(new Part("time", t, line, column), "the time \"" + SlideValues.shortened(time.text())
          + "\" is not a time of day such as 14:05, 2:05 PM or 14:05:30", false);
    }
    int hour = Integer.parseInt(parts[0].strip());
    if ("p".equals(period) && hour < 12) {
      hour += 12;
    } else if ("a".equals(period) && hour == 12) {
      hour = 0;
    }
    return new Part[] {new Part("hour", String.valueOf(hour), line, column),
        new Part("minute", parts.length > 1 ? parts[1] : null, line, column),
        new Part("second", second, line, column), new Part("millisecond", millisecond, line, column)};
  }

  private Cell firstGiven(Row row, String... names) {
    for (String n : names) {
      if (!text(row, n).isBlank()) {
        return cell(row, n);
      }
    }
    return cell(row, names[0]);
  }

  /** A row's cell of a template column; an empty one where the row is short or the column is absent. */
  private Cell cell(Row row, String column) {
    Integer index = columns.get(column);
    if (index == null || index >= row.cells().size()) {
      int last = row.cells().isEmpty() ? 1 : row.cells().get(row.cells().size() - 1).column();
      return new Cell("", row.line(), index == null ? 1 : last);
    }
    return row.cells().get(index);
  }

  private String text(Row row, String column) {
    return cell(row, column).text();
  }
}
