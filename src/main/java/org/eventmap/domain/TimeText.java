package org.eventmap.domain;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAccessor;
import java.util.Locale;

/**
 * Words for dates as a reader expects them: at the precision the source gave ("March 2024" is not "1
 * March 2024"), in the local time of the place, and in UTC.
 *
 * <p>Years are counted as ISO 8601 and TimelineJS count them (proleptic Gregorian, with a year 0) but
 * shown as people write them: year 0 is "1 BC", {@code -0030} is "31 BC", years 1 to 999 are "AD 79", and
 * long years are grouped ("66,000,001 BC", "12,345"). See {@link #year}.
 */
public final class TimeText {
  private static final Locale LOCALE = Locale.UK;
  // The year is never formatted by a pattern: "uuuu" writes -30 for 31 BC.
  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEEE d MMMM", LOCALE);
  private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMMM", LOCALE);
  private static final DateTimeFormatter SHORT_DAY = DateTimeFormatter.ofPattern("d MMM", LOCALE);
  private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm", LOCALE);
  private static final DateTimeFormatter CLOCK_SECONDS = DateTimeFormatter.ofPattern("HH:mm:ss", LOCALE);

  private TimeText() {}

  /**
   * A year as people write it: "2024", "AD 79", "31 BC" for ISO's -0030, "1 BC" for ISO's year 0,
   * "66,000,001 BC" for -66000000, "12,345" for +12345.
   */
  public static String year(long isoYear) {
    if (isoYear <= 0) {
      return grouped(1 - isoYear) + " BC";
    }
    return isoYear < 1000 ? "AD " + isoYear : grouped(isoYear);
  }

  /** Thousands are grouped only from 10,000 on: "2024", not "2,024". */
  private static String grouped(long years) {
    return years < 10_000 ? Long.toString(years) : String.format(LOCALE, "%,d", years);
  }

  /** The date as lived at the place: "Friday 22 March 2024, 10:00 (UTC+02:00)". */
  public static String local(TimePoint time, ZoneId zone) {
    ZonedDateTime start = atPlace(time, zone);
    return switch (time.precision()) {
      case YEAR -> year(start.getYear());
      case MONTH -> withYear(MONTH, start);
      case DAY -> withYear(DAY, start);
      case MINUTE, SECOND -> withYear(DAY, start) + ", " + clock(time, start) + " (" + offsetName(start.getOffset())
          + ")";
    };
  }

  private static ZonedDateTime atPlace(TimePoint time, ZoneId zone) {
    Instant start = time.earliest(zone);
    try {
      return start.atZone(zone);
    } catch (DateTimeException beyond) {
      // A moment in the first or last hours java.time holds whose day at the place is beyond them: it is
      // shown at the offset it was written with.
      return start.atZone(time.offset().map(ZoneId.class::cast).orElse(ZoneOffset.UTC));
    }
  }

  private static String withYear(DateTimeFormatter format, TemporalAccessor date) {
    return format.format(date) + " " + year(date.get(java.time.temporal.ChronoField.YEAR));
  }

  /**
   * The same date in UTC. A moment is one clock time; a day, month or year is the span of UTC it covers
   * at the place, because a day in Jerusalem begins at 22:00 UTC the evening before.
   */
  public static String utc(TimePoint time, ZoneId zone) {
    if (time.precision().hasTime()) {
      LocalDateTime utc = inUtc(time.earliest(zone));
      return withYear(SHORT_DAY, utc) + ", " + clock(time, utc) + " UTC";
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
    LocalDateTime from = inUtc(fromInstant);
    LocalDateTime to = inUtc(toInstant);
    return withYear(SHORT_DAY, from) + " " + from.format(CLOCK) + " – " + withYear(SHORT_DAY, to) + " "
        + to.format(CLOCK) + " UTC";
  }

  /**
   * An instant on UTC's clocks. At the ends of what java.time holds, a day at a place east or west of
   * Greenwich begins or ends in UTC beyond them: those stop at the first or last second held.
   */
  private static LocalDateTime inUtc(Instant instant) {
    long second = Math.max(LocalDateTime.MIN.toEpochSecond(ZoneOffset.UTC),
        Math.min(LocalDateTime.MAX.toEpochSecond(ZoneOffset.UTC), instant.getEpochSecond()));
    return LocalDateTime.ofEpochSecond(second, 0, ZoneOffset.UTC);
  }

  /** A short date for labels: "22 Mar 2024", "15 Mar 44 BC". */
  public static String shortDay(LocalDate day) {
    return withYear(SHORT_DAY, day);
  }

  /** A long date for labels: "Friday 22 March 2024". */
  public static String longDay(LocalDate day) {
    return withYear(DAY, day);
  }

  /** "March 2024", "March 31 BC". */
  public static String month(LocalDate day) {
    return withYear(MONTH, day);
  }

  /** "UTC+02:00", "UTC−04:00", "UTC". */
  public static String offsetName(ZoneOffset offset) {
    return offset.getTotalSeconds() == 0 ? "UTC" : "UTC" + offset.getId();
  }

  private static String clock(TimePoint time, TemporalAccessor at) {
    return (time.precision() == Precision.SECOND ? CLOCK_SECONDS : CLOCK).format(at);
  }
}
