package org.eventmap.state;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDateTime;
import org.eventmap.domain.Dataset;
import org.eventmap.io.DatasetReader;
import org.eventmap.time.EventTimeIndex;
import org.junit.jupiter.api.Test;

/** Playing 250 million years at a pace one can watch, and back to days afterwards. */
class TimeModelDeepTimeTest {
  private static final Dataset DEEP = DatasetReader.read(Path.of("src/test/resources/formats/deeptime/deep-time.json"))
      .dataset().orElseThrow();
  private final DatasetModel data = new DatasetModel();
  private final Curated.ManualClock clock = new Curated.ManualClock();
  private final TimeModel time = new TimeModel(data, clock);

  private void show(Dataset dataset) {
    data.show(dataset, "test", new EventTimeIndex(dataset.events()));
    time.startAtEnd();
  }

  @Test
  void aDayASecondWouldTakeMillenniaToPlayDeepTimeSoASpeedInYearsIsTaken() {
    show(DEEP);
    // 252 million years: 10 million years a second plays them in about 25 seconds
    assertThat(time.playSpeedProperty().get()).isEqualTo(PlaySpeed.TEN_MILLION_YEARS_PER_SECOND);
    time.goTo(data.firstTime());
    time.play();
    clock.frameAt(0);
    clock.frameAt(1);
    assertThat(time.currentTime().getYear() - data.firstTime().getYear()).isBetween(9_990_000, 10_010_000);
  }

  @Test
  void afterDeepTimeAFileOfMonthsIsPlayedInDaysAgainButAChosenSpeedIsKept() {
    show(DEEP);
    show(Curated.DATASET);
    // the curated dataset's months would go by in a blink at 10 million years a second
    assertThat(time.playSpeedProperty().get()).isEqualTo(PlaySpeed.suitedTo(
        org.eventmap.time.WallClock.seconds(data.lastTime()) - org.eventmap.time.WallClock.seconds(data.firstTime())));
    assertThat(time.playSpeedProperty().get().compareTo(PlaySpeed.YEAR_PER_SECOND)).isNegative();

    time.setPlaySpeed(PlaySpeed.DAY_PER_SECOND);
    show(Curated.DATASET);
    assertThat(time.playSpeedProperty().get()).as("a speed in days or hours that suits is kept")
        .isEqualTo(PlaySpeed.DAY_PER_SECOND);
  }

  @Test
  void playingStopsAtTheEndOfTheLastYearJavaTimeHolds() {
    Dataset lastYear = DatasetReader.read(Path.of("src/test/resources/formats/deeptime/ends-of-time.json"))
        .dataset().orElseThrow();
    show(lastYear);
    assertThat(data.lastTime()).isEqualTo(LocalDateTime.MAX.withNano(0));
    assertThat(data.firstTime()).isEqualTo(LocalDateTime.MIN);
    time.goTo(data.lastTime().minusSeconds(10));
    time.setPlaySpeed(PlaySpeed.TEN_MILLION_YEARS_PER_SECOND);
    time.play();
    clock.frameAt(0);
    clock.frameAt(1);
    assertThat(time.currentTime()).isEqualTo(data.lastTime());
    assertThat(time.playing()).isFalse();
  }
}
