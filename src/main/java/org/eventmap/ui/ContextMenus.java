package org.eventmap.ui;

import javafx.scene.Node;
import org.eventmap.state.AppState;
import org.eventmap.ui.map.MapView;

/**
 * The right-click menus of a marker, a row of the list and the detail pane: Copy, Show on map, Show on
 * timeline, Open first source. Ctrl+C copies the selected event the same way.
 */
public final class ContextMenus {
  private ContextMenus() {}

  public static void install(AppState state, MainView.Actions actions, MapView map, Node list, Node detail) {
    // PLACEHOLDER (help helper)
  }

  /** Edit ▸ Copy, Ctrl+C: the selected event as readable text and a citation line; false without one. */
  public static boolean copySelected(AppState state) {
    return false; // PLACEHOLDER (help helper)
  }
}
