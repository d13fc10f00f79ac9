package org.eventmap.domain;

import java.util.Objects;

/**
 * A named span of time that a story is told in, such as TimelineJS's eras ("The Civil War years"):
 * shown on the timeline as a labelled band behind the events. It belongs to no place, so its dates are
 * read in UTC where they have no offset of their own.
 */
public record Era(String title, TimePoint start, TimePoint end) {
  public Era {
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(start, "start");
    Objects.requireNonNull(end, "end");
    if (end.latestExclusiveEpochSecond(java.time.ZoneOffset.UTC)
        <= start.earliestEpochSecond(java.time.ZoneOffset.UTC)) {
      throw new IllegalArgumentException("an era cannot end (" + end + ") before it starts (" + start + ")");
    }
  }
}
