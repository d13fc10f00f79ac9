package org.eventmap.time;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.function.IntPredicate;
import org.eventmap.domain.Event;

/**
 * A dataset's events sorted by their wall-clock start, with starts and ends as primitive seconds, so
 * that what a timeline position shows, and the next or previous event, are found by binary search.
 */
public final class EventTimeIndex {
  private final List<Event> events;
  /** Events from here on have no date ({@link WallClock#UNDATED}): they sort last. */
  private final int firstUndated;
  private final long[] starts;
  private final long[] ends;
  /** For each position, the latest end among events up to it: lets a window skip what ended before it. */
  private final long[] maxEndSoFar;
  /**
   * For each position, the index of its place in {@link #places()}: grouping by place without hashing;
   * {@link #NO_PLACE} for an event without a place.
   */
  private final int[] placeOf;
  private final List<org.eventmap.domain.Place> places;
  private final List<int[]> trips;
  /** The positions of each place's events, place after place, ascending within each: place p's are from
   * {@code placeFirst[p]} to {@code placeFirst[p + 1]}. */
  private final int[] placeFirst;
  private final int[] byPlace;
  /** Every actor named, once, in alphabetical order regardless of case; and events per category id. */
  private final List<String> actors;
  private final java.util.Map<String, Integer> categoryCounts;

  /** An event with its wall-clock start worked out once, for sorting: not twice per comparison. */
  private record Keyed(long start, Event event) {}

  public EventTimeIndex(List<Event> unsorted) {
    // Built off the JavaFX thread, after a file is read: both cores help with a million events.
    Keyed[] keyed = new Keyed[unsorted.size()];
    java.util.stream.IntStream.range(0, keyed.length).parallel()
        .forEach(i -> keyed[i] = new Keyed(WallClock.startSeconds(unsorted.get(i)), unsorted.get(i)));
    Arrays.parallelSort(keyed, Comparator.comparingLong(Keyed::start).thenComparing(k -> k.event().id()));
    List<Event> sorted = new ArrayList<>(keyed.length);
    for (Keyed k : keyed) {
      sorted.add(k.event());
    }
    this.events = List.copyOf(sorted);
    int n = sorted.size();
    starts = new long[n];
    ends = new long[n];
    maxEndSoFar = new long[n];
    placeOf = new int[n];
    java.util.Map<org.eventmap.domain.Place, Integer> placeIds = new java.util.HashMap<>();
    java.util.Map<org.eventmap.domain.Place, Integer> samePlace = new java.util.IdentityHashMap<>();
    List<org.eventmap.domain.Place> placeList = new ArrayList<>();
    long maxEnd = Long.MIN_VALUE;
    for (int i = 0; i < n; i++) {
      Event e = sorted.get(i);
      // Most events share their place object with others: look it up by identity before hashing the
      // record's name, point and zone.
      org.eventmap.domain.Place place = e.place().orElse(null);
      Integer id = place == null ? Integer.valueOf(NO_PLACE) : samePlace.get(place);
      if (id == null) {
        id = placeIds.get(place);
        if (id == null) {
          id = placeList.size();
          placeIds.put(place, id);
          placeList.add(place);
        }
        samePlace.put(place, id);
      }
      placeOf[i] = id;
      starts[i] = keyed[i].start();
      ends[i] = WallClock.endExclusiveSeconds(e);
      maxEnd = Math.max(maxEnd, ends[i]);
      maxEndSoFar[i] = maxEnd;
    }
    places = List.copyOf(placeList);
    firstUndated = countStartedBy(WallClock.UNDATED - 1);
    trips = tripsOf(sorted);
    placeFirst = new int[places.size() + 1];
    for (int i = 0; i < n; i++) {
      if (placeOf[i] != NO_PLACE) {
        placeFirst[placeOf[i] + 1]++;
      }
    }
    for (int p = 0; p < places.size(); p++) {
      placeFirst[p + 1] += placeFirst[p];
    }
    byPlace = new int[placeFirst[places.size()]];
    int[] filled = Arrays.copyOf(placeFirst, places.size());
    for (int i = 0; i < n; i++) {
      if (placeOf[i] != NO_PLACE) {
        byPlace[filled[placeOf[i]]++] = i;
      }
    }
    // Worked out here, off the JavaFX thread: for a million events the legend's counts and the actor
    // menu took a quarter of a second when the file was shown.
    java.util.Set<String> named = new java.util.HashSet<>();
    java.util.Map<String, Integer> perCategory = new java.util.HashMap<>();
    for (Event e : sorted) {
      named.addAll(e.actors());
      perCategory.merge(e.category().id(), 1, Integer::sum);
    }
    actors = named.stream().sorted(String.CASE_INSENSITIVE_ORDER).toList();
    categoryCounts = java.util.Map.copyOf(perCategory);
  }

