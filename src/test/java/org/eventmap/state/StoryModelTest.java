package org.eventmap.state;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.eventmap.domain.Dataset;
import org.eventmap.domain.Event;
import org.eventmap.domain.GeoPoint;
import org.eventmap.domain.Story;
import org.eventmap.domain.StoryStep;
import org.eventmap.geo.Viewport;
import org.eventmap.geo.WebMercator;
import org.eventmap.io.LoadResult;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Stepping through a story: where each step puts the timeline, the selection and the map. */
class StoryModelTest {
  /** A story over the curated events, built here so that it does not depend on how a file is read. */
  static final Story TRIP = new Story("trip", "A trip", "", List.of(
      new StoryStep("2024-03-20-blinken-in-jeddah", "First stop."),
      new StoryStep("2024-03-21-blinken-in-cairo", "Second stop."),
      new StoryStep("2024-03-22-blinken-arrives-tel-aviv", "Arrival, given to the minute."),
      new StoryStep("2024-03-22-unsc-vote-us-draft-vetoed", "Meanwhile in New York."),
      new StoryStep("2024-03-22-burns-joins-doha-talks", "")));
  static final Dataset WITH_TRIP = Curated.DATASET.withErasAndStories(List.of(), List.of(TRIP));

  private final Curated.ManualClock playback = new Curated.ManualClock();
  private final Curated.ManualClock flights = new Curated.ManualClock();
  private final AppState state = new AppState(Runnable::run, playback, flights);
  private final StoryModel story = state.story();

  @BeforeEach
  void showTheDatasetWithTheTripInAMapOf1000By700() {
    state.resizeMap(1000, 700);
    state.applyLoad(new LoadResult("curated", Optional.of(WITH_TRIP), List.of()));
  }

  private Event event(String id) {
    return WITH_TRIP.event(id).orElseThrow();
  }

  private static boolean onScreen(Viewport v, GeoPoint p) {
    double x = v.screenX(v.nearestCopyX(WebMercator.x(p.lon())));
    double y = v.screenY(WebMercator.y(p.lat()));
    return x >= 0 && x <= v.width() && y >= 0 && y <= v.height();
  }

  private GeoPoint placeOf(String id) {
    return event(id).place().orElseThrow().location();
  }

  /** Lets a flight run to its end, as the frames of a second would. */
  private void flyAll() {
    for (double t = 0; t <= 1.2 && flights.running(); t += 1 / 60.0) {
      flights.frameAt(100 + t);
    }
  }

  @Test
  void startingAStoryShowsItsFirstStepSelectedOnItsDayAndFliesToItsPlace() {
    state.startStory(TRIP);
    flyAll();

    assertThat(story.active()).isTrue();
    assertThat(story.stepIndex()).isZero();
    assertThat(state.selectedEvent()).contains(event("2024-03-20-blinken-in-jeddah"));
    assertThat(state.currentDay()).isEqualTo(LocalDate.of(2024, 3, 20));
    assertThat(onScreen(state.viewport(), placeOf("2024-03-20-blinken-in-jeddah"))).isTrue();
    assertThat(state.isVisible(event("2024-03-20-blinken-in-jeddah"))).as("on the map at that time").isTrue();
  }

  @Test
  void nextAndPreviousWalkTheStepsAndStopAtItsEnds() {
    state.startStory(TRIP);
    assertThat(story.hasPrevious()).isFalse();
    assertThat(state.previousStoryStep()).as("nothing before the first step").isFalse();

    assertThat(state.nextStoryStep()).isTrue();
    flyAll();
    assertThat(state.selectedEvent()).contains(event("2024-03-21-blinken-in-cairo"));
    assertThat(state.currentDay()).isEqualTo(LocalDate.of(2024, 3, 21));
    assertThat(onScreen(state.viewport(), placeOf("2024-03-21-blinken-in-cairo"))).isTrue();

    story.goToStep(4);
    assertThat(story.hasNext()).isFalse();
    assertThat(state.nextStoryStep()).as("nothing after the last step").isFalse();
    assertThat(story.stepIndex()).isEqualTo(4);

    assertThat(state.previousStoryStep()).isTrue();
    assertThat(state.selectedEvent()).contains(event("2024-03-22-unsc-vote-us-draft-vetoed"));
  }

  @Test
  void aStepTakenWhileTheMapIsStillFlyingIsJudgedByWhereTheMapIsGoing() {
    state.startStory(TRIP); // flies towards Jeddah: no frame yet
    state.nextStoryStep(); // Cairo is in the opening view, but not in the one the map is flying to
    flyAll();

    assertThat(onScreen(state.viewport(), placeOf("2024-03-21-blinken-in-cairo"))).isTrue();
  }

  @Test
  void aStepGivenToTheMinuteIsAtThatMinuteAndADayAtTheEndOfItsDay() {
    state.startStory(TRIP);
    story.goToStep(2);
    assertThat(state.currentTime()).isEqualTo(LocalDateTime.of(2024, 3, 22, 10, 0));

    story.goToStep(3);
    assertThat(state.currentTime()).isEqualTo(LocalDateTime.of(2024, 3, 22, 23, 59, 59));
  }

