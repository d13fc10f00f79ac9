package org.eventmap.domain;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
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
          "([+-]\\d{4,}|\\d{4})(?:-(\\d{2})(?:-(\\d{2})(?:T(\\d{2}):(\\d{2})(?::(\\d{2}))?(Z|[+-]\\d{2}:\\d{2})?)?)?)?");
  private static final int SECONDS_PER_DAY = 86_400;
  private static final long LAST_EPOCH_DAY = LocalDate.MAX.toEpochDay();
  /** In {@link #offsetSeconds}: a time written without a zone or offset, local to wherever it happened. */
  private static final int NO_OFFSET = Integer.MIN_VALUE;
  /**
   * The years java.time holds (as {@link java.time.Year#MIN_VALUE} and {@link java.time.Year#MAX_VALUE}):
   * 66 million BC is placed; the Earth's formation (-4,500,000,000) and the Big Bang are beyond them.
   */
  public static final int MIN_YEAR = Year.MIN_VALUE;
  public static final int MAX_YEAR = Year.MAX_VALUE;

  // A large file holds a million of these, so they keep numbers, not java.time objects or the text:
  // about 40 bytes instead of about 200. The day is a long since deep time has more days than an int
  // holds; after the object's padding it costs nothing (40 bytes either way with compressed pointers). The text is rebuilt when asked for; it is only kept when it
  // cannot be rebuilt (a zero offset written "+00:00" rather than "Z").
  private final Precision precision;
  /** The day written (for a moment, the local day of the moment as written), in days since 1970-01-01. */
  private final long firstDay;
  /**
   * For a moment, its instant in seconds since the epoch; for a local time, its seconds since 1970-01-01T00:00
   * as written (as if it were UTC); 0 otherwise.
   */
  private final long epochSecond;
  /** For a moment, the offset written, in seconds; {@link #NO_OFFSET} for a local time. */
  private final int offsetSeconds;
  /** The text as written when it differs from the one {@link #text()} would rebuild; usually null. */
  private final String unusualText;

  private TimePoint(Precision precision, long firstDay, long epochSecond, int offsetSeconds, String unusualText) {
    this.precision = precision;
    this.firstDay = firstDay;
    this.epochSecond = epochSecond;
    this.offsetSeconds = offsetSeconds;
    this.unusualText = unusualText;
  }

  /**
   * Reads an ISO 8601 date of year, month, day, minute or second precision.
   *
   * @throws IllegalArgumentException with a message for a person when the text is not such a date or
   *     names a day that does not exist
   */
  public static TimePoint parse(String text) {
    Objects.requireNonNull(text, "text");
    TimePoint common = parseCommonForm(text);
    return common != null ? common : parseWithMessages(text);
  }

  /** A year and nothing more: {@code 2024}, or {@code -0030} for 31 BC (ISO 8601 counts a year 0). */
  public static TimePoint ofYear(int year) {
    checkYear(year);
    return new TimePoint(Precision.YEAR, LocalDate.of(year, 1, 1).toEpochDay(), 0, 0, null);
  }

  /** A month of a year: {@code 2024-03}. */
  public static TimePoint ofMonth(int year, int month) {
    checkYear(year);
    try {
      return new TimePoint(Precision.MONTH, YearMonth.of(year, month).atDay(1).toEpochDay(), 0, 0, null);
    } catch (DateTimeException e) {
      throw new IllegalArgumentException("month " + month + " does not exist", e);
    }
  }

  /** A day, as lived where the event happened: {@code 2024-03-22}. */
  public static TimePoint ofDay(LocalDate day) {
    checkYear(day.getYear());
    return new TimePoint(Precision.DAY, day.toEpochDay(), 0, 0, null);
  }

  /**
   * A moment with the offset its source wrote, to the minute or to the second (seconds beyond the
   * precision are dropped, not rounded).
   */
  public static TimePoint ofMoment(OffsetDateTime moment, Precision precision) {
    requireTime(precision);
    checkYear(moment.getYear());
    OffsetDateTime kept = precision == Precision.MINUTE ? moment.withSecond(0).withNano(0) : moment.withNano(0);
    return new TimePoint(precision, kept.toLocalDate().toEpochDay(), kept.toEpochSecond(),
        kept.getOffset().getTotalSeconds(), null);
  }

  /**
   * A time written without a zone or offset ({@code 2024-03-22T09:50}): it is local to the place of the
   * event, so it becomes an instant only in that place's zone.
   */
  public static TimePoint ofLocal(LocalDateTime time, Precision precision) {
    requireTime(precision);
    checkYear(time.getYear());
    LocalDateTime kept = precision == Precision.MINUTE ? time.withSecond(0).withNano(0) : time.withNano(0);
    return new TimePoint(precision, kept.toLocalDate().toEpochDay(), kept.toEpochSecond(ZoneOffset.UTC),
        NO_OFFSET, null);
  }

  private static void requireTime(Precision precision) {
    if (!precision.hasTime()) {
      throw new IllegalArgumentException("a moment has the precision of a minute or a second, not " + precision);
    }
  }

  private static void checkYear(long year) {
    String beyond = beyondRange(year);
    if (beyond != null) {
      throw new IllegalArgumentException(beyond);
    }
  }

  /**
   * Why a year cannot be placed, in words for a person ("year -13800000000 is before the earliest year
   * Eventmap can place, -999999999"); null for a year within {@link #MIN_YEAR} to {@link #MAX_YEAR}.
   * Readers of other formats say this for a year beyond them rather than crash.
   */
  public static String beyondRange(long year) {
    return year < MIN_YEAR || year > MAX_YEAR ? beyond(Long.toString(year), year < MIN_YEAR) : null;
  }

  private static String beyond(String year, boolean before) {
    return before ? "year " + year + " is before the earliest year Eventmap can place, " + MIN_YEAR
        : "year " + year + " is after the latest year Eventmap can place, " + MAX_YEAR;
  }

  /** A year as written in digits with an optional sign, however long: checked before it is made an int. */
  private static int year(String written) {
    String signed = written.startsWith("+") ? written.substring(1) : written;
    if (signed.replaceFirst("^-?0*", "").length() > 18) { // more than a long holds: far beyond either way
      throw new IllegalArgumentException(beyond(signed, signed.startsWith("-")));
    }
    long year = Long.parseLong(signed);
    checkYear(year);
    return (int) year;
  }

  /**
   * The quick path for well-formed dates, without a regular expression or java.time objects. It gives
   * up (null) on anything unusual, including every mistake, which {@link #parseWithMessages} then
   * explains; so it accepts a subset of what that accepts, with the same result.
   */
  private static TimePoint parseCommonForm(String t) {
    int n = t.length();
    if (n < 4 || !digits(t, 0, 4)) {
      return null;
    }
    int year = number(t, 0, 4);
    if (n == 4) {
      return new TimePoint(Precision.YEAR, LocalDate.of(year, 1, 1).toEpochDay(), 0, 0, null);
    }
    if (n < 7 || t.charAt(4) != '-' || !digits(t, 5, 7)) {
      return null;
    }
    int month = number(t, 5, 7);
    if (month < 1 || month > 12) {
      return null;
    }
    if (n == 7) {
      return new TimePoint(Precision.MONTH, LocalDate.of(year, month, 1).toEpochDay(), 0, 0, null);
    }
    if (n < 10 || t.charAt(7) != '-' || !digits(t, 8, 10)) {
      return null;
    }
    int day = number(t, 8, 10);
    if (day < 1 || day > YearMonth.of(year, month).lengthOfMonth()) {
      return null;
    }
    long epochDay = LocalDate.of(year, month, day).toEpochDay();
    if (n == 10) {
      return new TimePoint(Precision.DAY, epochDay, 0, 0, null);
    }
    if (n < 17 || t.charAt(10) != 'T' || !digits(t, 11, 13) || t.charAt(13) != ':' || !digits(t, 14, 16)) {
      return null;
    }
    int hour = number(t, 11, 13);
    int minute = number(t, 14, 16);
    int second = 0;
    int at = 16;
    Precision precision = Precision.MINUTE;
    if (t.charAt(at) == ':') {
      if (n < 20 || !digits(t, 17, 19)) {
        return null;
      }
      second = number(t, 17, 19);
      precision = Precision.SECOND;
      at = 19;
    }
    if (hour > 23 || minute > 59 || second > 59) {
      return null;
    }
    int offset;
    if (n == at + 1 && t.charAt(at) == 'Z') {
      offset = 0;
    } else if (n == at + 6 && (t.charAt(at) == '+' || t.charAt(at) == '-') && digits(t, at + 1, at + 3)
        && t.charAt(at + 3) == ':' && digits(t, at + 4, at + 6)) {
      int offsetHours = number(t, at + 1, at + 3);
      int offsetMinutes = number(t, at + 4, at + 6);
      if (offsetHours > 17 || offsetMinutes > 59 || offsetHours + offsetMinutes == 0) {
        return null;
      }
      offset = (t.charAt(at) == '-' ? -1 : 1) * (offsetHours * 3600 + offsetMinutes * 60);
    } else {
      return null;
    }
    long local = epochDay * SECONDS_PER_DAY + hour * 3600L + minute * 60L + second;
    return new TimePoint(precision, epochDay, local - offset, offset, null);
  }

  private static boolean digits(String t, int from, int to) {
    for (int i = from; i < to; i++) {
      char c = t.charAt(i);
      if (c < '0' || c > '9') {
        return false;
      }
    }
    return true;
  }

  private static int number(String t, int from, int to) {
    int value = 0;
    for (int i = from; i < to; i++) {
      value = value * 10 + (t.charAt(i) - '0');
    }
    return value;
  }

  private static TimePoint parseWithMessages(String text) {
    Matcher m = FORMAT.matcher(text);
    if (!m.matches()) {
      throw new IllegalArgumentException(
          "'" + text + "' is not an ISO 8601 date (expected 2024, 2024-03, 2024-03-22 or 2024-03-22T09:50+02:00)");
    }
    try {
      int year = year(m.group(1));
      if (m.group(2) == null) {
        return of(text, Precision.YEAR, Year.of(year).atDay(1), null);
      }
      int month = Integer.parseInt(m.group(2));
      if (month < 1 || month > 12) {
        throw new IllegalArgumentException("'" + text + "' has month " + month + ", which does not exist");
      }
      if (m.group(3) == null) {
        return of(text, Precision.MONTH, YearMonth.of(year, month).atDay(1), null);
      }
      int day = Integer.parseInt(m.group(3));
      LocalDate date = LocalDate.of(year, month, day);
      if (m.group(4) == null) {
        return of(text, Precision.DAY, date, null);
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
      return of(text, m.group(6) == null ? Precision.MINUTE : Precision.SECOND, date, moment);
    } catch (DateTimeException e) {
      throw new IllegalArgumentException("'" + text + "' is not a real date or time: " + e.getMessage(), e);
    }
  }

  private static TimePoint of(String text, Precision precision, LocalDate firstDay, OffsetDateTime moment) {
    TimePoint rebuilt = moment == null
        ? new TimePoint(precision, firstDay.toEpochDay(), 0, 0, null)
        : new TimePoint(precision, firstDay.toEpochDay(), moment.toEpochSecond(),
            moment.getOffset().getTotalSeconds(), null);
    return rebuilt.text().equals(text)
        ? rebuilt
        : new TimePoint(precision, rebuilt.firstDay, rebuilt.epochSecond, rebuilt.offsetSeconds, text);
  }

  /** The text exactly as written in the file. */
  public String text() {
    if (unusualText != null) {
      return unusualText;
    }
    LocalDate day = LocalDate.ofEpochDay(firstDay);
    StringBuilder s = new StringBuilder(25);
    int year = day.getYear();
    if (year < 0 || year > 9999) {
      s.append(year < 0 ? '-' : '+'); // ISO 8601's expanded years: -0030 is 31 BC
    }
    pad(s, Math.abs(year), 4);
    if (precision == Precision.YEAR) {
      return s.toString();
    }
    pad(s.append('-'), day.getMonthValue(), 2);
    if (precision == Precision.MONTH) {
      return s.toString();
    }
    pad(s.append('-'), day.getDayOfMonth(), 2);
    if (precision == Precision.DAY) {
      return s.toString();
    }
    int secondOfDay = (int) Math.floorMod(epochSecond + (isLocal() ? 0 : offsetSeconds), (long) SECONDS_PER_DAY);
    pad(s.append('T'), secondOfDay / 3600, 2);
    pad(s.append(':'), secondOfDay / 60 % 60, 2);
    if (precision == Precision.SECOND) {
      pad(s.append(':'), secondOfDay % 60, 2);
    }
    if (isLocal()) {
      return s.toString();
    }
    return s.append(offsetSeconds == 0 ? "Z" : ZoneOffset.ofTotalSeconds(offsetSeconds).getId()).toString();
  }

  private static void pad(StringBuilder s, int value, int width) {
    String digits = Integer.toString(value);
    for (int i = digits.length(); i < width; i++) {
      s.append('0');
    }
    s.append(digits);
  }

  public Precision precision() {
    return precision;
  }

  /** The offset written with a time; empty for dates without a time and for local times. */
  public Optional<ZoneOffset> offset() {
    return precision.hasTime() && !isLocal() ? Optional.of(ZoneOffset.ofTotalSeconds(offsetSeconds)) : Optional.empty();
  }

  /** Whether this is a time written without a zone or offset, local to the event's place. */
  public boolean isLocal() {
    return offsetSeconds == NO_OFFSET;
  }

  /** A local time as written; empty for every other date. */
  public Optional<LocalDateTime> localTime() {
    return isLocal() ? Optional.of(LocalDateTime.ofEpochSecond(epochSecond, 0, ZoneOffset.UTC)) : Optional.empty();
  }

  /** The moment as written, for dates with a time and an offset. */
  public Optional<OffsetDateTime> moment() {
    return precision.hasTime() && !isLocal()
        ? Optional.of(OffsetDateTime.ofInstant(Instant.ofEpochSecond(epochSecond),
            ZoneOffset.ofTotalSeconds(offsetSeconds)))
        : Optional.empty();
  }

  /** The first instant this date can mean, reading dates without time in the given zone. */
  public Instant earliest(ZoneId zone) {
    return Instant.ofEpochSecond(earliestEpochSecond(zone));
  }

  /** {@link #earliest} in seconds since the epoch, without making objects: for sorting many events. */
  public long earliestEpochSecond(ZoneId zone) {
    if (isLocal()) {
      return instantOfLocal(zone);
    }
    return precision.hasTime() ? epochSecond : startOfDay(firstDay, zone);
  }

  /** The instant just after the last one this date can mean (a day ends at the next midnight). */
  public Instant latestExclusive(ZoneId zone) {
    return Instant.ofEpochSecond(latestExclusiveEpochSecond(zone));
  }

  /** {@link #latestExclusive} in seconds since the epoch. */
  public long latestExclusiveEpochSecond(ZoneId zone) {
    LocalDate first = LocalDate.ofEpochDay(firstDay);
    return switch (precision) {
      // Counted in days, not with plusYears: the end of the last year java.time holds is beyond it.
      case YEAR -> startOfDay(firstDay + first.lengthOfYear(), zone);
      case MONTH -> startOfDay(firstDay + first.lengthOfMonth(), zone);
      case DAY -> startOfDay(firstDay + 1L, zone);
      case MINUTE -> (isLocal() ? instantOfLocal(zone) : epochSecond) + 60;
      case SECOND -> (isLocal() ? instantOfLocal(zone) : epochSecond) + 1;
    };
  }

  /** The first calendar day this date covers, as lived in the given zone. */
  public LocalDate firstLocalDay(ZoneId zone) {
    return LocalDate.ofEpochDay(firstLocalEpochDay(zone));
  }

  /** {@link #firstLocalDay} in days since 1970-01-01: for indexing many events by day. */
  public long firstLocalEpochDay(ZoneId zone) {
    return precision.hasTime() && !isLocal() ? localEpochDay(epochSecond, zone) : firstDay;
  }

  /** The last calendar day this date covers, as lived in the given zone. */
  public LocalDate lastLocalDay(ZoneId zone) {
    return LocalDate.ofEpochDay(lastLocalEpochDay(zone));
  }

  /** {@link #lastLocalDay} in days since 1970-01-01. */
  public long lastLocalEpochDay(ZoneId zone) {
    return switch (precision) {
      case YEAR -> firstDay + LocalDate.ofEpochDay(firstDay).lengthOfYear() - 1;
      case MONTH -> firstDay + LocalDate.ofEpochDay(firstDay).lengthOfMonth() - 1;
      case DAY -> firstDay;
      case MINUTE, SECOND -> isLocal() ? firstDay : localEpochDay(epochSecond, zone);
    };
  }

  /** A local time read in the zone of its place; in a gap (clocks going forward) the later side, as java.time. */
  private long instantOfLocal(ZoneId zone) {
    if (zone instanceof ZoneOffset fixed) {
      return epochSecond - fixed.getTotalSeconds();
    }
    return LocalDateTime.ofEpochSecond(epochSecond, 0, ZoneOffset.UTC).atZone(zone).toEpochSecond();
  }

  private static long localEpochDay(long epochSecond, ZoneId zone) {
    int offset = zone instanceof ZoneOffset fixed ? fixed.getTotalSeconds()
        : zone.getRules().getOffset(Instant.ofEpochSecond(epochSecond)).getTotalSeconds();
    return Math.floorDiv(epochSecond + offset, SECONDS_PER_DAY);
  }

  private static long startOfDay(long epochDay, ZoneId zone) {
    if (zone instanceof ZoneOffset fixed) {
      return epochDay * SECONDS_PER_DAY - fixed.getTotalSeconds();
    }
    if (epochDay > LAST_EPOCH_DAY) { // the day after the last one java.time holds, which ends its last year
      return startOfDay(LAST_EPOCH_DAY, zone) + SECONDS_PER_DAY;
    }
    return LocalDate.ofEpochDay(epochDay).atStartOfDay(zone).toEpochSecond();
  }

  /**
   * Orders by the earliest instant in UTC, then by precision (a day before a moment inside it); exact
   * enough for sorting a list when zones are not at hand.
   */
  @Override
  public int compareTo(TimePoint other) {
    int byStart = Long.compare(earliestEpochSecond(ZoneOffset.UTC), other.earliestEpochSecond(ZoneOffset.UTC));
    return byStart != 0 ? byStart : precision.compareTo(other.precision);
  }

  /** Equal when written the same; the fields determine the text, except for the unusual spellings kept. */
  @Override
  public boolean equals(Object o) {
    return o instanceof TimePoint t && t.precision == precision && t.firstDay == firstDay
        && t.epochSecond == epochSecond && t.offsetSeconds == offsetSeconds
        && Objects.equals(t.unusualText, unusualText);
  }

  @Override
  public int hashCode() {
    return Objects.hash(precision, firstDay, epochSecond, offsetSeconds, unusualText);
  }

  @Override
  public String toString() {
    return text();
  }
}
