package org.eventmap.ui.columns;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.eventmap.domain.TimePoint;
import org.eventmap.io.IsoDates;

/**
 * One line on how a column's first cell reads in the role chosen for it, so that a person sees at once
 * that "y_coord" holds 31.5° N, or that the column chosen as the latitude holds words. Only what is cheap
 * to tell is told: the reader knows more date forms than ISO and has the last word.
 */
final class CellPreview {
  private static final int LONGEST = 40;
  private static final Pattern WKT_POINT = Pattern.compile(
      "\\s*POINT\\s*Z?\\s*\\(\\s*(\\S+)\\s+(\\S+)(?:\\s+\\S+)?\\s*\\)\\s*", Pattern.CASE_INSENSITIVE);
  private static final Pattern LAT_LON = Pattern.compile("\\s*(\\S+?)\\s*[,;\\s]\\s*(\\S+)\\s*");

  private CellPreview() {}

  /** The first cell of the column that is not blank; empty text when all shown are. */
  static String firstCell(List<List<String>> rows, int column) {
    for (List<String> row : rows) {
      if (column < row.size() && !row.get(column).isBlank()) {
        return row.get(column).strip();
      }
    }
    return "";
  }

  /** Whether the one-column place of these cells is written as WKT {@code POINT (lon lat)}. */
  static boolean isWktPoint(String cell) {
    return cell.strip().toUpperCase(Locale.ROOT).startsWith("POINT");
  }

  /** How the cell reads as the role, in a line; it ends with "?" or says "not" when it does not read. */
  static String of(ColumnRole role, String cell) {
    if (cell.isEmpty()) {
      return "empty in the first rows";
    }
    String quoted = "“" + shortened(cell) + "”";
    return switch (role) {
      case DATE, END -> quoted + dateReading(cell);
      case LAT -> quoted + coordinate(cell, 90, "N", "S", "latitude");
      case LON -> quoted + coordinate(cell, 180, "E", "W", "longitude");
      case ONE_COLUMN_PLACE -> quoted + place(cell);
      default -> quoted;
    };
  }

  private static String dateReading(String cell) {
    if (!IsoDates.looksIso(cell)) {
      return "";
    }
    try {
      TimePoint time = IsoDates.parse(cell);
      return switch (time.precision()) {
        case YEAR -> ": a year";
        case MONTH -> ": a month";
        case DAY -> ": a day";
        case MINUTE, SECOND -> time.isLocal() ? ": a local time" : ": a time with its offset";
      };
    } catch (IllegalArgumentException e) {
      return ": not a day that exists";
    }
  }

  private static String coordinate(String cell, double limit, String positive, String negative, String what) {
    double value;
    try {
      String number = cell.strip();
      // A decimal comma, as spreadsheets write in much of Europe (in files that use ';' between cells).
      if (number.indexOf(',') == number.lastIndexOf(',') && !number.contains(".")) {
        number = number.replace(',', '.');
      }
      value = Double.parseDouble(number);
    } catch (NumberFormatException e) {
      return ": not a number";
    }
    if (!Double.isFinite(value) || Math.abs(value) > limit) {
      return ": not a " + what + " (outside " + (int) -limit + " to " + (int) limit + ")";
    }
    return " = " + degrees(value, positive, negative);
  }

  private static String place(String cell) {
    Matcher wkt = WKT_POINT.matcher(cell);
    if (wkt.matches()) {
      return latLon(wkt.group(2), wkt.group(1), ": a WKT point at ");
    }
    if (isWktPoint(cell)) {
      return ": not a WKT POINT (lon lat)";
    }
    Matcher pair = LAT_LON.matcher(cell);
    if (pair.matches()) {
      return latLon(pair.group(1), pair.group(2), " = ");
    }
    return ": not “lat,lon”";
  }

  private static String latLon(String latText, String lonText, String lead) {
    try {
      double lat = Double.parseDouble(latText);
      double lon = Double.parseDouble(lonText);
      if (Math.abs(lat) > 90 || Math.abs(lon) > 180) {
        return ": not a place (latitude " + latText + ", longitude " + lonText + ")";
      }
      return lead + degrees(lat, "N", "S") + " " + degrees(lon, "E", "W");
    } catch (NumberFormatException e) {
      return ": not two numbers";
    }
  }

  private static String degrees(double value, String positive, String negative) {
    String number = String.valueOf(Math.abs(value));
    if (number.endsWith(".0")) {
      number = number.substring(0, number.length() - 2);
    }
    return number + "° " + (value < 0 ? negative : positive);
  }

  static String shortened(String cell) {
    String oneLine = cell.replaceAll("\\s+", " ");
    if (oneLine.length() <= LONGEST) {
      return oneLine;
    }
    // Between words where there are any near the end; an address without spaces is cut where it must be.
    int space = oneLine.lastIndexOf(' ', LONGEST - 1);
    int end = space > LONGEST / 2 ? space : LONGEST - 1;
    return oneLine.substring(0, end) + "…";
  }
}
