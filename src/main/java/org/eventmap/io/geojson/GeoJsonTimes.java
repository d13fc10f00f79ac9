package org.eventmap.io.geojson;

import org.eventmap.io.LocatedJson;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.eventmap.domain.Precision;
import org.eventmap.domain.TimePoint;
import org.eventmap.io.IsoDates;
import org.eventmap.io.LocatedJson.Node;
import org.eventmap.io.LocatedJson.Num;
import org.eventmap.io.LocatedJson.Text;

/**
 * A time as GeoJSON files write it in their properties. An ISO 8601 text keeps its precision and its
 * zone or offset ({@link IsoDates}: {@code 2024}, {@code -0030}, {@code 2024-03-22T09:50}, ...). A number
 * is read by its size:
 *
 * <ul>
 *   <li>a whole number from -9999 to 9999 is a year ({@code 1848}, {@code -30});
 *   <li>a number of at least 100,000,000,000 in size is milliseconds since 1970 (what the USGS feed and
 *       JavaScript write): from March 1973 on, or before October 1966 when negative;
 *   <li>anything between is refused with a message rather than guessed: it could be seconds since 1970
 *       or a compact date such as 20240322.
 * </ul>
 *
 * A text of digits only longer than a year is read as such a number. Milliseconds are an instant: kept
 * at UTC, or at the offset the file gives in minutes (the USGS feed's {@code tz}), to the second.
 */
final class GeoJsonTimes {
  static final long LARGEST_YEAR = 9999;
  static final double SMALLEST_EPOCH_MILLIS = 1e11;

  private GeoJsonTimes() {}

  /**
   * @param offsetMinutes the offset the file gives for epoch times, or null for UTC
   * @return the time, or null when the value is an empty text (no time)
   * @throws IllegalArgumentException with a message for a person when the value is not a time
   */
  static TimePoint parse(Node value, Integer offsetMinutes) {
    if (value instanceof Text t) {
      String text = t.text().strip();
      if (text.isEmpty()) {
        return null;
      }
      if (text.matches("[+-]?\\d{7,}")) {
        return number(Double.parseDouble(text), text, true, offsetMinutes);
      }
      return IsoDates.parse(text);
    }
    if (value instanceof Num n) {
      return number(n.value(), n.written(), n.integral(), offsetMinutes);
    }
    throw new IllegalArgumentException(value.kind() + " is not a time (write an ISO 8601 date such as "
        + "2024-03-22, a year, or milliseconds since 1970)");
  }

  private static TimePoint number(double value, String written, boolean integral, Integer offsetMinutes) {
    if (integral && Math.abs(value) <= LARGEST_YEAR) {
      return TimePoint.ofYear((int) value);
    }
    if (Math.abs(value) >= SMALLEST_EPOCH_MILLIS && Math.abs(value) < 1e16) {
      long millis = (long) Math.floor(value);
      try {
        Instant instant = Instant.ofEpochMilli(millis);
        ZoneOffset offset = offsetMinutes == null ? ZoneOffset.UTC : ZoneOffset.ofTotalSeconds(offsetMinutes * 60);
        return TimePoint.ofMoment(OffsetDateTime.ofInstant(instant, offset), Precision.SECOND);
      } catch (DateTimeException e) {
        throw new IllegalArgumentException(written + " milliseconds since 1970 is not a time Eventmap can show", e);
      }
    }
    String hint = Math.abs(value) >= 1e8 && Math.abs(value) < 1e11
        ? " (it looks like seconds since 1970, which Eventmap does not guess: write milliseconds or ISO 8601)"
        : integral && value > 10_000_000 && value < 100_000_000
            ? " (a compact date? write it as ISO 8601, 2024-03-22)"
            : "";
    throw new IllegalArgumentException("the number " + written
        + " is neither a year (a whole number from -9999 to 9999) "
        + "nor milliseconds since 1970 (13 digits for today)" + hint);
  }

  /** Whether a USGS-style {@code tz} is an offset in minutes that exists (-18:00 to +18:00). */
  static boolean isOffsetMinutes(Node value) {
    return value instanceof Num n && n.integral() && Math.abs(n.value()) <= 18 * 60;
  }
}
