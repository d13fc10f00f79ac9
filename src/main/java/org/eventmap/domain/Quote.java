package org.eventmap.domain;

import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/** Words said, verbatim, with who said them, where and when, and which of the event's sources has them. */
public record Quote(
    String text,
    String speaker,
    Optional<String> occasion,
    Optional<TimePoint> date,
    OptionalInt sourceIndex) {
  public Quote {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(speaker, "speaker");
    Objects.requireNonNull(occasion, "occasion");
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(sourceIndex, "sourceIndex");
  }
}
