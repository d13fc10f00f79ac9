package org.eventmap.state;

import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.BitSet;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.ObjectBinding;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableSet;
import org.eventmap.domain.Event;
import org.eventmap.time.EventTimeIndex;

/**
 * The filters (hidden categories, one actor, words to search for) and what passes them: the events
 * whatever their time, and those the time window shows too. A search of a large dataset runs in the
 * background while the filters keep what the previous one found.
 */
public final class FilterModel {
  /**
   * Up to this many events a search is done at once (a few milliseconds), so that a small file never
   * flashes "Searching…"; beyond it the search runs in the background (a second per 200,000 events).
   */
  static final int SEARCH_AT_ONCE_LIMIT = 2_000;
  /** One thread for every search: a newer query makes the older one stop, so they never pile up. */
  private static final ExecutorService SEARCHER = Executors.newSingleThreadExecutor(task -> {
    Thread thread = new Thread(task, "eventmap-search");
    thread.setDaemon(true);
    thread.setPriority(Thread.NORM_PRIORITY - 1);
    return thread;
  });

  private final DatasetModel data;
  private final TimeModel time;
  private final Executor onFxThread;
  private final ReadOnlyStringWrapper searchText = new ReadOnlyStringWrapper(this, "searchText", "");
  private final ReadOnlyObjectWrapper<String> actor = new ReadOnlyObjectWrapper<>(this, "actorFilter");
  private final ObservableSet<String> hiddenCategories = FXCollections.observableSet();
  /** What the search shown found: positions in the time index of the matching events; null for all. */
  private final ReadOnlyObjectWrapper<int[]> searchMatches = new ReadOnlyObjectWrapper<>(this, "searchMatches");
  private final ReadOnlyBooleanWrapper searching = new ReadOnlyBooleanWrapper(this, "searching", false);
  /** Which search is the latest; an older one still running sees it has been overtaken and stops. */
  private final AtomicLong latestSearch = new AtomicLong();
  private final ObjectBinding<int[]> filteredPositions;
  private final ObjectBinding<List<Event>> filteredEvents;
  private final ObjectBinding<int[]> visiblePositions;
  private final ObjectBinding<List<Event>> visibleEvents;
  private final ObjectBinding<int[]> mappedPositions;

  /**
   * Filters whose background searches hand their results to {@code onFxThread}, which must run them
   * on the thread that owns the state.
   */
  public FilterModel(DatasetModel data, TimeModel time, Executor onFxThread) {
    this.data = Objects.requireNonNull(data);
    this.time = Objects.requireNonNull(time);
    this.onFxThread = Objects.requireNonNull(onFxThread);
    filteredPositions = Bindings.createObjectBinding(this::computeFilteredPositions,
        data.datasetProperty(), hiddenCategories, searchMatches, actor);
    filteredEvents = Bindings.createObjectBinding(() -> filteredPositions.get() == null
        ? data.timeIndex().events() : data.timeIndex().eventsAt(filteredPositions.get()), filteredPositions);
    visiblePositions = Bindings.createObjectBinding(this::computeVisiblePositions,
        data.datasetProperty(), time.currentTimeProperty(), time.windowProperty(), filteredPositions);
    visibleEvents = Bindings.createObjectBinding(
        () -> data.timeIndex().eventsAt(visiblePositions.get()), visiblePositions);
    mappedPositions = Bindings.createObjectBinding(
        () -> data.timeIndex().placedAmong(visiblePositions.get()), visiblePositions);
  }

  /** Words to look for in titles, summaries, actors and places; empty for all events. */
  public ReadOnlyStringProperty searchTextProperty() {
    return searchText.getReadOnlyProperty();
  }

  /**
   * Whether a search is still running in the background; until it is done the filters show what the
   * previous search found.
   */
  public ReadOnlyBooleanProperty searchingProperty() {
    return searching.getReadOnlyProperty();
  }

  /** The actor whose events alone are shown; null for all. */
  public ReadOnlyObjectProperty<String> actorProperty() {
    return actor.getReadOnlyProperty();
  }

  /** Ids of the categories the person has hidden. */
  public ObservableSet<String> hiddenCategories() {
    return FXCollections.unmodifiableObservableSet(hiddenCategories);
  }

  /** Positions in the time index of the events that pass the filters; null when none is set. */
  public ObjectBinding<int[]> filteredPositions() {
    return filteredPositions;
  }

  /** The events that pass the filters, whatever their time. */
  public ObjectBinding<List<Event>> filteredEvents() {
    return filteredEvents;
  }

