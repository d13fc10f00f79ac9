package org.eventmap.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import javafx.geometry.Point2D;
import javafx.geometry.VerticalDirection;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.paint.Color;
import javafx.stage.Stage;
import org.eventmap.domain.Event;
import org.eventmap.geo.GreatCircle;
import org.eventmap.geo.Viewport;
import org.eventmap.geo.WebMercator;
import org.eventmap.state.AppState;
import org.eventmap.ui.map.MapView;
import org.eventmap.ui.map.MapView.MarkerGroup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Finding one's way on the map: zoom, pan, clusters, the legend, the tooltip and journeys. */
@ExtendWith(ApplicationExtension.class)
class MapInteractionTest {
  private AppState state;
  private MapView map;

  @Start
  void start(Stage stage) {
    TestWindow window = TestWindow.show(stage);
    state = window.state;
    map = window.view.map();
  }

  private static <T> T onFx(Callable<T> task) {
    return WaitForAsyncUtils.waitFor(WaitForAsyncUtils.asyncFx(task));
  }

  private Point2D onScreen(double x, double y) {
    return onFx(() -> map.localToScreen(x, y));
  }

  private Point2D mapCentre() {
    return onScreen(map.getWidth() / 2, map.getHeight() / 2);
  }

  @Test
  void theZoomButtonsZoomInAndOutAroundTheCentre() {
    FxRobot robot = new FxRobot();
    double before = state.viewport().scale();
    double lon = WebMercator.lon(state.viewport().centerX());

    robot.clickOn("#map-zoom-in");
    assertThat(state.viewport().scale()).isCloseTo(before * 2, within(1e-6));
    assertThat(WebMercator.lon(state.viewport().centerX())).isCloseTo(lon, within(1e-6));

    robot.clickOn("#map-zoom-out").clickOn("#map-zoom-out");
    assertThat(state.viewport().scale()).isCloseTo(Math.max(before / 2, 700), within(1e-6));
  }

  @Test
  void theWheelZoomsAroundThePointer(FxRobot robot) {
    Point2D local = new Point2D(200, 250);
    Viewport before = state.viewport();
    double lon = WebMercator.lon(before.worldX(local.getX()));
    double lat = WebMercator.lat(before.worldY(local.getY()));

    // Which way the robot's wheel turns depends on the platform; the test holds for both.
    robot.moveTo(onScreen(local.getX(), local.getY())).scroll(3, VerticalDirection.UP);
    Viewport after = state.viewport();
    robot.scroll(3, VerticalDirection.DOWN);
    Viewport back = state.viewport();

    assertThat(Math.abs(Math.log(after.scale() / before.scale()))).isGreaterThan(Math.log(1.05));
    assertThat(after.screenX(WebMercator.x(lon))).isCloseTo(local.getX(), within(1.0));
    assertThat(after.screenY(WebMercator.y(lat))).isCloseTo(local.getY(), within(1.0));
    assertThat(back.scale()).isCloseTo(before.scale(), within(before.scale() * 1e-6));
  }

  @Test
  void draggingMovesTheMapWithThePointer(FxRobot robot) {
    robot.clickOn("#map-zoom-in");
    Viewport before = state.viewport();
    double lonUnderStart = WebMercator.lon(before.worldX(300));

    robot.drag(onScreen(300, 400), MouseButton.PRIMARY).moveBy(150, 0).release(MouseButton.PRIMARY);

    double x = state.viewport().screenX(WebMercator.x(lonUnderStart));
    assertThat(x).isCloseTo(450, within(2.0));
    assertThat(state.selectedEvent()).isEmpty(); // a drag is not a click
  }

  @Test
  void theKeyboardPansAndZooms(FxRobot robot) {
    robot.interact(() -> map.requestFocus());
    double scale = state.viewport().scale();

    robot.type(KeyCode.EQUALS);
    assertThat(state.viewport().scale()).isCloseTo(scale * 2, within(1e-6));

    double centre = state.viewport().centerX();
    robot.type(KeyCode.RIGHT);
    assertThat(state.viewport().centerX()).isGreaterThan(centre);

    robot.type(KeyCode.MINUS);
    assertThat(state.viewport().scale()).isCloseTo(scale, within(1e-6));
  }

