package org.eventmap.app;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * File ▸ Open Recent's list as the preferences keep it: absolute paths, newest first, each once, at most
 * {@link Preferences#MAX_RECENT_FILES}.
 */
final class RecentFiles {
  private RecentFiles() {}

  /** The list with {@code opened} at its head (moved there if it was already in it). */
  static List<String> withOpened(List<String> recent, Path opened) {
    String key = key(opened);
    List<String> result = new ArrayList<>();
    result.add(key);
    for (String f : recent) {
      if (result.size() == Preferences.MAX_RECENT_FILES) {
        break;
      }
      if (usable(f) && !key(Path.of(f)).equals(key)) {
        result.add(f);
      }
    }
    return List.copyOf(result);
  }

  /** The list without the files that are no longer there (moved, deleted, on a drive now unplugged). */
  static List<String> existing(List<String> recent) {
    return recent.stream().filter(f -> usable(f) && Files.isRegularFile(Path.of(f)))
        .limit(Preferences.MAX_RECENT_FILES).toList();
  }

  static List<String> without(List<String> recent, Path file) {
    String key = key(file);
    return recent.stream().filter(f -> usable(f) && !key(Path.of(f)).equals(key)).toList();
  }

  /** Whether the text is a path on this system: a list written by hand or on another system may hold others. */
  private static boolean usable(String file) {
    try {
      Path.of(file);
      return true;
    } catch (java.nio.file.InvalidPathException e) {
      return false;
    }
  }

  private static String key(Path file) {
    return file.toAbsolutePath().normalize().toString();
  }
}
