package org.eventmap.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.eventmap.domain.Event;
import org.eventmap.state.AppState;
import org.eventmap.time.TimeWindow;
import org.eventmap.ui.detail.DetailPane;
import org.eventmap.ui.filter.FilterBar;
import org.eventmap.ui.list.EventListView;
import org.eventmap.ui.map.MapView;
import org.eventmap.ui.timeline.TimelineView;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Moving through time, the window of time, the event list, filters and search, all linked. */
@ExtendWith(ApplicationExtension.class)
class TimelineTest {
  private AppState state;
  private MapView map;
  private TimelineView timeline;

  @Start
  void start(Stage stage) {
    TestWindow window = TestWindow.show(stage);
    state = window.state;
    map = window.view.map();
    timeline = (TimelineView) window.view.getBottom();
  }

  private static <T> T onFx(Callable<T> task) {
    return WaitForAsyncUtils.waitFor(WaitForAsyncUtils.asyncFx(task));
  }

  private static void waitUntil(Callable<Boolean> condition) {
    try {
      WaitForAsyncUtils.waitFor(2, TimeUnit.SECONDS, () -> onFx(condition));
    } catch (java.util.concurrent.TimeoutException e) {
      throw new AssertionError("not within 2 s", e);
    }
  }

  private Event event(String id) {
    return state.dataset().event(id).orElseThrow();
  }

  private String text(FxRobot robot, String id) {
    return robot.lookup("#" + id).queryAs(Label.class).getText();
  }

  private List<Event> eventsOnMap() {
    WaitForAsyncUtils.waitForFxEvents();
    return onFx(() -> map.markerGroups().stream().flatMap(m -> m.events().stream()).toList());
  }

  @SuppressWarnings("unchecked")
  private TableView<Event> list(FxRobot robot) {
    return robot.lookup("#" + EventListView.ID).queryAs(TableView.class);
  }

  @Test
  void theNextAndPreviousEventButtonsJumpFromEventToEventAndShowIt(FxRobot robot) {
    robot.interact(() -> state.select(event("2024-03-22-blinken-arrives-tel-aviv")));
    robot.interact(() -> state.goTo(LocalDateTime.of(2024, 3, 22, 10, 0)));

    robot.clickOn("#timeline-next-event");

    Event next = state.selectedEvent().orElseThrow();
    assertThat(next.id()).isNotEqualTo("2024-03-22-blinken-arrives-tel-aviv");
    assertThat(next.firstLocalDay()).isAfterOrEqualTo(LocalDate.of(2024, 3, 22));
    assertThat(text(robot, DetailPane.TITLE_ID)).isEqualTo(next.title());

    robot.clickOn("#timeline-previous-event").clickOn("#timeline-previous-event");

    assertThat(state.selectedEvent().orElseThrow().firstLocalDay()).isBeforeOrEqualTo(LocalDate.of(2024, 3, 22));
  }

  @Test
  void pageDownOnTheTimelineStepsToTheNextEvent(FxRobot robot) {
    robot.interact(() -> state.goToDay(LocalDate.of(2023, 10, 7)));
    robot.clickOn("#timeline-date"); // somewhere neutral
    robot.interact(() -> timeline.axis().requestFocus());

    robot.type(KeyCode.PAGE_DOWN);

    assertThat(state.selectedEvent()).map(Event::id).hasValue("2023-10-12-blinken-arrives-israel");
    assertThat(state.currentDay()).isEqualTo(LocalDate.of(2023, 10, 12));
  }

  @Test
  void playingMovesTheDateForwardUntilPaused(FxRobot robot) {
    robot.interact(() -> {
      state.goToDay(LocalDate.of(2023, 10, 7));
      state.setPlaySpeed(org.eventmap.state.PlaySpeed.WEEK_PER_SECOND);
    });

    robot.clickOn("#timeline-play");
    WaitForAsyncUtils.sleep(700, TimeUnit.MILLISECONDS);
    robot.clickOn("#timeline-play");
    LocalDate paused = state.currentDay();
    WaitForAsyncUtils.sleep(300, TimeUnit.MILLISECONDS);

    assertThat(paused).isAfter(LocalDate.of(2023, 10, 8));
    assertThat(state.currentDay()).isEqualTo(paused);
    assertThat(state.playingProperty().get()).isFalse();
  }

  @Test
  void aMovingWindowShowsOnlyTheLastDaysOnTheMapAndInTheList(FxRobot robot) {
    robot.interact(() -> state.goToDay(LocalDate.of(2024, 3, 22)));
    int everything = state.visibleEvents().get().size();

    robot.interact(() -> state.setWindow(TimeWindow.lastDays(3)));

    List<Event> visible = state.visibleEvents().get();
    assertThat(visible).hasSizeLessThan(everything)
        .noneMatch(e -> e.lastLocalDay().isBefore(LocalDate.of(2024, 3, 19)));
    assertThat(eventsOnMap()).containsExactlyInAnyOrderElementsOf(visible);
    // Several changes within a quarter of a second: the list follows at the end of it.
    waitUntil(() -> list(robot).getItems().size() == visible.size());
    assertThat(onFx(() -> List.copyOf(list(robot).getItems()))).containsExactlyInAnyOrderElementsOf(visible);
    assertThat(text(robot, TimelineView.COUNT_LABEL_ID)).contains("the last 3 days");
    assertThat(robot.lookup("#timeline-window-days").query().isVisible()).isTrue();
  }

