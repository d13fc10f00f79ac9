package org.eventmap.state;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.ObjectBinding;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.value.ObservableValue;
import javafx.collections.FXCollections;
import javafx.collections.ObservableSet;
import org.eventmap.domain.Dataset;
import org.eventmap.domain.Event;
import org.eventmap.geo.Viewport;
import org.eventmap.geo.WebMercator;
import org.eventmap.geo.WorldBounds;
import org.eventmap.io.LoadResult;
import org.eventmap.io.Problem;
import org.eventmap.time.EventTimeIndex;
import org.eventmap.time.TimeWindow;
import org.eventmap.time.WallClock;

/**
 * The one observable state of the application: which dataset is shown, where the timeline is and what
 * window of time it shows, the filters, the selected event, what the map shows, and what went wrong
 * with the last file. Views read the
 * read-only properties and change the state only through the named commands below, so two views never
 * need to know about each other.
 */
public final class AppState {
  private static final double FIT_MARGIN_PIXELS = 60;
  /** How far inside the map's edge a selected event off the map is brought. */
  private static final double REVEAL_MARGIN_PIXELS = 60;
  /**
   * Up to this many events a search is done at once (a few milliseconds), so that a small file never
   * flashes "Searching…"; beyond it the search runs in the background (a second per 200,000 events).
   */
  static final int SEARCH_AT_ONCE_LIMIT = 2_000;
  /** One thread for every search: a newer query makes the older one stop, so they never pile up. */
  private static final java.util.concurrent.ExecutorService SEARCHER =
      java.util.concurrent.Executors.newSingleThreadExecutor(task -> {
        Thread thread = new Thread(task, "eventmap-search");
        thread.setDaemon(true);
        thread.setPriority(Thread.NORM_PRIORITY - 1);
        return thread;
      });

  private final ReadOnlyObjectWrapper<Dataset> dataset = new ReadOnlyObjectWrapper<>(this, "dataset");
  private final ReadOnlyStringWrapper datasetName = new ReadOnlyStringWrapper(this, "datasetName", "");
  private final ReadOnlyObjectWrapper<LocalDateTime> currentTime = new ReadOnlyObjectWrapper<>(this, "currentTime");
  private final ObjectBinding<LocalDate> currentDay;
  private final ReadOnlyObjectWrapper<TimeWindow> window =
      new ReadOnlyObjectWrapper<>(this, "window", TimeWindow.cumulative());
  private final ReadOnlyStringWrapper searchText = new ReadOnlyStringWrapper(this, "searchText", "");
  private final ReadOnlyObjectWrapper<String> actorFilter = new ReadOnlyObjectWrapper<>(this, "actorFilter");
  private final ReadOnlyBooleanWrapper playing = new ReadOnlyBooleanWrapper(this, "playing", false);
  private final ReadOnlyObjectWrapper<PlaySpeed> playSpeed =
      new ReadOnlyObjectWrapper<>(this, "playSpeed", PlaySpeed.DAY_PER_SECOND);
  private EventTimeIndex timeIndex = new EventTimeIndex(List.of());
  private LocalDateTime firstTime;
  private LocalDateTime lastTime;
  private final ReadOnlyObjectWrapper<Event> selectedEvent = new ReadOnlyObjectWrapper<>(this, "selectedEvent");
  private final ReadOnlyObjectWrapper<Viewport> viewport =
      new ReadOnlyObjectWrapper<>(this, "viewport", new Viewport(0.5, 0.5, 256, 0, 0));
  private final ReadOnlyObjectWrapper<List<Problem>> problems =
      new ReadOnlyObjectWrapper<>(this, "problems", List.of());
  private final ReadOnlyStringWrapper problemsFile = new ReadOnlyStringWrapper(this, "problemsFile", "");
  private final ReadOnlyStringWrapper loadingFile = new ReadOnlyStringWrapper(this, "loadingFile", "");
  private final javafx.beans.property.ReadOnlyDoubleWrapper loadProgress =
      new javafx.beans.property.ReadOnlyDoubleWrapper(this, "loadProgress", -1);
  private final ReadOnlyBooleanWrapper cancelLoadRequested =
      new ReadOnlyBooleanWrapper(this, "cancelLoadRequested", false);
  private final ReadOnlyObjectWrapper<MapProvider> mapProvider =
      new ReadOnlyObjectWrapper<>(this, "mapProvider", MapProvider.EMBEDDED);
  private final ReadOnlyStringWrapper mapNotice = new ReadOnlyStringWrapper(this, "mapNotice", "");
  private double[] pendingView;
  private final ObservableSet<String> hiddenCategories = FXCollections.observableSet();
  private final ReadOnlyBooleanWrapper showJourneys = new ReadOnlyBooleanWrapper(this, "showJourneys", true);
  private final ReadOnlyBooleanWrapper showLinks = new ReadOnlyBooleanWrapper(this, "showLinks", true);
  /** What the search shown found: positions in the time index of the matching events; null for all. */
  private final ReadOnlyObjectWrapper<int[]> searchMatches = new ReadOnlyObjectWrapper<>(this, "searchMatches");
  private final ReadOnlyBooleanWrapper searching = new ReadOnlyBooleanWrapper(this, "searching", false);
  /** Which search is the latest; an older one still running sees it has been overtaken and stops. */
  private final java.util.concurrent.atomic.AtomicLong latestSearch = new java.util.concurrent.atomic.AtomicLong();
  private final java.util.concurrent.Executor onFxThread;
  private final ObjectBinding<int[]> filteredPositions;
  private final ObjectBinding<List<Event>> filteredEvents;
  private final ObjectBinding<int[]> visiblePositions;
  private final ObjectBinding<List<Event>> visibleEvents;

