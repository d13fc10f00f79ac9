package org.eventmap.ui.google;

import javafx.application.Platform;
import org.eventmap.state.AppState;

/**
 * The page's only way to change the application: a marker was clicked (its event id), or the map itself
 * ({@code ""}, which clears the selection). The id is looked up in the shown dataset; anything else, an
 * unknown id included, changes nothing. Held strongly by {@link GoogleMapPane} for the reason given in
 * {@link MapsLoadCallback}.
 *
 * <p>Public only because WebView calls its method reflectively; nothing else should use it.
 */
public final class MarkerClickBridge {
  private final AppState state;

  MarkerClickBridge(AppState state) {
    this.state = state;
  }

  public void select(String eventId) {
    // Later, not now: the state's listeners call back into the page, which is still in its click handler.
    Platform.runLater(() -> {
      if (eventId == null || eventId.isEmpty()) {
        state.clearSelection();
      } else {
        state.select(eventId);
      }
    });
  }
}