  @Test
  void aPlaceAlreadyWellInViewAtAUsefulScaleLeavesTheMapWhereItIs() {
    state.showView(39.19, 21.49, StoryModel.REGION_SCALE * 2); // Jeddah, close
    Viewport before = state.viewport();

    state.startStory(TRIP);

    assertThat(flights.running()).as("no flight").isFalse();
    assertThat(state.viewport()).isEqualTo(before);
  }

  @Test
  void aPlaceOnTheMapButSeenFromTooFarIsFlownToAtARegionsScale() {
    state.showView(39.19, 21.49, 256); // the whole world, Jeddah in the middle of it
    state.startStory(TRIP);
    flyAll();

    assertThat(state.viewport().scale()).isEqualTo(StoryModel.REGION_SCALE);
  }

  @Test
  void aFlightEndsExactlyOnItsTarget() {
    state.showView(-73.97, 40.75, 256 * 16); // New York
    state.viewportModel().flyTo(34.78, 32.09, StoryModel.REGION_SCALE); // Tel Aviv
    Viewport target = state.viewport().centeredOn(WebMercator.x(34.78), WebMercator.y(32.09), StoryModel.REGION_SCALE);

    flights.frameAt(10);
    flights.frameAt(10.3);
    Viewport midway = state.viewport();
    assertThat(midway.centerX()).as("on the way").isNotCloseTo(target.centerX(), within(1e-3));
    assertThat(midway.scale()).as("zoomed out on the way across the ocean").isLessThan(256 * 16);
    flights.frameAt(10 + ViewportModel.LONGEST_FLIGHT_SECONDS);

    assertThat(flights.running()).isFalse();
    assertThat(state.viewport()).isEqualTo(target);
  }

  @Test
  void aPanDuringAFlightEndsItWhereThePersonTookTheMap() {
    state.showView(-73.97, 40.75, 256 * 16);
    state.viewportModel().flyTo(34.78, 32.09, StoryModel.REGION_SCALE);
    flights.frameAt(10);
    flights.frameAt(10.2);

    state.panMap(40, 0);
    Viewport panned = state.viewport();
    flights.frameAt(10.5);
    flights.frameAt(12);

    assertThat(state.viewportModel().flying()).isFalse();
    assertThat(flights.running()).isFalse();
    assertThat(state.viewport()).as("the flight no longer moves the map").isEqualTo(panned);
  }

  @Test
  void aFlightAskedForBeforeTheMapHasASizeIsThatViewOnceItHasOne() {
    AppState unsized = new AppState(Runnable::run, playback, flights);
    unsized.applyLoad(new LoadResult("curated", Optional.of(WITH_TRIP), List.of()));
    unsized.viewportModel().flyTo(34.78, 32.09, StoryModel.REGION_SCALE);
    unsized.resizeMap(1000, 700);

    assertThat(flights.running()).isFalse();
    assertThat(unsized.viewport().scale()).isEqualTo(StoryModel.REGION_SCALE);
    assertThat(unsized.viewport().screenX(WebMercator.x(34.78))).isCloseTo(500, within(0.5));
  }

  @Test
  void leavingTheStoryKeepsTheSelectionTheTimeAndTheMap() {
    state.startStory(TRIP);
    story.goToStep(1);
    flyAll();
    Viewport view = state.viewport();
    LocalDateTime time = state.currentTime();

    state.stopStory();

    assertThat(story.active()).isFalse();
    assertThat(story.currentStep()).isEmpty();
    assertThat(state.selectedEvent()).contains(event("2024-03-21-blinken-in-cairo"));
    assertThat(state.currentTime()).isEqualTo(time);
    assertThat(state.viewport()).isEqualTo(view);
  }

  @Test
  void openingAnotherFileEndsTheStory() {
    state.startStory(TRIP);
    state.applyLoad(new LoadResult("other", Optional.of(Curated.DATASET), List.of()));

    assertThat(story.active()).isFalse();
    assertThat(story.stepIndex()).isEqualTo(-1);
  }

  @Test
  void aFileWithErrorsLeavesTheStoryAsItWas() {
    state.startStory(TRIP);
    state.applyLoad(new LoadResult("broken", Optional.empty(), List.of(new org.eventmap.io.Problem(
        org.eventmap.io.Problem.Severity.ERROR, "broken", 1, 1, "bad"))));

    assertThat(story.active()).isTrue();
  }

  @Test
  void aStepOutsideTheStoryOrAStoryOfAnotherDatasetIsRefusedPlainly() {
    assertThatThrownBy(() -> story.start(TRIP, 5, StoryModel.Motion.JUMP))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("the story 'trip' has steps 1 to 5, not 6");
    Story foreign = new Story("other", "Other", "", List.of(new StoryStep("2024-03-20-blinken-in-jeddah", "")));
    assertThatThrownBy(() -> story.start(foreign)).isInstanceOf(IllegalArgumentException.class);
    assertThat(story.active()).isFalse();
  }

  @Test
  void aRangeWindowMovesToHoldTheStepsEvent() {
    state.setWindow(org.eventmap.time.TimeWindow.range(LocalDate.of(2024, 4, 1), LocalDate.of(2024, 4, 3)));
    state.startStory(TRIP);

    assertThat(state.isVisible(event("2024-03-20-blinken-in-jeddah"))).isTrue();
  }

  @Test
  void startingAStoryPausesPlayback() {
    state.goTo(state.firstTime());
    state.play();
    state.startStory(TRIP);
    assertThat(state.playingProperty().get()).isFalse();
  }
}
