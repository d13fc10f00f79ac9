package org.eventmap.io.kml;

import java.util.Optional;
import org.eventmap.domain.Approximation;
import org.eventmap.domain.TimePoint;

/**
 * A {@code TimeStamp} or {@code TimeSpan} as a feature writes it, and what it means for an event.
 *
 * <p>KML leaves either end of a {@code TimeSpan} out to say that end is unbounded. An event needs a start
 * to be on the timeline, so: a span with only a {@code begin} is an event that starts then and whose end
 * the file leaves open (no end, and the detail pane says the end is open); a span with only an {@code end}
 * is shown at its end, marked approximate in time, because the file says when it was over but not when
 * it began. A span whose begin and end are the same date is that one date.
 *
 * @param begin the {@code when} of a TimeStamp or the {@code begin} of a TimeSpan; null when not written
 * @param end the {@code end} of a TimeSpan; null when not written (and always for a TimeStamp)
 */
record KmlTime(TimePoint begin, TimePoint end, boolean span, int line, int column) {
  /** Where the event starts on the timeline; null only when the primitive gives no date at all. */
  TimePoint start() {
    return begin != null ? begin : end;
  }

  /** The event's end, when it has one apart from its start. */
  Optional<TimePoint> eventEnd() {
    if (begin == null || end == null || end.equals(begin)) {
      return Optional.empty();
    }
    return Optional.of(end);
  }

  boolean openEnd() {
    return span && begin != null && end == null;
  }

  Optional<Approximation> approximation() {
    if (span && begin == null && end != null) {
      return Optional.of(new Approximation(true, false,
          "the file gives only when this ended (a TimeSpan without a begin), so it is shown at its end"));
    }
    return Optional.empty();
  }
}
