package org.eventmap.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.List;
import org.eventmap.domain.Dataset;
import org.eventmap.domain.Event;
import org.eventmap.io.DatasetReader;
import org.junit.jupiter.api.Test;

/** The time index and the windows at the first and last years java.time holds: no overflow, nothing lost. */
class EventTimeIndexDeepTimeTest {
  private static final Dataset ENDS = DatasetReader.read(
      Path.of("src/test/resources/formats/deeptime/ends-of-time.json")).dataset().orElseThrow();
  private final EventTimeIndex index = new EventTimeIndex(ENDS.events());

  private String id(int position) {
    return index.events().get(position).id();
  }

  @Test
  void theEndsOfTimeAreIndexedInOrder() {
    assertThat(index.datedCount()).isEqualTo(4);
    // the moment written at +14:00 on the first day began, on Kiritimati's clocks of then, the day before it
    assertThat(List.of(id(0), id(1), id(2), id(3))).containsExactly("first-moment", "first-year", "last-year",
        "last-day");
    assertThat(index.start(1)).isEqualTo(WallClock.MIN_SECONDS);
    assertThat(index.start(0)).isLessThan(WallClock.MIN_SECONDS);
    assertThat(index.latestEnd()).isEqualTo(WallClock.MAX_SECONDS + 1);
    for (Event e : index.events()) {
      assertThat(WallClock.seconds(WallClock.start(e))).isBetween(WallClock.MIN_SECONDS, WallClock.MAX_SECONDS);
      assertThat(WallClock.seconds(WallClock.endExclusive(e))).isBetween(WallClock.MIN_SECONDS, WallClock.MAX_SECONDS);
    }
  }

  @Test
  void windowsAtTheEndsOfTimeFindTheirEvents() {
    LocalDateTime first = LocalDateTime.MIN.plusDays(3);
    assertThat(index.eventsAt(index.positionsInWindow(TimeWindow.lastDays(30), first, i -> true)))
        .extracting(Event::id).containsExactly("first-moment", "first-year");
    LocalDateTime last = LocalDateTime.MAX.withNano(0);
    assertThat(index.eventsAt(index.positionsInWindow(TimeWindow.lastDays(1), last, i -> true)))
        .extracting(Event::id).containsExactly("last-year", "last-day");
    assertThat(index.eventsAt(index.positionsInWindow(TimeWindow.cumulative(), last, i -> true))).hasSize(4);
    assertThat(index.countOverlapping(new int[] {0, 1, 2, 3}, index.start(0), WallClock.MAX_SECONDS + 1))
        .isEqualTo(4);
    assertThat(index.nextAfter(WallClock.MIN_SECONDS)).isEqualTo(2);
    assertThat(index.previousBefore(WallClock.MAX_SECONDS)).isEqualTo(3);
  }

  @Test
  void anAxisOverEveryYearHasItsTicksAndPlacesBothEnds() {
    TimeAxis axis = TimeAxis.showing(index.start(0), index.latestEnd(), 1000);
    assertThat(axis.x(index.start(1))).isBetween(0.0, 50.0);
    assertThat(axis.x(index.latestEnd())).isBetween(950.0, 1000.0);
    assertThat(axis.ticks(label -> label.length() * 6.5)).extracting(TimeAxis.Tick::label)
        .contains("500 million BC", "500 million");
  }
}
