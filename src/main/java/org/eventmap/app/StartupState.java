package org.eventmap.app;

import java.util.ArrayList;
import java.util.List;
import org.eventmap.io.LoadResult;
import org.eventmap.io.Problem;
import org.eventmap.state.AppState;

/** Puts the state where the command line asked: the loaded file, the day, the selected event. */
final class StartupState {
  private StartupState() {}

  static void apply(AppState state, LoadResult loaded, LaunchOptions options) {
    state.applyLoad(loaded);
    if (!loaded.ok()) {
      return;
    }
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
