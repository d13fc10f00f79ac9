package org.eventmap.state;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import org.eventmap.domain.Event;
import org.eventmap.time.TimeWindow;
import org.junit.jupiter.api.Test;

class TimeModelTest {
  private final DatasetModel data = Curated.shown();
  private final Curated.ManualClock clock = new Curated.ManualClock();
  private final TimeModel time = new TimeModel(data, clock);

  @Test
  void playingRunsTheClockAndEachSecondOfItMovesTheTimelineByTheSpeed() {
    time.goToDay(LocalDate.of(2023, 10, 7));
    LocalDateTime start = time.currentTime();
    assertThat(clock.running()).isFalse();

    time.play();
    clock.frameAt(100); // the first frame only starts the count
    clock.frameAt(101);
    clock.frameAt(102);

    assertThat(clock.running()).isTrue();
    assertThat(time.currentTime()).isEqualTo(start.plusDays(2));
  }

  @Test
  void pausingStopsTheClockAndTheTimeline() {
    time.goToDay(LocalDate.of(2023, 10, 7));
    time.setPlaySpeed(PlaySpeed.WEEK_PER_SECOND);
    time.play();
    clock.frameAt(0.0);
    clock.frameAt(0.5);
    LocalDateTime paused = time.currentTime();

    time.pause();
    clock.frameAt(5);

    assertThat(clock.running()).isFalse();
    assertThat(time.currentTime()).isEqualTo(paused).isAfter(LocalDate.of(2023, 10, 10).atStartOfDay());
  }

  @Test
  void aPlaybackStartedAgainDoesNotCountThePauseAsPlayed() {
    time.goToDay(LocalDate.of(2023, 10, 7));
    time.play();
    clock.frameAt(10);
    clock.frameAt(11);
    time.pause();
    LocalDateTime paused = time.currentTime();

    time.play();
    clock.frameAt(500); // ten minutes later
    clock.frameAt(501);

    assertThat(time.currentTime()).isEqualTo(paused.plusDays(1));
  }

  @Test
  void playbackStopsAtTheEndOfTheDatasetAndItsClockWithIt() {
    time.goTo(data.lastTime().minusDays(1));
    time.play();
    clock.frameAt(0);
    clock.frameAt(3);

    assertThat(time.currentTime()).isEqualTo(data.lastTime());
    assertThat(time.playing()).isFalse();
    assertThat(clock.running()).isFalse();
  }

  @Test
  void playingFromTheEndStartsAgainFromTheBeginning() {
    time.goTo(data.lastTime());
    time.play();
    assertThat(time.currentTime()).isEqualTo(data.firstTime());
    assertThat(time.playing()).isTrue();
  }

  @Test
  void withoutADatasetThereIsNothingToPlay() {
    TimeModel empty = new TimeModel(new DatasetModel(), clock);
    empty.play();
    empty.goToDay(LocalDate.of(2024, 1, 1));
    assertThat(empty.playing()).isFalse();
    assertThat(clock.starts).isZero();
    assertThat(empty.currentTime()).isNull();
  }

  @Test
  void theTimelineStaysWithinTheDatasetsSpan() {
    time.goToDay(LocalDate.of(1990, 1, 1));
    assertThat(time.currentTime()).isEqualTo(data.firstTime());
    time.stepDays(100_000);
    assertThat(time.currentTime()).isEqualTo(data.lastTime());
  }

  @Test
  void anEventBeyondARangeMovesTheRangeKeepingItsLength() {
    time.goToDay(LocalDate.of(2024, 3, 22));
    time.setWindow(TimeWindow.range(LocalDate.of(2023, 10, 1), LocalDate.of(2023, 10, 7)));
    Event later = Curated.DATASET.event("2024-03-25-unsc-adopts-resolution-2728").orElseThrow();
    assertThat(time.shows(later)).isFalse();

    time.bringIntoWindow(later);

    assertThat(time.shows(later)).isTrue();
    TimeWindow moved = time.window();
    assertThat(java.time.temporal.ChronoUnit.DAYS.between(moved.rangeStart(), moved.rangeEnd())).as("days").isEqualTo(7);
  }

  @Test
  void anEventAheadOfTheTimelineMovesTheTimelineToItsDay() {
    time.goToDay(LocalDate.of(2023, 10, 7));
    Event later = Curated.DATASET.event("2024-03-25-unsc-adopts-resolution-2728").orElseThrow();

    time.bringIntoWindow(later);

    assertThat(time.currentDay()).isEqualTo(LocalDate.of(2024, 3, 25));
  }
}
