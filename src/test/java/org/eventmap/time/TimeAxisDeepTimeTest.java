package org.eventmap.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.eventmap.time.TimeAxis.Tick;
import org.eventmap.time.TimeAxis.TickUnit;
import org.junit.jupiter.api.Test;

/** The axis from hours to hundreds of millions of years: round ticks, readable labels, no overlap. */
class TimeAxisDeepTimeTest {
  /** About what the timeline's 11 px font needs per character. */
  private static double width(String label) {
    return label.length() * 6.5;
  }

  private static long yearStart(long year) {
    return LocalDate.of((int) year, 1, 1).toEpochDay() * 86_400;
  }

  @Test
  void thePermianToTodayIsShownInTensOfMillionsOfYearsBc() {
    TimeAxis axis = TimeAxis.showing(yearStart(-252_000_000), yearStart(2025), 1000);
    List<Tick> ticks = axis.ticks(TimeAxisDeepTimeTest::width);
    assertThat(ticks).extracting(Tick::label).contains("200 million BC", "100 million BC");
    assertThat(ticks).extracting(Tick::label).allMatch(l -> l.endsWith("million BC"));
    assertThat(ticks.size()).isBetween(3, 12);
  }

  @Test
  void ticksAreInOrderAndTheirLabelsNeverOverlapAtAnyZoom() {
    long middle = yearStart(-66_000_000);
    TimeAxis axis = TimeAxis.showing(yearStart(-999_999_999), yearStart(999_999_999), 1200);
    for (int zoom = 0; zoom < 80; zoom++) {
      List<Tick> ticks = axis.ticks(TimeAxisDeepTimeTest::width);
      assertThat(ticks).as("at %s seconds a pixel", axis.secondsPerPixel()).isNotEmpty();
      for (int i = 1; i < ticks.size(); i++) {
        assertThat(ticks.get(i).second()).isGreaterThan(ticks.get(i - 1).second());
        assertThat(ticks.get(i - 1).x() + width(ticks.get(i - 1).label())).as(ticks.toString())
            .isLessThan(ticks.get(i).x());
      }
      axis = axis.revealing(middle).zoomedAround(axis.x(middle), 1.6);
    }
    assertThat(axis.tickUnit()).isIn(TickUnit.HOUR, TickUnit.THREE_HOURS);
  }

  @Test
  void eachScaleHasItsOwnRoundTicks() {
    assertThat(labels(-5_000, 2_000)).contains("3000 BC", "1000 BC", "1000");
    assertThat(labels(-40_000, 0)).contains("30,000 BC", "10,000 BC");
    assertThat(labels(-3_000_000, 0)).contains("2 million BC", "1 million BC");
    assertThat(labels(-200, 200)).contains("100 BC", "AD 100");
    assertThat(labels(1900, 2030)).contains("1950", "2000");
  }

  @Test
  void yearZeroIsOneBcOnTheAxis() {
    assertThat(labels(-3, 3)).containsSubsequence("2 BC", "1 BC", "AD 1", "AD 2");
  }

  private static List<String> labels(long fromYear, long toYear) {
    return TimeAxis.showing(yearStart(fromYear), yearStart(toYear), 1000).ticks(TimeAxisDeepTimeTest::width).stream()
        .map(Tick::label).toList();
  }

  @Test
  void zoomingOutAndPanningStopsAtTheEndsOfTime() {
    TimeAxis axis = TimeAxis.showing(yearStart(-66_000_000), yearStart(2024), 1000);
    for (int i = 0; i < 200; i++) {
      axis = axis.zoomedAround(0, 0.5).panned(5000);
    }
    assertThat(axis.toSeconds() - axis.fromSeconds()).isEqualTo(TimeAxis.MAX_SPAN_SECONDS);
    assertThat((axis.fromSeconds() + axis.toSeconds()) / 2).isGreaterThanOrEqualTo(WallClock.MIN_SECONDS);
    assertThat(axis.timeAt(0).getYear()).isEqualTo(-999_999_999);
    assertThat(axis.ticks(TimeAxisDeepTimeTest::width)).isNotEmpty();
  }

  @Test
  void theLastDayJavaTimeHoldsHasItsHours() {
    long lastDay = LocalDate.MAX.toEpochDay() * 86_400;
    TimeAxis axis = TimeAxis.showing(lastDay, lastDay + 86_400, 1000);
    assertThat(axis.ticks(TimeAxisDeepTimeTest::width)).extracting(Tick::label).contains("12:00");
    assertThat(axis.timeAt(1000).toLocalDate()).isEqualTo(LocalDate.MAX);
  }
}
