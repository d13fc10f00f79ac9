package org.eventmap.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.Callable;
import javafx.scene.control.Button;
import javafx.stage.Stage;
import org.eventmap.domain.Place;
import org.eventmap.state.AppState;
import org.eventmap.ui.map.MapView;
import org.eventmap.ui.map.MapView.MarkerGroup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The first view of the curated dataset shows the places of its opening day's story legibly. */
@ExtendWith(ApplicationExtension.class)
class OpeningViewTest {
  private AppState state;
  private MapView map;

  @Start
  void start(Stage stage) {
    TestWindow window = TestWindow.show(stage);
    state = window.state;
    map = window.view.map();
  }

  private static <T> T onFx(Callable<T> task) {
    WaitForAsyncUtils.waitForFxEvents();
    return WaitForAsyncUtils.waitFor(WaitForAsyncUtils.asyncFx(task));
  }

  private List<MarkerGroup> marksInView() {
    return onFx(() -> map.markerGroups().stream()
        .filter(m -> m.x() >= 0 && m.y() >= 0 && m.x() <= map.getWidth() && m.y() <= map.getHeight()).toList());
  }

  private static MarkerGroup markOf(List<MarkerGroup> marks, String placeId) {
    return marks.stream().filter(m -> m.places().stream().map(Place::id).anyMatch(placeId::equals)).findFirst()
        .orElseThrow(() -> new AssertionError(placeId + " is not in view"));
  }

  /** The name a mark is labelled with on the map: its place, or a cluster's main place. */
  private static String mainPlace(MarkerGroup m) {
    return m.isOnePlace() ? m.places().get(0).id()
        : (m.currentTop() != null ? m.currentTop() : m.top()).place().orElseThrow().id();
  }

  @Test
  void theOpeningViewHidRafahAndCairoInsideTheTelAvivCluster() {
    List<MarkerGroup> marks = marksInView();

    MarkerGroup telAviv = markOf(marks, "tel-aviv");
    MarkerGroup rafah = markOf(marks, "rafah");
    MarkerGroup cairo = markOf(marks, "cairo");
    assertThat(rafah).as("Rafah has a mark of its own").isNotSameAs(telAviv);
    assertThat(cairo).isNotSameAs(telAviv).isNotSameAs(rafah);
    assertThat(mainPlace(telAviv)).isEqualTo("tel-aviv");
    assertThat(mainPlace(rafah)).as("Rafah's mark is named after Rafah").isEqualTo("rafah");
  }

  @Test
  void theDaysPlacesOutsideTheViewArePointedToFromItsEdge(FxRobot robot) {
    List<String> pointers = onFx(() -> map.edgePointers().stream().map(Button::getText).toList());

    assertThat(pointers).anyMatch(t -> t.contains("New York")).anyMatch(t -> t.contains("Doha"));
    assertThat(pointers).noneMatch(t -> t.contains("Tel Aviv"));
  }

  @Test
  void clickingAPointerBringsItsPlaceIntoView(FxRobot robot) {
    Button newYork = onFx(() -> map.edgePointers().stream().filter(b -> b.getText().contains("New York"))
        .findFirst().orElseThrow());

    robot.clickOn(newYork);

    markOf(marksInView(), "un-hq");
    assertThat(onFx(() -> map.edgePointers().stream().map(Button::getText).toList()))
        .noneMatch(t -> t.contains("New York"));
  }
}
