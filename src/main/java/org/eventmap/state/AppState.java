package org.eventmap.state;

import java.time.LocalDate;
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
import javafx.collections.FXCollections;
import javafx.collections.ObservableSet;
import org.eventmap.domain.Dataset;
import org.eventmap.domain.Event;
import org.eventmap.geo.Viewport;
import org.eventmap.geo.WebMercator;
import org.eventmap.geo.WorldBounds;
import org.eventmap.io.LoadResult;
import org.eventmap.io.Problem;

/**
 * The one observable state of the application: which dataset is shown, the day the timeline is on,
 * the selected event, what the map shows, and what went wrong with the last file. Views read the
 * read-only properties and change the state only through the named commands below, so two views never
 * need to know about each other.
 */
public final class AppState {
  private static final double FIT_MARGIN_PIXELS = 60;

  private final ReadOnlyObjectWrapper<Dataset> dataset = new ReadOnlyObjectWrapper<>(this, "dataset");
  private final ReadOnlyStringWrapper datasetName = new ReadOnlyStringWrapper(this, "datasetName", "");
  private final ReadOnlyObjectWrapper<LocalDate> currentDay = new ReadOnlyObjectWrapper<>(this, "currentDay");
  private final ReadOnlyObjectWrapper<Event> selectedEvent = new ReadOnlyObjectWrapper<>(this, "selectedEvent");
  private final ReadOnlyObjectWrapper<Viewport> viewport =
      new ReadOnlyObjectWrapper<>(this, "viewport", new Viewport(0.5, 0.5, 256, 0, 0));
  private final ReadOnlyObjectWrapper<List<Problem>> problems =
      new ReadOnlyObjectWrapper<>(this, "problems", List.of());
  private final ReadOnlyStringWrapper problemsFile = new ReadOnlyStringWrapper(this, "problemsFile", "");
  private final ReadOnlyStringWrapper loadingFile = new ReadOnlyStringWrapper(this, "loadingFile", "");
  private final ReadOnlyObjectWrapper<MapProvider> mapProvider =
      new ReadOnlyObjectWrapper<>(this, "mapProvider", MapProvider.EMBEDDED);
  private final ReadOnlyStringWrapper mapNotice = new ReadOnlyStringWrapper(this, "mapNotice", "");
  private double[] pendingView;
  private final ObservableSet<String> hiddenCategories = FXCollections.observableSet();
  private final ReadOnlyBooleanWrapper showJourneys = new ReadOnlyBooleanWrapper(this, "showJourneys", true);
  private final ReadOnlyBooleanWrapper showLinks = new ReadOnlyBooleanWrapper(this, "showLinks", true);
  private final ObjectBinding<List<Event>> visibleEvents;

  public AppState() {
    visibleEvents =
        Bindings.createObjectBinding(this::computeVisibleEvents, dataset, currentDay, hiddenCategories);
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

  public ReadOnlyObjectProperty<LocalDate> currentDayProperty() {
    return currentDay.getReadOnlyProperty();
  }

  public LocalDate currentDay() {
    return currentDay.get();
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

  /** The events the map shows: those that had begun by the end of the current day. */
  public ObjectBinding<List<Event>> visibleEvents() {
    return visibleEvents;
  }

  // ---- commands --------------------------------------------------------------------------------

  /**
   * Shows what a load produced. A file with errors leaves the shown dataset as it was and only reports
   * its problems; a good file replaces the dataset, goes to its last day and fits the map to it.
   */
  public void applyLoad(LoadResult result) {
    loadingFile.set("");
    report(result.file(), result.problems());
    result.dataset().ifPresent(d -> show(d, result.file()));
  }

  /** Shows problems about a file without changing what is shown. */
  public void report(String file, List<Problem> fileProblems) {
    problemsFile.set(file);
    problems.set(List.copyOf(fileProblems));
  }

  /** A file is being read; what is shown stays until it is ready. */
  public void loadStarted(String file) {
    loadingFile.set(file);
  }

  public void dismissProblems() {
    problems.set(List.of());
  }

  private void show(Dataset newDataset, String name) {
    selectedEvent.set(null);
    hiddenCategories.clear();
    dataset.set(newDataset);
    datasetName.set(name);
    currentDay.set(newDataset.lastDay().orElse(null));
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
    fitTo(thatDay.isEmpty() ? d.events() : thatDay);
  }

  /** Moves the timeline to the day, kept within the dataset's span. */
  public void goToDay(LocalDate day) {
    Dataset d = dataset.get();
    if (d == null || day == null || d.firstDay().isEmpty()) {
      return;
    }
    LocalDate first = d.firstDay().get();
    LocalDate last = d.lastDay().get();
    currentDay.set(day.isBefore(first) ? first : day.isAfter(last) ? last : day);
  }

  public void stepDays(long days) {
    if (currentDay.get() != null) {
      goToDay(currentDay.get().plus(days, ChronoUnit.DAYS));
    }
  }

  /** Selects the event with this id; an event the timeline has not reached yet moves the timeline to it. */
  public boolean select(String eventId) {
    Dataset d = dataset.get();
    Optional<Event> event = d == null ? Optional.empty() : d.event(eventId);
    event.ifPresent(this::select);
    return event.isPresent();
  }

  public void select(Event event) {
    if (event != null && currentDay.get() != null && !event.begunBy(currentDay.get())) {
      goToDay(event.firstLocalDay());
    }
    selectedEvent.set(event);
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

  private List<Event> computeVisibleEvents() {
    Dataset d = dataset.get();
    LocalDate day = currentDay.get();
    if (d == null || day == null) {
      return List.of();
    }
    // Events are sorted by start; a linear pass is fine at curated sizes and replaced by an index for
    // large files (issue 7).
    return d.events().stream()
        .filter(e -> e.begunBy(day) && !hiddenCategories.contains(e.category().id()))
        .toList();
  }

}
