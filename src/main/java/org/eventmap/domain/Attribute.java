package org.eventmap.domain;

import java.util.Objects;

/**
 * A named value that a file gave an event beyond the fields Eventmap knows (ACLED's fatalities, a
 * GeoJSON feature's other properties): kept as the source wrote it and shown in the detail pane.
 */
public record Attribute(String name, String value) {
  public Attribute {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(value, "value");
  }
}
