package org.eventmap.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** Something that happened at a place and a time, with who was involved, what was said, and the sources. */
public record Event(
    String id,
    String title,
    TimePoint start,
    Optional<TimePoint> end,
    Place place,
    Category category,
    List<String> actors,
    String summary,
    List<Quote> quotes,
    List<Source> sources,
    List<String> related,
    List<String> tags,
    Optional<Approximation> approximate,
    Optional<String> disputed) {

  public Event {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(start, "start");
    Objects.requireNonNull(end, "end");
    Objects.requireNonNull(place, "place");
    Objects.requireNonNull(category, "category");
    Objects.requireNonNull(summary, "summary");
    Objects.requireNonNull(approximate, "approximate");
    Objects.requireNonNull(disputed, "disputed");
    actors = List.copyOf(actors);
    quotes = List.copyOf(quotes);
    sources = List.copyOf(sources);
    related = List.copyOf(related);
    tags = List.copyOf(tags);
    if (end.isPresent()
        && end.get().latestExclusive(place.zone()).isBefore(start.earliest(place.zone()))) {
      throw new IllegalArgumentException("end " + end.get() + " is before start " + start);
    }
  }

  /** The first instant the event can have begun. */
  public Instant earliestInstant() {
    return start.earliest(place.zone());
  }

  /** The instant after the event ended (or after its start, at the start's precision). */
  public Instant latestInstantExclusive() {
    return end.orElse(start).latestExclusive(place.zone());
  }

  /** The first calendar day of the event, as lived at its place. */
  public LocalDate firstLocalDay() {
    return start.firstLocalDay(place.zone());
  }

  /** The last calendar day of the event, as lived at its place. */
  public LocalDate lastLocalDay() {
    return end.orElse(start).lastLocalDay(place.zone());
  }

  /** Whether the event had begun by the end of the given day at its place. */
  public boolean begunBy(LocalDate day) {
    return !firstLocalDay().isAfter(day);
  }

  /** Whether the given day at the event's place falls within the event. */
  public boolean covers(LocalDate day) {
    return begunBy(day) && !lastLocalDay().isBefore(day);
  }
}
