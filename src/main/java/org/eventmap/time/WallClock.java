package org.eventmap.time;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.eventmap.domain.Event;
import org.eventmap.domain.Precision;
import org.eventmap.domain.TimePoint;

/**
 * The timeline runs on local wall-clock time: an event is placed at the date and hour it had where it
 * happened, so "22 March" is 22 March in Tel Aviv and in New York alike (docs/adr/0008). These are the
 * conversions, with wall-clock times packed into seconds for fast comparisons.
 */
public final class WallClock {
  private static final long SECONDS_PER_DAY = 86_400;

  private WallClock() {}

  /** Stands for the start and end of an event without a date: after every dated one. */
  public static final long UNDATED = Long.MAX_VALUE;

  /**
   * When the event began, on the clocks of its place. The event must have a date. A moment in the first
   * hours java.time holds may have begun, at its place, before them: the first second it holds then.
   */
  public static LocalDateTime start(Event e) {
    dated(e);
    return fromSeconds(startSeconds(e));
  }

  private static TimePoint dated(Event e) {
    return e.start().orElseThrow(() -> new IllegalArgumentException("event " + e.id() + " has no date"));
  }

  /**
   * Just after the event ended (or after its start, at the start's precision), on the clocks of its place;
   * an event in the last year java.time holds ends at its last second.
   */
  public static LocalDateTime endExclusive(Event e) {
    dated(e);
    return fromSeconds(endExclusiveSeconds(e));
  }

  /**
   * {@link #start} as {@link #seconds}, without making date objects: a million events are indexed at
   * load, and the objects cost more than the arithmetic.
   */
  public static long startSeconds(Event e) {
    if (!e.hasDate()) {
      return UNDATED;
    }
    TimePoint start = e.start().get();
    ZoneId zone = e.zone();
    if (start.isLocal()) {
      return seconds(start.localTime().orElseThrow());
    }
    if (start.precision().hasTime()) {
      long instant = start.earliestEpochSecond(zone);
      return instant + offsetSeconds(zone, instant);
    }
    return start.firstLocalEpochDay(zone) * SECONDS_PER_DAY;
  }

  /** {@link #endExclusive} as {@link #seconds}, without making date objects. */
  public static long endExclusiveSeconds(Event e) {
    if (!e.hasDate()) {
      return UNDATED;
    }
    TimePoint last = e.end().orElse(e.start().get());
    ZoneId zone = e.zone();
    if (last.isLocal()) {
      return seconds(last.localTime().orElseThrow()) + (last.precision() == Precision.SECOND ? 1 : 60);
    }
    if (last.precision().hasTime()) {
      long instant = last.earliestEpochSecond(zone);
      return instant + offsetSeconds(zone, instant) + (last.precision() == Precision.SECOND ? 1 : 60);
    }
    return (last.lastLocalEpochDay(zone) + 1) * SECONDS_PER_DAY;
  }

  private static int offsetSeconds(ZoneId zone, long epochSecond) {
    return zone instanceof ZoneOffset fixed ? fixed.getTotalSeconds()
        : zone.getRules().getOffset(Instant.ofEpochSecond(epochSecond)).getTotalSeconds();
  }

  /** Seconds of a wall-clock time counted as if it were UTC: only for ordering and arithmetic. */
  public static long seconds(LocalDateTime t) {
    return t.toEpochSecond(ZoneOffset.UTC);
  }

  /** The first second of the first year java.time holds ({@link TimePoint#MIN_YEAR}), as {@link #seconds}. */
  public static final long MIN_SECONDS = LocalDateTime.MIN.toEpochSecond(ZoneOffset.UTC);
  /** The last second of the last year java.time holds ({@link TimePoint#MAX_YEAR}). */
  public static final long MAX_SECONDS = LocalDateTime.MAX.toEpochSecond(ZoneOffset.UTC);

  /**
   * The wall-clock time of these seconds; before or after the years java.time holds (an axis shows a
   * little room beyond its events), the first or last second it holds.
   */
  public static LocalDateTime fromSeconds(long seconds) {
    return LocalDateTime.ofEpochSecond(Math.max(MIN_SECONDS, Math.min(MAX_SECONDS, seconds)), 0, ZoneOffset.UTC);
  }
}
