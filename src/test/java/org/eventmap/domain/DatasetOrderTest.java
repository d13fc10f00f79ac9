package org.eventmap.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class DatasetOrderTest {
  private static final Place TEL_AVIV = place("tel-aviv", "Asia/Jerusalem");
  private static final Place NEW_YORK = place("un-hq", "America/New_York");
  private static final Category K = new Category("k", "K", Optional.empty());

  private static Place place(String id, String zone) {
    return new Place(id, id, new GeoPoint(10, 10), ZoneId.of(zone), Optional.empty());
  }

  private static Event event(String id, String start, String end, Place place) {
    return new Event(id, id, TimePoint.parse(start), Optional.ofNullable(end).map(TimePoint::parse), place, K,
        List.of(), "s", List.of(), List.of(new Source("t", "p", Optional.of(URI.create("https://example.org/a")),
            Optional.empty())), List.of(), List.of(), Optional.empty(), Optional.empty());
  }

  private static Dataset dataset(List<Event> events) {
    return new Dataset("t", Optional.empty(), "l", Optional.empty(), Optional.empty(), List.of(), List.of(K), events);
  }

  private final List<Event> events = List.of(
      // 23:30 in New York on 21 March is 22 March in Tel Aviv, but the day it began at its place is the 21st.
      event("late-in-new-york", "2024-03-21T23:30-04:00", null, NEW_YORK),
      event("month", "2024-03", null, TEL_AVIV),
      event("day", "2024-03-22", null, TEL_AVIV),
      event("span", "2024-03-18", "2024-03-25", TEL_AVIV),
      event("moment", "2024-03-22T10:00+02:00", null, TEL_AVIV),
      event("later", "2024-04-02", null, NEW_YORK));

  @Test
  void theFirstAndLastDayAreThoseOfTheEvents() {
    Dataset d = dataset(events);
    assertThat(d.firstDay()).hasValue(LocalDate.of(2024, 3, 1));
    assertThat(d.lastDay()).hasValue(LocalDate.of(2024, 4, 2));
    assertThat(dataset(List.of()).firstDay()).isEmpty();
  }

  @Test
  void theDatasetStaysInChronologicalOrderThenInTheFilesOrder() {
    List<Event> shuffled = List.of(events.get(4), events.get(2), events.get(5), events.get(0), events.get(3),
        events.get(1), event("also-day", "2024-03-22", null, TEL_AVIV));
    List<Event> sorted = dataset(shuffled).events();
    // "day" in Tel Aviv begins at 22:00 UTC on the 21st, before 23:30 in New York (03:30 UTC on the 22nd).
    assertThat(sorted).extracting(Event::id).containsExactly(
        "month", "span", "day", "also-day", "late-in-new-york", "moment", "later");
    // Events that begin at the same instant keep the order the file gives them, whatever their ids.
    List<Event> otherWay = List.of(event("also-day", "2024-03-22", null, TEL_AVIV), events.get(2));
    assertThat(dataset(otherWay).events()).extracting(Event::id).containsExactly("also-day", "day");
  }
}
