package org.eventmap.state;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Executor;
import javafx.beans.binding.ObjectBinding;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.value.ObservableValue;
import javafx.collections.ObservableSet;
import org.eventmap.domain.Dataset;
import org.eventmap.domain.Event;
import org.eventmap.geo.Viewport;
import org.eventmap.io.LoadResult;
import org.eventmap.io.Problem;
import org.eventmap.time.EventTimeIndex;
import org.eventmap.time.TimeWindow;
import org.eventmap.time.WallClock;

/**
 * The one observable state of the application, as small models behind one facade (docs/adr/0013):
 * the dataset ({@link #data()}), the time and playback ({@link #time()}), the filters
 * ({@link #filters()}), the selection ({@link #selection()}), the map's viewport
 * ({@link #viewportModel()}) and options ({@link #mapOptions()}), and loading ({@link #loading()}).
 * Views read the read-only properties and change the state only through named commands, so two views
 * never need to know about each other. The commands here are those that involve several models (opening
 * a file, stepping from event to event); the others delegate.
 */
public final class AppState {
  /** See {@link FilterModel#SEARCH_AT_ONCE_LIMIT}. */
  static final int SEARCH_AT_ONCE_LIMIT = FilterModel.SEARCH_AT_ONCE_LIMIT;

  private final DatasetModel data = new DatasetModel();
  private final TimeModel time;
  private final FilterModel filters;
  private final SelectionModel selection;
  private final ViewportModel viewport;
  private final LoadModel loading = new LoadModel();
  private final MapOptionsModel mapOptions = new MapOptionsModel();
  private final ThemeModel themes = new ThemeModel();
  private final StoryModel story;

  public AppState() {
    this(javafx.application.Platform::runLater);
  }

  /**
   * A state whose background searches hand their results to {@code onFxThread}, which must run them on
   * the thread that owns the state (the JavaFX thread, or a test's own thread).
   */
  public AppState(Executor onFxThread) {
    this(onFxThread, FrameClock.pulses());
  }

  /** As {@link #AppState(Executor)}, with playback driven by {@code clock} instead of the JavaFX pulse. */
  public AppState(Executor onFxThread, FrameClock clock) {
    this(onFxThread, clock, FrameClock.pulses());
  }

  /** As {@link #AppState(Executor, FrameClock)}, with the map's flights driven by {@code flightClock}. */
  public AppState(Executor onFxThread, FrameClock clock, FrameClock flightClock) {
    time = new TimeModel(data, clock);
    filters = new FilterModel(data, time, Objects.requireNonNull(onFxThread));
    selection = new SelectionModel(time);
    viewport = new ViewportModel(data, time, flightClock);
    story = new StoryModel(data, time, selection, viewport);
  }

  // ---- the models ------------------------------------------------------------------------------

  public DatasetModel data() {
    return data;
  }

  public TimeModel time() {
    return time;
  }

  public FilterModel filters() {
    return filters;
  }

  public SelectionModel selection() {
    return selection;
  }

  public ViewportModel viewportModel() {
    return viewport;
  }

  public LoadModel loading() {
    return loading;
  }

  public ThemeModel themes() {
    return themes;
  }

  /** The theme shown now, light or dark; views restyle what CSS cannot reach (the canvases) on change. */
  public ReadOnlyObjectProperty<Theme> themeProperty() {
    return themes.themeProperty();
  }

  public ReadOnlyObjectProperty<ThemeChoice> themeChoiceProperty() {
    return themes.choiceProperty();
  }

  /** View ▸ Theme, {@code --theme}: a theme, or the system's. */
  public void chooseTheme(ThemeChoice choice) {
    themes.choose(choice);
  }

  public MapOptionsModel mapOptions() {
    return mapOptions;
  }

  /** The story being stepped through, if any (View ▸ Story). */
  public StoryModel story() {
    return story;
  }

  // ---- read-only state -------------------------------------------------------------------------

  public ReadOnlyObjectProperty<Dataset> datasetProperty() {
    return data.datasetProperty();
  }

  public Dataset dataset() {
    return data.dataset();
  }

  /** The file (or built-in resource) the shown dataset came from. */
  public ReadOnlyStringProperty datasetNameProperty() {
    return data.nameProperty();
  }

