package org.eventmap.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.geometry.Rectangle2D;
import javafx.scene.input.KeyCode;
import javafx.stage.Screen;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** The window's size, place, maximised state and full screen, as the next start finds them. */
@org.junit.jupiter.api.Timeout(value = 90, threadMode = org.junit.jupiter.api.Timeout.ThreadMode.SEPARATE_THREAD)
class WindowStateTest extends FxRobot {
  @TempDir Path dir;
  private EventmapApp app;
  private Stage stage;

  private void start() throws Exception {
    System.setProperty("eventmap.session", dir.resolve("session.json").toString());
    EventmapApp.launchOptions = LaunchOptions.defaults();
    stage = FxToolkit.registerPrimaryStage();
    app = (EventmapApp) FxToolkit.setupApplication(EventmapApp.class);
    WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> stage.isShowing() && stage.getTitle().contains("Gaza"));
  }

  /** Closes the window (which saves the session) and leaves the stage elsewhere, as a new start finds it. */
  private void closeAndMoveAway() throws Exception {
    interact(() -> stage.hide());
    FxToolkit.cleanupApplication(app);
    app = null;
    interact(() -> {
      stage.setFullScreen(false);
      stage.setMaximized(false);
      stage.setX(0);
      stage.setY(0);
      stage.setWidth(900);
      stage.setHeight(600);
    });
  }

  @AfterEach
  void close() throws Exception {
    if (app != null) {
      FxToolkit.cleanupApplication(app);
    }
    interact(() -> {
      stage.setFullScreen(false);
      stage.setMaximized(false);
    });
    FxToolkit.hideStage();
  }

  private void placeAt(double x, double y, double width, double height) throws Exception {
    interact(() -> {
      stage.setX(x);
      stage.setY(y);
      stage.setWidth(width);
      stage.setHeight(height);
    });
    Thread.sleep(400); // as a person does: the window rests there a moment before anything else happens
    WaitForAsyncUtils.waitForFxEvents();
  }

  private double[] bounds() {
    return new double[] {stage.getX(), stage.getY(), stage.getWidth(), stage.getHeight()};
  }

  private Session.WindowBounds saved() {
    return new SessionStore(dir.resolve("session.json")).load().orElseThrow().window();
  }

  @Test
  void f11FillsTheScreenAndBringsTheWindowBack() throws Exception {
    start();
    placeAt(110, 70, 1000, 700);
    clickOn("#map-host");

    type(KeyCode.F11);
    WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, stage::isFullScreen);
    Rectangle2D screen = Screen.getPrimary().getBounds();
    assertThat(stage.getWidth()).isEqualTo(screen.getWidth());
    assertThat(stage.getHeight()).isEqualTo(screen.getHeight());

    type(KeyCode.F11);
    WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> !stage.isFullScreen());
    WaitForAsyncUtils.waitForFxEvents();
    assertThat(bounds()).containsExactly(110, 70, 1000, 700);
  }

  @Test
  void aWindowClosedInFullScreenReopensWithItsOwnSizeNotTheScreens() throws Exception {
    start();
    placeAt(110, 70, 1000, 700);
    interact(() -> app.toggleFullScreen());
    WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, stage::isFullScreen);

    closeAndMoveAway();
    assertThat(saved()).isEqualTo(new Session.WindowBounds(110, 70, 1000, 700, false));
    start();

    assertThat(stage.isFullScreen()).isFalse();
    assertThat(bounds()).containsExactly(110, 70, 1000, 700);
  }

  @Test
  void aMaximisedWindowReopensMaximisedAndKeepsTheSizeItHadBefore() throws Exception {
    start();
    placeAt(110, 70, 1000, 700);
    interact(() -> stage.setMaximized(true));
    WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, stage::isMaximized);
    Thread.sleep(400);

    closeAndMoveAway();
    assertThat(saved()).isEqualTo(new Session.WindowBounds(110, 70, 1000, 700, true));
    start();

    assertThat(stage.isMaximized()).isTrue();
  }

  @Test
  void aWindowLastOnAScreenThatHasGoneComesBackOnOneThatIsThere() throws Exception {
    new SessionStore(dir.resolve("session.json")).save(new Session(null, null, null, null, null, null, null, null,
        null, null, null, null, null, null, new Session.WindowBounds(5000, 3000, 1000, 700, false)));
    start();

    Rectangle2D screen = Screen.getPrimary().getVisualBounds();
    assertThat(screen.contains(stage.getX(), stage.getY(), stage.getWidth(), stage.getHeight()))
        .as("%s within %s", java.util.Arrays.toString(bounds()), screen).isTrue();
    assertThat(stage.getWidth()).isEqualTo(1000);
  }

  @Test
  void aWindowThatTheSystemResizesBeforeSayingItIsMaximisedKeepsItsSizeFromBefore() throws Exception {
    start();
    placeAt(110, 70, 1000, 700);
    // The order some window systems (GTK's) tell it in: the new size first, then that the window is maximised.
    Rectangle2D screen = Screen.getPrimary().getVisualBounds();
    interact(() -> {
      stage.setX(screen.getMinX());
      stage.setY(screen.getMinY());
      stage.setWidth(screen.getWidth());
      stage.setHeight(screen.getHeight());
      stage.setMaximized(true);
    });
    Thread.sleep(400);

    closeAndMoveAway();
    assertThat(saved()).isEqualTo(new Session.WindowBounds(110, 70, 1000, 700, true));
  }

  @Test
  void aWindowClosedBeforeItSettledIsRememberedWhereItWasClosed() throws Exception {
    stage = FxToolkit.registerPrimaryStage();
    Session.WindowBounds[] saved = new Session.WindowBounds[1];
    interact(() -> {
      Stage other = new Stage();
      other.setScene(new javafx.scene.Scene(new javafx.scene.layout.Pane(), 400, 300));
      WindowPlacement placement = new WindowPlacement(other);
      other.show();
      other.setX(210);
      other.setY(120);
      other.setWidth(800);
      other.setHeight(500);
      other.hide(); // all before the window had a moment to rest anywhere
      saved[0] = placement.current();
    });

    assertThat(saved[0]).isEqualTo(new Session.WindowBounds(210, 120, 800, 500, false));
  }
}
