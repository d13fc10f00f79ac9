package org.eventmap.domain;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * A curated collection of events, ordered by when they began. {@code openOn} is the day the curator
 * wants a reader to start on, such as the day of the story's main article.
 */
public record Dataset(
    String title,
    Optional<String> description,
    String license,
    Optional<String> attribution,
    Optional<LocalDate> openOn,
    List<Place> places,
    List<Category> categories,
    List<Event> events) {

  private static final Comparator<Event> CHRONOLOGICAL =
      Comparator.comparing(Event::earliestInstant).thenComparing(Event::id);

  public Dataset {
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(description, "description");
    Objects.requireNonNull(license, "license");
    Objects.requireNonNull(attribution, "attribution");
    Objects.requireNonNull(openOn, "openOn");
    places = List.copyOf(places);
    categories = List.copyOf(categories);
    events = events.stream().sorted(CHRONOLOGICAL).toList();
  }

  public Optional<Event> event(String id) {
    return events.stream().filter(e -> e.id().equals(id)).findFirst();
  }

  public Map<String, Event> eventsById() {
    return events.stream().collect(Collectors.toUnmodifiableMap(Event::id, Function.identity()));
  }

  /** The first local day of the earliest event; empty for a dataset without events. */
  public Optional<LocalDate> firstDay() {
    return events.stream().map(Event::firstLocalDay).min(Comparator.naturalOrder());
  }

  /** The last local day any event covers; empty for a dataset without events. */
  public Optional<LocalDate> lastDay() {
    return events.stream().map(Event::lastLocalDay).max(Comparator.naturalOrder());
  }
}
