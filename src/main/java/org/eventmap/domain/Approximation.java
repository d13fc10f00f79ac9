package org.eventmap.domain;

import java.util.Objects;

/** What about an event is only approximately known, and why. */
public record Approximation(boolean time, boolean place, String note) {
  public Approximation {
    Objects.requireNonNull(note, "note");
  }
}