  @Test
  void clickingAClusterOfPlacesZoomsInUntilItSplits(FxRobot robot) {
    robot.interact(state::fitToData);
    MarkerGroup cluster = onFx(() -> map.markerGroups().stream().filter(m -> !m.isOnePlace())
        .max(java.util.Comparator.comparingInt(m -> m.places().size())).orElseThrow());
    double scale = state.viewport().scale();

    robot.clickOn(onScreen(cluster.x(), cluster.y()));

    assertThat(state.viewport().scale()).isGreaterThan(scale * 2);
    WaitForAsyncUtils.waitForFxEvents();
    List<MarkerGroup> after = onFx(() -> map.markerGroups().stream()
        .filter(m -> m.events().stream().anyMatch(cluster.events()::contains)).toList());
    assertThat(after).as("the cluster's events are now in several marks").hasSizeGreaterThan(1);
    assertThat(after.stream().mapToInt(m -> m.events().size()).sum()).isEqualTo(cluster.events().size());
  }

  @Test
  void untickingACategoryInTheLegendHidesItsEventsAndTickingShowsThemAgain(FxRobot robot) {
    Event humanitarian = state.visibleEvents().get().stream()
        .filter(e -> e.category().id().equals("humanitarian")).findFirst().orElseThrow();

    robot.clickOn("#legend-humanitarian");

    assertThat(state.visibleEvents().get()).noneMatch(e -> e.category().id().equals("humanitarian"));
    assertThat(onFx(() -> map.markerGroups()).stream().flatMap(m -> m.events().stream()))
        .doesNotContain(humanitarian);
    assertThat(robot.lookup("#timeline-count").queryAs(Label.class).getText()).doesNotStartWith("30 of");

    robot.clickOn("#legend-humanitarian");

    assertThat(robot.lookup("#legend-humanitarian").queryAs(CheckBox.class).isSelected()).isTrue();
    assertThat(state.visibleEvents().get()).contains(humanitarian);
  }

  @Test
  void hoveringAMarkShowsWhatItIs(FxRobot robot) {
    MarkerGroup mark = onFx(() -> map.markerGroups().stream().filter(MarkerGroup::isSingleEvent)
        .filter(m -> m.x() > 50 && m.x() < map.getWidth() - 50).findFirst().orElseThrow());

    robot.moveTo(onScreen(mark.x(), mark.y()));

    Label tooltip = robot.lookup("#" + MapView.TOOLTIP_ID).queryAs(Label.class);
    assertThat(tooltip.isVisible()).isTrue();
    assertThat(tooltip.getText()).startsWith(mark.events().get(0).title());

    robot.moveTo(onScreen(map.getWidth() / 2, map.getHeight() - 40));
    assertThat(tooltip.isVisible()).isFalse();
  }

  @Test
  void blinkensJourneyIsDrawnFromJeddahToCairoAndCanBeHidden(FxRobot robot) {
    // Jeddah 20 March, Cairo 21 March: the arc between them, seen at a regional zoom.
    robot.interact(() -> {
      state.goToDay(LocalDate.of(2024, 3, 22));
      state.showView(35.2, 25.8, 256 * Math.pow(2, 5.3));
    });
    double[] arc = GreatCircle.path(39.1925, 21.4858, 31.2357, 30.0444, 2);
    Point2D middle = onFx(() -> new Point2D(state.viewport().screenX(WebMercator.x(arc[2])),
        state.viewport().screenY(WebMercator.y(arc[3]))));
    assertThat(journeyNear(middle)).as("an arc between Jeddah and Cairo").isTrue();

    robot.clickOn("View").clickOn("#menu-journeys");

    assertThat(journeyNear(middle)).as("no arc once journeys are hidden").isFalse();
  }

  /** Whether a dark journey line passes within two pixels of the point. */
  private boolean journeyNear(Point2D p) {
    WaitForAsyncUtils.waitForFxEvents();
    MapPixels pixels = onFx(() -> MapPixels.of(map));
    for (int dx = -2; dx <= 2; dx++) {
      for (int dy = -2; dy <= 2; dy++) {
        Color c = pixels.at(new Point2D(p.getX() + dx, p.getY() + dy));
        if (c.getBrightness() < 0.55 && c.getSaturation() < 0.35) {
          return true;
        }
      }
    }
    return false;
  }
}
