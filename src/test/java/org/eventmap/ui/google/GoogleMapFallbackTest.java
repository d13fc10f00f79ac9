package org.eventmap.ui.google;

import static org.assertj.core.api.Assertions.assertThat;
import static org.eventmap.ui.google.Fx.onFx;
import static org.eventmap.ui.google.Fx.run;
import static org.eventmap.ui.google.Fx.waitUntil;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Supplier;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import javafx.util.Duration;
import org.eventmap.state.AppState;
import org.eventmap.state.MapProvider;
import org.eventmap.ui.MainView;
import org.eventmap.ui.map.BasemapLibrary;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * When Google's map cannot be shown, the window goes back to the offline map and says why, and nothing
 * escapes onto the FX thread. The first test uses Google's real address: machines here have no route to
 * Google, so this is what a person without a network sees.
 */
@ExtendWith(ApplicationExtension.class)
class GoogleMapFallbackTest {
  private final AppState state = new AppState();
  private final List<Throwable> uncaught = new CopyOnWriteArrayList<>();
  private MainView view;
  private Thread.UncaughtExceptionHandler previousHandler;
  private StandInMapsApiServer api;

  @Start
  void start(Stage stage) {
    view = new MainView(state, BasemapLibrary.loadedNow(), noActions());
    state.applyLoad(Fx.dataset("/datasets/small-valid.json"));
    stage.setScene(new Scene(view, 1200, 800));
    stage.show();
  }

  @BeforeEach
  void watchTheFxThread() {
    api = new StandInMapsApiServer();
    run(() -> {
      previousHandler = Thread.currentThread().getUncaughtExceptionHandler();
      Thread.currentThread().setUncaughtExceptionHandler((thread, e) -> uncaught.add(e));
    });
  }

  @AfterEach
  void restore() {
    run(() -> Thread.currentThread().setUncaughtExceptionHandler(previousHandler));
    api.close();
  }

  @Test
  void withNoRouteToGoogleTheWindowShowsTheOfflineMapAndSaysWhy() {
    useGoogleMap(() -> new GoogleMapPane(state, "DUMMY-KEY"));
    long started = System.nanoTime();
    run(() -> state.chooseMap(MapProvider.GOOGLE));
    assertThat(onFx(() -> isShown(view.lookup("#" + GoogleMapPane.ID)))).as("Google's map is shown at first").isTrue();
    assertThat(onFx(() -> isShown(view.map()))).isFalse();

    waitUntil(GoogleMapPane.DEFAULT_DEADLINE.toSeconds() + 4, "the offline map again",
        () -> state.mapProviderProperty().get() == MapProvider.EMBEDDED);

    double seconds = (System.nanoTime() - started) / 1e9;
    assertThat(seconds).isLessThan(GoogleMapPane.DEFAULT_DEADLINE.toSeconds() + 3);
    assertTheWindowSaysWhy(MapFailure.UNREACHABLE);
    assertThat(uncaught).isEmpty();
  }

  @Test
  void choosingGoogleAgainTriesAgain() {
    useGoogleMap(() -> new GoogleMapPane(state, "REFUSED-BY-STAND-IN", api.address(), Fx.PATIENT_DEADLINE));
    run(() -> state.chooseMap(MapProvider.GOOGLE));
    waitUntil(Fx.PATIENT_DEADLINE.toSeconds() + 2, "the first fallback", () -> state.mapProviderProperty().get() == MapProvider.EMBEDDED);
    run(state::dismissMapNotice);

    run(() -> state.chooseMap(MapProvider.GOOGLE));
    waitUntil(Fx.PATIENT_DEADLINE.toSeconds() + 2, "the second fallback", () -> state.mapProviderProperty().get() == MapProvider.EMBEDDED
        && !state.mapNoticeProperty().get().isEmpty());
    assertThat(api.rawQueries()).hasSize(2);
    assertTheWindowSaysWhy(MapFailure.KEY_REFUSED);
    assertThat(uncaught).isEmpty();
  }

  @Test
  void aRefusedKeyIsSaidInWordsAPersonUnderstands() {
    useGoogleMap(() -> new GoogleMapPane(state, "REFUSED-BY-STAND-IN", api.address(), Fx.PATIENT_DEADLINE));
    run(() -> state.chooseMap(MapProvider.GOOGLE));
    waitUntil(Fx.PATIENT_DEADLINE.toSeconds() + 2, "the offline map again", () -> state.mapProviderProperty().get() == MapProvider.EMBEDDED);
    assertTheWindowSaysWhy(MapFailure.KEY_REFUSED);
    assertThat(state.mapNoticeProperty().get()).contains("did not accept the API key").doesNotContain("REFUSED");
    assertThat(uncaught).isEmpty();
  }

  @Test
  void aServerThatNeverAnswersMeetsTheDeadline() {
    Duration deadline = Duration.seconds(1.5);
    useGoogleMap(() -> new GoogleMapPane(state, "ANY-KEY", api.addressThatNeverAnswers(), deadline));
    long started = System.nanoTime();
    run(() -> state.chooseMap(MapProvider.GOOGLE));
    waitUntil(6, "the offline map again", () -> state.mapProviderProperty().get() == MapProvider.EMBEDDED);
    double seconds = (System.nanoTime() - started) / 1e9;
    assertThat(seconds).isBetween(deadline.toSeconds() - 0.1, deadline.toSeconds() + 3);
    assertTheWindowSaysWhy(MapFailure.UNREACHABLE);
    assertThat(uncaught).isEmpty();
  }

  @Test
  void leavingGoogleBeforeItAnswersLeavesNoNotice() {
    var created = new java.util.concurrent.atomic.AtomicReference<GoogleMapPane>();
    useGoogleMap(() -> {
      created.set(new GoogleMapPane(state, "ANY-KEY", api.addressThatNeverAnswers(), Duration.seconds(1)));
      return created.get();
    });
    run(() -> state.chooseMap(MapProvider.GOOGLE));
    run(() -> state.chooseMap(MapProvider.EMBEDDED));
    waitUntil(5, "the deadline to pass", () -> created.get().statusProperty().get() == GoogleMapPane.Status.FAILED);
    org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
    assertThat(state.mapNoticeProperty().get()).isEmpty();
    assertThat(state.mapProviderProperty().get()).isEqualTo(MapProvider.EMBEDDED);
  }

  private void useGoogleMap(Supplier<Node> factory) {
    run(() -> view.registerMap(MapProvider.GOOGLE, factory));
  }

  /** Whether the node is in the window (MainView swaps maps in and out of its scene graph). */
  private boolean isShown(Node node) {
    return node != null && node.getScene() != null && node.getScene() == view.getScene();
  }

  private void assertTheWindowSaysWhy(MapFailure failure) {
    org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
    assertThat(state.mapNoticeProperty().get()).isEqualTo(failure.message());
    Label notice = onFx(() -> (Label) view.lookup("#map-notice-text"));
    assertThat(onFx(notice::getText)).isEqualTo(failure.message());
    assertThat(onFx(() -> notice.getParent().isVisible())).isTrue();
    assertThat(onFx(() -> isShown(view.map()))).as("the offline map is shown").isTrue();
    assertThat(onFx(() -> isShown(view.lookup("#" + GoogleMapPane.ID)))).as("Google's map is not").isFalse();
  }

  /** The window's actions are not used here: every one does nothing by default. */
  private static MainView.Actions noActions() {
    return new MainView.Actions() {};
  }
}
