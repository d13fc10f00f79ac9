package org.eventmap.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.eventmap.domain.Category;
import org.eventmap.domain.Event;
import org.eventmap.domain.GeoPoint;
import org.eventmap.domain.Place;
import org.eventmap.domain.Source;
import org.eventmap.domain.TimePoint;
import org.junit.jupiter.api.Test;

class WallClockTest {
  private static final Category CATEGORY = new Category("k", "K", Optional.empty());
  private static final Place NEW_YORK =
      new Place("ny", "New York", new GeoPoint(40.75, -73.97), ZoneId.of("America/New_York"), Optional.empty());
  private static final Place TEL_AVIV =
      new Place("tlv", "Tel Aviv", new GeoPoint(32.08, 34.78), ZoneId.of("Asia/Jerusalem"), Optional.empty());

  private static Event event(String start, String end, Place place) {
    return new Event("e", "t", TimePoint.parse(start), Optional.ofNullable(end).map(TimePoint::parse), place, CATEGORY,
        List.of(), "s", List.of(), List.of(new Source("t", "p", Optional.empty(), Optional.empty())), List.of(),
        List.of(), Optional.empty(), Optional.empty());
  }

  @Test
  void anEveningInNewYorkStaysOnItsDayAlthoughItIsTheNextDayInUtc() {
    Event vote = event("2024-03-22T21:30-04:00", null, NEW_YORK);
    assertThat(WallClock.start(vote)).isEqualTo(LocalDateTime.of(2024, 3, 22, 21, 30));
    assertThat(WallClock.endExclusive(vote)).isEqualTo(LocalDateTime.of(2024, 3, 22, 21, 31));
  }

  @Test
  void aTimeWrittenWithAnotherPlacesOffsetIsReadOnThisPlacesClock() {
    // 10:00 in Tel Aviv (UTC+2) is 04:00 in New York (UTC-4): an event at the UN at that instant is early morning.
    Event early = event("2024-03-22T10:00+02:00", null, NEW_YORK);
    assertThat(WallClock.start(early)).isEqualTo(LocalDateTime.of(2024, 3, 22, 4, 0));
  }

  @Test
  void aDayRunsFromMidnightToMidnightOnTheLocalClockAcrossASummerTimeChange() {
    // Israel moved its clocks forward on 29 March 2024; the wall-clock day is still 00:00 to 24:00.
    Event day = event("2024-03-29", null, TEL_AVIV);
    assertThat(WallClock.start(day)).isEqualTo(LocalDateTime.of(2024, 3, 29, 0, 0));
    assertThat(WallClock.endExclusive(day)).isEqualTo(LocalDateTime.of(2024, 3, 30, 0, 0));
  }

  @Test
  void aMonthIsASpanOfAllItsDays() {
    Event march = event("2024-03", null, TEL_AVIV);
    assertThat(WallClock.start(march)).isEqualTo(LocalDateTime.of(2024, 3, 1, 0, 0));
    assertThat(WallClock.endExclusive(march)).isEqualTo(LocalDateTime.of(2024, 4, 1, 0, 0));
  }

  @Test
  void anEndExtendsTheSpanToTheEndOfItsDay() {
    Event talks = event("2024-03-18", "2024-03-22", TEL_AVIV);
    assertThat(WallClock.endExclusive(talks)).isEqualTo(LocalDateTime.of(2024, 3, 23, 0, 0));
  }

  @Test
  void secondsWorkedOutWithoutDateObjectsAgreeWithTheDates() {
    // The index uses the fast form; it must place every event where the plain conversion does,
    // including at the summer-time change in Tel Aviv (29 March 2024) and in New York (10 March 2024).
    List<Event> events = new java.util.ArrayList<>(List.of(
        event("2024-03-22T21:30-04:00", null, NEW_YORK),
        event("2024-03-22T10:00+02:00", null, NEW_YORK),
        event("2024-03-10T01:59:59-05:00", "2024-03-10T03:00-04:00", NEW_YORK),
        event("2024-03-29", null, TEL_AVIV),
        event("2024-03-29T01:59+02:00", "2024-03-29T03:00+03:00", TEL_AVIV),
        event("2024-03", null, TEL_AVIV),
        event("2024-03-20", "2024-03-24", TEL_AVIV),
        event("2023-10-07T06:29+03:00", null, TEL_AVIV)));
    events.addAll(org.eventmap.io.DatasetReader.read(java.nio.file.Path.of("assets/datasets/gaza-diplomacy-2024-03.json"))
        .dataset().orElseThrow().events());
    for (Event e : events) {
      assertThat(WallClock.startSeconds(e)).as("start of %s", e.start()).isEqualTo(WallClock.seconds(WallClock.start(e)));
      assertThat(WallClock.endExclusiveSeconds(e)).as("end of %s", e.start())
          .isEqualTo(WallClock.seconds(WallClock.endExclusive(e)));
    }
  }
}
