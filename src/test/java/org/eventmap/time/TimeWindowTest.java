package org.eventmap.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.eventmap.domain.Event;
import org.eventmap.io.DatasetReader;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class TimeWindowTest {
  private static EventTimeIndex index;

  @BeforeAll
  static void load() {
    index = new EventTimeIndex(DatasetReader.read(java.nio.file.Path.of("assets/datasets/gaza-diplomacy-2024-03.json"))
        .dataset().orElseThrow().events());
  }

  private static List<String> ids(TimeWindow w, LocalDateTime cursor) {
    return index.inWindow(w, cursor, i -> true).stream().map(Event::id).toList();
  }

  private static LocalDateTime endOf(int year, int month, int day) {
    return LocalDate.of(year, month, day).atTime(23, 59, 59);
  }

  @Test
  void cumulativeShowsEverythingThatHadBegun() {
    assertThat(ids(TimeWindow.cumulative(), endOf(2023, 10, 7))).containsExactly("2023-10-07-hamas-attack-on-israel");
    assertThat(ids(TimeWindow.cumulative(), endOf(2024, 12, 31))).hasSize(index.size());
  }

  @Test
  void aMovingWindowDropsWhatEndedBeforeIt() {
    List<String> lastThreeDays = ids(TimeWindow.lastDays(3), endOf(2024, 3, 22));
    assertThat(lastThreeDays).contains("2024-03-20-blinken-in-jeddah", "2024-03-22-blinken-arrives-tel-aviv")
        .doesNotContain("2023-10-07-hamas-attack-on-israel", "2024-03-14-schumer-calls-for-israeli-election");
  }

  @Test
  void aMonthLongEventStaysInAMovingWindowAllMonth() {
    // Known only to the month: "2024-03" is in the window on any day of March.
    List<String> ids = ids(TimeWindow.lastDays(1), endOf(2024, 3, 29));
    assertThat(index.events().stream().filter(e -> e.start().orElseThrow().text().equals("2024-03")).map(Event::id))
        .allMatch(ids::contains);
  }

  @Test
  void wallClockTimeAtTheMinute() {
    // Blinken's arrival was at 10:00 in Tel Aviv: not yet at 09:59, there at 10:00.
    assertThat(ids(TimeWindow.cumulative(), LocalDateTime.of(2024, 3, 22, 9, 59)))
        .doesNotContain("2024-03-22-blinken-arrives-tel-aviv");
    assertThat(ids(TimeWindow.cumulative(), LocalDateTime.of(2024, 3, 22, 10, 0)))
        .contains("2024-03-22-blinken-arrives-tel-aviv");
  }

  @Test
  void aRangeIgnoresTheCursor() {
    TimeWindow week = TimeWindow.range(LocalDate.of(2024, 3, 18), LocalDate.of(2024, 3, 24));
    assertThat(ids(week, endOf(2023, 10, 7))).isEqualTo(ids(week, endOf(2024, 4, 7)))
        .contains("2024-03-22-unsc-vote-us-draft-vetoed")
        .doesNotContain("2024-03-25-unsc-adopts-resolution-2728");
  }

  @Test
  void olderEventsInTheWindowAreFainter() {
    TimeWindow w = TimeWindow.lastDays(10);
    LocalDateTime cursor = endOf(2024, 3, 22);
    double today = w.age(WallClock.seconds(LocalDateTime.of(2024, 3, 23, 0, 0)), cursor);
    double fiveDaysAgo = w.age(WallClock.seconds(LocalDateTime.of(2024, 3, 18, 0, 0)), cursor);
    assertThat(today).isZero();
    assertThat(fiveDaysAgo).isBetween(0.4, 0.6);
  }

  @Test
  void eventsOnADayAreCountedAsByLookingAtEachEvent() {
    // The count skips what ended before the day; it must agree with the plain check on every day,
    // including days inside the month-long and multi-day events.
    int[] all = index.positionsInWindow(TimeWindow.cumulative(), endOf(2024, 12, 31), i -> true);
    for (LocalDate day = LocalDate.of(2023, 10, 1); day.isBefore(LocalDate.of(2024, 4, 15)); day = day.plusDays(1)) {
      long from = WallClock.seconds(day.atStartOfDay());
      long to = from + 86_400;
      int expected = 0;
      for (int i : all) {
        if (index.start(i) < to && index.endExclusive(i) > from) {
          expected++;
        }
      }
      assertThat(index.countOverlapping(all, from, to)).as("events on %s", day).isEqualTo(expected);
    }
    assertThat(index.countOverlapping(all, WallClock.seconds(LocalDate.of(2024, 3, 22).atStartOfDay()),
        WallClock.seconds(LocalDate.of(2024, 3, 23).atStartOfDay()))).isGreaterThanOrEqualTo(5);
  }

  @Test
  void eachPlacesEventsAreListedInWallClockOrder() {
    // The map counts a place's events up to the timeline's position, and steps back by these lists.
    for (int p = 0; p < index.places().size(); p++) {
      List<Integer> expected = new java.util.ArrayList<>();
      for (int i = 0; i < index.size(); i++) {
        if (index.placeOf(i) == p) {
          expected.add(i);
        }
      }
      List<Integer> listed = new java.util.ArrayList<>();
      for (int k = 0; k < index.countAtPlace(p); k++) {
        listed.add(index.positionAtPlace(p, k));
      }
      assertThat(listed).as("place %s", index.places().get(p).name()).isEqualTo(expected);
    }
  }

  @Test
  void startsBeforeASecondAreCountedAsByLookingAtEachEvent() {
    int[] every = index.positionsInWindow(TimeWindow.cumulative(), endOf(2024, 12, 31), i -> true);
    int[] some = java.util.Arrays.stream(every).filter(i -> i % 3 == 0).toArray();
    for (long second = index.start(0) - 1; second <= index.latestEnd(); second += 3_600 * 7) {
      long at = second;
      assertThat(index.countStartedBefore(null, index.size(), at))
          .isEqualTo((int) java.util.Arrays.stream(every).filter(i -> index.start(i) < at).count());
      assertThat(index.countStartedBefore(some, some.length, at))
          .isEqualTo((int) java.util.Arrays.stream(some).filter(i -> index.start(i) < at).count());
    }
  }

  @Test
  void theIndexKnowsEachCategorysCountAndEveryActorOnce() {
    java.util.Map<String, Long> expected = index.events().stream()
        .collect(java.util.stream.Collectors.groupingBy(e -> e.category().id(), java.util.stream.Collectors.counting()));
    expected.forEach((id, count) -> assertThat(index.countInCategory(id)).as(id).isEqualTo(count.intValue()));
    assertThat(index.countInCategory("no-such-category")).isZero();
    assertThat(index.actors()).doesNotHaveDuplicates()
        .containsExactlyInAnyOrderElementsOf(index.events().stream().flatMap(e -> e.actors().stream()).distinct().toList())
        .isSortedAccordingTo(String.CASE_INSENSITIVE_ORDER);
  }

  @Test
  void stepsFromEventToEvent() {
    long arrival = WallClock.seconds(LocalDateTime.of(2024, 3, 22, 10, 0));
    int next = index.nextAfter(arrival);
    assertThat(index.start(next)).isGreaterThan(arrival);
    int previous = index.previousBefore(arrival);
    assertThat(index.start(previous)).isLessThan(arrival);
    assertThat(index.previousBefore(Long.MIN_VALUE + 1)).isEqualTo(-1);
    assertThat(index.nextAfter(Long.MAX_VALUE - 1)).isEqualTo(-1);
  }

  @Test
  void aWindowNeedsADayAndARangeItsEnds() {
    assertThatThrownBy(() -> TimeWindow.lastDays(0)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> TimeWindow.range(LocalDate.of(2024, 3, 2), LocalDate.of(2024, 3, 1)))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
