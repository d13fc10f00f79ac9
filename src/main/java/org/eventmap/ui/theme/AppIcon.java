package org.eventmap.ui.theme;

import javafx.stage.Stage;

/** The application's icon on a window (and in the task bar), at the sizes desktops ask for. */
public final class AppIcon {
  private AppIcon() {}

  public static void install(Stage stage) {
    // PLACEHOLDER (theme helper): stage.getIcons() from the PNGs under /org/eventmap/icons/.
  }
}
