package org.eventmap.io.csv;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.eventmap.domain.Precision;
import org.eventmap.domain.TimePoint;
import org.eventmap.io.IsoDates;

/**
 * The dates spreadsheets hold: ISO 8601 (loosely, {@link IsoDates}), {@code 22 March 2024} and
 * {@code March 22, 2024}, {@code 22/03/2024} or {@code 03/22/2024} (which of the two a column means is
 * decided from the whole column, {@link Order}), {@code 20240322} (GDELT's SQLDATE), epoch seconds or
 * milliseconds, and a year alone. The precision written is kept: a year stays a year, a day a day.
 *
 * <p>Epoch numbers are told apart by their digits: 9 or 10 are seconds (1973 to 2286), 12 or 13 are
 * milliseconds (the same years); a number of 1 to 4 digits is a year, 8 digits a day written yyyymmdd.
 */
final class CellDates {
  /** How a column writes a day and a month as two numbers: {@code 22/03} or {@code 03/22}. */
  enum Order {
    UNKNOWN,
    DAY_FIRST,
    MONTH_FIRST
  }

  private static final Map<String, Integer> MONTHS = Map.ofEntries(
      Map.entry("jan", 1), Map.entry("january", 1), Map.entry("feb", 2), Map.entry("february", 2),
      Map.entry("mar", 3), Map.entry("march", 3), Map.entry("apr", 4), Map.entry("april", 4), Map.entry("may", 5),
      Map.entry("jun", 6), Map.entry("june", 6), Map.entry("jul", 7), Map.entry("july", 7), Map.entry("aug", 8),
      Map.entry("august", 8), Map.entry("sep", 9), Map.entry("sept", 9), Map.entry("september", 9),
      Map.entry("oct", 10), Map.entry("october", 10), Map.entry("nov", 11), Map.entry("november", 11),
      Map.entry("dec", 12), Map.entry("december", 12));

  private static final String TIME = "(?:[T ]\\s*(\\d{1,2}):(\\d{2})(?::(\\d{2})(?:[.,]\\d+)?)?\\s*([AaPp][Mm])?"
      + "\\s*(Z|z|UTC|GMT|[+-]\\d{2}(?::?\\d{2})?)?)?";
  /** {@code 22 March 2024}, {@code 22-Mar-2024}, {@code 22 Mar. 2024}. */
  private static final Pattern DAY_MONTH_NAME =
      Pattern.compile("(\\d{1,2})[ -]([A-Za-z]{3,9})\\.?[ ,-]*(-?\\d{1,6})" + TIME);
  /** {@code March 22, 2024}, {@code Mar 22 2024}. */
  private static final Pattern MONTH_NAME_DAY =
      Pattern.compile("([A-Za-z]{3,9})\\.? (\\d{1,2})(?:st|nd|rd|th)?,? (-?\\d{1,6})" + TIME);
  /** {@code March 2024}. */
  private static final Pattern MONTH_NAME_YEAR = Pattern.compile("([A-Za-z]{3,9})\\.? (\\d{4})");
  /** Two numbers then a year of four digits: {@code 22/03/2024}, {@code 03.22.2024}, {@code 22-03-2024}. */
  static final Pattern TWO_NUMBERS_YEAR = Pattern.compile("(\\d{1,2})([/.-])(\\d{1,2})\\2(\\d{4})" + TIME);
  /** {@code 2024/03/22}: the year first leaves no doubt. */
  private static final Pattern YEAR_SLASHES = Pattern.compile("(\\d{4})/(\\d{1,2})/(\\d{1,2})" + TIME);
  private static final Pattern TWO_DIGIT_YEAR = Pattern.compile("\\d{1,2}[/.-]\\d{1,2}[/.-]\\d{2}(?:\\D.*)?");
  private static final Pattern TIME_ONLY = Pattern.compile("(\\d{1,2}):(\\d{2})(?::(\\d{2})(?:[.,]\\d+)?)?\\s*([AaPp][Mm])?"
      + "\\s*(Z|z|UTC|GMT|[+-]\\d{2}(?::?\\d{2})?)?");

  private CellDates() {}

  /** Whether the text has the shape of one of the dates read here (it may still not be a real one). */
  static boolean looksLikeDate(String text) {
    String t = text.strip();
    if (t.isEmpty()) {
      return false;
    }
    if (allDigits(t)) {
      return t.length() == 8 || (t.length() >= 9 && t.length() <= 10) || (t.length() >= 12 && t.length() <= 13);
    }
    return IsoDates.looksIso(t) || DAY_MONTH_NAME.matcher(t).matches() && month(t, DAY_MONTH_NAME, 2)
        || MONTH_NAME_DAY.matcher(t).matches() && month(t, MONTH_NAME_DAY, 1)
        || TWO_NUMBERS_YEAR.matcher(t).matches() || YEAR_SLASHES.matcher(t).matches();
  }

