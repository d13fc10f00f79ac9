package org.eventmap.app;

import org.eventmap.state.AppState;
import org.eventmap.state.MapProvider;
import org.eventmap.ui.MainView;

/** Wires the optional Google basemap (issue 6) into the window. */
final class GoogleMapSupport {
  private GoogleMapSupport() {}

  static void register(MainView view, AppState state, LaunchOptions options) {
    // The GMapsFX map is registered here once it exists (issue 6).
    if (options.map() == MapProvider.GOOGLE) {
      state.chooseMap(MapProvider.GOOGLE);
    }
  }
}
