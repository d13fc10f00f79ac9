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
 * {@link #flyTo} moves the view there over a moment, frame by frame, so that a person sees where it
 * went; anything else asked of the view, a person's pan or zoom above all, ends such a flight at once.
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
  private final FrameClock flightClock;
  /** The flight under way; null when the view rests. */
  private Flight flight;

  public ViewportModel(DatasetModel data, TimeModel time) {
    this(data, time, FrameClock.pulses());
  }

  /** As {@link #ViewportModel(DatasetModel, TimeModel)}, with flights driven by {@code flightClock}. */
  public ViewportModel(DatasetModel data, TimeModel time, FrameClock flightClock) {
    this.data = Objects.requireNonNull(data);
    this.time = Objects.requireNonNull(time);
    this.flightClock = Objects.requireNonNull(flightClock);
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
    land();
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
    land();
    viewport.set(viewport.get().panned(dxPixels, dyPixels));
  }

  public void zoom(double screenX, double screenY, double factor) {
    land();
    viewport.set(viewport.get().zoomedAround(screenX, screenY, factor));
  }

  /**
   * The first view of a dataset: the region where most of the events of the day it opens on are, when
   * the curator chose a day and something happens that day; otherwise all of it. The map points to
   * that day's other places from its edge.
   */
  public void fitToOpeningView() {
    land();
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
    land();
    Dataset d = data.dataset();
    fitTo(d == null ? List.of() : d.events());
  }

  /** Zooms so that these events fill the map, as close as the map goes (to split a cluster). */
  public void zoomToEvents(List<Event> events) {
    land();
    fitTo(events, Viewport.MAX_SCALE);
  }

  /** Brings an event's place into view, moving the map as little as that takes; without a place, nothing. */
  public void reveal(Event event) {
    land();
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

  // ---- flights ---------------------------------------------------------------------------------

  /** The shortest and longest a flight takes, in seconds: long enough to follow, short enough not to wait. */
  static final double SHORTEST_FLIGHT_SECONDS = 0.6;
  static final double LONGEST_FLIGHT_SECONDS = 1.0;

  /**
   * Moves the view to centre on a place at a scale (pixels per world) over 0.6 to 1 s, zooming out on
   * the way when the places are far apart (van Wijk and Nuij's smooth zoom, as web maps fly) and ending
   * exactly on the view {@link #showView} would give. Before the map has a size it is that view, queued.
   * A pan, a zoom or any other view asked for meanwhile ends the flight where it is.
   */
  public void flyTo(double lon, double lat, double pixelsPerWorld) {
    if (!sized()) {
      showView(lon, lat, pixelsPerWorld);
      return;
    }
    land();
    Viewport from = viewport.get();
    Viewport to = from.centeredOn(from.nearestCopyX(WebMercator.x(lon)), WebMercator.y(lat), pixelsPerWorld);
    flight = new Flight(from, to);
    flightClock.start(this::flightFrame);
  }

  /** Whether the view is on its way somewhere. */
  public boolean flying() {
    return flight != null;
  }

  /** Ends a flight where it is (a person took the map in hand, or another view was asked for). */
  private void land() {
    if (flight != null) {
      flight = null;
      flightClock.stop();
    }
  }

  private void flightFrame(long nanos) {
    Flight f = flight;
    if (f == null) {
      return;
    }
    if (f.startNanos < 0) {
      f.startNanos = nanos; // the first frame starts the count
    }
    double t = (nanos - f.startNanos) / 1e9 / f.seconds;
    Viewport now = viewport.get();
    if (t >= 1) {
      land();
      // Exactly the view asked for, in the map's present size (it may have changed on the way).
      viewport.set(now.centeredOn(f.to.centerX(), f.to.centerY(), f.to.scale()));
      return;
    }
    double[] at = f.path.at(easeInOut(t));
    viewport.set(now.centeredOn(at[0], at[1], f.width / at[2]));
  }

  private static double easeInOut(double t) {
    return t < 0.5 ? 4 * t * t * t : 1 - Math.pow(-2 * t + 2, 3) / 2;
  }

  private static final class Flight {
    final Viewport to;
    final double width;
    final ZoomPath path;
    final double seconds;
    long startNanos = -1;

    Flight(Viewport from, Viewport to) {
      this.to = to;
      this.width = Math.max(1, from.width());
      double toX = from.nearestCopyX(to.centerX());
      path = new ZoomPath(from.centerX(), from.centerY(), width / from.scale(), toX, to.centerY(), width / to.scale());
      seconds = Math.max(SHORTEST_FLIGHT_SECONDS, Math.min(LONGEST_FLIGHT_SECONDS, 0.3 * path.length()));
    }
  }

  /**
   * The path of a smooth zoom from one view to another (van Wijk and Nuij, "Smooth and efficient zooming
   * and panning", 2003), as centre and width of the view in world units for t from 0 to 1.
   */
  static final class ZoomPath {
    private static final double RHO = Math.sqrt(2);
    private final double x0;
    private final double y0;
    private final double w0;
    private final double dx;
    private final double dy;
    private final double d;
    private final double r0;
    private final double length;

    ZoomPath(double x0, double y0, double w0, double x1, double y1, double w1) {
      this.x0 = x0;
      this.y0 = y0;
      this.w0 = w0;
      dx = x1 - x0;
      dy = y1 - y0;
      d = Math.hypot(dx, dy);
      if (d < 1e-9) {
        r0 = 0;
        length = Math.log(w1 / w0) / RHO;
      } else {
        double b0 = (w1 * w1 - w0 * w0 + 4 * d * d) / (2 * w0 * 2 * d);
        double b1 = (w1 * w1 - w0 * w0 - 4 * d * d) / (2 * w1 * 2 * d);
        r0 = Math.log(Math.sqrt(b0 * b0 + 1) - b0);
        double r1 = Math.log(Math.sqrt(b1 * b1 + 1) - b1);
        length = (r1 - r0) / RHO;
      }
    }

    /** How long the path is, in the unit of the paper (about one per doubling of the view's width). */
    double length() {
      return Math.abs(length);
    }

    /** Centre x, centre y and width of the view at t (0 to 1). */
    double[] at(double t) {
      double s = t * length;
      if (d < 1e-9) {
        return new double[] {x0 + t * dx, y0 + t * dy, w0 * Math.exp(RHO * s)};
      }
      double u = w0 / (2 * d) * (Math.cosh(r0) * Math.tanh(RHO * s + r0) - Math.sinh(r0));
      return new double[] {x0 + u * dx, y0 + u * dy, w0 * Math.cosh(r0) / Math.cosh(RHO * s + r0)};
    }
  }

  // ---- places in view --------------------------------------------------------------------------

  /**
   * Whether a place is on the map well inside its edges (not in the outer sixth of either side), at a
   * scale close enough to tell it from its neighbours: then a story need not move the map to show it.
   * During a flight, the view it is flying to is the one that counts.
   */
  public boolean showsComfortably(double lon, double lat, double usefulScale) {
    Viewport v = flight == null ? viewport.get() : flight.to;
    if (!sized() || v.scale() < usefulScale) {
      return false;
    }
    double x = v.screenX(v.nearestCopyX(WebMercator.x(lon)));
    double y = v.screenY(WebMercator.y(lat));
    return x >= v.width() / 6 && x <= v.width() * 5 / 6 && y >= v.height() / 6 && y <= v.height() * 5 / 6;
  }
}
