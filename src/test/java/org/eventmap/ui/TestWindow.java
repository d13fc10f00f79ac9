package org.eventmap.ui;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.eventmap.app.DatasetSources;
import org.eventmap.state.AppState;
import org.eventmap.ui.map.BasemapLibrary;

/** The main window on the curated dataset, as the TestFX flows use it; links opened are recorded. */
final class TestWindow {
  private static BasemapLibrary basemaps;

  final AppState state = new AppState();
  final List<URI> openedLinks = new ArrayList<>();
  final MainView view;

  private TestWindow(Stage stage) {
    if (basemaps == null) {
      basemaps = BasemapLibrary.loadedNow();
    }
    view = new MainView(state, basemaps, new MainView.Actions() {
      @Override
      public void openLink(URI uri) {
        openedLinks.add(uri);
      }
    });
    state.applyLoad(DatasetSources.readCurated());
    stage.setScene(new Scene(view, 1280, 800));
    stage.show();
  }

  static TestWindow show(Stage stage) {
    return new TestWindow(stage);
  }
}
