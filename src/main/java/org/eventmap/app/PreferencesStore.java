package org.eventmap.app;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.UnaryOperator;
import org.eventmap.state.ThemeChoice;

/**
 * Keeps {@link Preferences} in {@code preferences.json} beside the session file. Each change reads the
 * file again, changes the one setting and moves a new file into place, all with the folder locked
 * against other windows of the app (see {@link OwnFile}), so that two windows changing different
 * settings do not undo each other's. A missing file gives the defaults; a damaged one too, once set aside.
 */
public final class PreferencesStore {
  private static final ObjectMapper JSON = new ObjectMapper()
      .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
      .enable(SerializationFeature.INDENT_OUTPUT);

  private final Path file;
  private final OwnFile own;

  public PreferencesStore(Path file) {
    this.file = file;
    this.own = new OwnFile(file, "the preferences file");
  }

  OwnFile own() {
    return own;
  }

  /** The store beside the session file the app uses. */
  public static PreferencesStore besides(SessionStore sessions) {
    return new PreferencesStore(sessions.file().toAbsolutePath().resolveSibling("preferences.json"));
  }

  public Path file() {
    return file;
  }

  public Preferences load() {
    return own.<Preferences>read(bytes -> {
      PreferencesFile read = JSON.readValue(bytes, PreferencesFile.class);
      return read == null ? null : read.toPreferences();
    }).orElseGet(Preferences::defaults);
  }

  /**
   * Changes the preferences as the file holds them now and saves them; returns what was saved. A change
   * that changes nothing writes nothing. A save that fails is logged once; the change is still returned,
   * for this window to use.
   */
  public Preferences update(UnaryOperator<Preferences> change) {
    Preferences[] changed = new Preferences[1];
    try {
      own.locked(() -> {
        Preferences before = load();
        changed[0] = change.apply(before);
        if (!changed[0].equals(before) || !Files.isRegularFile(file)) {
          own.writeLocked(out -> JSON.writeValue(out, PreferencesFile.of(changed[0])));
        }
        return null;
      });
    } catch (IOException | RuntimeException e) {
      own.saveFailed(e);
      if (changed[0] == null) {
        changed[0] = change.apply(load());
      }
    }
    return changed[0];
  }

  /** The file's shape: plain strings, so that it stays readable and an unknown theme is just the default. */
  record PreferencesFile(String theme, List<String> recentFiles, Boolean liveReload) {
    static PreferencesFile of(Preferences p) {
      return new PreferencesFile(p.theme().key(), p.recentFiles(), p.liveReload());
    }

    Preferences toPreferences() {
      return new Preferences(ThemeChoice.ofKey(theme).orElse(ThemeChoice.SYSTEM),
          recentFiles == null ? List.of() : recentFiles.stream().filter(f -> f != null && !f.isBlank()).toList(),
          liveReload == null || liveReload);
    }
  }
}
