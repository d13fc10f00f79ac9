package org.eventmap.app;

import java.util.List;
import org.eventmap.state.ThemeChoice;

/**
 * What the person set for the app as a whole, kept apart from the session (which is the view of one
 * file): the theme, the files opened last (newest first), and whether an open file is read again when
 * it changes on disk.
 */
public record Preferences(ThemeChoice theme, List<String> recentFiles, boolean liveReload) {
  public static final int MAX_RECENT_FILES = 10;

  public Preferences {
    theme = theme == null ? ThemeChoice.SYSTEM : theme;
    recentFiles = recentFiles == null ? List.of() : List.copyOf(recentFiles);
  }

  public static Preferences defaults() {
    return new Preferences(ThemeChoice.SYSTEM, List.of(), true);
  }

  public Preferences withTheme(ThemeChoice chosen) {
    return new Preferences(chosen, recentFiles, liveReload);
  }

  public Preferences withRecentFiles(List<String> files) {
    return new Preferences(theme, files, liveReload);
  }

  public Preferences withLiveReload(boolean on) {
    return new Preferences(theme, recentFiles, on);
  }
}
