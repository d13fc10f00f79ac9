package org.eventmap.domain;

import java.util.List;
import java.util.Objects;

/**
 * An ordered walk through some of a dataset's events, as its author meant it to be read: StoryMapJS's
 * slides, or the {@code stories} of our own format. Each step is an event with a caption of its own.
 * {@code description} may be empty.
 */
public record Story(String id, String title, String description, List<StoryStep> steps) {
  public Story {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(description, "description");
    steps = List.copyOf(steps);
    if (steps.isEmpty()) {
      throw new IllegalArgumentException("story '" + id + "' has no steps");
    }
  }
}
