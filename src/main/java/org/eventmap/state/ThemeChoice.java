package org.eventmap.state;

import java.util.Locale;
import java.util.Optional;

/** What the person chose under View ▸ Theme or with {@code --theme}: a theme, or whatever the system uses. */
public enum ThemeChoice {
  SYSTEM,
  LIGHT,
  DARK;

  /** The choice as the command line and the session file write it: {@code system}, {@code light}, {@code dark}. */
  public String key() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static Optional<ThemeChoice> ofKey(String key) {
    for (ThemeChoice c : values()) {
      if (c.key().equalsIgnoreCase(key == null ? "" : key.trim())) {
        return Optional.of(c);
      }
    }
    return Optional.empty();
  }
}
