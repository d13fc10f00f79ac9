package org.eventmap.app;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.eventmap.io.Problem;

/**
 * What the window says at start about the app's own files, once: that a damaged one was set aside, or that
 * the folder they live in cannot be written, so that the session (and the settings) will not be kept. Said
 * at start, in the same banner as the other start-up notes, and not at every save that then fails.
 */
final class OwnFileNotes {
  private OwnFileNotes() {}

  /**
   * The notes about these stores (after their first reading), then {@code others}. One note per folder that
   * cannot be written, which then stands for the notes of the files in it.
   */
  static List<Problem> atStart(SessionStore sessions, PreferencesStore preferences, ColumnAnswers columns,
      List<Problem> others) {
    columns.check();
    List<OwnFile> files = List.of(sessions.own(), preferences.own(), columns.own());
    Map<Path, Optional<String>> unwritable = new LinkedHashMap<>();
    for (OwnFile f : files) {
      unwritable.computeIfAbsent(f.folder(), folder -> f.whyNotWritable());
    }
    List<Problem> notes = new ArrayList<>();
    unwritable.forEach((folder, why) -> why.ifPresent(reason -> notes.add(new Problem(Problem.Severity.WARNING,
        folder.toString(), 1, 1, cannotKeep(reason)))));
    for (OwnFile f : files) {
      Optional<Problem> note = f.takeNote();
      if (unwritable.get(f.folder()).isEmpty()) {
        note.ifPresent(notes::add);
      }
    }
    notes.addAll(others);
    return notes;
  }

  static String cannotKeep(String reason) {
    return "Eventmap cannot keep this session: " + reason;
  }
}