  /** The position of the timeline, in local wall-clock time (docs/adr/0008). */
  public ReadOnlyObjectProperty<LocalDateTime> currentTimeProperty() {
    return time.currentTimeProperty();
  }

  public LocalDateTime currentTime() {
    return time.currentTime();
  }

  /** The day of the timeline's position. */
  public ObservableValue<LocalDate> currentDayProperty() {
    return time.currentDayProperty();
  }

  public LocalDate currentDay() {
    return time.currentDay();
  }

  /** Which events the timeline's position shows: everything up to it, the last days, or a range. */
  public ReadOnlyObjectProperty<TimeWindow> windowProperty() {
    return time.windowProperty();
  }

  public TimeWindow window() {
    return time.window();
  }

  /** Words to look for in titles, summaries, actors and places; empty for all events. */
  public ReadOnlyStringProperty searchTextProperty() {
    return filters.searchTextProperty();
  }

  /** See {@link FilterModel#searchingProperty()}. */
  public ReadOnlyBooleanProperty searchingProperty() {
    return filters.searchingProperty();
  }

  public boolean searching() {
    return filters.searchingProperty().get();
  }

  /** The actor whose events alone are shown; null for all. */
  public ReadOnlyObjectProperty<String> actorFilterProperty() {
    return filters.actorProperty();
  }

  public ReadOnlyBooleanProperty playingProperty() {
    return time.playingProperty();
  }

  public ReadOnlyObjectProperty<PlaySpeed> playSpeedProperty() {
    return time.playSpeedProperty();
  }

  /** The dataset's events in wall-clock order, for the timeline. */
  public EventTimeIndex timeIndex() {
    return data.timeIndex();
  }

  /** The events that pass the category, actor and search filters, whatever their time. */
  public ObjectBinding<List<Event>> filteredEvents() {
    return filters.filteredEvents();
  }

  /** The first and last moments the timeline can be at; null without events. */
  public LocalDateTime firstTime() {
    return data.firstTime();
  }

  public LocalDateTime lastTime() {
    return data.lastTime();
  }

  public ReadOnlyObjectProperty<Event> selectedEventProperty() {
    return selection.selectedProperty();
  }

  public Optional<Event> selectedEvent() {
    return selection.selected();
  }

  public ReadOnlyObjectProperty<Viewport> viewportProperty() {
    return viewport.viewportProperty();
  }

  public Viewport viewport() {
    return viewport.viewport();
  }

  /** Problems of the last file opened; errors mean it was not shown. Empty when all was well. */
  public ReadOnlyObjectProperty<List<Problem>> problemsProperty() {
    return loading.problemsProperty();
  }

  public ReadOnlyStringProperty problemsFileProperty() {
    return loading.problemsFileProperty();
  }

  /** The file being read in the background; empty when nothing is loading. */
  public ReadOnlyStringProperty loadingFileProperty() {
    return loading.loadingFileProperty();
  }

  /** How far the file being read is, from 0 to 1; -1 while that is not known. */
  public ReadOnlyDoubleProperty loadProgressProperty() {
    return loading.progressProperty();
  }

  /** The events of the file just read being indexed by date; -1 while reading or when nothing loads. */
  public javafx.beans.property.ReadOnlyIntegerProperty loadIndexingProperty() {
    return loading.indexingProperty();
  }

  /** Ids of the categories the person has hidden (from the legend). */
  public ObservableSet<String> hiddenCategories() {
    return filters.hiddenCategories();
  }

  /** Whether journeys (events tagged {@code trip:NAME}) are drawn as arcs from place to place. */
  public ReadOnlyBooleanProperty showJourneysProperty() {
    return mapOptions.showJourneysProperty();
  }

  /** Whether the selected event's related events are linked to it on the map. */
  public ReadOnlyBooleanProperty showLinksProperty() {
    return mapOptions.showLinksProperty();
  }

  /** Which basemap is shown. */
  public ReadOnlyObjectProperty<MapProvider> mapProviderProperty() {
    return mapOptions.providerProperty();
  }

  /** Why the map is not the one the person asked for, in words for a person; empty when all is well. */
  public ReadOnlyStringProperty mapNoticeProperty() {
    return mapOptions.noticeProperty();
  }

