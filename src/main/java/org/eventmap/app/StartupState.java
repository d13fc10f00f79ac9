package org.eventmap.app;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.eventmap.io.LoadResult;
import org.eventmap.io.Problem;
import org.eventmap.state.AppState;

/**
 * Puts the state where the person left it and where the command line asks: the loaded file, then the
 * last session (if it was about the same file), then the command line's day, window, view and event.
 */
final class StartupState {
  private StartupState() {}

  /** The index is the loaded dataset's, built with it in the background; null when there is none. */
  static void apply(AppState state, LoadResult loaded, org.eventmap.time.EventTimeIndex index, LaunchOptions options,
      Optional<Session> session) {
    state.applyLoad(loaded, index);
    if (!loaded.ok()) {
      return;
    }
    session.ifPresent(s -> SessionStore.restore(state, s));
    options.window().ifPresent(state::setWindow);
    options.date().ifPresent(state::goToDay);
    options.view().ifPresent(v -> state.showView(v.lon(), v.lat(), 256 * Math.pow(2, v.zoom())));
    options.select().ifPresent(id -> {
      if (!state.select(id)) {
        List<Problem> problems = new ArrayList<>(loaded.problems());
        problems.add(new Problem(Problem.Severity.WARNING, loaded.file(), 1, 1,
            "no event has the id '" + id + "' given with --select"));
        state.report(loaded.file(), problems);
      }
    });
  }
}
