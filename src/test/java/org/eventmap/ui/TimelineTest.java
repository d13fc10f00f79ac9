package org.eventmap.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
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
import org.eventmap.io.Problem;
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
    assertThat(next.firstLocalDay().orElseThrow()).isAfterOrEqualTo(LocalDate.of(2024, 3, 22));
    assertThat(text(robot, DetailPane.TITLE_ID)).isEqualTo(next.title());

    robot.clickOn("#timeline-previous-event").clickOn("#timeline-previous-event");

    assertThat(state.selectedEvent().orElseThrow().firstLocalDay().orElseThrow()).isBeforeOrEqualTo(LocalDate.of(2024, 3, 22));
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
        .noneMatch(e -> e.lastLocalDay().orElseThrow().isBefore(LocalDate.of(2024, 3, 19)));
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
    assertThat(robot.lookup("#filter-count").queryAs(Label.class).getText()).matches("\\d+ of 41 events match");

    robot.clickOn("#filter-clear");
    assertThat(state.filteredEvents().get()).hasSize(41);
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

  // ---- typed dates (issue 11, item 3) -------------------------------------------------------------

  private DatePicker picker(FxRobot robot, String id) {
    return robot.lookup("#" + id).queryAs(DatePicker.class);
  }

  private void typeInto(FxRobot robot, String id, String text) {
    DatePicker box = picker(robot, id);
    robot.clickOn(box.getEditor());
    robot.interact(() -> box.getEditor().selectAll());
    robot.write(text).type(KeyCode.ENTER);
  }

  @Test
  void aTypedDateThatCannotBeReadIsExplainedBesideTheBoxAndKeptForCorrecting(FxRobot robot) {
    robot.interact(() -> state.goToDay(LocalDate.of(2024, 3, 22)));

    typeInto(robot, "timeline-go-to", "2024-13-45");

    assertThat(state.currentDay()).isEqualTo(LocalDate.of(2024, 3, 22));
    assertThat(picker(robot, "timeline-go-to").getEditor().getText()).isEqualTo("2024-13-45");
    Label problem = robot.lookup("#" + TimelineView.GO_TO_PROBLEM_ID).queryAs(Label.class);
    assertThat(problem.getText()).isEqualTo("Could not read “2024-13-45” as a date: month 13 does not exist");
    assertThat(problem.isVisible()).isTrue();
    javafx.geometry.Bounds box = onFx(() -> picker(robot, "timeline-go-to").localToScene(
        picker(robot, "timeline-go-to").getLayoutBounds()));
    javafx.geometry.Bounds message = onFx(() -> problem.localToScene(problem.getLayoutBounds()));
    assertThat(box.getMinX() - message.getMaxX()).as("the message is right beside the box").isBetween(0.0, 20.0);
    assertThat(message.getCenterY()).isCloseTo(box.getCenterY(), org.assertj.core.data.Offset.offset(6.0));

    typeInto(robot, "timeline-go-to", "2024-03-13");

    assertThat(state.currentDay()).isEqualTo(LocalDate.of(2024, 3, 13));
    assertThat(problem.getText()).isEmpty();
  }

  @Test
  void datesWrittenWithMonthNamesOrWithoutAYearAreRead(FxRobot robot) {
    robot.interact(() -> state.goToDay(LocalDate.of(2023, 12, 1)));
    for (var typed : List.of("March 22, 2024", "Mar 20 2024", "22/01/2024", "2024-02-05", "5 Jan")) {
      typeInto(robot, "timeline-go-to", typed);
      assertThat(text(robot, TimelineView.GO_TO_PROBLEM_ID)).as(typed).isEmpty();
      assertThat(state.currentDay()).as(typed).isEqualTo(switch (typed) {
        case "March 22, 2024" -> LocalDate.of(2024, 3, 22);
        case "Mar 20 2024" -> LocalDate.of(2024, 3, 20);
        case "22/01/2024" -> LocalDate.of(2024, 1, 22);
        case "2024-02-05" -> LocalDate.of(2024, 2, 5);
        default -> LocalDate.of(2024, 1, 5);
      });
    }
  }

  @Test
  void aMissingYearMeansTheYearOfTheTimelinesDate(FxRobot robot) {
    robot.interact(() -> state.goToDay(LocalDate.of(2023, 12, 1)));

    typeInto(robot, "timeline-go-to", "22 Oct");

    assertThat(state.currentDay()).isEqualTo(LocalDate.of(2023, 10, 22));
  }

  @Test
  void numbersThatCannotBeDayFirstAreReadMonthFirstAndTheBarSaysSo(FxRobot robot) {
    typeInto(robot, "timeline-go-to", "03/22/2024");

    assertThat(state.currentDay()).isEqualTo(LocalDate.of(2024, 3, 22));
    assertThat(text(robot, TimelineView.GO_TO_PROBLEM_ID))
        .isEqualTo("Read “03/22/2024” month first, as 22 March 2024, since there is no month 22.");
  }

  @Test
  void theCalendarOpensOnTheTimelinesDateNotOnToday(FxRobot robot) {
    robot.interact(() -> state.goToDay(LocalDate.of(2023, 10, 12)));

    robot.clickOn((Node) robot.lookup("#timeline-go-to .arrow-button").query());

    List<String> shown = robot.lookup(".date-picker-popup .month-year-pane .spinner-label").queryAllAs(Label.class)
        .stream().map(Label::getText).toList();
    robot.type(KeyCode.ESCAPE);
    assertThat(shown).contains("October", "2023");
    assertThat(state.currentDay()).isEqualTo(LocalDate.of(2023, 10, 12));
    assertThat(picker(robot, "timeline-go-to").getValue()).as("the box is empty again").isNull();
  }

  // ---- the range window (item 4) -------------------------------------------------------------------

  @Test
  void theRangeBoxesShowAndTakeIsoDates(FxRobot robot) {
    robot.interact(() -> state.setWindow(TimeWindow.range(LocalDate.of(2024, 3, 18), LocalDate.of(2024, 3, 24))));
    assertThat(picker(robot, "timeline-range-start").getEditor().getText()).isEqualTo("2024-03-18");
    assertThat(picker(robot, "timeline-range-end").getEditor().getText()).isEqualTo("2024-03-24");

    typeInto(robot, "timeline-range-start", "2024-03-10");

    assertThat(state.window().rangeStart()).isEqualTo(LocalDate.of(2024, 3, 10).atStartOfDay());
    assertThat(picker(robot, "timeline-range-start").getEditor().getText()).isEqualTo("2024-03-10");

    DatePicker end = picker(robot, "timeline-range-end");
    robot.clickOn(end.getEditor());
    robot.interact(() -> end.getEditor().selectAll());
    robot.write("20 March 2024").type(KeyCode.TAB); // leaving the box applies it

    assertThat(state.window().rangeEnd()).isEqualTo(LocalDate.of(2024, 3, 21).atStartOfDay());
  }

  @Test
  void aRangeThatEndsBeforeItStartsIsExplained(FxRobot robot) {
    robot.interact(() -> state.setWindow(TimeWindow.range(LocalDate.of(2024, 3, 18), LocalDate.of(2024, 3, 24))));

    typeInto(robot, "timeline-range-end", "2024-03-16");

    assertThat(state.window()).isEqualTo(TimeWindow.range(LocalDate.of(2024, 3, 18), LocalDate.of(2024, 3, 24)));
    assertThat(text(robot, TimelineView.GO_TO_PROBLEM_ID)).isEqualTo("The range cannot end on 16 Mar 2024, before it"
        + " starts on 18 Mar 2024: the map still shows 18 Mar 2024 – 24 Mar 2024");

    typeInto(robot, "timeline-range-end", "2024-03-20");

    assertThat(state.window()).isEqualTo(TimeWindow.range(LocalDate.of(2024, 3, 18), LocalDate.of(2024, 3, 20)));
    assertThat(text(robot, TimelineView.GO_TO_PROBLEM_ID)).isEmpty();
  }

  @Test
  void aBadDateInARangeBoxIsExplainedAndKept(FxRobot robot) {
    robot.interact(() -> state.setWindow(TimeWindow.range(LocalDate.of(2024, 3, 18), LocalDate.of(2024, 3, 24))));

    typeInto(robot, "timeline-range-start", "31/02/2024");

    assertThat(state.window().rangeStart()).isEqualTo(LocalDate.of(2024, 3, 18).atStartOfDay());
    assertThat(picker(robot, "timeline-range-start").getEditor().getText()).isEqualTo("31/02/2024");
    assertThat(text(robot, TimelineView.GO_TO_PROBLEM_ID))
        .isEqualTo("Could not read “31/02/2024” as the first day of the range: February 2024 has 29 days");
  }

  @Test
  void inARangeTheHeaderSaysTheRangeNotADateOutsideIt(FxRobot robot) {
    robot.interact(() -> {
      state.goToDay(LocalDate.of(2024, 4, 2));
      state.setWindow(TimeWindow.range(LocalDate.of(2024, 3, 18), LocalDate.of(2024, 3, 24)));
    });
    assertThat(text(robot, TimelineView.DATE_LABEL_ID)).isEqualTo("18 – 24 March 2024");

    robot.interact(() -> state.setWindow(TimeWindow.range(LocalDate.of(2023, 12, 28), LocalDate.of(2024, 1, 3))));
    // In full when it fits the header, else with short month names.
    assertThat(text(robot, TimelineView.DATE_LABEL_ID)).isIn("28 December 2023 – 3 January 2024",
        "28 Dec 2023 – 3 Jan 2024");

    robot.interact(() -> state.setWindow(TimeWindow.cumulative()));
    assertThat(text(robot, TimelineView.DATE_LABEL_ID)).isEqualTo("Tuesday 2 April 2024");
  }

  /** Every Labeled in a node whose text is drawn cut ("…"), with the text it should show. */
  private static List<String> squeezed(Node root) {
    List<String> cut = new java.util.ArrayList<>();
    for (Node n : root.lookupAll("*")) {
      if (n instanceof Labeled labeled && labeled.isVisible() && labeled.getText() != null
          && !labeled.getText().isBlank()) {
        for (Node child : labeled.getChildrenUnmodifiable()) {
          if (child instanceof javafx.scene.text.Text drawn && !drawn.getText().equals(labeled.getText())) {
            cut.add((labeled.getId() == null ? labeled.getClass().getSimpleName() : labeled.getId()) + ": “"
                + labeled.getText() + "” drawn as “" + drawn.getText() + "”");
          }
        }
      }
    }
    return cut;
  }

  @Test
  void nothingInTheBarIsSqueezedToDotsAt1280PixelsInAnyWindowModeOrWithTheProblemBanner(FxRobot robot) {
    assertThat(timeline.getScene().getWidth()).isEqualTo(1280);
    robot.interact(() -> state.report("/home/someone/Documents/datasets/an-unusually-long-folder-name/and-another"
        + "/the-events-of-a-long-project-named-at-length.json", List.of(new Problem(Problem.Severity.ERROR,
        "x.json", 2, 45, "a place: latitude 123 is outside [-90, 90]"))));
    // The longest header: a Wednesday in November with a time, and a problem beside the date box.
    robot.interact(() -> state.goTo(LocalDateTime.of(2023, 11, 29, 12, 29)));
    typeInto(robot, "timeline-go-to", "32 Sept");
    assertThat(text(robot, TimelineView.GO_TO_PROBLEM_ID)).isNotEmpty();
    Node banner = robot.lookup("#problem-banner").query();
    assertThat(banner.isVisible()).isTrue();

    for (TimeWindow window : List.of(TimeWindow.cumulative(), TimeWindow.lastDays(7),
        TimeWindow.range(LocalDate.of(2023, 11, 28), LocalDate.of(2023, 12, 24)))) {
      robot.interact(() -> state.setWindow(window));
      WaitForAsyncUtils.waitForFxEvents();
      assertThat(onFx(() -> squeezed(timeline))).as(window.describe()).isEmpty();
      assertThat(onFx(() -> squeezed(banner))).as(window.describe()).isEmpty();
      javafx.geometry.Bounds bar = onFx(() -> timeline.localToScene(timeline.getLayoutBounds()));
      for (String id : List.of("timeline-go-to", "timeline-range-end", "timeline-window-mode")) {
        Node control = robot.lookup("#" + id).query();
        if (control.isVisible()) {
          assertThat(onFx(() -> control.localToScene(control.getLayoutBounds()).getMaxX()))
              .as(id + " is within the window").isLessThanOrEqualTo(bar.getMaxX());
        }
      }
    }
  }

  // ---- controls that show the state and change it (issue 12) ---------------------------------------

  @Test
  void windowsSetElsewhereAreShownByTheControlsWithoutTheControlsSettingOthers(FxRobot robot) {
    List<TimeWindow> set = List.of(TimeWindow.lastDays(3), TimeWindow.range(LocalDate.of(2024, 3, 18),
        LocalDate.of(2024, 3, 24)), TimeWindow.range(LocalDate.of(2024, 3, 10), LocalDate.of(2024, 3, 20)),
        TimeWindow.lastDays(5), TimeWindow.cumulative(), TimeWindow.range(LocalDate.of(2023, 10, 7),
        LocalDate.of(2023, 10, 20)), TimeWindow.lastDays(3));
    List<TimeWindow> seen = new java.util.ArrayList<>();
    robot.interact(() -> state.windowProperty().addListener((obs, old, w) -> seen.add(w)));

    for (TimeWindow window : set) {
      robot.interact(() -> state.setWindow(window));
      WaitForAsyncUtils.waitForFxEvents();
      assertThat(robot.lookup("#timeline-window-mode").queryAs(javafx.scene.control.ChoiceBox.class).getValue())
          .isEqualTo(window.mode());
    }

    assertThat(seen).as("each window once, as set").containsExactlyElementsOf(set);
    assertThat(picker(robot, "timeline-range-start").getValue()).isEqualTo(LocalDate.of(2023, 10, 7));
    assertThat(picker(robot, "timeline-range-end").getValue()).isEqualTo(LocalDate.of(2023, 10, 20));
  }

  @Test
  void openingTheCalendarOnATypedDayDoesNotGoThere(FxRobot robot) {
    robot.interact(() -> state.goToDay(LocalDate.of(2024, 3, 22)));
    DatePicker box = picker(robot, "timeline-go-to");
    robot.clickOn(box.getEditor()).write("2023-11-02");

    robot.clickOn((Node) robot.lookup("#timeline-go-to .arrow-button").query());

    List<String> shown = robot.lookup(".date-picker-popup .month-year-pane .spinner-label").queryAllAs(Label.class)
        .stream().map(Label::getText).toList();
    robot.type(KeyCode.ESCAPE);
    assertThat(shown).as("the calendar opens on the typed day").contains("November", "2023");
    assertThat(state.currentDay()).as("and the timeline stays").isEqualTo(LocalDate.of(2024, 3, 22));
  }

  // ---- a header that keeps its width (item 7) ------------------------------------------------------

  @Test
  void theControlsRightOfTheHeaderStayPutWhenTheTimeAppearsAndBetweenDates(FxRobot robot) {
    List<LocalDateTime> moments = List.of(LocalDateTime.of(2024, 3, 22, 23, 59, 59), LocalDateTime.of(2024, 3, 22, 12, 29),
        LocalDateTime.of(2023, 11, 29, 12, 29), LocalDateTime.of(2023, 10, 7, 23, 59, 59),
        LocalDateTime.of(2024, 1, 1, 0, 0));
    java.util.Set<List<Double>> positions = new java.util.HashSet<>();
    for (LocalDateTime moment : moments) {
      robot.interact(() -> state.goTo(moment));
      WaitForAsyncUtils.waitForFxEvents();
      positions.add(onFx(() -> List.of("timeline-previous-event", "timeline-play", "timeline-next-event",
          "timeline-speed", "timeline-window-mode").stream()
          .map(id -> robot.lookup("#" + id).query().localToScene(0, 0).getX()).toList()));
    }
    robot.interact(() -> state.play());
    WaitForAsyncUtils.waitForFxEvents();
    positions.add(onFx(() -> List.of("timeline-previous-event", "timeline-play", "timeline-next-event",
        "timeline-speed", "timeline-window-mode").stream()
        .map(id -> robot.lookup("#" + id).query().localToScene(0, 0).getX()).toList()));
    robot.interact(() -> state.pause());

    assertThat(positions).as("one position for every date and time, playing or not").hasSize(1);
  }

  // ---- smaller items (item 11) ---------------------------------------------------------------------

  @Test
  void clickingTheBarAboveAMarkSelectsItsEventToo(FxRobot robot) {
    Event attack = event("2023-10-07-hamas-attack-on-israel");
    Point2D barTop = onFx(() -> timeline.localToScreen(timeline.markBarTop(attack).add(0, 3)));

    robot.clickOn(barTop);

    assertThat(state.selectedEvent()).hasValue(attack);
    assertThat(state.currentDay()).as("the date moves there, as with any click on the axis")
        .isEqualTo(LocalDate.of(2023, 10, 7));
  }

  @Test
  void clickingAboveAnEmptyStretchOfTheAxisStillMovesTheDate(FxRobot robot) {
    Node axis = robot.lookup("#" + TimelineView.AXIS_ID).query();
    double width = onFx(() -> axis.getLayoutBounds().getWidth());

    robot.clickOn(onFx(() -> axis.localToScreen(width * 0.42, 12)));

    assertThat(state.selectedEvent()).isEmpty();
    assertThat(state.currentDay()).isBetween(LocalDate.of(2023, 12, 1), LocalDate.of(2024, 1, 31));
  }

  @Test
  void tickLabelsAreNeverCutAtTheEdgesOfTheAxis(FxRobot robot) {
    double width = onFx(() -> timeline.axis().getWidth());
    robot.interact(() -> state.goTo(LocalDateTime.of(2024, 1, 1, 5, 0)));
    for (double zoom : new double[] {1, 1.3, 2, 3, 5, 9, 20, 60, 200, 900}) {
      robot.interact(() -> timeline.zoomAxis(zoom));
      WaitForAsyncUtils.waitForFxEvents();
      for (javafx.geometry.Bounds label : onFx(timeline::tickLabelBounds)) {
        assertThat(label.getMinX()).as("zoom " + zoom).isGreaterThanOrEqualTo(0);
        assertThat(label.getMaxX()).as("zoom " + zoom).isLessThanOrEqualTo(width);
      }
      assertThat(onFx(timeline::tickLabelBounds)).as("zoom " + zoom).hasSizeGreaterThanOrEqualTo(2);
    }
  }

  @Test
  void theCountLineWritesThousandsWithSeparators(FxRobot robot) throws Exception {
    java.nio.file.Path file = java.nio.file.Files.createTempFile("eventmap-count", ".json");
    try {
      org.eventmap.bench.SyntheticDataset.main(new String[] {"--events", "12000", "--out", file.toString()});
      var load = org.eventmap.io.DatasetReader.read(file);
      robot.interact(() -> state.applyLoad(load));
      robot.interact(() -> state.goTo(state.lastTime()));

      assertThat(text(robot, TimelineView.COUNT_LABEL_ID)).startsWith("12,000 of 12,000 events shown");
    } finally {
      java.nio.file.Files.deleteIfExists(file);
    }
  }
}
