package org.eventmap.io.timelinejs;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.Locale;
import org.eventmap.domain.Precision;
import org.eventmap.domain.TimePoint;

/**
 * A TimelineJS date from its parts (year, month, day, hour, minute, second, millisecond), each written as
 * a number or a string ({@code "0050"}, {@code "08"}, {@code "-30"}), an empty string being a part not
 * given. Its precision is that of the most specific part given; a time is local (TimelineJS shows it in
 * the viewer's zone; Eventmap reads it in the zone of the event's place, or UTC without one). Years count
 * as ISO 8601 and JavaScript count them, proleptic Gregorian with a year 0 (so {@code -30} is 31 BC).
 */
final class DateParts {
  private DateParts() {}

  /** An optional sign and digits: what TimelineJS takes as a date part. */
  private static boolean isWholeNumber(String t, int maxDigits) {
    int from = t.startsWith("-") || t.startsWith("+") ? 1 : 0;
    if (t.length() == from || t.length() - from > maxDigits) {
      return false;
    }
    for (int i = from; i < t.length(); i++) {
      if (t.charAt(i) < '0' || t.charAt(i) > '9') {
        return false;
      }
    }
    return true;
  }

  /** One part as the file wrote it, and where; a null text is a part not given. */
  record Part(String name, String text, int line, int column) {
    static Part absent(String name) {
      return new Part(name, null, 0, 0);
    }

    boolean given() {
      return text != null && !text.isBlank();
    }
  }

  /** What is wrong with a date, where; {@link #outOfRange} when only its year is beyond what Eventmap places. */
  static final class Problem extends Exception {
    final int line;
    final int column;
    final boolean outOfRange;

    Problem(Part at, String message, boolean outOfRange) {
      super(message, null, false, false);
      this.line = at.line();
      this.column = at.column();
      this.outOfRange = outOfRange;
    }
  }

  /**
   * The date these parts make.
   *
   * @param yearsOnly for TimelineJS's cosmological scale, which places years and nothing finer
   * @throws Problem with a message for a person (the part named, the reason) when a part is not a whole
   *     number, names a month or day that does not exist, or the year is beyond Eventmap's range
   */
  static TimePoint of(Part year, Part month, Part day, Part hour, Part minute, Part second, Part millisecond,
      boolean yearsOnly) throws Problem {
    if (!year.given()) {
      throw new Problem(year, "a date needs a year", false);
    }
    int y = year(year);
    if (yearsOnly) {
      return TimePoint.ofYear(y);
    }
    Integer m = number(month, 1, 12, "months are 1 to 12");
    Integer d = number(day, 1, 31, "days are 1 to 31");
    Integer h = number(hour, 0, 23, "hours are 0 to 23");
    Integer min = number(minute, 0, 59, "minutes are 0 to 59");
    Integer s = number(second, 0, 59, "seconds are 0 to 59");
    Integer ms = number(millisecond, 0, 999, "milliseconds are 0 to 999");
    if (d != null && m == null) {
      throw new Problem(day, "a day (" + d + ") without a month", false);
    }
    if (d != null && d > YearMonth.of(y, m).lengthOfMonth()) {
      throw new Problem(day, "day " + d + " does not exist in " + YearMonth.of(y, m).getMonth().getDisplayName(
          java.time.format.TextStyle.FULL, Locale.ENGLISH) + " " + y, false);
    }
    boolean time = h != null || min != null || s != null || ms != null;
    if (time && d == null) {
      Part first = h != null ? hour : min != null ? minute : s != null ? second : millisecond;
      throw new Problem(first, "a time of day without a day (TimelineJS refuses it too)", false);
    }
    if (time && h == null) {
      Part first = min != null ? minute : s != null ? second : millisecond;
      throw new Problem(first, "a " + first.name() + " without an hour", false);
    }
    if (time) {
      // Milliseconds are finer than Eventmap keeps: the second they fall in is kept.
      Precision precision = s != null || ms != null ? Precision.SECOND : Precision.MINUTE;
      return TimePoint.ofLocal(LocalDateTime.of(y, m, d, h, min == null ? 0 : min, s == null ? 0 : s), precision);
    }
    if (d != null) {
      return TimePoint.ofDay(LocalDate.of(y, m, d));
    }
    return m != null ? TimePoint.ofMonth(y, m) : TimePoint.ofYear(y);
  }

  /** A year, checked against the years Eventmap can place (which grow when TimePoint's range does). */
  static int year(Part year) throws Problem {
    String t = year.text().strip();
    if (!isWholeNumber(t, Integer.MAX_VALUE)) {
      throw new Problem(year, "year " + quoted(year) + " is not a whole number", false);
    }
    boolean negative = t.startsWith("-");
    int first = negative || t.startsWith("+") ? 1 : 0;
    while (first < t.length() - 1 && t.charAt(first) == '0') {
      first++; // "050" and "-0030" are written with leading zeros
    }
    String digits = t.substring(first);
    long value = digits.length() > 18 ? Long.MAX_VALUE : Long.parseLong(digits);
    long signed = negative ? -value : value;
    if (signed < TimePoint.MIN_YEAR) {
      throw new Problem(year, "year " + (negative ? "-" : "") + digits + " is before the earliest year Eventmap can "
          + "place, " + TimePoint.MIN_YEAR, true);
    }
    if (signed > TimePoint.MAX_YEAR) {
      throw new Problem(year, "year " + digits + " is after the latest year Eventmap can place, "
          + TimePoint.MAX_YEAR, true);
    }
    return (int) signed;
  }

  private static Integer number(Part part, int min, int max, String range) throws Problem {
    if (!part.given()) {
      return null;
    }
    String t = part.text().strip();
    if (!isWholeNumber(t, 9)) {
      throw new Problem(part, part.name() + " " + quoted(part) + " is not a whole number", false);
    }
    int value = Integer.parseInt(t.startsWith("+") ? t.substring(1) : t);
    if (value < min || value > max) {
      throw new Problem(part, part.name() + " " + value + " does not exist (" + range + ")", false);
    }
    return value;
  }

  private static String quoted(Part part) {
    return "\"" + SlideValues.shortened(part.text()) + "\"";
  }
}
