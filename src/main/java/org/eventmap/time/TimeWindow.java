package org.eventmap.time;

import java.time.LocalDateTime;
import java.util.Objects;

/**
 * Which events the map shows for a position of the timeline: everything up to it (cumulative), the
 * last N days up to it (moving), or a fixed range that ignores the position.
 */
public record TimeWindow(Mode mode, int days, LocalDateTime rangeStart, LocalDateTime rangeEnd) {
  public enum Mode {
    CUMULATIVE("Everything up to the date"),
    MOVING("The last days up to the date"),
    RANGE("A range of dates");

    private final String label;

    Mode(String label) {
      this.label = label;
    }

    public String label() {
      return label;
    }
  }

  public TimeWindow {
    Objects.requireNonNull(mode, "mode");
    if (days < 1) {
      throw new IllegalArgumentException("a moving window spans at least one day");
    }
    if (mode == Mode.RANGE && (rangeStart == null || rangeEnd == null || !rangeEnd.isAfter(rangeStart))) {
      throw new IllegalArgumentException("a range needs a start and an end after it");
    }
  }

  public static TimeWindow cumulative() {
    return new TimeWindow(Mode.CUMULATIVE, 7, null, null);
  }

  public static TimeWindow lastDays(int days) {
    return new TimeWindow(Mode.MOVING, days, null, null);
  }

  /** From the start of the first day to the end of the last. */
  public static TimeWindow range(java.time.LocalDate first, java.time.LocalDate last) {
    return new TimeWindow(Mode.RANGE, 7, first.atStartOfDay(), last.plusDays(1).atStartOfDay());
  }

  /** The start of the window for a timeline position (inclusive); empty means "from the beginning". */
  public long fromSeconds(LocalDateTime cursor) {
    return switch (mode) {
      case CUMULATIVE -> Long.MIN_VALUE;
      // In seconds, not with minusDays: days before the first year java.time holds are still counted.
      case MOVING -> WallClock.seconds(cursor) - days * 86_400L;
      case RANGE -> WallClock.seconds(rangeStart);
    };
  }

  /** The end of the window for a timeline position (exclusive). */
  public long toSeconds(LocalDateTime cursor) {
    return switch (mode) {
      case CUMULATIVE, MOVING -> WallClock.seconds(cursor) + 1;
      case RANGE -> WallClock.seconds(rangeEnd);
    };
  }

  /**
   * Whether an event, from its start to its end (wall-clock seconds), falls in the window: it must have
   * begun before the window ends and still be going on, or have ended, after the window starts.
   */
  public boolean includes(long eventStart, long eventEndExclusive, LocalDateTime cursor) {
    return eventStart < toSeconds(cursor) && eventEndExclusive > fromSeconds(cursor);
  }

  /**
   * How far back in the window an event lies, from 0 (at the window's end) to 1 (at its start): the map
   * fades older events. Always 0 in the cumulative mode's far past is avoided by measuring it over the
   * last 30 days.
   */
  public double age(long eventEndExclusive, LocalDateTime cursor) {
    long to = toSeconds(cursor);
    long from = mode == Mode.CUMULATIVE ? to - 30L * 86_400 : fromSeconds(cursor);
    if (eventEndExclusive >= to) {
      return 0;
    }
    double span = Math.max(1, to - from);
    return Math.max(0, Math.min(1, (to - eventEndExclusive) / span));
  }

  /** Words for the window, for the timeline's label. */
  public String describe() {
    return switch (mode) {
      case CUMULATIVE -> "everything up to this date";
      case MOVING -> "the last " + days + (days == 1 ? " day" : " days") + " up to this date";
      case RANGE -> org.eventmap.domain.TimeText.shortDay(rangeStart.toLocalDate()) + " – "
          + org.eventmap.domain.TimeText.shortDay(rangeEnd.toLocalDate().minusDays(1));
    };
  }
}
