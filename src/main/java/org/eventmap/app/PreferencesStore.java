package org.eventmap.app;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eventmap.state.ThemeChoice;

/**
 * Keeps {@link Preferences} in {@code preferences.json} beside the session file. Each change reads the
 * file again, changes the one setting and moves a new file into place, so that two windows changing
 * different settings do not undo each other's. A missing or damaged file gives the defaults.
 */
public final class PreferencesStore {
  private static final Logger LOG = Logger.getLogger(PreferencesStore.class.getName());
  private static final ObjectMapper JSON = new ObjectMapper()
      .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
      .enable(SerializationFeature.INDENT_OUTPUT);

  private final Path file;

  public PreferencesStore(Path file) {
    this.file = file;
  }

  /** The store beside the session file the app uses. */
  public static PreferencesStore besides(SessionStore sessions) {
    return new PreferencesStore(sessions.file().toAbsolutePath().resolveSibling("preferences.json"));
  }

  public Path file() {
    return file;
  }

  public Preferences load() {
    if (!Files.isRegularFile(file)) {
      return Preferences.defaults();
    }
    try {
      PreferencesFile read = JSON.readValue(file.toFile(), PreferencesFile.class);
      return read == null ? Preferences.defaults() : read.toPreferences();
    } catch (IOException | RuntimeException e) {
      LOG.log(Level.INFO, "ignoring the unreadable preferences file " + file + ": " + e.getMessage());
      return Preferences.defaults();
    }
  }

  /**
   * Changes the preferences as the file holds them now and saves them; returns what was saved. A change
   * that changes nothing writes nothing.
   */
  public synchronized Preferences update(UnaryOperator<Preferences> change) {
    Preferences before = load();
    Preferences changed = change.apply(before);
    if (changed.equals(before) && Files.isRegularFile(file)) {
      return changed;
    }
    try {
      Files.createDirectories(file.toAbsolutePath().getParent());
      Path temporary = Files.createTempFile(file.toAbsolutePath().getParent(), ".preferences-", ".json.part");
      try {
        JSON.writeValue(temporary.toFile(), PreferencesFile.of(changed));
        Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
      } finally {
        Files.deleteIfExists(temporary);
      }
    } catch (IOException | RuntimeException e) {
      LOG.log(Level.WARNING, "could not save the preferences to " + file + ": " + e.getMessage());
    }
    return changed;
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
