package org.eventmap.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import javafx.geometry.Point2D;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import javafx.stage.Stage;
import org.eventmap.domain.Event;
import org.eventmap.state.AppState;
import org.eventmap.ui.detail.DetailPane;
import org.eventmap.ui.map.MapView;
import org.eventmap.ui.map.MapView.MarkerGroup;
import org.eventmap.ui.timeline.TimelineView;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** What a person does in the main window: look at the markers, scrub the timeline, click a marker. */
@ExtendWith(ApplicationExtension.class)
class MainWindowTest {
  private AppState state;
  private List<URI> openedLinks;
  private MapView map;

  @Start
  void start(Stage stage) {
    TestWindow window = TestWindow.show(stage);
    state = window.state;
    openedLinks = window.openedLinks;
    map = window.view.map();
    // These flows are about markers, the timeline and the detail pane, on a map of all the events; the
    // opening view itself is OpeningViewTest's.
    state.fitToData();
  }

  static <T> T onFx(Callable<T> task) {
    return WaitForAsyncUtils.waitFor(WaitForAsyncUtils.asyncFx(task));
  }

  private MapPixels mapPixels() {
    WaitForAsyncUtils.waitForFxEvents();
    return onFx(() -> MapPixels.of(map));
  }

  private Color colorOf(Event e) {
    return CategoryPalette.colorOf(state.dataset(), e.category());
  }

  private Event event(String id) {
    return state.dataset().event(id).orElseThrow();
  }

  private List<MarkerGroup> groupsOnScreen() {
    WaitForAsyncUtils.waitForFxEvents();
    return onFx(() -> map.markerGroups().stream()
        .filter(m -> m.x() > 20 && m.y() > 20 && m.x() < map.getWidth() - 20 && m.y() < map.getHeight() - 20)
        .toList());
  }

  /** Whether the map shows the mark that stands for this event: its own marker or its cluster. */
  private boolean shows(MapPixels pixels, MarkerGroup m) {
    if (m.isOnePlace()) {
      Point2D centre = new Point2D(m.x(), m.y());
      return m.events().stream().anyMatch(e -> pixels.showsMarkerAt(centre, colorOf(e)));
    }
    return pixels.showsClusterAt(new Point2D(m.x(), m.y() - m.radius() + 3));
  }

  private String text(FxRobot robot, String id) {
    return robot.lookup("#" + id).queryAs(Label.class).getText();
  }

  @Test
  void opensOnTheSeedArticlesDayWithAMarkForEveryVisibleEvent(FxRobot robot) {
    List<Event> visible = state.visibleEvents().get();
    assertThat(visible).hasSize((int) state.dataset().events().stream()
        .filter(e -> !e.firstLocalDay().orElseThrow().isAfter(LocalDate.of(2024, 3, 22))).count());
    assertThat(text(robot, TimelineView.DATE_LABEL_ID)).isEqualTo("Friday 22 March 2024");

    List<MarkerGroup> groups = groupsOnScreen();
    MapPixels pixels = mapPixels();

    assertThat(onFx(() -> map.markerGroups()).stream().flatMap(m -> m.events().stream()).toList())
        .as("every visible event is in exactly one mark").containsExactlyInAnyOrderElementsOf(visible);
    assertThat(groups).hasSizeGreaterThanOrEqualTo(4);
    for (MarkerGroup m : groups) {
      assertThat(shows(pixels, m)).as("a mark at " + m.x() + "," + m.y() + " for " + m.places()).isTrue();
    }
    assertThat(pixels.isMarkedAt(new Point2D(map.getWidth() / 2, 300))
        && pixels.isMarkedAt(new Point2D(300, map.getHeight() - 60))).as("the map is not all markers").isFalse();
  }

  @Test
  void scrubbingTheTimelineChangesTheDateAndWhatTheMapShows(FxRobot robot) {
    Event burns = event("2024-03-22-burns-joins-doha-talks");
    Point2D doha = map.markerPosition(burns);
    assertThat(mapPixels().showsMarkerAt(doha, colorOf(burns))).isTrue();
    javafx.scene.Node axis = robot.lookup("#" + TimelineView.AXIS_ID).query();

    robot.clickOn(onFx(() -> axis.localToScreen(2, 20)));

    assertThat(state.currentDay()).isEqualTo(LocalDate.of(2023, 10, 7));
    assertThat(text(robot, TimelineView.DATE_LABEL_ID)).startsWith("Saturday 7 October 2023");
    assertThat(text(robot, TimelineView.COUNT_LABEL_ID))
        .startsWith("1 of " + state.dataset().events().size() + " events shown");
    assertThat(mapPixels().showsMarkerAt(doha, colorOf(burns))).as("no marker in Doha on 7 October").isFalse();

    robot.type(KeyCode.RIGHT, 5);

    assertThat(state.currentDay()).isEqualTo(LocalDate.of(2023, 10, 12));
    assertThat(text(robot, TimelineView.DATE_LABEL_ID)).startsWith("Thursday 12 October 2023");
  }