  private static boolean month(String t, Pattern p, int group) {
    Matcher m = p.matcher(t);
    return m.matches() && MONTHS.containsKey(m.group(group).toLowerCase(Locale.ROOT));
  }

  /** Whether the text is a year alone (one to four digits, or signed). */
  static boolean looksLikeYear(String text) {
    String t = text.strip();
    int from = t.startsWith("-") ? 1 : 0;
    return t.length() > from && t.length() - from <= 4 && allDigits(t.substring(from));
  }

  /**
   * What a {@code 22/03/2024}-like cell says about its column: {@link Order#DAY_FIRST} when its first
   * number cannot be a month, {@link Order#MONTH_FIRST} when its second cannot, {@link Order#UNKNOWN}
   * when both could be; null when the cell is not written so.
   */
  static Order evidence(String text) {
    Matcher m = TWO_NUMBERS_YEAR.matcher(text.strip());
    if (!m.matches()) {
      return null;
    }
    int first = Integer.parseInt(m.group(1));
    int second = Integer.parseInt(m.group(3));
    if (first > 12 && second <= 12) {
      return Order.DAY_FIRST;
    }
    if (second > 12 && first <= 12) {
      return Order.MONTH_FIRST;
    }
    return Order.UNKNOWN;
  }

  /**
   * @param order how the column writes two numbers before the year; {@link Order#UNKNOWN} reads such a
   *     cell only when its numbers leave no doubt
   * @throws IllegalArgumentException with a message for a person
   */
  static TimePoint parse(String text, Order order) {
    String t = text.strip();
    if (t.isEmpty()) {
      throw new IllegalArgumentException("the date is empty");
    }
    if (allDigits(t) || (t.startsWith("-") && t.length() > 1 && allDigits(t.substring(1)))) {
      return number(t);
    }
    if (IsoDates.looksIso(t)) {
      return IsoDates.parse(t);
    }
    try {
      Matcher m = DAY_MONTH_NAME.matcher(t);
      if (m.matches() && MONTHS.containsKey(m.group(2).toLowerCase(Locale.ROOT))) {
        return at(Integer.parseInt(m.group(3)), MONTHS.get(m.group(2).toLowerCase(Locale.ROOT)),
            Integer.parseInt(m.group(1)), m, 4, t);
      }
      m = MONTH_NAME_DAY.matcher(t);
      if (m.matches() && MONTHS.containsKey(m.group(1).toLowerCase(Locale.ROOT))) {
        return at(Integer.parseInt(m.group(3)), MONTHS.get(m.group(1).toLowerCase(Locale.ROOT)),
            Integer.parseInt(m.group(2)), m, 4, t);
      }
      m = MONTH_NAME_YEAR.matcher(t);
      if (m.matches() && MONTHS.containsKey(m.group(1).toLowerCase(Locale.ROOT))) {
        return TimePoint.ofMonth(Integer.parseInt(m.group(2)), MONTHS.get(m.group(1).toLowerCase(Locale.ROOT)));
      }
      m = YEAR_SLASHES.matcher(t);
      if (m.matches()) {
        return at(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)), m, 4, t);
      }
      m = TWO_NUMBERS_YEAR.matcher(t);
      if (m.matches()) {
        int first = Integer.parseInt(m.group(1));
        int second = Integer.parseInt(m.group(3));
        Order o = order;
        if (o == Order.UNKNOWN) {
          Order evidence = evidence(t);
          if (evidence == Order.UNKNOWN) {
            throw new IllegalArgumentException("'" + t + "' could be day/month or month/day, and the column does not"
                + " tell which");
          }
          o = evidence;
        }
        int day = o == Order.DAY_FIRST ? first : second;
        int month = o == Order.DAY_FIRST ? second : first;
        if (month > 12) {
          throw new IllegalArgumentException("'" + t + "' has month " + month + " where this column writes the "
              + (o == Order.DAY_FIRST ? "month second (day/month/year)" : "month first (month/day/year)"));
        }
        return at(Integer.parseInt(m.group(4)), month, day, m, 5, t);
      }
    } catch (DateTimeException e) {
      throw new IllegalArgumentException("'" + t + "' is not a real date or time: " + e.getMessage(), e);
    }
    if (TWO_DIGIT_YEAR.matcher(t).matches()) {
      throw new IllegalArgumentException("'" + t + "' has a year of two digits, which could be of any century:"
          + " write it with four");
    }
    throw new IllegalArgumentException("'" + t + "' is not a date (such as 2024-03-22, 22 March 2024, 22/03/2024,"
        + " 2024-03-22T09:50+02:00 or a year)");
  }

  /** A date followed, maybe, by a time in groups {@code from} (hours) to {@code from + 4} (zone). */
  private static TimePoint at(int year, int month, int day, Matcher m, int from, String text) {
    LocalDate date = LocalDate.of(year, month, day);
    if (m.group(from) == null) {
      return TimePoint.ofDay(date);
    }
    return withTime(date, m, from, text);
  }

  private static TimePoint withTime(LocalDate date, Matcher m, int from, String text) {
    int hour = Integer.parseInt(m.group(from));
    int minute = Integer.parseInt(m.group(from + 1));
    String seconds = m.group(from + 2);
    String halfDay = m.group(from + 3);
    if (halfDay != null) {
      if (hour < 1 || hour > 12) {
        throw new IllegalArgumentException("'" + text + "' has hour " + hour + " before AM or PM");
      }
      hour = hour % 12 + (halfDay.equalsIgnoreCase("pm") ? 12 : 0);
    }
    LocalDateTime local = date.atTime(LocalTime.of(hour, minute, seconds == null ? 0 : Integer.parseInt(seconds)));
    Precision precision = seconds == null ? Precision.MINUTE : Precision.SECOND;
    String zone = m.group(from + 4);
    return zone == null ? TimePoint.ofLocal(local, precision)
        : TimePoint.ofMoment(OffsetDateTime.of(local, offset(zone)), precision);
  }

  /** A time of day alone ({@code 09:50}, {@code 9:50 PM}, {@code 09:50:00Z}) joined to a day. */
  static TimePoint onDay(LocalDate day, String time) {
    String t = time.strip();
    Matcher m = TIME_ONLY.matcher(t);
    if (!m.matches()) {
      throw new IllegalArgumentException("'" + t + "' is not a time of day (such as 09:50, 09:50:30 or 9:50 PM)");
    }
    try {
      return withTime(day, m, 1, t);
    } catch (DateTimeException e) {
      throw new IllegalArgumentException("'" + t + "' is not a real time: " + e.getMessage(), e);
    }
  }

  static boolean looksLikeTime(String text) {
    return TIME_ONLY.matcher(text.strip()).matches();
  }

  private static TimePoint number(String t) {
    int digits = t.startsWith("-") ? t.length() - 1 : t.length();
    if (digits <= 4 || t.startsWith("-") && digits <= 6) {
      return TimePoint.ofYear(Integer.parseInt(t));
    }
    if (digits == 8) {
      try {
        return TimePoint.ofDay(LocalDate.of(Integer.parseInt(t.substring(0, 4)), Integer.parseInt(t.substring(4, 6)),
            Integer.parseInt(t.substring(6, 8))));
      } catch (DateTimeException e) {
        throw new IllegalArgumentException("'" + t + "' is not a real day written yyyymmdd: " + e.getMessage(), e);
      }
    }
    if (digits == 9 || digits == 10) {
      return TimePoint.ofMoment(OffsetDateTime.ofInstant(Instant.ofEpochSecond(Long.parseLong(t)), ZoneOffset.UTC),
          Precision.SECOND);
    }
    if (digits == 12 || digits == 13) {
      return TimePoint.ofMoment(OffsetDateTime.ofInstant(Instant.ofEpochMilli(Long.parseLong(t)), ZoneOffset.UTC),
          Precision.SECOND);
    }
    throw new IllegalArgumentException("'" + t + "' is a number that is neither a year, a day written yyyymmdd,"
        + " nor epoch seconds (10 digits) or milliseconds (13 digits)");
  }

  private static ZoneOffset offset(String zone) {
    if (zone.equalsIgnoreCase("Z") || zone.equals("UTC") || zone.equals("GMT")) {
      return ZoneOffset.UTC;
    }
    String digits = zone.substring(1).replace(":", "");
    int hours = Integer.parseInt(digits.substring(0, 2));
    int minutes = digits.length() > 2 ? Integer.parseInt(digits.substring(2)) : 0;
    int sign = zone.charAt(0) == '-' ? -1 : 1;
    return ZoneOffset.ofHoursMinutes(sign * hours, sign * minutes);
  }

  static boolean allDigits(String t) {
    if (t.isEmpty()) {
      return false;
    }
    for (int i = 0; i < t.length(); i++) {
      char c = t.charAt(i);
      if (c < '0' || c > '9') {
        return false;
      }
    }
    return true;
  }
}