  /** Every actor the events name, once, in alphabetical order regardless of case. */
  public List<String> actors() {
    return actors;
  }

  /** How many events are in the category with this id. */
  public int countInCategory(String categoryId) {
    return categoryCounts.getOrDefault(categoryId, 0);
  }

  /**
   * How many of the first n events, all of them (positions null) or those at the given positions (in
   * order), began before the given second.
   */
  public int countStartedBefore(int[] positions, int n, long second) {
    int low = 0;
    int high = n;
    while (low < high) {
      int mid = (low + high) >>> 1;
      if (starts[positions == null ? mid : positions[mid]] < second) {
        low = mid + 1;
      } else {
        high = mid;
      }
    }
    return low;
  }

  /** How many events the place has. */
  public int countAtPlace(int place) {
    return placeFirst[place + 1] - placeFirst[place];
  }

  /** The position of the place's k-th event in wall-clock order (from 0). */
  public int positionAtPlace(int place, int k) {
    return byPlace[placeFirst[place] + k];
  }

  /** A journey goes from place to place in time: its stops without a place or a date are left out. */
  private List<int[]> tripsOf(List<Event> sorted) {
    java.util.Map<String, List<Integer>> byTag = new java.util.LinkedHashMap<>();
    for (int i = 0; i < firstUndated; i++) {
      if (placeOf[i] == NO_PLACE) {
        continue;
      }
      for (String tag : sorted.get(i).tags()) {
        if (tag.startsWith("trip:")) {
          byTag.computeIfAbsent(tag, t -> new ArrayList<>()).add(i);
        }
      }
    }
    return byTag.values().stream().map(l -> l.stream().mapToInt(Integer::intValue).toArray()).toList();
  }

  /**
   * The journeys: for each {@code trip:NAME} tag, the positions of its events in wall-clock order.
   * Worked out with the index, off the JavaFX thread, since it reads every event's tags.
   */
  public List<int[]> trips() {
    return trips;
  }

  /** The end of the event that ends last (wall-clock seconds); undefined without events. */
  public long latestEnd() {
    return firstUndated == 0 ? Long.MIN_VALUE : maxEndSoFar[firstUndated - 1];
  }

  /** How many events have a date: they are positions 0 to this, those without one come after. */
  public int datedCount() {
    return firstUndated;
  }

  public boolean isDated(int i) {
    return i < firstUndated;
  }

  /** How many events have no place: on the timeline and in the list, not on the map. */
  public int unplacedCount() {
    return size() - byPlace.length;
  }

  /** How many events have no date: on the map and in the list, not on the timeline. */
  public int undatedCount() {
    return size() - firstUndated;
  }

  public boolean isPlaced(int i) {
    return placeOf[i] != NO_PLACE;
  }

  /** The positions of the events without a date, all of them or those among these (ascending; null for all). */
  public int[] undatedAmong(int[] positions) {
    if (positions == null) {
      return java.util.stream.IntStream.range(firstUndated, starts.length).toArray();
    }
    return Arrays.stream(positions).filter(i -> i >= firstUndated).toArray();
  }

  /** The positions among these (ascending) whose events have a place, for the map. */
  public int[] placedAmong(int[] positions) {
    int count = 0;
    for (int i : positions) {
      if (placeOf[i] != NO_PLACE) {
        count++;
      }
    }
    if (count == positions.length) {
      return positions;
    }
    int[] placed = new int[count];
    int k = 0;
    for (int i : positions) {
      if (placeOf[i] != NO_PLACE) {
        placed[k++] = i;
      }
    }
    return placed;
  }

  /** The distinct places of the events. */
  public List<org.eventmap.domain.Place> places() {
    return places;
  }

  /** In {@link #placeOf}: the event has no place. */
  public static final int NO_PLACE = -1;

  /** The index in {@link #places()} of the place of the event at position i; {@link #NO_PLACE} without one. */
  public int placeOf(int i) {
    return placeOf[i];
  }

