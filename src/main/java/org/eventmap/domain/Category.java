package org.eventmap.domain;

import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/** A kind of event; its colour is a CSS hex string so that the domain stays free of UI types. */
public record Category(String id, String name, Optional<String> color) {
  private static final Pattern HEX_COLOR = Pattern.compile("#[0-9a-fA-F]{6}");

  public Category {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(color, "color");
    color.ifPresent(
        c -> {
          if (!HEX_COLOR.matcher(c).matches()) {
            throw new IllegalArgumentException("colour '" + c + "' is not of the form #rrggbb");
          }
        });
  }
}
