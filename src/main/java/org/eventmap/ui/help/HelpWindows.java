package org.eventmap.ui.help;

import javafx.stage.Window;

/** Help ▸ Curator's guide and Help ▸ About. */
public final class HelpWindows {
  private HelpWindows() {}

  /** The guide to the dataset format (docs/dataset-format.md, shipped in the jar). */
  public static void showGuide(Window owner) {
    // PLACEHOLDER (help helper)
  }

  /** The version, the licences of what ships, the Natural Earth attribution. */
  public static void showAbout(Window owner) {
    // PLACEHOLDER (help helper)
  }
}