  /** The events at the given positions, as a list that copies nothing. */
  public List<Event> eventsAt(int[] positions) {
    return new java.util.AbstractList<>() {
      @Override
      public Event get(int i) {
        return events.get(positions[i]);
      }

      @Override
      public int size() {
        return positions.length;
      }

      // Equal only to itself: comparing half a million events one by one, as JavaFX does before it
      // tells listeners of a new value, would cost more than computing them.
      @Override
      public boolean equals(Object o) {
        return this == o;
      }

      @Override
      public int hashCode() {
        return System.identityHashCode(this);
      }
    };
  }

  /** The events in wall-clock order of their start. */
  public List<Event> events() {
    return events;
  }

  public int size() {
    return events.size();
  }

  public long start(int i) {
    return starts[i];
  }

  public long endExclusive(int i) {
    return ends[i];
  }

  /** The number of events that began at or before the given second. */
  public int countStartedBy(long second) {
    int i = Arrays.binarySearch(starts, second);
    if (i < 0) {
      return -i - 1;
    }
    while (i < starts.length && starts[i] == second) {
      i++;
    }
    return i;
  }

  /** The events the window shows at the cursor, in wall-clock order, that the filter accepts. */
  public List<Event> inWindow(TimeWindow window, LocalDateTime cursor, IntPredicate accepted) {
    return eventsAt(positionsInWindow(window, cursor, accepted));
  }

  /**
   * The positions of the events the window shows at the cursor that the filter accepts, in order; the
   * events without a date are shown at every time, after the others.
   */
  public int[] positionsInWindow(TimeWindow window, LocalDateTime cursor, IntPredicate accepted) {
    long from = window.fromSeconds(cursor);
    long to = window.toSeconds(cursor);
    int end = Math.min(firstUndated, countStartedBy(to - 1));
    // Events before `first` all ended before the window began.
    int first = from == Long.MIN_VALUE ? 0 : Math.min(end, firstEndingAfter(from));
    int undated = starts.length - firstUndated;
    int[] result = new int[Math.max(0, end - first) + undated];
    int count = 0;
    for (int i = first; i < end; i++) {
      if (ends[i] > from && accepted.test(i)) {
        result[count++] = i;
      }
    }
    for (int i = firstUndated; i < starts.length; i++) {
      if (accepted.test(i)) {
        result[count++] = i;
      }
    }
    return count == result.length ? result : Arrays.copyOf(result, count);
  }

  /** The first position from which an event may end after the given second: all before it ended by then. */
  public int firstEndingAfter(long second) {
    int lo = 0;
    int hi = maxEndSoFar.length;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (maxEndSoFar[mid] > second) {
        hi = mid;
      } else {
        lo = mid + 1;
      }
    }
    return lo;
  }

  /**
   * Where, in ascending positions, to start looking for events going on after the given second: those
   * before it had all ended. Lets "what happens on this day" skip the half million events that went before.
   */
  public int firstPossiblyAfter(int[] positions, long second) {
    int k = Arrays.binarySearch(positions, firstEndingAfter(second));
    return k >= 0 ? k : -k - 1;
  }

  /** How many of the events at the given positions (ascending) overlap the span [from, to). */
  public int countOverlapping(int[] positions, long from, long to) {
    int count = 0;
    for (int k = firstPossiblyAfter(positions, from); k < positions.length && starts[positions[k]] < to; k++) {
      if (ends[positions[k]] > from) {
        count++;
      }
    }
    return count;
  }

  /** The first event that begins after the given second, if any (for "next event"). */
  public int nextAfter(long second) {
    int i = countStartedBy(second);
    return i < firstUndated ? i : -1;
  }

  /** The last event that begins before the given second, if any (for "previous event"). */
  public int previousBefore(long second) {
    int i = Arrays.binarySearch(starts, second);
    int insertion = Math.min(firstUndated, i < 0 ? -i - 1 : i);
    while (insertion > 0 && starts[insertion - 1] >= second) {
      insertion--;
    }
    return insertion - 1;
  }

  /** The position of an event, found by binary search on its start. */
  public int indexOf(Event e) {
    long start = WallClock.startSeconds(e);
    int i = Arrays.binarySearch(starts, start);
    if (i < 0) {
      return -1;
    }
    while (i > 0 && starts[i - 1] == start) {
      i--;
    }
    for (; i < starts.length && starts[i] == start; i++) {
      if (events.get(i).equals(e)) {
        return i;
      }
    }
    return -1;
  }
}
