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

  /** Makes Google's map available when the command line gives a key; call before the window is shown. */
  static void register(MainView view, AppState state, LaunchOptions options) {
    Optional<String> key = options.googleMapsKey().map(String::strip).filter(k -> !k.isEmpty());
    // The pane is made the first time Google is chosen, so a key alone costs nothing at start-up.
    key.ifPresent(k -> registerKey(view, state, k));
  }

  /**
   * Switches to Google's map if the command line asks for it. Call once the window is shown: without a key
   * this asks for one in a dialog, which needs its window on screen.
   */
  static void chooseIfAsked(AppState state, LaunchOptions options) {
    if (options.map() == MapProvider.GOOGLE) {
      state.chooseMap(MapProvider.GOOGLE);
    }
  }

  static void registerKey(MainView view, AppState state, String key) {
    view.registerMap(MapProvider.GOOGLE, () -> new GoogleMapPane(state, key));
  }

  /**
   * Asks for a key in a dialog whose field hides what is typed. The key is kept for this run only:
   * it is never written to the session file, to logs or to the screen.
   */
  static Optional<String> askForKey(javafx.stage.Window owner) {
    javafx.scene.control.Dialog<String> dialog = new javafx.scene.control.Dialog<>();
    dialog.initOwner(owner);
    dialog.setTitle("Google Maps");
    dialog.setHeaderText("Google's map needs a Google Maps JavaScript API key.");
    javafx.scene.control.PasswordField field = new javafx.scene.control.PasswordField();
    field.setId("google-key-field");
    field.setPromptText("API key");
    javafx.scene.control.Label hint = new javafx.scene.control.Label(
        "Kept for this run only. It can also be given with --google-maps-key or GOOGLE_MAPS_API_KEY.");
    hint.setWrapText(true);
    dialog.getDialogPane().setContent(new javafx.scene.layout.VBox(8, field, hint));
    dialog.getDialogPane().getButtonTypes().addAll(javafx.scene.control.ButtonType.OK,
        javafx.scene.control.ButtonType.CANCEL);
    dialog.setResultConverter(button -> button == javafx.scene.control.ButtonType.OK ? field.getText() : null);
    javafx.application.Platform.runLater(field::requestFocus);
    return dialog.showAndWait().map(String::strip).filter(k -> !k.isEmpty());
  }
}
