package org.eventmap.app;

import org.eventmap.state.Theme;

/** Which theme the desktop uses, where it can be told (JavaFX 21 has no API for it). */
public final class SystemTheme {
  private SystemTheme() {}

  /** The desktop's theme, or light when it cannot be told. Quick: called before the window shows. */
  public static Theme detect() {
    return Theme.LIGHT; // PLACEHOLDER (theme helper)
  }
}
