package org.eventmap.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.IntStream;

/**
 * A curated collection of events, ordered by when they began. {@code openOn} is the day the curator
 * wants a reader to start on, such as the day of the story's main article.
 *
 * <p>Written as a class with the accessors of a record so that its first and last day, which take a pass
 * over every event, are worked out once (on first use) rather than on every call.
 */
public final class Dataset {
  /** From how many events working out their order is shared between the cores. */
  private static final int PARALLEL_FROM = 10_000;

  private final String title;
  private final Optional<String> description;
  private final String license;
  private final Optional<String> attribution;
  private final Optional<LocalDate> openOn;
  private final List<Place> places;
  private final List<Category> categories;
  private final List<Event> events;
  private final List<Era> eras;
  private final List<Story> stories;
  /** The first and last local day as epoch days, once worked out; null until then. */
  private volatile long[] span;

  public Dataset(
      String title,
      Optional<String> description,
      String license,
      Optional<String> attribution,
      Optional<LocalDate> openOn,
      List<Place> places,
      List<Category> categories,
      List<Event> events) {
    this(title, description, license, attribution, openOn, places, categories, events, List.of(), List.of());
  }

  /**
   * With eras (in the order given) and stories, whose steps must name events of this dataset.
   *
   * @throws IllegalArgumentException when a story's step names an event the dataset does not hold, or
   *     two stories share an id (a reader reports such problems with their place in the file first)
   */
  public Dataset(
      String title,
      Optional<String> description,
      String license,
      Optional<String> attribution,
      Optional<LocalDate> openOn,
      List<Place> places,
      List<Category> categories,
      List<Event> events,
      List<Era> eras,
      List<Story> stories) {
    this.title = Objects.requireNonNull(title, "title");
    this.description = Objects.requireNonNull(description, "description");
    this.license = Objects.requireNonNull(license, "license");
    this.attribution = Objects.requireNonNull(attribution, "attribution");
    this.openOn = Objects.requireNonNull(openOn, "openOn");
    this.places = List.copyOf(places);
    this.categories = List.copyOf(categories);
    this.events = chronological(events);
    this.eras = List.copyOf(eras);
    this.stories = List.copyOf(stories);
    if (!this.stories.isEmpty()) {
      java.util.Set<String> ids = new java.util.HashSet<>();
      for (Event e : this.events) {
        ids.add(e.id());
      }
      java.util.Set<String> storyIds = new java.util.HashSet<>();
      for (Story story : this.stories) {
        if (!storyIds.add(story.id())) {
          throw new IllegalArgumentException("two stories have the id '" + story.id() + "'");
        }
        for (StoryStep step : story.steps()) {
          if (!ids.contains(step.eventId())) {
            throw new IllegalArgumentException(
                "story '" + story.id() + "' has a step for event '" + step.eventId() + "', which the dataset does not hold");
          }
        }
      }
    }
  }

  /**
   * The events by earliest instant, then in the order the file gives them. The instants are worked out
   * once per event (a comparator would work them out twice per comparison, some forty million times for
   * a million events) and sorted as numbers with each event's place in the file, so that the sort never
   * reaches into the events: the million-row ACLED-shaped benchmark file has some 29,000 days of about
   * 34 events each, and comparing their ids took most of a second, nearly all of it cache misses.
   */
  private static List<Event> chronological(List<Event> events) {
    List<Event> undated = new ArrayList<>();
    Event[] dated = new Event[events.size()];
    int count = 0;
    for (Event e : events) {
      if (e.hasDate()) {
        dated[count++] = e;
      } else {
        undated.add(e);
      }
    }
    Event[] items = count == dated.length ? dated : Arrays.copyOf(dated, count);
    if (undated.isEmpty()) {
      return sortedByStart(items);
    }
    List<Event> all = new ArrayList<>(sortedByStart(items));
    all.addAll(undated); // in the file's order, after the dated ones
    return Collections.unmodifiableList(all);
  }

