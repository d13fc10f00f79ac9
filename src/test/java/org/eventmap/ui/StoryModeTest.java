package org.eventmap.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import javafx.geometry.Point2D;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.stage.Stage;
import org.eventmap.domain.Event;
import org.eventmap.domain.GeoPoint;
import org.eventmap.domain.Story;
import org.eventmap.domain.StoryStep;
import org.eventmap.geo.Viewport;
import org.eventmap.geo.WebMercator;
import org.eventmap.state.AppState;
import org.eventmap.time.WallClock;
import org.eventmap.ui.detail.DetailPane;
import org.eventmap.ui.map.MapView;
import org.eventmap.ui.story.StoryBar;
import org.eventmap.ui.timeline.TimelineView;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** View ▸ Story on the curated dataset: stepping through Blinken's sixth trip as a reader does. */
@ExtendWith(ApplicationExtension.class)
class StoryModeTest {
  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.UK);

  private AppState state;
  private MainView view;
  private MapView map;

  @Start
  void start(Stage stage) {
    TestWindow window = TestWindow.show(stage);
    state = window.state;
    view = window.view;
    map = view.map();
  }

  private static <T> T onFx(Callable<T> task) {
    return WaitForAsyncUtils.waitFor(WaitForAsyncUtils.asyncFx(task));
  }

  private Story trip() {
    return state.dataset().story("blinken-sixth-trip").orElseThrow();
  }

  private Event eventOf(StoryStep step) {
    return state.dataset().event(step.eventId()).orElseThrow();
  }

  private static String text(FxRobot robot, String id) {
    return robot.lookup("#" + id).queryAs(Label.class).getText();
  }

  private Button button(FxRobot robot, String id) {
    return robot.lookup("#" + id).queryAs(Button.class);
  }

  /** The map comes to rest (a flight lasts at most a second). */
  private void waitForTheMapToRest() throws Exception {
    WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> onFx(() -> !state.viewportModel().flying()));
    WaitForAsyncUtils.waitForFxEvents();
  }

  private boolean mapShows(GeoPoint p) {
    return onFx(() -> {
      Viewport v = state.viewport();
      double x = v.screenX(v.nearestCopyX(WebMercator.x(p.lon())));
      double y = v.screenY(WebMercator.y(p.lat()));
      return x >= 0 && x <= map.getWidth() && y >= 0 && y <= map.getHeight();
    });
  }

  private void altType(FxRobot robot, KeyCode key) {
    robot.press(KeyCode.ALT).type(key).release(KeyCode.ALT);
  }

  private void startTheStory(FxRobot robot) throws Exception {
    robot.interact(() -> view.actions().get("story").handler().run());
    waitForTheMapToRest();
  }

  /** What a reader sees at step k (from 1) of the trip: map, timeline, detail pane and bar agree. */
  private void assertShowsStep(FxRobot robot, int k) {
    Story trip = trip();
    StoryStep step = trip.steps().get(k - 1);
    Event event = eventOf(step);
    LocalDate day = WallClock.start(event).toLocalDate();
    assertThat(text(robot, StoryBar.POSITION_ID)).isEqualTo("Step " + k + " of " + trip.steps().size());
    assertThat(text(robot, StoryBar.TITLE_ID)).isEqualTo(trip.title());
    assertThat(state.selectedEvent()).as("step %d", k).contains(event);
    assertThat(mapShows(event.place().orElseThrow().location())).as("step %d: %s on the map", k, event.id()).isTrue();
    assertThat(state.currentDay()).as("step %d", k).isEqualTo(day);
    assertThat(text(robot, TimelineView.DATE_LABEL_ID)).isEqualTo(DAY.format(day));
    assertThat(text(robot, DetailPane.TITLE_ID)).isEqualTo(event.title());
    assertThat(text(robot, DetailPane.STORY_CAPTION_ID)).isEqualTo(step.caption());
    assertThat(robot.lookup("#" + DetailPane.STORY_ID).query().isVisible()).isTrue();
    assertThat(button(robot, StoryBar.PREVIOUS_ID).isDisabled()).as("Previous at step %d", k).isEqualTo(k == 1);
    assertThat(button(robot, StoryBar.NEXT_ID).isDisabled()).as("Next at step %d", k)
        .isEqualTo(k == trip.steps().size());
  }

  @Test
  void theCuratedTripIsSteppedThroughWithTheKeysFromJeddahToTheVotesInNewYork(FxRobot robot) throws Exception {
    assertThat(robot.lookup("#" + StoryBar.ID).query().isVisible()).as("no story yet").isFalse();
    startTheStory(robot);
    assertThat(robot.lookup("#" + StoryBar.ID).query().isVisible()).isTrue();
    int steps = trip().steps().size();

    assertShowsStep(robot, 1);
    for (int k = 2; k <= steps; k++) {
      altType(robot, KeyCode.RIGHT);
      waitForTheMapToRest();
      assertShowsStep(robot, k);
    }
    altType(robot, KeyCode.RIGHT);
    assertShowsStep(robot, steps); // nothing after the last step

    altType(robot, KeyCode.LEFT);
    waitForTheMapToRest();
    assertShowsStep(robot, steps - 1);
  }

  @Test
  void theBarsButtonsStepToo(FxRobot robot) throws Exception {
    startTheStory(robot);
    robot.clickOn("#" + StoryBar.NEXT_ID);
    waitForTheMapToRest();
    assertShowsStep(robot, 2);
    robot.clickOn("#" + StoryBar.PREVIOUS_ID);
    waitForTheMapToRest();
    assertShowsStep(robot, 1);
  }

  @Test
  void escapeLeavesTheStoryAndKeepsTheSelectionEvenWithTheMapFocused(FxRobot robot) throws Exception {
    startTheStory(robot);
    altType(robot, KeyCode.RIGHT);
    waitForTheMapToRest();
    Event second = eventOf(trip().steps().get(1));
    robot.interact(() -> map.requestFocus());

    robot.type(KeyCode.ESCAPE);

    assertThat(state.story().active()).isFalse();
    assertThat(robot.lookup("#" + StoryBar.ID).query().isVisible()).isFalse();
    assertThat(state.selectedEvent()).as("the selection stays").contains(second);
    assertThat(robot.lookup("#" + DetailPane.STORY_ID).query().isVisible()).as("no caption outside the story")
        .isFalse();

    robot.type(KeyCode.ESCAPE); // outside a story, Escape on the map is what it was: clear the selection
    assertThat(state.selectedEvent()).isEmpty();
  }

  @Test
  void theCloseButtonLeavesTheStory(FxRobot robot) throws Exception {
    startTheStory(robot);
    robot.clickOn("#" + StoryBar.CLOSE_ID);
    assertThat(state.story().active()).isFalse();
    assertThat(state.selectedEvent()).contains(eventOf(trip().steps().get(0)));
  }

  @Test
  void theStoryMenuItemsAreThereAndOnlyUsableWhenTheyCanBe(FxRobot robot) {
    MenuItem story = menuItem(robot, "menu-story");
    MenuItem next = menuItem(robot, "menu-story-next");
    assertThat(story.isDisable()).as("the curated dataset has a story").isFalse();
    assertThat(next.isDisable()).as("no story being read").isTrue();
    robot.interact(() -> state.startStory(trip()));
    assertThat(next.isDisable()).isFalse();
  }

  private MenuItem menuItem(FxRobot robot, String id) {
    javafx.scene.control.MenuBar bar = robot.lookup((javafx.scene.Node n) -> n instanceof javafx.scene.control.MenuBar)
        .queryAs(javafx.scene.control.MenuBar.class);
    return bar.getMenus().stream().flatMap(m -> m.getItems().stream()).filter(i -> id.equals(i.getId()))
        .findFirst().orElseThrow();
  }

  @Test
  void aStepWhoseEventTheFiltersHideIsShownAndTheBarSaysSo(FxRobot robot) throws Exception {
    Event first = eventOf(trip().steps().get(0));
    robot.interact(() -> state.showCategory(first.category().id(), false));

    startTheStory(robot);

    assertThat(state.selectedEvent()).contains(first);
    assertThat(robot.lookup("#" + StoryBar.NOTE_ID).query().isVisible()).isTrue();
    assertThat(text(robot, StoryBar.NOTE_ID)).contains("hidden by the filters");
  }

  /** A clock whose frames come only when the test gives them, to hold a flight in mid-air. */
  private static final class HeldClock implements org.eventmap.state.FrameClock {
    java.util.function.LongConsumer frames;

    @Override
    public void start(java.util.function.LongConsumer onFrame) {
      frames = onFrame;
    }

    @Override
    public void stop() {
      frames = null;
    }

    void frameAt(double seconds) {
      if (frames != null) {
        frames.accept(Math.round(seconds * 1e9));
      }
    }
  }

  @Test
  void aDragOnTheMapDuringAFlightEndsItWhereThePersonLeftIt(FxRobot robot) throws Exception {
    HeldClock flights = new HeldClock();
    AppState held = new AppState(javafx.application.Platform::runLater, org.eventmap.state.FrameClock.pulses(),
        flights);
    robot.interact(() -> {
      MainView other = new MainView(held, org.eventmap.ui.map.BasemapLibrary.loadedNow(), new MainView.Actions() {});
      map.getScene().setRoot(other);
      map = other.map();
      held.applyLoad(org.eventmap.app.DatasetSources.readCurated());
    });
    WaitForAsyncUtils.waitForFxEvents();
    robot.interact(() -> {
      held.showView(-73.97, 40.75, 256 * 16); // New York, far from the first step's Doha
      held.startStory(held.dataset().story("blinken-sixth-trip").orElseThrow());
      flights.frameAt(10);
      flights.frameAt(10.25);
    });
    Viewport midway = held.viewport();
    assertThat(held.viewportModel().flying()).as("in mid-air").isTrue();

    Point2D from = onFx(() -> map.localToScreen(300, 300));
    robot.drag(from, MouseButton.PRIMARY).moveBy(60, 0).release(MouseButton.PRIMARY);
    WaitForAsyncUtils.waitForFxEvents();
    Viewport left = held.viewport();
    robot.interact(() -> {
      flights.frameAt(10.5);
      flights.frameAt(12);
    });

    assertThat(held.viewportModel().flying()).isFalse();
    assertThat(left.centerX()).as("the drag moved the map").isNotEqualTo(midway.centerX());
    assertThat(held.viewport()).as("the flight did not take the map on").isEqualTo(left);
  }
}
