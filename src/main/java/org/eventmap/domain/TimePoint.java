package org.eventmap.domain;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.Year;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A date as a source gives it, with its precision kept: a year, a month, a day, or a moment with its UTC
 * offset. Dates without a time only become instants in the time zone of a place, so the conversions take
 * one.
 */
public final class TimePoint implements Comparable<TimePoint> {
  private static final Pattern FORMAT =
      Pattern.compile(
          "(\\d{4})(?:-(\\d{2})(?:-(\\d{2})(?:T(\\d{2}):(\\d{2})(?::(\\d{2}))?(Z|[+-]\\d{2}:\\d{2})?)?)?)?");

  private final String text;
  private final Precision precision;
  private final LocalDate firstDay;
  private final OffsetDateTime moment;

  private TimePoint(String text, Precision precision, LocalDate firstDay, OffsetDateTime moment) {
    this.text = text;
    this.precision = precision;
    this.firstDay = firstDay;
    this.moment = moment;
  }

  /**
   * Reads an ISO 8601 date of year, month, day, minute or second precision.
   *
   * @throws IllegalArgumentException with a message for a person when the text is not such a date or
   *     names a day that does not exist
   */
  public static TimePoint parse(String text) {
    Objects.requireNonNull(text, "text");
    Matcher m = FORMAT.matcher(text);
    if (!m.matches()) {
      throw new IllegalArgumentException(
          "'" + text + "' is not an ISO 8601 date (expected 2024, 2024-03, 2024-03-22 or 2024-03-22T09:50+02:00)");
    }
    try {
      int year = Integer.parseInt(m.group(1));
      if (m.group(2) == null) {
        return new TimePoint(text, Precision.YEAR, Year.of(year).atDay(1), null);
      }
      int month = Integer.parseInt(m.group(2));
      if (month < 1 || month > 12) {
        throw new IllegalArgumentException("'" + text + "' has month " + month + ", which does not exist");
      }
      if (m.group(3) == null) {
        return new TimePoint(text, Precision.MONTH, YearMonth.of(year, month).atDay(1), null);
      }
      int day = Integer.parseInt(m.group(3));
      LocalDate date = LocalDate.of(year, month, day);
      if (m.group(4) == null) {
        return new TimePoint(text, Precision.DAY, date, null);
      }
      if (m.group(7) == null) {
        throw new IllegalArgumentException(
            "'" + text + "' has a time but no UTC offset: write it as e.g. " + text + "+02:00 or " + text + "Z");
      }
      int hour = Integer.parseInt(m.group(4));
      int minute = Integer.parseInt(m.group(5));
      int second = m.group(6) == null ? 0 : Integer.parseInt(m.group(6));
      ZoneOffset offset = ZoneOffset.of(m.group(7));
      OffsetDateTime moment = OffsetDateTime.of(date.atTime(hour, minute, second), offset);
      return new TimePoint(text, m.group(6) == null ? Precision.MINUTE : Precision.SECOND, date, moment);
    } catch (DateTimeException e) {
      throw new IllegalArgumentException("'" + text + "' is not a real date or time: " + e.getMessage(), e);
    }
  }

  /** The text exactly as written in the file. */
  public String text() {
    return text;
  }

  public Precision precision() {
    return precision;
  }

  /** The offset written with a time; empty for dates without a time. */
  public Optional<ZoneOffset> offset() {
    return moment == null ? Optional.empty() : Optional.of(moment.getOffset());
  }

  /** The moment as written, for dates with a time. */
  public Optional<OffsetDateTime> moment() {
    return Optional.ofNullable(moment);
  }

  /** The first instant this date can mean, reading dates without time in the given zone. */
  public Instant earliest(ZoneId zone) {
    return moment != null ? moment.toInstant() : firstDay.atStartOfDay(zone).toInstant();
  }

  /** The instant just after the last one this date can mean (a day ends at the next midnight). */
  public Instant latestExclusive(ZoneId zone) {
    return switch (precision) {
      case YEAR -> firstDay.plusYears(1).atStartOfDay(zone).toInstant();
      case MONTH -> firstDay.plusMonths(1).atStartOfDay(zone).toInstant();
      case DAY -> firstDay.plusDays(1).atStartOfDay(zone).toInstant();
      case MINUTE -> moment.toInstant().plusSeconds(60);
      case SECOND -> moment.toInstant().plusSeconds(1);
    };
  }

  /** The first calendar day this date covers, as lived in the given zone. */
  public LocalDate firstLocalDay(ZoneId zone) {
    return moment != null ? moment.atZoneSameInstant(zone).toLocalDate() : firstDay;
  }

  /** The last calendar day this date covers, as lived in the given zone. */
  public LocalDate lastLocalDay(ZoneId zone) {
    return switch (precision) {
      case YEAR -> firstDay.plusYears(1).minusDays(1);
      case MONTH -> firstDay.plusMonths(1).minusDays(1);
      case DAY -> firstDay;
      case MINUTE, SECOND -> moment.atZoneSameInstant(zone).toLocalDate();
    };
  }

  /**
   * Orders by the earliest instant in UTC, then by precision (a day before a moment inside it); exact
   * enough for sorting a list when zones are not at hand.
   */
  @Override
  public int compareTo(TimePoint other) {
    int byStart = earliest(ZoneOffset.UTC).compareTo(other.earliest(ZoneOffset.UTC));
    return byStart != 0 ? byStart : precision.compareTo(other.precision);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof TimePoint t && t.text.equals(text);
  }

  @Override
  public int hashCode() {
    return text.hashCode();
  }

  @Override
  public String toString() {
    return text;
  }
}
