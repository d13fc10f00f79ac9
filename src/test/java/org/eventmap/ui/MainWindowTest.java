package org.eventmap.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.geometry.Point2D;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.eventmap.app.DatasetSources;
import org.eventmap.domain.Event;
import org.eventmap.state.AppState;
import org.eventmap.ui.detail.DetailPane;
import org.eventmap.ui.map.BasemapLibrary;
import org.eventmap.ui.map.MapView;
import org.eventmap.ui.timeline.TimelineView;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** What a person does in the main window: look at the markers, scrub the timeline, click a marker. */
@ExtendWith(ApplicationExtension.class)
class MainWindowTest {
  private static BasemapLibrary basemaps;
  private final AppState state = new AppState();
  private final List<URI> openedLinks = new ArrayList<>();
  private MapView map;

  @BeforeAll
  static void loadBasemaps() {
    basemaps = BasemapLibrary.loadedNow();
  }

  @Start
  void start(Stage stage) {
    MainView view = new MainView(state, basemaps, new MainView.Actions() {
      @Override
      public void openFile() {}

      @Override
      public void quit() {}

      @Override
      public void openLink(URI uri) {
        openedLinks.add(uri);
      }
    });
    map = view.map();
    state.applyLoad(DatasetSources.readCurated());
    stage.setScene(new Scene(view, 1280, 800));
    stage.show();
  }

  private List<Point2D> markerPositions(List<Event> events) {
    return events.stream().map(map::markerPosition)
        .filter(p -> p.getX() > 15 && p.getY() > 15 && p.getX() < map.getWidth() - 15 && p.getY() < map.getHeight() - 15)
        .toList();
  }

  private MapPixels mapPixels(FxRobot robot) {
    WaitForAsyncUtils.waitForFxEvents();
    return onFx(() -> MapPixels.of(map));
  }

  private static <T> T onFx(java.util.concurrent.Callable<T> task) {
    return WaitForAsyncUtils.waitFor(WaitForAsyncUtils.asyncFx(task));
  }

  private javafx.scene.paint.Color colorOf(Event e) {
    return CategoryPalette.colorOf(state.dataset(), e.category());
  }

  private Event event(String id) {
    return state.dataset().event(id).orElseThrow();
  }

  @Test
  void opensWithAMarkerAtEveryPlaceThatHasAnEvent(FxRobot robot) {
    List<Event> visible = state.visibleEvents().get();
    // The curated dataset opens on the day of the seed article, showing everything up to it.
    assertThat(visible).hasSize((int) state.dataset().events().stream()
        .filter(e -> !e.firstLocalDay().isAfter(LocalDate.of(2024, 3, 22))).count());

    MapPixels pixels = mapPixels(robot);

    List<Point2D> positions = markerPositions(visible);
    // Where markers of different places overlap, the one on top hides the others: check the rest.
    List<Point2D> apart = positions.stream()
        .filter(p -> positions.stream().noneMatch(q -> q.distance(p) > 3 && q.distance(p) < 20)).toList();
    assertThat(apart).hasSizeGreaterThanOrEqualTo(4);
    for (Point2D p : apart) {
      List<Event> here = visible.stream().filter(e -> map.markerPosition(e).distance(p) < 3).toList();
      assertThat(here).as("a marker of an event at " + p)
          .anyMatch(e -> pixels.showsMarkerAt(p, colorOf(e)));
    }
    assertThat(pixels.isMarkedAt(new Point2D(map.getWidth() / 2, 20))
        && pixels.isMarkedAt(new Point2D(20, map.getHeight() - 30))).as("the map is not all markers").isFalse();
    assertThat(robot.lookup("#" + TimelineView.DATE_LABEL_ID).queryAs(Label.class).getText())
        .isEqualTo("Friday 22 March 2024");
  }

  @Test
  void movingTheSliderChangesTheDateAndWhatTheMapShows(FxRobot robot) {
    Event doha = event("2024-03-22-burns-joins-doha-talks");
    Point2D dohaMarker = map.markerPosition(doha);
    assertThat(mapPixels(robot).showsMarkerAt(dohaMarker, colorOf(doha))).isTrue();

    Slider slider = robot.lookup("#" + TimelineView.SLIDER_ID).queryAs(Slider.class);
    robot.clickOn(slider.lookup(".thumb")).type(KeyCode.HOME);

    assertThat(state.currentDay()).isEqualTo(LocalDate.of(2023, 10, 7));
    assertThat(robot.lookup("#" + TimelineView.DATE_LABEL_ID).queryAs(Label.class).getText())
        .isEqualTo("Saturday 7 October 2023");
    assertThat(robot.lookup("#" + TimelineView.COUNT_LABEL_ID).queryAs(Label.class).getText())
        .startsWith("1 of " + state.dataset().events().size() + " events");
    assertThat(mapPixels(robot).showsMarkerAt(dohaMarker, colorOf(doha))).as("no marker in Doha on 7 October")
        .isFalse();

    robot.type(KeyCode.RIGHT, 5);

    assertThat(state.currentDay()).isEqualTo(LocalDate.of(2023, 10, 12));
    assertThat(robot.lookup("#" + TimelineView.DATE_LABEL_ID).queryAs(Label.class).getText())
        .isEqualTo("Thursday 12 October 2023");
  }

