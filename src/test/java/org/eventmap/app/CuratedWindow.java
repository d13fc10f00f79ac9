package org.eventmap.app;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The real window, opened as the launcher opens it on the curated dataset, with a session file of the
 * test's own; {@link #close()} closes it with every dialog the test left open.
 */
final class CuratedWindow {
  final EventmapApp app;
  final Stage stage;

  private CuratedWindow(EventmapApp app, Stage stage) {
    this.app = app;
    this.stage = stage;
  }

  /** Opens it and waits (up to ten seconds) until it shows the curated dataset. */
  static CuratedWindow open(Path sessionFile) throws Exception {
    return open(sessionFile, 10);
  }

  static CuratedWindow open(Path sessionFile, int waitSeconds) throws Exception {
    System.setProperty("eventmap.session", sessionFile.toString());
    EventmapApp.launchOptions = LaunchOptions.defaults();
    Stage stage = FxToolkit.registerPrimaryStage();
    EventmapApp app = (EventmapApp) FxToolkit.setupApplication(EventmapApp.class);
    WaitForAsyncUtils.waitFor(waitSeconds, TimeUnit.SECONDS, () -> stage.getTitle().contains("Gaza"));
    return new CuratedWindow(app, stage);
  }

  void close() throws Exception {
    WaitForAsyncUtils.asyncFx(() -> Window.getWindows().stream().filter(w -> w != stage).toList()
        .forEach(Window::hide)).get(10, TimeUnit.SECONDS);
    FxToolkit.cleanupApplication(app);
    FxToolkit.hideStage();
  }
}
