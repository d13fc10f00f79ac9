package org.eventmap.app;

import java.util.Optional;
import org.eventmap.state.AppState;
import org.eventmap.state.MapProvider;
import org.eventmap.ui.MainView;
import org.eventmap.ui.google.GoogleMapPane;

/**
 * Wires the optional Google basemap (issue 6, docs/adr/0006) into the window. Without a key nothing is
 * registered, and choosing Google says in the window that it needs one.
 */
final class GoogleMapSupport {
  private GoogleMapSupport() {}

  static void register(MainView view, AppState state, LaunchOptions options) {
    Optional<String> key = options.googleMapsKey().map(String::strip).filter(k -> !k.isEmpty());
    // The pane is made the first time Google is chosen, so a key alone costs nothing at start-up.
    key.ifPresent(k -> view.registerMap(MapProvider.GOOGLE, () -> new GoogleMapPane(state, k)));
    if (options.map() == MapProvider.GOOGLE) {
      state.chooseMap(MapProvider.GOOGLE);
    }
  }
}
