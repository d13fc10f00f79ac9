package org.eventmap.ui.theme;

import javafx.scene.Scene;
import org.eventmap.state.AppState;

/** Puts the theme the state shows on a scene, and keeps it there as the theme changes. */
public final class Themes {
  private Themes() {}

  /** Call before the window is shown, so that its first frame already has the theme's colours. */
  public static void install(Scene scene, AppState state) {
    // PLACEHOLDER (theme helper): AtlantaFX base theme, our stylesheet's theme class, the scene's fill.
  }
}
