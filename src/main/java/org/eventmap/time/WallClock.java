package org.eventmap.time;

import java.time.LocalDateTime;
import java.time.ZoneOffset;
import org.eventmap.domain.Event;

/**
 * The timeline runs on local wall-clock time: an event is placed at the date and hour it had where it
 * happened, so "22 March" is 22 March in Tel Aviv and in New York alike (docs/adr/0008). These are the
 * conversions, with wall-clock times packed into seconds for fast comparisons.
 */
public final class WallClock {
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

  /** Seconds of a wall-clock time counted as if it were UTC: only for ordering and arithmetic. */
  public static long seconds(LocalDateTime t) {
    return t.toEpochSecond(ZoneOffset.UTC);
  }

  public static LocalDateTime fromSeconds(long seconds) {
    return LocalDateTime.ofEpochSecond(seconds, 0, ZoneOffset.UTC);
  }
}
