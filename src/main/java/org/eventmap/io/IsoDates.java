package org.eventmap.io;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.eventmap.domain.Precision;
import org.eventmap.domain.TimePoint;

/**
 * ISO 8601 dates as other tools write them, more loosely than our own format allows: a space for the
 * {@code T}, fractions of a second (dropped), offsets as {@code +0200} or {@code +02}, no zone at all
 * (a local time), and signed or long years ({@code -0030}, {@code -66000000}, {@code +0012345}: ISO 8601's
 * expanded years, proleptic Gregorian with a year 0, so -0030 is 31 BC). The precision written is kept: a year stays a
 * year. For the readers of other formats; our own format keeps to {@link TimePoint#parse}.
 */
public final class IsoDates {
  private static final Pattern ISO = Pattern.compile(
      "([+-]\\d{4,}|\\d{4})(?:-(\\d{1,2})(?:-(\\d{1,2})(?:[T ](\\d{1,2}):(\\d{2})(?::(\\d{2})(?:[.,]\\d+)?)?"
          + "\\s*(Z|z|UTC|[+-]\\d{2}(?::?\\d{2})?)?)?)?)?");

  private IsoDates() {}

  /** Whether the text has the shape of an ISO date (it may still name a day that does not exist). */
  public static boolean looksIso(String text) {
    return ISO.matcher(text.strip()).matches();
  }

  /**
   * @throws IllegalArgumentException with a message for a person when the text is not such a date or
   *     names a day or time that does not exist
   */
  public static TimePoint parse(String text) {
    String t = text.strip();
    Matcher m = ISO.matcher(t);
    if (!m.matches()) {
      throw new IllegalArgumentException("'" + t + "' is not an ISO 8601 date (such as 2024, 2024-03, 2024-03-22 "
          + "or 2024-03-22T09:50+02:00)");
    }
    try {
      int year = year(m.group(1));
      if (m.group(2) == null) {
        return TimePoint.ofYear(year);
      }
      int month = Integer.parseInt(m.group(2));
      if (m.group(3) == null) {
        return TimePoint.ofMonth(year, month);
      }
      LocalDate day = LocalDate.of(year, month, Integer.parseInt(m.group(3)));
      if (m.group(4) == null) {
        return TimePoint.ofDay(day);
      }
      Precision precision = m.group(6) == null ? Precision.MINUTE : Precision.SECOND;
      LocalDateTime local = day.atTime(Integer.parseInt(m.group(4)), Integer.parseInt(m.group(5)),
          m.group(6) == null ? 0 : Integer.parseInt(m.group(6)));
      String zone = m.group(7);
      if (zone == null) {
        return TimePoint.ofLocal(local, precision);
      }
      return TimePoint.ofMoment(OffsetDateTime.of(local, offset(zone)), precision);
    } catch (DateTimeException e) {
      throw new IllegalArgumentException("'" + t + "' is not a real date or time: " + e.getMessage(), e);
    }
  }

  /** A year of any length, refused in words when it is beyond what Eventmap can place. */
  private static int year(String written) {
    String signed = written.startsWith("+") ? written.substring(1) : written;
    String digits = signed.replaceFirst("^-?0*", "");
    long year = digits.length() > 18 ? (signed.startsWith("-") ? Long.MIN_VALUE : Long.MAX_VALUE)
        : Long.parseLong(signed);
    String beyond = TimePoint.beyondRange(year);
    if (beyond != null) {
      throw new IllegalArgumentException(digits.length() > 18 ? beyond.replace(Long.toString(year), signed) : beyond);
    }
    return (int) year;
  }

  private static ZoneOffset offset(String zone) {
    if (zone.equalsIgnoreCase("Z") || zone.equals("UTC")) {
      return ZoneOffset.UTC;
    }
    String digits = zone.substring(1).replace(":", "");
    int hours = Integer.parseInt(digits.substring(0, 2));
    int minutes = digits.length() > 2 ? Integer.parseInt(digits.substring(2)) : 0;
    int sign = zone.charAt(0) == '-' ? -1 : 1;
    return ZoneOffset.ofHoursMinutes(sign * hours, sign * minutes);
  }
}