  /** The events the map, the timeline's list and the count show: filtered, and in the window. */
  public ObjectBinding<List<Event>> visibleEvents() {
    return filters.visibleEvents();
  }

  /** Positions in {@link #timeIndex()} of the events that pass the filters; null when none is set. */
  public ObjectBinding<int[]> filteredPositions() {
    return filters.filteredPositions();
  }

  /**
   * Positions in {@link #timeIndex()} of the events that pass the filters and are in the window, in
   * wall-clock order, then those without a date (shown at every time).
   */
  public ObjectBinding<int[]> visiblePositions() {
    return filters.visiblePositions();
  }

  /** Those of {@link #visiblePositions()} that have a place: the events the map shows. */
  public ObjectBinding<int[]> mappedPositions() {
    return filters.mappedPositions();
  }

  /** Whether the event is among those the map shows. */
  public boolean isVisible(Event e) {
    return filters.isVisible(e);
  }

  /** The actors of the dataset, each once, in alphabetical order. */
  public List<String> actors() {
    return data.actors();
  }

  // ---- commands that involve several models ----------------------------------------------------

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
    loading.ended();
    if (result.cancelled()) {
      return; // nothing changes on screen
    }
    report(result.file(), result.problems());
    result.dataset().ifPresent(d -> show(d, result.file(), index));
  }

  private void show(Dataset newDataset, String name, EventTimeIndex index) {
    // Everything about the last dataset goes before the new one arrives, so that no listener sees the
    // new dataset with the old filters, window or selection.
    story.stop(); // its steps are the last dataset's
    selection.clear();
    time.pause();
    filters.clear(); // drops any search of the last file before its positions could meet the new index
    time.setWindow(TimeWindow.cumulative());
    data.show(newDataset, name, index);
    time.startAtEnd();
    newDataset.openOn().ifPresent(time::goToDay);
    viewport.fitToOpeningView();
  }

  /** Moves to the next event that passes the filters, selects it and brings it into the map's view. */
  public boolean nextEvent() {
    return step(+1);
  }

  /** Moves to the previous event that passes the filters, selects it and brings it into view. */
  public boolean previousEvent() {
    return step(-1);
  }

  private boolean step(int direction) {
    if (time.currentTime() == null) {
      return false;
    }
    EventTimeIndex index = data.timeIndex();
    long now = WallClock.seconds(time.currentTime());
    Event selected = selection.selected().orElse(null);
    int i = direction > 0 ? index.nextAfter(now) : index.previousBefore(now);
    // From a selected event at the cursor, events starting at the same moment come next in order.
    if (selected != null && direction > 0) {
      int at = index.indexOf(selected);
      if (at >= 0 && at + 1 < index.size() && index.start(at + 1) == now) {
        i = at + 1;
      }
    }
    i = filters.nearestPassing(i, direction);
    if (i < 0 || i >= index.size()) {
      return false;
    }
    Event target = index.events().get(i);
    time.goToStartOf(target);
    selection.selectWhereItIs(target);
    viewport.reveal(target);
    return true;
  }

  /** Selects the event with this id; an event outside the window moves the timeline to it. */
  public boolean select(String eventId) {
    Dataset d = data.dataset();
    Optional<Event> event = d == null ? Optional.empty() : d.event(eventId);
    event.ifPresent(this::select);
    return event.isPresent();
  }

  /** Selects the event; one outside the window moves the timeline (or the range) to it. */
  public void select(Event event) {
    selection.select(event);
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
      viewport.reveal(event);
    }
  }

  public void clearSelection() {
    selection.clear();
  }

  /** Shows or hides the events of a category everywhere; a hidden selected event is unselected. */
  public void showCategory(String categoryId, boolean shown) {
    filters.showCategory(categoryId, shown);
    if (!shown) {
      selection.clearIfOf(categoryId);
    }
  }

  /** Back to the view the dataset opened with. */
  public void resetView() {
    viewport.fitToOpeningView();
  }

  // ---- stories ----------------------------------------------------------------------------------

  /** The story being stepped through; null outside a story. */
  public ReadOnlyObjectProperty<org.eventmap.domain.Story> storyProperty() {
    return story.storyProperty();
  }

  /** Starts one of the dataset's stories at its first step: see {@link StoryModel#start(org.eventmap.domain.Story)}. */
  public void startStory(org.eventmap.domain.Story chosen) {
    story.start(chosen);
  }

  /** See {@link StoryModel#next()}. */
  public boolean nextStoryStep() {
    return story.next();
  }

  /** See {@link StoryModel#previous()}. */
  public boolean previousStoryStep() {
    return story.previous();
  }

  /** Goes to a step (from 0) of the story being read. */
  public void goToStoryStep(int stepIndex) {
    story.goToStep(stepIndex);
  }

  /** Leaves the story; the selection, the timeline and the map stay where they are. */
  public void stopStory() {
    story.stop();
  }

  // ---- commands of one model, kept here for the views that call them -------------------------

  /** A file is being read; what is shown stays until it is ready. {@link #cancelLoading()} runs {@code onCancel}. */
  public void loadStarted(String file, Runnable onCancel) {
    loading.started(file, onCancel);
  }

  /** The reader got this far (0 to 1). */
  public void loadProgressed(double fraction) {
    loading.progressed(fraction);
  }

  /** The file is read, and its {@code events} are being indexed by date before they are shown. */
  public void loadIndexing(int events) {
    loading.indexing(events);
  }

  /** Asks the reader to stop; the data shown stays. */
  public void cancelLoading() {
    loading.cancel();
  }

  /** Shows problems about a file without changing what is shown. */
  public void report(String file, List<Problem> fileProblems) {
    loading.report(file, fileProblems);
  }

  public void dismissProblems() {
    loading.dismissProblems();
  }

  public void goToDay(LocalDate day) {
    time.goToDay(day);
  }

  public void goTo(LocalDateTime moment) {
    time.goTo(moment);
  }

  public void stepDays(long days) {
    time.stepDays(days);
  }

  /** Chooses what the timeline's position shows; the selection stays. */
  public void setWindow(TimeWindow newWindow) {
    time.setWindow(newWindow);
  }

  public void play() {
    time.play();
  }

  public void pause() {
    time.pause();
  }

  public void togglePlaying() {
    time.togglePlaying();
  }

  public void setPlaySpeed(PlaySpeed speed) {
    time.setPlaySpeed(speed);
  }

  /** Playback moved on by this much real time; stops at the end of the dataset. */
  public void playFor(java.time.Duration elapsed) {
    time.playFor(elapsed);
  }

  /** See {@link FilterModel#setSearchText(String)}. */
  public void setSearchText(String text) {
    filters.setSearchText(text);
  }

  /** Shows only the events of this actor; null or blank shows every actor's. */
  public void setActorFilter(String actor) {
    filters.setActor(actor);
  }

  public void setShowJourneys(boolean show) {
    mapOptions.setShowJourneys(show);
  }

  public void setShowLinks(boolean show) {
    mapOptions.setShowLinks(show);
  }

  /** Switches the basemap; markers, selection and timeline stay as they are. */
  public void chooseMap(MapProvider provider) {
    mapOptions.choose(provider);
  }

  /** A basemap could not be shown: go back to the offline map and say why. */
  public void mapFailed(MapProvider provider, String reason) {
    mapOptions.failed(provider, reason);
  }

  public void dismissMapNotice() {
    mapOptions.dismissNotice();
  }

  /** See {@link ViewportModel#showView(double, double, double)}. */
  public void showView(double lon, double lat, double pixelsPerWorld) {
    viewport.showView(lon, lat, pixelsPerWorld);
  }

  /** Zooms so that these events fill the map, as close as the map goes (to split a cluster). */
  public void zoomToEvents(List<Event> events) {
    viewport.zoomToEvents(events);
  }

  /** The map reports its size; the world point at its centre and the zoom stay. */
  public void resizeMap(double width, double height) {
    viewport.resize(width, height);
  }

  public void panMap(double dxPixels, double dyPixels) {
    viewport.pan(dxPixels, dyPixels);
  }

  public void zoomMap(double screenX, double screenY, double factor) {
    viewport.zoom(screenX, screenY, factor);
  }

  /** Shows all the dataset's places, with a margin. */
  public void fitToData() {
    viewport.fitToData();
  }
}