  @Test
  void draggingAlongTheTimelineMovesThroughTime(FxRobot robot) {
    javafx.scene.Node axis = robot.lookup("#" + TimelineView.AXIS_ID).query();
    double width = axis.getLayoutBounds().getWidth();

    robot.drag(onFx(() -> axis.localToScreen(width - 5, 20)), MouseButton.PRIMARY)
        .moveTo(onFx(() -> axis.localToScreen(width / 2, 20))).release(MouseButton.PRIMARY);

    LocalDate day = state.currentDay();
    assertThat(day).isBetween(LocalDate.of(2023, 11, 15), LocalDate.of(2024, 1, 31));
    assertThat(text(robot, TimelineView.DATE_LABEL_ID)).contains(String.valueOf(day.getYear()));
    assertThat(state.visibleEvents().get()).hasSizeLessThan(state.dataset().events().size());
  }

  @Test
  void clickingAMarkerOfOneEventShowsItInTheDetailPane(FxRobot robot) {
    MarkerGroup single = groupsOnScreen().stream().filter(MarkerGroup::isSingleEvent).findFirst().orElseThrow();
    Event event = single.events().get(0);

    robot.clickOn(onFx(() -> map.localToScreen(single.x(), single.y())));

    assertThat(state.selectedEvent()).hasValue(event);
    assertThat(text(robot, DetailPane.TITLE_ID)).isEqualTo(event.title());
    assertThat(text(robot, DetailPane.WHEN_UTC_ID)).contains("UTC");
    assertThat(text(robot, DetailPane.PLACE_ID)).startsWith(event.place().orElseThrow().name());
    assertThat(robot.lookup("#" + DetailPane.SOURCES_ID).queryAs(VBox.class).getChildren())
        .hasSize(event.sources().size());
  }

  @Test
  void clickingAPlaceWithSeveralEventsOffersThemAndShowsTheOneChosen(FxRobot robot) {
    Event burns = event("2024-03-22-burns-joins-doha-talks");
    MarkerGroup doha = onFx(() -> map.groupOf(burns).orElseThrow());
    assertThat(doha.isOnePlace()).isTrue();
    assertThat(doha.events()).hasSizeGreaterThan(1);

    robot.clickOn(onFx(() -> map.localToScreen(doha.x(), doha.y())));

    assertThat(map.picker().isShowing()).isTrue();
    assertThat(map.picker().getItems()).hasSize(doha.events().size());
    String itemText = org.eventmap.domain.TimeText.shortDay(burns.firstLocalDay().orElseThrow()) + " — " + burns.title();
    javafx.scene.Node item = robot.lookup((javafx.scene.Node n) -> n instanceof javafx.scene.control.Labeled l
        && itemText.equals(l.getText())).query();
    robot.clickOn(item);

    assertThat(state.selectedEvent()).hasValue(burns);
    assertThat(text(robot, DetailPane.TITLE_ID)).isEqualTo(burns.title());
  }

  @Test
  void clickingASourceOpensItInTheBrowser(FxRobot robot) {
    Event burns = event("2024-03-22-burns-joins-doha-talks");
    robot.interact(() -> state.select(burns));
    VBox sources = robot.lookup("#" + DetailPane.SOURCES_ID).queryAs(VBox.class);
    // The first source with an address: the seed article's first entry is CNN's report, cited without one.
    Hyperlink first = (Hyperlink) onFx(() -> sources.lookupAll(".hyperlink").iterator().next());
    robot.interact(() -> {
      // Scroll the pane until the link is in view: the sources of this event run past the pane's height.
      DetailPane pane = robot.lookup("#" + DetailPane.ID).queryAs(DetailPane.class);
      javafx.scene.Node content = pane.getContent();
      double top = content.sceneToLocal(first.localToScene(first.getBoundsInLocal())).getMinY();
      double scrollable = content.getBoundsInLocal().getHeight() - pane.getViewportBounds().getHeight();
      pane.setVvalue(scrollable <= 0 ? 0 : Math.min(1, Math.max(0, (top - 20) / scrollable)));
    });
    robot.interact(() -> {});

    robot.clickOn(first);

    assertThat(openedLinks).containsExactly(burns.sources().stream().flatMap(s -> s.url().stream()).findFirst()
        .orElseThrow());
  }

  @Test
  void clickingTheSeaClearsTheSelection(FxRobot robot) {
    robot.interact(() -> state.select(event("2024-03-22-burns-joins-doha-talks")));
    Point2D midAtlantic = onFx(() -> map.localToScreen(
        state.viewport().screenX(org.eventmap.geo.WebMercator.x(-40)),
        state.viewport().screenY(org.eventmap.geo.WebMercator.y(30))));

    robot.clickOn(midAtlantic);

    assertThat(state.selectedEvent()).isEmpty();
    assertThat(text(robot, DetailPane.TITLE_ID)).startsWith("Click a marker");
  }

  @Test
  void selectingAnEventTheTimelineHasNotReachedMovesTheTimelineToIt(FxRobot robot) {
    robot.interact(() -> state.goToDay(LocalDate.of(2023, 10, 7)));
    Event vote = event("2024-03-25-unsc-adopts-resolution-2728");

    robot.interact(() -> state.select(vote));

    assertThat(state.currentDay()).isEqualTo(LocalDate.of(2024, 3, 25));
    MarkerGroup mark = onFx(() -> map.groupOf(vote).orElseThrow());
    assertThat(shows(mapPixels(), mark)).isTrue();
  }
}
