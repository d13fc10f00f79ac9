package org.eventmap.domain;

import java.util.Objects;

/**
 * One step of a {@link Story}: the id of the event it shows and the caption the story gives it there
 * (what this step means in the story, which the event's own summary does not say); the caption may be
 * empty.
 */
public record StoryStep(String eventId, String caption) {
  public StoryStep {
    Objects.requireNonNull(eventId, "eventId");
    Objects.requireNonNull(caption, "caption");
  }
}