  private static List<Event> sortedByStart(Event[] items) {
    int n = items.length;
    long[] keys = new long[n];
    // Time zone rules make this the costly part for a large dataset: on every core then.
    IntStream indices = IntStream.range(0, n);
    (n >= PARALLEL_FROM ? indices.parallel() : indices)
        .forEach(i -> keys[i] = items[i].start().orElseThrow().earliestEpochSecond(items[i].zone()));
    long min = Long.MAX_VALUE;
    long max = Long.MIN_VALUE;
    for (long key : keys) {
      min = Math.min(min, key);
      max = Math.max(max, key);
    }
    Event[] sorted = new Event[n];
    int indexBits = 64 - Long.numberOfLeadingZeros(Math.max(1, n - 1));
    if (n > 0 && max - min < (1L << (63 - indexBits))) {
      // Instant and position packed in one long: a sort of primitives, no objects.
      long[] packed = new long[n];
      for (int i = 0; i < n; i++) {
        packed[i] = ((keys[i] - min) << indexBits) | i;
      }
      Arrays.parallelSort(packed);
      long mask = (1L << indexBits) - 1;
      for (int i = 0; i < n; i++) {
        sorted[i] = items[(int) (packed[i] & mask)];
      }
    } else if (n > 0) {
      Integer[] order = new Integer[n];
      Arrays.setAll(order, i -> i);
      Arrays.sort(order, (a, b) -> keys[a] != keys[b] ? Long.compare(keys[a], keys[b]) : Integer.compare(a, b));
      for (int i = 0; i < n; i++) {
        sorted[i] = items[order[i]];
      }
    }
    return Collections.unmodifiableList(Arrays.asList(sorted));
  }

  public String title() {
    return title;
  }

  public Optional<String> description() {
    return description;
  }

  public String license() {
    return license;
  }

  public Optional<String> attribution() {
    return attribution;
  }

  public Optional<LocalDate> openOn() {
    return openOn;
  }

  public List<Place> places() {
    return places;
  }

  public List<Category> categories() {
    return categories;
  }

  /** The eras the timeline shows as labelled bands, in the file's order; often none. */
  public List<Era> eras() {
    return eras;
  }

  /** The stories a reader can step through, in the file's order; often none. */
  public List<Story> stories() {
    return stories;
  }

  public Optional<Story> story(String id) {
    return stories.stream().filter(s -> s.id().equals(id)).findFirst();
  }

  /** The same dataset with these eras and stories instead of its own. */
  public Dataset withErasAndStories(List<Era> newEras, List<Story> newStories) {
    return new Dataset(title, description, license, attribution, openOn, places, categories, events, newEras,
        newStories);
  }

  /** Every event, by when it began (earliest instant), then in the file's order. */
  public List<Event> events() {
    return events;
  }

  public Optional<Event> event(String id) {
    for (Event e : events) {
      if (e.id().equals(id)) {
        return Optional.of(e);
      }
    }
    return Optional.empty();
  }

  /** The first local day of the earliest event; empty for a dataset without dated events. */
  public Optional<LocalDate> firstDay() {
    return span()[0] > span()[1] ? Optional.empty() : Optional.of(LocalDate.ofEpochDay(span()[0]));
  }

  /** The last local day any event covers; empty for a dataset without dated events. */
  public Optional<LocalDate> lastDay() {
    return span()[0] > span()[1] ? Optional.empty() : Optional.of(LocalDate.ofEpochDay(span()[1]));
  }

  /** How many events have no place: they are on the timeline and in the list, not on the map. */
  public long countWithoutPlace() {
    return events.stream().filter(e -> !e.hasPlace()).count();
  }

  /** How many events have no date: they are on the map and in the list, not on the timeline. */
  public long countWithoutDate() {
    return events.stream().filter(e -> !e.hasDate()).count();
  }

  private long[] span() {
    long[] s = span;
    if (s == null) {
      long first = Long.MAX_VALUE;
      long last = Long.MIN_VALUE;
      for (Event e : events) {
        if (e.hasDate()) {
          TimePoint start = e.start().get();
          first = Math.min(first, start.firstLocalEpochDay(e.zone()));
          last = Math.max(last, e.end().orElse(start).lastLocalEpochDay(e.zone()));
        }
      }
      s = new long[] {first, last};
      span = s; // racing threads work out the same numbers
    }
    return s;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Dataset d && d.title.equals(title) && d.description.equals(description)
        && d.license.equals(license) && d.attribution.equals(attribution) && d.openOn.equals(openOn)
        && d.places.equals(places) && d.categories.equals(categories) && d.events.equals(events)
        && d.eras.equals(eras) && d.stories.equals(stories);
  }

  @Override
  public int hashCode() {
    return Objects.hash(title, description, license, attribution, openOn, places, categories, events, eras, stories);
  }

  @Override
  public String toString() {
    return "Dataset[title=" + title + ", " + places.size() + " places, " + categories.size() + " categories, "
        + events.size() + " events]";
  }
}
