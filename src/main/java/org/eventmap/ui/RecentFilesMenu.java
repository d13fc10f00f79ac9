package org.eventmap.ui;

import javafx.scene.control.Menu;

/**
 * File ▸ Open Recent: the files opened last, newest first, as the application keeps them, and Clear
 * list. Built afresh each time it opens, so that it is never stale. Id {@code menu-open-recent}.
 */
public final class RecentFilesMenu extends Menu {
  public RecentFilesMenu(MainView.Actions actions) {
    super("Open Recent");
    setId("menu-open-recent");
    // PLACEHOLDER (files helper): items from actions.recentFiles(), actions.openRecent, actions.clearRecentFiles.
  }
}
