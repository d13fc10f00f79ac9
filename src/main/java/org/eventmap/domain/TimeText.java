package org.eventmap.domain;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * Words for dates as a reader expects them: at the precision the source gave ("March 2024" is not "1
 * March 2024"), in the local time of the place, and in UTC.
 */
public final class TimeText {
  private static final Locale LOCALE = Locale.UK;
  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEEE d MMMM uuuu", LOCALE);
  private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMMM uuuu", LOCALE);
  private static final DateTimeFormatter SHORT_DAY = DateTimeFormatter.ofPattern("d MMM uuuu", LOCALE);
  private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm", LOCALE);
  private static final DateTimeFormatter CLOCK_SECONDS = DateTimeFormatter.ofPattern("HH:mm:ss", LOCALE);

  private TimeText() {}

  /** The date as lived at the place: "Friday 22 March 2024, 10:00 (UTC+02:00)". */
  public static String local(TimePoint time, ZoneId zone) {
    ZonedDateTime start = time.earliest(zone).atZone(zone);
    return switch (time.precision()) {
      case YEAR -> Integer.toString(start.getYear());
      case MONTH -> start.format(MONTH);
      case DAY -> start.format(DAY);
      case MINUTE, SECOND -> start.format(DAY) + ", " + clock(time, start) + " (" + offsetName(start.getOffset()) + ")";
    };
  }

  /**
   * The same date in UTC. A moment is one clock time; a day, month or year is the span of UTC it covers
   * at the place, because a day in Jerusalem begins at 22:00 UTC the evening before.
   */
  public static String utc(TimePoint time, ZoneId zone) {
    if (time.precision().hasTime()) {
      ZonedDateTime utc = time.earliest(zone).atZone(ZoneOffset.UTC);
      return utc.format(SHORT_DAY) + ", " + clock(time, utc) + " UTC";
    }
    return utcSpan(time.earliest(zone), time.latestExclusive(zone));
  }

  /** A span from a start to an end, as lived at the place: "Friday 22 March 2024 – Saturday 23 March 2024". */
  public static String localRange(TimePoint start, TimePoint end, ZoneId zone) {
    return local(start, zone) + " – " + local(end, zone);
  }

  /** The same span in UTC: two moments, or from the first instant of the start to the last of the end. */
  public static String utcRange(TimePoint start, TimePoint end, ZoneId zone) {
    if (start.precision().hasTime() && end.precision().hasTime()) {
      return utc(start, zone) + " – " + utc(end, zone);
    }
    return utcSpan(start.earliest(zone), end.latestExclusive(zone));
  }

  private static String utcSpan(Instant fromInstant, Instant toInstant) {
    ZonedDateTime from = fromInstant.atZone(ZoneOffset.UTC);
    ZonedDateTime to = toInstant.atZone(ZoneOffset.UTC);
    return from.format(SHORT_DAY) + " " + from.format(CLOCK) + " – " + to.format(SHORT_DAY) + " " + to.format(CLOCK)
        + " UTC";
  }

  /** A short date for labels: "22 Mar 2024". */
  public static String shortDay(java.time.LocalDate day) {
    return day.format(SHORT_DAY);
  }

  /** A long date for labels: "Friday 22 March 2024". */
  public static String longDay(java.time.LocalDate day) {
    return day.format(DAY);
  }

  /** "UTC+02:00", "UTC−04:00", "UTC". */
  public static String offsetName(ZoneOffset offset) {
    return offset.getTotalSeconds() == 0 ? "UTC" : "UTC" + offset.getId();
  }

  private static String clock(TimePoint time, ZonedDateTime at) {
    return at.format(time.precision() == Precision.SECOND ? CLOCK_SECONDS : CLOCK);
  }
}
