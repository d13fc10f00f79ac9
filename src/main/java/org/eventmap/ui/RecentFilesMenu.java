package org.eventmap.ui;

import java.nio.file.Path;
import java.util.List;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;

/**
 * File ▸ Open Recent: the files opened last, newest first, as the application keeps them, and Clear
 * list. Built afresh each time it opens, so that it is never stale. Id {@code menu-open-recent}; its items
 * {@code menu-recent-0} (the newest) on, {@code menu-recent-none} when there are none, and
 * {@code menu-recent-clear}.
 */
public final class RecentFilesMenu extends Menu {
  private final MainView.Actions actions;

  public RecentFilesMenu(MainView.Actions actions) {
    super("Open Recent");
    this.actions = actions;
    setId("menu-open-recent");
    setOnShowing(e -> refresh());
    refresh(); // a menu with no items never opens, so it always has some
  }

  /** Lists the files as the application knows them now (missing ones pruned by it). */
  public void refresh() {
    List<Path> files = actions.recentFiles();
    getItems().clear();
    for (int i = 0; i < files.size(); i++) {
      Path file = files.get(i);
      MenuItem item = new MenuItem(label(file));
      item.setId("menu-recent-" + i);
      // File names have underscores, which a menu would otherwise take for mnemonics and hide.
      item.setMnemonicParsing(false);
      item.setOnAction(e -> actions.openRecent(file));
      getItems().add(item);
    }
    if (files.isEmpty()) {
      MenuItem none = new MenuItem("No files opened yet");
      none.setId("menu-recent-none");
      none.setDisable(true);
      getItems().add(none);
    }
    MenuItem clear = new MenuItem("Clear list");
    clear.setId("menu-recent-clear");
    clear.setDisable(files.isEmpty());
    clear.setOnAction(e -> {
      actions.clearRecentFiles();
      refresh();
    });
    getItems().addAll(new SeparatorMenuItem(), clear);
  }

  /** The name first, as people look for it, then the folder that tells two of the same name apart. */
  static String label(Path file) {
    Path name = file.getFileName();
    Path folder = file.getParent();
    return name == null ? file.toString() : folder == null ? name.toString() : name + "  —  " + folder;
  }
}