  @Test
  void draggingTheSliderThumbMovesThroughTime(FxRobot robot) {
    Slider slider = robot.lookup("#" + TimelineView.SLIDER_ID).queryAs(Slider.class);
    robot.drag(slider.lookup(".thumb")).moveBy(-slider.getWidth() / 2, 0).release(javafx.scene.input.MouseButton.PRIMARY);

    LocalDate day = state.currentDay();
    assertThat(day).isBetween(LocalDate.of(2023, 11, 1), LocalDate.of(2024, 1, 31));
    assertThat(robot.lookup("#" + TimelineView.DATE_LABEL_ID).queryAs(Label.class).getText())
        .endsWith(String.valueOf(day.getYear()));
    assertThat(state.visibleEvents().get()).hasSizeLessThan(state.dataset().events().size());
  }

  @Test
  void clickingAMarkerShowsThatEventInTheDetailPane(FxRobot robot) {
    robot.interact(() -> state.goToDay(LocalDate.of(2024, 3, 22)));
    Event burns = event("2024-03-22-burns-joins-doha-talks");
    Point2D onScreen = onFx(() -> map.localToScreen(map.markerPosition(burns)));

    robot.clickOn(onScreen);

    assertThat(state.selectedEvent()).hasValue(burns);
    assertThat(robot.lookup("#" + DetailPane.TITLE_ID).queryAs(Label.class).getText()).isEqualTo(burns.title());
    assertThat(robot.lookup("#" + DetailPane.WHEN_ID).queryAs(Label.class).getText()).contains("22 March 2024");
    assertThat(robot.lookup("#" + DetailPane.WHEN_UTC_ID).queryAs(Label.class).getText()).contains("UTC");
    assertThat(robot.lookup("#" + DetailPane.PLACE_ID).queryAs(Label.class).getText()).startsWith("Doha");
    assertThat(robot.lookup("#" + DetailPane.SOURCES_ID).queryAs(VBox.class).getChildren())
        .hasSize(burns.sources().size());
  }

  @Test
  void clickingASourceOpensItInTheBrowser(FxRobot robot) {
    Event burns = event("2024-03-22-burns-joins-doha-talks");
    robot.interact(() -> state.select(burns));
    VBox sources = robot.lookup("#" + DetailPane.SOURCES_ID).queryAs(VBox.class);
    javafx.scene.control.Hyperlink first = (javafx.scene.control.Hyperlink) sources.getChildren().get(0);
    robot.interact(() -> robot.lookup("#" + DetailPane.ID).queryAs(DetailPane.class).setVvalue(1));

    robot.clickOn(first);

    assertThat(openedLinks).containsExactly(burns.sources().get(0).url().orElseThrow());
  }

  @Test
  void clickingTheSeaClearsTheSelection(FxRobot robot) {
    robot.interact(() -> state.select(event("2024-03-22-burns-joins-doha-talks")));
    Point2D midAtlantic = onFx(() -> map.localToScreen(
        state.viewport().screenX(org.eventmap.geo.WebMercator.x(-40)),
        state.viewport().screenY(org.eventmap.geo.WebMercator.y(30))));

    robot.clickOn(midAtlantic);

    assertThat(state.selectedEvent()).isEmpty();
    assertThat(robot.lookup("#" + DetailPane.TITLE_ID).queryAs(Label.class).getText()).startsWith("Click a marker");
  }

  @Test
  void selectingAnEventTheTimelineHasNotReachedMovesTheTimelineToIt(FxRobot robot) {
    robot.interact(() -> state.goToDay(LocalDate.of(2023, 10, 7)));
    Event vote = event("2024-03-22-unsc-vote-us-draft-vetoed");

    robot.interact(() -> state.select(vote));

    assertThat(state.currentDay()).isEqualTo(LocalDate.of(2024, 3, 22));
    WaitForAsyncUtils.sleep(50, TimeUnit.MILLISECONDS);
    assertThat(mapPixels(robot).showsMarkerAt(map.markerPosition(vote), colorOf(vote))).isTrue();
  }
}
