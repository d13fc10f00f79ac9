package org.eventmap.state;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import org.eventmap.domain.Dataset;
import org.eventmap.domain.Event;
import org.eventmap.geo.MainRegion;
import org.eventmap.geo.Viewport;
import org.eventmap.geo.WebMercator;
import org.eventmap.geo.WorldBounds;

/**
 * What the map shows: its viewport, the opening view of a dataset, fitting to events and bringing an
 * event into view. A view asked for before the map knows its size waits, queued, until it does.
 */
public final class ViewportModel {
  private static final double FIT_MARGIN_PIXELS = 60;
  /** How far inside the map's edge an event off the map is brought. */
  private static final double REVEAL_MARGIN_PIXELS = 60;

  /** A place and scale to centre the map on, in degrees and pixels per world. */
  private record CentreOn(double lon, double lat, double pixelsPerWorld) {}

  private final DatasetModel data;
  private final TimeModel time;
  private final ReadOnlyObjectWrapper<Viewport> viewport =
      new ReadOnlyObjectWrapper<>(this, "viewport", new Viewport(0.5, 0.5, 256, 0, 0));
  /** The view asked for while the map had no size yet; null when none waits. */
  private CentreOn queued;

  public ViewportModel(DatasetModel data, TimeModel time) {
    this.data = Objects.requireNonNull(data);
    this.time = Objects.requireNonNull(time);
  }

  public ReadOnlyObjectProperty<Viewport> viewportProperty() {
    return viewport.getReadOnlyProperty();
  }

  public Viewport viewport() {
    return viewport.get();
  }

  /** Whether the map has reported a size yet. */
  public boolean sized() {
    return viewport.get().width() > 1;
  }

  /**
   * Centres the map on a place at a scale in pixels per world (256 × 2^zoom in web-map terms); before
   * the map has a size, once it has one (a later request replaces a waiting one).
   */
  public void showView(double lon, double lat, double pixelsPerWorld) {
    queued = new CentreOn(lon, lat, pixelsPerWorld);
    if (sized()) {
      runQueued();
    }
  }

  /** Whether a view asked for waits for the map's size. */
  public boolean hasQueuedView() {
    return queued != null;
  }

  private void runQueued() {
    CentreOn request = queued;
    queued = null;
    viewport.set(viewport.get().centeredOn(WebMercator.x(request.lon()), WebMercator.y(request.lat()),
        request.pixelsPerWorld()));
  }

  /**
   * The map reports its size; the world point at its centre and the zoom stay. The first size brings
   * the dataset's opening view, then any view asked for meanwhile.
   */
  public void resize(double width, double height) {
    boolean wasUnsized = !sized();
    viewport.set(viewport.get().resized(width, height));
    if (wasUnsized && data.dataset() != null) {
      fitToOpeningView();
    }
    if (queued != null && sized()) {
      runQueued();
    }
  }

  public void pan(double dxPixels, double dyPixels) {
    viewport.set(viewport.get().panned(dxPixels, dyPixels));
  }

  public void zoom(double screenX, double screenY, double factor) {
    viewport.set(viewport.get().zoomedAround(screenX, screenY, factor));
  }

  /**
   * The first view of a dataset: the region where most of the events of the day it opens on are, when
   * the curator chose a day and something happens that day; otherwise all of it. The map points to
   * that day's other places from its edge.
   */
  public void fitToOpeningView() {
    Dataset d = data.dataset();
    if (d == null) {
      return;
    }
    LocalDate day = time.currentDay();
    List<Event> thatDay = d.openOn().isEmpty() || day == null
        ? List.of() : d.events().stream().filter(e -> e.hasPlace() && e.covers(day)).toList();
    if (thatDay.isEmpty()) {
      fitTo(d.events());
    } else {
      Viewport current = viewport.get();
      fitTo(inMainRegion(thatDay), Math.min(Viewport.MAX_SCALE / 16,
          Math.min(current.width(), current.height()) / MainRegion.REACH));
    }
  }

  /** Those of the events in the region where most of them are. */
  private static List<Event> inMainRegion(List<Event> events) {
    double[] lonLat = new double[events.size() * 2];
    for (int i = 0; i < events.size(); i++) {
      lonLat[2 * i] = events.get(i).place().orElseThrow().location().lon();
      lonLat[2 * i + 1] = events.get(i).place().orElseThrow().location().lat();
    }
    return Arrays.stream(MainRegion.of(lonLat)).mapToObj(events::get).toList();
  }

  /** Shows all the dataset's places, with a margin. */
  public void fitToData() {
    Dataset d = data.dataset();
    fitTo(d == null ? List.of() : d.events());
  }

  /** Zooms so that these events fill the map, as close as the map goes (to split a cluster). */
  public void zoomToEvents(List<Event> events) {
    fitTo(events, Viewport.MAX_SCALE);
  }

  /** Brings an event's place into view, moving the map as little as that takes; without a place, nothing. */
  public void reveal(Event event) {
    event.place().ifPresent(place -> viewport.set(viewport.get().revealing(WebMercator.x(place.location().lon()),
        WebMercator.y(place.location().lat()), REVEAL_MARGIN_PIXELS)));
  }

  private void fitTo(List<Event> events) {
    fitTo(events, Viewport.MAX_SCALE / 16);
  }

  private void fitTo(List<Event> all, double maxScale) {
    Viewport current = viewport.get();
    List<Event> events = all.stream().filter(Event::hasPlace).toList();
    if (events.isEmpty()) {
      viewport.set(Viewport.fit(new WorldBounds(0, 0, 1, 1), current.width(), current.height(), 0, maxScale));
      return;
    }
    double[] lonLat = new double[events.size() * 2];
    int i = 0;
    for (Event e : events) {
      lonLat[i++] = e.place().get().location().lon();
      lonLat[i++] = e.place().get().location().lat();
    }
    WorldBounds bounds = WorldBounds.around(lonLat);
    viewport.set(Viewport.fit(bounds, current.width(), current.height(), FIT_MARGIN_PIXELS, maxScale));
  }
}