  public AppState() {
    this(javafx.application.Platform::runLater);
  }

  /**
   * A state whose background searches hand their results to {@code onFxThread}, which must run them on
   * the thread that owns the state (the JavaFX thread, or a test's own thread).
   */
  public AppState(java.util.concurrent.Executor onFxThread) {
    this.onFxThread = java.util.Objects.requireNonNull(onFxThread);
    currentDay = Bindings.createObjectBinding(
        () -> currentTime.get() == null ? null : currentTime.get().toLocalDate(), currentTime);
    filteredPositions = Bindings.createObjectBinding(this::computeFilteredPositions,
        dataset, hiddenCategories, searchMatches, actorFilter);
    filteredEvents = Bindings.createObjectBinding(
        () -> filteredPositions.get() == null ? timeIndex.events() : timeIndex.eventsAt(filteredPositions.get()),
        filteredPositions);
    visiblePositions = Bindings.createObjectBinding(this::computeVisiblePositions,
        dataset, currentTime, window, filteredPositions);
    visibleEvents = Bindings.createObjectBinding(() -> timeIndex.eventsAt(visiblePositions.get()), visiblePositions);
  }

  // ---- read-only state -------------------------------------------------------------------------

  public ReadOnlyObjectProperty<Dataset> datasetProperty() {
    return dataset.getReadOnlyProperty();
  }

  public Dataset dataset() {
    return dataset.get();
  }

  /** The file (or built-in resource) the shown dataset came from. */
  public ReadOnlyStringProperty datasetNameProperty() {
    return datasetName.getReadOnlyProperty();
  }

  /** The position of the timeline, in local wall-clock time (docs/adr/0008). */
  public ReadOnlyObjectProperty<LocalDateTime> currentTimeProperty() {
    return currentTime.getReadOnlyProperty();
  }

  public LocalDateTime currentTime() {
    return currentTime.get();
  }

  /** The day of the timeline's position. */
  public ObservableValue<LocalDate> currentDayProperty() {
    return currentDay;
  }

  public LocalDate currentDay() {
    return currentDay.get();
  }

