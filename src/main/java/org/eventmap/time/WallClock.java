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

  /** When the event began, on the clocks of its place. */
  public static LocalDateTime start(Event e) {
    return e.start().moment()
        .map(m -> m.atZoneSameInstant(e.place().zone()).toLocalDateTime())
        .orElseGet(() -> e.firstLocalDay().atStartOfDay());
  }

  /** Just after the event ended (or after its start, at the start's precision), on the clocks of its place. */
  public static LocalDateTime endExclusive(Event e) {
    var last = e.end().orElse(e.start());
    if (last.moment().isPresent()) {
      LocalDateTime end = last.moment().get().atZoneSameInstant(e.place().zone()).toLocalDateTime();
      return end.plusSeconds(last.precision() == org.eventmap.domain.Precision.SECOND ? 1 : 60);
    }
    return e.lastLocalDay().plusDays(1).atStartOfDay();
  }

  /**
   * {@link #start} as {@link #seconds}, without making date objects: a million events are indexed at
   * load, and the objects cost more than the arithmetic.
   */
  public static long startSeconds(Event e) {
    TimePoint start = e.start();
    ZoneId zone = e.place().zone();
    if (start.precision().hasTime()) {
      long instant = start.earliestEpochSecond(zone);
      return instant + offsetSeconds(zone, instant);
    }
    return start.firstLocalEpochDay(zone) * SECONDS_PER_DAY;
  }

  /** {@link #endExclusive} as {@link #seconds}, without making date objects. */
  public static long endExclusiveSeconds(Event e) {
    TimePoint last = e.end().orElse(e.start());
    ZoneId zone = e.place().zone();
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

  public static LocalDateTime fromSeconds(long seconds) {
    return LocalDateTime.ofEpochSecond(seconds, 0, ZoneOffset.UTC);
  }
}
