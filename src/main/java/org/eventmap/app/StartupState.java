package org.eventmap.app;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.eventmap.io.LoadResult;
import org.eventmap.io.Problem;
import org.eventmap.state.AppState;

/**
 * Puts the state where the person left it and where the command line asks: the loaded file, then the
 * last session (if it was about the same file), then the command line's day, window, view and event, and the story's step (whose day, event and view the
 * other options, when given, replace).
 */
final class StartupState {
  private StartupState() {}

  /** The index is the loaded dataset's, built with it in the background; null when there is none. */
  static void apply(AppState state, LoadResult loaded, org.eventmap.time.EventTimeIndex index, LaunchOptions options,
      Optional<Session> session) {
    apply(state, loaded, index, options, session, List.of());
  }

  /**
   * As above, and also shows {@code notes}: what the person should know about how the app started (e.g. that
   * the last file has gone), in the same banner as the file's own problems.
   */
  static void apply(AppState state, LoadResult loaded, org.eventmap.time.EventTimeIndex index, LaunchOptions options,
      Optional<Session> session, List<Problem> notes) {
    state.applyLoad(loaded, index);
    if (!loaded.ok()) {
      return;
    }
    List<Problem> shown = new ArrayList<>(loaded.problems());
    shown.addAll(notes);
    session.ifPresent(s -> SessionStore.restore(state, s));
    // Before the other options, so that a day, a window, a view or an event also given wins over the step's.
    options.story().ifPresent(asked -> {
      Optional<String> problem = asked.problemIn(loaded.dataset().orElseThrow());
      if (problem.isPresent()) {
        shown.add(new Problem(Problem.Severity.WARNING, loaded.file(), 1, 1, problem.get()));
      } else {
        // Opened on the step, not flown to: the window (or the picture) starts there.
        state.story().start(state.dataset().story(asked.id()).orElseThrow(), asked.step() - 1,
            org.eventmap.state.StoryModel.Motion.JUMP);
      }
    });
    options.window().ifPresent(state::setWindow);
    options.date().ifPresent(state::goToDay);
    options.view().ifPresent(v -> state.showView(v.lon(), v.lat(), 256 * Math.pow(2, v.zoom())));
    options.select().ifPresent(id -> {
      if (!state.select(id)) {
        shown.add(new Problem(Problem.Severity.WARNING, loaded.file(), 1, 1, unknownSelection(id)));
      } else if (options.view().isEmpty()) {
        state.selectedEvent().ifPresent(state::selectAndReveal); // asked for by id: show where it is
      }
    });
    if (shown.size() > loaded.problems().size()) {
      state.report(loaded.file(), shown); // once, so that no note replaces another
    }
  }

  /** What to say when {@code --select} names an event the file does not have. */
  static String unknownSelection(String id) {
    return "no event has the id '" + id + "' (given with --select)";
  }

  /** The note for a last-opened file that is no longer there. */
  static Problem lastFileGone(String file) {
    return new Problem(Problem.Severity.WARNING, file, 1, 1,
        "the file open last time was not found (moved or deleted?); showing the curated dataset");
  }
}