  /** Positions in the time index of the events that pass the filters and are in the window, in order. */
  public ObjectBinding<int[]> visiblePositions() {
    return visiblePositions;
  }

  /** Those of {@link #visiblePositions()} whose events have a place: what the map shows. */
  public ObjectBinding<int[]> mappedPositions() {
    return mappedPositions;
  }

  /** The events that pass the filters and are in the window. */
  public ObjectBinding<List<Event>> visibleEvents() {
    return visibleEvents;
  }

  /** Whether the event passes the filters and is in the window. */
  public boolean isVisible(Event e) {
    int i = data.timeIndex().indexOf(e);
    return i >= 0 && Arrays.binarySearch(visiblePositions.get(), i) >= 0;
  }

  /** No filter at all; a search still running of the last dataset is dropped. */
  void clear() {
    hiddenCategories.clear();
    searchText.set("");
    startSearch();
    actor.set(null);
  }

  /**
   * Looks for these words; on a large dataset in the background, while the filters keep what the
   * previous search found (see {@link #searchingProperty()}).
   */
  public void setSearchText(String text) {
    String query = text == null ? "" : text.strip();
    if (!query.equals(searchText.get())) {
      searchText.set(query);
      startSearch();
    }
  }

  private void startSearch() {
    long search = latestSearch.incrementAndGet();
    String query = searchText.get();
    EventTimeIndex index = data.timeIndex();
    if (query.isEmpty() || index.size() <= SEARCH_AT_ONCE_LIMIT) {
      searchMatches.set(query.isEmpty() ? null : EventSearch.of(query).positionsIn(index.events(), () -> true));
      searching.set(false);
      return;
    }
    searching.set(true);
    SEARCHER.execute(() -> {
      int[] found = EventSearch.of(query).positionsIn(index.events(), () -> latestSearch.get() == search);
      if (found != null) {
        onFxThread.execute(() -> {
          if (latestSearch.get() == search) {
            searchMatches.set(found);
            searching.set(false);
          }
        });
      }
    });
  }

  /** Shows only the events of this actor; null or blank shows every actor's. */
  public void setActor(String name) {
    actor.set(name == null || name.isBlank() ? null : name);
  }

  /** Shows or hides the events of a category. */
  public void showCategory(String categoryId, boolean shown) {
    if (shown) {
      hiddenCategories.remove(categoryId);
    } else {
      hiddenCategories.add(categoryId);
    }
  }

  /**
   * The position nearest {@code from} in the given direction (itself included) of an event that passes
   * the filters; -1 or the index's size when there is none.
   */
  public int nearestPassing(int from, int direction) {
    int[] filtered = filteredPositions.get();
    int size = data.timeIndex().size();
    if (filtered == null || from < 0 || from >= size) {
      return from;
    }
    int k = Arrays.binarySearch(filtered, from);
    if (k >= 0) {
      return from;
    }
    int next = -k - 1; // the first passing position after from
    if (direction > 0) {
      return next < filtered.length ? filtered[next] : size;
    }
    return next > 0 ? filtered[next - 1] : -1;
  }

  /** The search's part comes ready from {@link #startSearch()}; categories and actors are quick to test. */
  private int[] computeFilteredPositions() {
    int[] matches = searchMatches.get();
    String only = actor.get();
    if (hiddenCategories.isEmpty() && only == null) {
      return matches;
    }
    List<Event> events = data.timeIndex().events();
    int candidates = matches == null ? events.size() : matches.length;
    int[] accepted = new int[candidates];
    int count = 0;
    for (int c = 0; c < candidates; c++) {
      int i = matches == null ? c : matches[c];
      Event e = events.get(i);
      if (!hiddenCategories.contains(e.category().id()) && (only == null || e.actors().contains(only))) {
        accepted[count++] = i;
      }
    }
    return Arrays.copyOf(accepted, count);
  }

  private int[] computeVisiblePositions() {
    LocalDateTime now = time.currentTime();
    EventTimeIndex index = data.timeIndex();
    if (data.dataset() == null) {
      return new int[0];
    }
    int[] filtered = filteredPositions.get();
    if (now == null) {
      // No time to be at (no dated events): the undated ones are shown all the same.
      return index.undatedAmong(filtered);
    }
    if (filtered == null) {
      return index.positionsInWindow(time.window(), now, i -> true);
    }
    // Filters on: test positions against a mask of what passed them.
    BitSet passed = new BitSet(index.size());
    for (int i : filtered) {
      passed.set(i);
    }
    return index.positionsInWindow(time.window(), now, passed::get);
  }
}