  /** Which events the timeline's position shows: everything up to it, the last days, or a range. */
  public ReadOnlyObjectProperty<TimeWindow> windowProperty() {
    return window.getReadOnlyProperty();
  }

  public TimeWindow window() {
    return window.get();
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

  public boolean searching() {
    return searching.get();
  }

  /** The actor whose events alone are shown; null for all. */
  public ReadOnlyObjectProperty<String> actorFilterProperty() {
    return actorFilter.getReadOnlyProperty();
  }

  public ReadOnlyBooleanProperty playingProperty() {
    return playing.getReadOnlyProperty();
  }

  public ReadOnlyObjectProperty<PlaySpeed> playSpeedProperty() {
    return playSpeed.getReadOnlyProperty();
  }

  /** The dataset's events in wall-clock order, for the timeline. */
  public EventTimeIndex timeIndex() {
    return timeIndex;
  }

  /** The events that pass the category, actor and search filters, whatever their time. */
  public ObjectBinding<List<Event>> filteredEvents() {
    return filteredEvents;
  }

  /** The first and last moments the timeline can be at; null without events. */
  public LocalDateTime firstTime() {
    return firstTime;
  }

  public LocalDateTime lastTime() {
    return lastTime;
  }

  public ReadOnlyObjectProperty<Event> selectedEventProperty() {
    return selectedEvent.getReadOnlyProperty();
  }

  public Optional<Event> selectedEvent() {
    return Optional.ofNullable(selectedEvent.get());
  }

  public ReadOnlyObjectProperty<Viewport> viewportProperty() {
    return viewport.getReadOnlyProperty();
  }

  public Viewport viewport() {
    return viewport.get();
  }

  /** Problems of the last file opened; errors mean it was not shown. Empty when all was well. */
  public ReadOnlyObjectProperty<List<Problem>> problemsProperty() {
    return problems.getReadOnlyProperty();
  }

  public ReadOnlyStringProperty problemsFileProperty() {
    return problemsFile.getReadOnlyProperty();
  }

  /** The file being read in the background; empty when nothing is loading. */
  public ReadOnlyStringProperty loadingFileProperty() {
    return loadingFile.getReadOnlyProperty();
  }

  /** How far the file being read is, from 0 to 1; -1 while that is not known. */
  public javafx.beans.property.ReadOnlyDoubleProperty loadProgressProperty() {
    return loadProgress.getReadOnlyProperty();
  }

  /** Set when the person asks to stop reading the file; whoever reads it stops. */
  public ReadOnlyBooleanProperty cancelLoadRequestedProperty() {
    return cancelLoadRequested.getReadOnlyProperty();
  }

  /** Ids of the categories the person has hidden (from the legend). */
  public ObservableSet<String> hiddenCategories() {
    return FXCollections.unmodifiableObservableSet(hiddenCategories);
  }

  /** Whether journeys (events tagged {@code trip:NAME}) are drawn as arcs from place to place. */
  public ReadOnlyBooleanProperty showJourneysProperty() {
    return showJourneys.getReadOnlyProperty();
  }

  /** Whether the selected event's related events are linked to it on the map. */
  public ReadOnlyBooleanProperty showLinksProperty() {
    return showLinks.getReadOnlyProperty();
  }

  /** Which basemap is shown. */
  public ReadOnlyObjectProperty<MapProvider> mapProviderProperty() {
    return mapProvider.getReadOnlyProperty();
  }

  /** Why the map is not the one the person asked for, in words for a person; empty when all is well. */
  public ReadOnlyStringProperty mapNoticeProperty() {
    return mapNotice.getReadOnlyProperty();
  }

  /** The events the map, the timeline's list and the count show: filtered, and in the window. */
  public ObjectBinding<List<Event>> visibleEvents() {
    return visibleEvents;
  }

  // ---- commands --------------------------------------------------------------------------------

  /**
   * Shows what a load produced. A file with errors leaves the shown dataset as it was and only reports
   * its problems; a good file replaces the dataset, goes to its last day and fits the map to it.
   */
  public void applyLoad(LoadResult result) {
    applyLoad(result, result.dataset().map(d -> new EventTimeIndex(d.events())).orElse(null));
  }

  /**
   * As {@link #applyLoad(LoadResult)}, with the dataset's time index already built (in the background,
   * for a large file: it costs a second per million events).
   */
  public void applyLoad(LoadResult result, EventTimeIndex index) {
    loadingFile.set("");
    cancelLoadRequested.set(false);
    if (result.cancelled()) {
      return; // nothing changes on screen
    }
    report(result.file(), result.problems());
    result.dataset().ifPresent(d -> show(d, result.file(), index));
  }

  /** Shows problems about a file without changing what is shown. */
  public void report(String file, List<Problem> fileProblems) {
    problemsFile.set(file);
    problems.set(List.copyOf(fileProblems));
  }

  /** A file is being read; what is shown stays until it is ready. */
  public void loadStarted(String file) {
    loadingFile.set(file);
    loadProgress.set(-1);
    cancelLoadRequested.set(false);
  }

  /** The reader got this far (0 to 1). */
  public void loadProgressed(double fraction) {
    loadProgress.set(fraction);
  }

  /** Asks to stop reading the file; the data shown stays. */
  public void cancelLoading() {
    if (!loadingFile.get().isEmpty()) {
      cancelLoadRequested.set(true);
    }
  }

  public void dismissProblems() {
    problems.set(List.of());
  }

  private void show(Dataset newDataset, String name, EventTimeIndex index) {
    selectedEvent.set(null);
    playing.set(false);
    hiddenCategories.clear();
    searchText.set("");
    startSearch(); // drops any search of the last file before its positions could meet the new index
    actorFilter.set(null);
    window.set(TimeWindow.cumulative());
    timeIndex = index;
    firstTime = index.size() == 0 ? null : WallClock.fromSeconds(index.start(0));
    lastTime = index.size() == 0 ? null : WallClock.fromSeconds(index.latestEnd() - 1);
    dataset.set(newDataset);
    datasetName.set(name);
    currentTime.set(lastTime());
    newDataset.openOn().ifPresent(this::goToDay);
    fitToOpeningView();
  }

  /**
   * The first view of a dataset: the events of the day it opens on, when the curator chose one and
   * something happens that day; otherwise all of it.
   */
  private void fitToOpeningView() {
    Dataset d = dataset.get();
    LocalDate day = currentDay.get();
    List<Event> thatDay = d.openOn().isEmpty() || day == null
        ? List.of() : d.events().stream().filter(e -> e.covers(day)).toList();
    if (thatDay.isEmpty()) {
      fitTo(d.events());
    } else {
      Viewport current = viewport.get();
      fitTo(inMainRegion(thatDay), Math.min(Viewport.MAX_SCALE / 16,
          Math.min(current.width(), current.height()) / org.eventmap.geo.MainRegion.REACH));
    }
  }

  /** Those of the events in the region where most of them are; the map points to the others from its edge. */
  private static List<Event> inMainRegion(List<Event> events) {
    double[] lonLat = new double[events.size() * 2];
    for (int i = 0; i < events.size(); i++) {
      lonLat[2 * i] = events.get(i).place().location().lon();
      lonLat[2 * i + 1] = events.get(i).place().location().lat();
    }
    return java.util.Arrays.stream(org.eventmap.geo.MainRegion.of(lonLat)).mapToObj(events::get).toList();
  }

  /** Moves the timeline to the end of the day, kept within the dataset's span. */
  public void goToDay(LocalDate day) {
    if (day != null) {
      goTo(day.atTime(23, 59, 59));
    }
  }

  /** Moves the timeline to a moment, kept within the dataset's span. */
  public void goTo(LocalDateTime time) {
    LocalDateTime first = firstTime();
    LocalDateTime last = lastTime();
    if (time == null || first == null) {
      return;
    }
    currentTime.set(time.isBefore(first) ? first : time.isAfter(last) ? last : time);
  }

  public void stepDays(long days) {
    if (currentTime.get() != null) {
      goTo(currentTime.get().plus(days, ChronoUnit.DAYS));
    }
  }

  /** Moves to the next event that passes the filters, and selects it. */
  public boolean nextEvent() {
    return step(+1);
  }

  /** Moves to the previous event that passes the filters, and selects it. */
  public boolean previousEvent() {
    return step(-1);
  }

  private boolean step(int direction) {
    if (currentTime.get() == null) {
      return false;
    }
    long now = WallClock.seconds(currentTime.get());
    Event selected = selectedEvent.get();
    int i = direction > 0 ? timeIndex.nextAfter(now) : timeIndex.previousBefore(now);
    // From a selected event at the cursor, events starting at the same moment come next in order.
    if (selected != null && direction > 0) {
      int at = timeIndex.indexOf(selected);
      if (at >= 0 && at + 1 < timeIndex.size() && timeIndex.start(at + 1) == now) {
        i = at + 1;
      }
    }
    i = nearestPassing(i, direction);
    if (i < 0 || i >= timeIndex.size()) {
      return false;
    }
    Event target = timeIndex.events().get(i);
    currentTime.set(WallClock.start(target));
    selectedEvent.set(target);
    reveal(target);
    return true;
  }

  /** Selects the event with this id; an event outside the window moves the timeline to it. */
  public boolean select(String eventId) {
    Dataset d = dataset.get();
    Optional<Event> event = d == null ? Optional.empty() : d.event(eventId);
    event.ifPresent(this::select);
    return event.isPresent();
  }

  public void select(Event event) {
    if (event != null && currentTime.get() != null && !inWindow(event)) {
      LocalDateTime start = WallClock.start(event);
      if (window.get().mode() == TimeWindow.Mode.RANGE) {
        // Keep the range's length and move it so that it holds the event.
        long days = ChronoUnit.DAYS.between(window.get().rangeStart(), window.get().rangeEnd());
        LocalDate first = start.toLocalDate().minusDays(days / 2);
        window.set(TimeWindow.range(first, first.plusDays(Math.max(0, days - 1))));
      } else {
        goToDay(start.toLocalDate()); // its day, as when one picks the day on the timeline
      }
    }
    selectedEvent.set(event);
  }

  /**
   * Selects the event, as {@link #select(Event)}, and brings its place into the map's view if it is off
   * it: for a choice made away from the map (the list, a related event), where the person would not
   * otherwise see where it happened. A place on the map already leaves the map where it is.
   *
   * <p>{@link #select(Event)} itself leaves the map alone, so that a view restored or asked for on the
   * command line stays as it was with the selection that came with it.
   */
  public void selectAndReveal(Event event) {
    select(event);
    if (event != null) {
      reveal(event);
    }
  }

  /** Brings an event's place into the map's view, moving it as little as that takes. */
  private void reveal(Event event) {
    viewport.set(viewport.get().revealing(WebMercator.x(event.place().location().lon()),
        WebMercator.y(event.place().location().lat()), REVEAL_MARGIN_PIXELS));
  }

  private boolean inWindow(Event event) {
    long start = WallClock.seconds(WallClock.start(event));
    long end = WallClock.seconds(WallClock.endExclusive(event));
    return window.get().includes(start, end, currentTime.get());
  }

  /** Chooses what the timeline's position shows; the selection stays. */
  public void setWindow(TimeWindow newWindow) {
    window.set(java.util.Objects.requireNonNull(newWindow));
  }

  /**
   * Looks for these words; on a large dataset in the background, while the map, the timeline and the
   * list keep what the previous search found (see {@link #searchingProperty()}).
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
    EventTimeIndex index = timeIndex;
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
  public void setActorFilter(String actor) {
    actorFilter.set(actor == null || actor.isBlank() ? null : actor);
  }

  /** The actors of the dataset, each once, in alphabetical order. */
  public List<String> actors() {
    return dataset.get() == null ? List.of() : timeIndex.actors();
  }

  public void play() {
    if (currentTime.get() != null) {
      if (!currentTime.get().isBefore(lastTime())) {
        currentTime.set(firstTime());
      }
      playing.set(true);
    }
  }

  public void pause() {
    playing.set(false);
  }

  public void togglePlaying() {
    if (playing.get()) {
      pause();
    } else {
      play();
    }
  }

  public void setPlaySpeed(PlaySpeed speed) {
    playSpeed.set(java.util.Objects.requireNonNull(speed));
  }

  /** Playback moved on by this much real time; stops at the end of the dataset. */
  public void playFor(java.time.Duration elapsed) {
    if (!playing.get() || currentTime.get() == null) {
      return;
    }
    long seconds = Math.round(elapsed.toNanos() / 1e9 * playSpeed.get().datasetSecondsPerSecond());
    LocalDateTime next = currentTime.get().plusSeconds(Math.max(1, seconds));
    if (!next.isBefore(lastTime())) {
      goTo(lastTime());
      playing.set(false);
    } else {
      currentTime.set(next);
    }
  }

  public void clearSelection() {
    selectedEvent.set(null);
  }

  /** Shows or hides the events of a category everywhere; a hidden selected event is unselected. */
  public void showCategory(String categoryId, boolean shown) {
    if (shown) {
      hiddenCategories.remove(categoryId);
    } else {
      hiddenCategories.add(categoryId);
      if (selectedEvent.get() != null && selectedEvent.get().category().id().equals(categoryId)) {
        selectedEvent.set(null);
      }
    }
  }

  public void setShowJourneys(boolean show) {
    showJourneys.set(show);
  }

  public void setShowLinks(boolean show) {
    showLinks.set(show);
  }

  /** Centres the map on a place at a scale in pixels per world (256 × 2^zoom in web-map terms). */
  public void showView(double lon, double lat, double pixelsPerWorld) {
    pendingView = new double[] {lon, lat, pixelsPerWorld};
    applyPendingView();
  }

  private void applyPendingView() {
    Viewport current = viewport.get();
    if (pendingView == null || current.width() <= 1) {
      return; // applied when the map first reports its size
    }
    viewport.set(current.centeredOn(WebMercator.x(pendingView[0]), WebMercator.y(pendingView[1]), pendingView[2]));
    pendingView = null;
  }

  /** Back to the view the dataset opened with. */
  public void resetView() {
    if (dataset.get() != null) {
      fitToOpeningView();
    }
  }

  /** Zooms so that these events fill the map, as close as the map goes (to split a cluster). */
  public void zoomToEvents(List<Event> events) {
    fitTo(events, Viewport.MAX_SCALE);
  }

  /** Switches the basemap; markers, selection and timeline stay as they are. */
  public void chooseMap(MapProvider provider) {
    mapNotice.set("");
    mapProvider.set(provider);
  }

  /** A basemap could not be shown: go back to the offline map and say why. */
  public void mapFailed(MapProvider provider, String reason) {
    if (provider != MapProvider.EMBEDDED) {
      mapProvider.set(MapProvider.EMBEDDED);
    }
    mapNotice.set(reason);
  }

  public void dismissMapNotice() {
    mapNotice.set("");
  }

  /** The map reports its size; the world point at its centre and the zoom stay. */
  public void resizeMap(double width, double height) {
    boolean wasUnsized = viewport.get().width() <= 1;
    viewport.set(viewport.get().resized(width, height));
    if (wasUnsized && dataset.get() != null) {
      fitToOpeningView();
    }
    applyPendingView();
  }

  public void panMap(double dxPixels, double dyPixels) {
    viewport.set(viewport.get().panned(dxPixels, dyPixels));
  }

  public void zoomMap(double screenX, double screenY, double factor) {
    viewport.set(viewport.get().zoomedAround(screenX, screenY, factor));
  }

  /** Shows all the dataset's places, with a margin. */
  public void fitToData() {
    Dataset d = dataset.get();
    fitTo(d == null ? List.of() : d.events());
  }

  private void fitTo(List<Event> events) {
    fitTo(events, Viewport.MAX_SCALE / 16);
  }

  private void fitTo(List<Event> events, double maxScale) {
    Viewport current = viewport.get();
    if (events.isEmpty()) {
      viewport.set(Viewport.fit(new WorldBounds(0, 0, 1, 1), current.width(), current.height(), 0, maxScale));
      return;
    }
    double[] lonLat = new double[events.size() * 2];
    int i = 0;
    for (Event e : events) {
      lonLat[i++] = e.place().location().lon();
      lonLat[i++] = e.place().location().lat();
    }
    WorldBounds bounds = WorldBounds.around(lonLat);
    viewport.set(Viewport.fit(bounds, current.width(), current.height(), FIT_MARGIN_PIXELS, maxScale));
  }

  /**
   * Positions in the time index of the events that pass the filters; null when no filter is set. The
   * search's part comes ready from {@link #startSearch()}; categories and actors are quick to test.
   */
  private int[] computeFilteredPositions() {
    int[] matches = searchMatches.get();
    String actor = actorFilter.get();
    if (hiddenCategories.isEmpty() && actor == null) {
      return matches;
    }
    List<Event> events = timeIndex.events();
    int candidates = matches == null ? events.size() : matches.length;
    int[] accepted = new int[candidates];
    int count = 0;
    for (int c = 0; c < candidates; c++) {
      int i = matches == null ? c : matches[c];
      Event e = events.get(i);
      if (!hiddenCategories.contains(e.category().id()) && (actor == null || e.actors().contains(actor))) {
        accepted[count++] = i;
      }
    }
    return java.util.Arrays.copyOf(accepted, count);
  }

  /**
   * The position nearest {@code from} in the given direction (itself included) of an event that passes
   * the filters; -1 or the index's size when there is none.
   */
  private int nearestPassing(int from, int direction) {
    int[] filtered = filteredPositions.get();
    if (filtered == null || from < 0 || from >= timeIndex.size()) {
      return from;
    }
    int k = java.util.Arrays.binarySearch(filtered, from);
    if (k >= 0) {
      return from;
    }
    int next = -k - 1; // the first passing position after from
    if (direction > 0) {
      return next < filtered.length ? filtered[next] : timeIndex.size();
    }
    return next > 0 ? filtered[next - 1] : -1;
  }

  private int[] computeVisiblePositions() {
    LocalDateTime now = currentTime.get();
    if (dataset.get() == null || now == null) {
      return new int[0];
    }
    int[] filtered = filteredPositions.get();
    if (filtered == null) {
      return timeIndex.positionsInWindow(window.get(), now, i -> true);
    }
    // Filters on: test positions against a mask of what passed them.
    java.util.BitSet passed = new java.util.BitSet(timeIndex.size());
    for (int i : filtered) {
      passed.set(i);
    }
    return timeIndex.positionsInWindow(window.get(), now, passed::get);
  }

  /** Positions in {@link #timeIndex()} of the events that pass the filters; null when none is set. */
  public ObjectBinding<int[]> filteredPositions() {
    return filteredPositions;
  }

  /** Positions in {@link #timeIndex()} of the events the map shows, in wall-clock order. */
  public ObjectBinding<int[]> visiblePositions() {
    return visiblePositions;
  }

  /** Whether the event is among those the map shows. */
  public boolean isVisible(Event e) {
    int i = timeIndex.indexOf(e);
    return i >= 0 && java.util.Arrays.binarySearch(visiblePositions.get(), i) >= 0;
  }

}