  @Test
  void theWindowModeIsChosenInTheTimelineControls(FxRobot robot) {
    robot.clickOn("#timeline-window-mode").clickOn(TimeWindow.Mode.MOVING.label());

    assertThat(state.window().mode()).isEqualTo(TimeWindow.Mode.MOVING);
    assertThat(state.window().days()).isEqualTo(7);
  }

  @Test
  void typingADateJumpsThere(FxRobot robot) {
    robot.clickOn("#timeline-go-to").write("25/03/2024").type(KeyCode.ENTER);

    assertThat(state.currentDay()).isEqualTo(LocalDate.of(2024, 3, 25));
    assertThat(text(robot, TimelineView.DATE_LABEL_ID)).startsWith("Monday 25 March 2024");
  }

  @Test
  void choosingARowInTheListSelectsTheEventOnTheMapAndInTheDetailPane(FxRobot robot) {
    TableView<Event> list = list(robot);
    // The rows follow the timeline a few times a second: wait for them as a person would.
    waitUntil(() -> list.getItems().size() > 2);
    Event third = onFx(() -> list.getItems().get(2));
    Node row = robot.lookup(".table-row-cell").nth(2).query();

    robot.clickOn(row);

    assertThat(state.selectedEvent()).hasValue(third);
    assertThat(text(robot, DetailPane.TITLE_ID)).isEqualTo(third.title());
  }

  @Test
  void afterAFastScrubTheListHoldsWhatTheMapShows(FxRobot robot) {
    TableView<Event> list = list(robot);
    for (int day = 10; day <= 24; day++) {
      LocalDate date = LocalDate.of(2024, 3, day);
      robot.interact(() -> state.goToDay(date));
    }
    List<Event> shown = onFx(() -> List.copyOf(state.visibleEvents().get()));
    assertThat(shown).extracting(Event::id).contains("2024-03-22-unsc-vote-us-draft-vetoed")
        .doesNotContain("2024-03-25-unsc-adopts-resolution-2728");
    waitUntil(() -> list.getItems().size() == shown.size());
    assertThat(onFx(() -> List.copyOf(list.getItems()))).containsExactlyInAnyOrderElementsOf(shown);
  }

  @Test
  void selectingOnTheMapSelectsTheRowInTheList(FxRobot robot) {
    Event vote = event("2024-03-22-unsc-vote-us-draft-vetoed");
    robot.interact(() -> state.select(vote));
    assertThat(list(robot).getSelectionModel().getSelectedItem()).isEqualTo(vote);
  }

  @Test
  void clickingAMarkOnTheTimelineSelectsItsEvent(FxRobot robot) {
    Event attack = event("2023-10-07-hamas-attack-on-israel");
    Point2D mark = onFx(() -> timeline.localToScreen(timeline.markPosition(attack)));

    robot.clickOn(mark);

    assertThat(state.selectedEvent()).hasValue(attack);
  }

  @Test
  void searchingNarrowsTheMapTheListAndTheCount(FxRobot robot) {
    robot.clickOn("#" + FilterBar.SEARCH_ID).write("veto").type(KeyCode.ENTER);

    List<Event> visible = state.visibleEvents().get();
    assertThat(visible).isNotEmpty()
        .allMatch(e -> (e.title() + e.summary()).toLowerCase().contains("veto"));
    assertThat(eventsOnMap()).containsExactlyInAnyOrderElementsOf(visible);
    assertThat(list(robot).getItems()).containsExactlyInAnyOrderElementsOf(visible);
    assertThat(robot.lookup("#filter-count").queryAs(Label.class).getText()).matches("\\d+ of 40 events match");

    robot.clickOn("#filter-clear");
    assertThat(state.filteredEvents().get()).hasSize(40);
  }

  @Test
  void theActorFilterKeepsOnlyThatActorsEvents(FxRobot robot) {
    String burns = state.actors().stream().filter(a -> a.startsWith("Bill Burns")).findFirst().orElseThrow();

    robot.clickOn("#" + FilterBar.ACTOR_ID).clickOn(burns);

    assertThat(state.filteredEvents().get()).isNotEmpty().allMatch(e -> e.actors().contains(burns));
    assertThat(eventsOnMap()).allMatch(e -> e.actors().contains(burns));
  }

  @Test
  void ctrlFPutsTheCursorInTheSearchBox(FxRobot robot) {
    robot.clickOn("#timeline-date");
    robot.press(KeyCode.CONTROL).type(KeyCode.F).release(KeyCode.CONTROL);
    assertThat(robot.lookup("#" + FilterBar.SEARCH_ID).query().isFocused()).isTrue();
  }
}
