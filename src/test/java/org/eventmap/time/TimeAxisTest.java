package org.eventmap.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDateTime;
import org.eventmap.time.TimeAxis.Tick;
import org.eventmap.time.TimeAxis.TickUnit;
import org.junit.jupiter.api.Test;

class TimeAxisTest {
  private static final LocalDateTime OCT_7 = LocalDateTime.of(2023, 10, 7, 0, 0);
  private static final LocalDateTime APR_8 = LocalDateTime.of(2024, 4, 8, 0, 0);

  @Test
  void timesAndPixelsRoundTrip() {
    TimeAxis axis = TimeAxis.showing(OCT_7, APR_8, 900);
    LocalDateTime t = LocalDateTime.of(2024, 3, 22, 10, 0);
    assertThat(axis.timeAt(axis.x(t))).isEqualTo(t.withSecond(axis.timeAt(axis.x(t)).getSecond()));
    assertThat(Math.abs(WallClock.seconds(axis.timeAt(axis.x(t))) - WallClock.seconds(t)))
        .isLessThanOrEqualTo((long) Math.ceil(axis.secondsPerPixel()));
  }

  @Test
  void theWholeWarIsShownInMonthsAndTheHoursOfOneDayInHours() {
    TimeAxis months = TimeAxis.showing(OCT_7, APR_8, 900);
    assertThat(months.tickUnit()).isEqualTo(TickUnit.MONTH);
    assertThat(months.ticks()).extracting(Tick::label).contains("Nov 2023", "Mar 2024");

    TimeAxis hours = TimeAxis.showing(LocalDateTime.of(2024, 3, 22, 6, 0), LocalDateTime.of(2024, 3, 22, 18, 0), 900);
    assertThat(hours.tickUnit()).isIn(TickUnit.HOUR, TickUnit.THREE_HOURS);
    assertThat(hours.ticks()).extracting(Tick::label).contains("09:00", "12:00");
  }

  @Test
  void ticksAreAtLeast64PixelsApartAndInOrder() {
    for (double days : new double[] {0.3, 1, 3, 10, 40, 200, 800, 5000}) {
      TimeAxis axis = new TimeAxis(0, (long) (days * 86_400), 1000);
      var ticks = axis.ticks();
      for (int i = 1; i < ticks.size(); i++) {
        assertThat(ticks.get(i).x() - ticks.get(i - 1).x()).as(days + " days").isGreaterThanOrEqualTo(60);
      }
    }
  }

  @Test
  void zoomingKeepsTheTimeUnderThePointer() {
    TimeAxis axis = TimeAxis.showing(OCT_7, APR_8, 900);
    long under = axis.secondAt(700);
    TimeAxis closer = axis.zoomedAround(700, 8);
    assertThat(closer.secondAt(700)).isCloseTo(under, within((long) closer.secondsPerPixel() + 1));
    assertThat(closer.secondsPerPixel()).isCloseTo(axis.secondsPerPixel() / 8, within(1.0));
  }

  @Test
  void zoomStopsAtSixHoursAcross() {
    TimeAxis axis = TimeAxis.showing(OCT_7, APR_8, 900).zoomedAround(450, 1e9);
    assertThat(axis.toSeconds() - axis.fromSeconds()).isEqualTo(TimeAxis.MIN_SPAN_SECONDS);
  }

  @Test
  void midnightTicksAtHourZoomNameTheDay() {
    TimeAxis axis = TimeAxis.showing(LocalDateTime.of(2024, 3, 21, 20, 0), LocalDateTime.of(2024, 3, 22, 4, 0), 900);
    assertThat(axis.ticks()).extracting(Tick::label).contains("22 Mar");
  }
}
