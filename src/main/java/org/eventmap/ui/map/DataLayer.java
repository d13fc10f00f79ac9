package org.eventmap.ui.map;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import javafx.geometry.Rectangle2D;
import javafx.geometry.VPos;
import javafx.scene.Node;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.text.TextAlignment;
import org.eventmap.domain.Category;
import org.eventmap.domain.Event;
import org.eventmap.domain.Place;
import org.eventmap.geo.GreatCircle;
import org.eventmap.geo.Viewport;
import org.eventmap.geo.WebMercator;
import org.eventmap.state.AppState;
import org.eventmap.time.EventTimeIndex;
import org.eventmap.time.WallClock;
import org.eventmap.ui.CategoryPalette;
import org.eventmap.ui.MarkerShape;
import org.eventmap.ui.map.MapView.MarkerGroup;

/**
 * What changes with the data: journeys and links, markers and clusters, and place names, painted in
 * that order on one sheet (they change together: names keep clear of markers, and a new step of the
 * timeline changes all three). While the view pans the sheet reaches far beyond the view and only
 * moves. While a zoom runs it is drawn again at each frame: laid out afresh for a file of few places,
 * and for a large one from the marks of the last layout placed where they now fall, clustered again
 * once the zoom rests (ADR 0011). While the view stays put (as the timeline moves) it reaches only a
 * little beyond the view, since the software renderer's cost of a redrawn canvas grows with its size.
 */
final class DataLayer extends MapLayer {
  static final double MARKER_RADIUS = 6;
  static final double CURRENT_RADIUS = 8;
  private static final int MAX_JOURNEY_LEGS = 400;
  /** How far the sheet reaches beyond each edge of the view when the view moves: as far as the basemap. */
  static final double MARGIN = BasemapLayer.MARGIN;
  /** How far beyond the view markers are drawn when the view is not moving: those partly in view. */
  static final double NEAR_REACH = 32;

  /**
   * What one painter needs to paint its part of the data for a view; {@code zooming} while a large file's
   * zoom runs and the marks are those of the last layout.
   */
  record Frame(GraphicsContext g, Viewport view, List<MarkerGroup> marks, Obstacles occupied, MapStyle style,
      boolean zooming) {}

  /** One part of the data layer: journeys and links, markers and clusters, or place names. */
  interface Painter {
    void paint(Frame f);
  }

  private final SlidingSheet sheet = new SlidingSheet(this::markDirty);
  private final AppState state;
  private final Function<Viewport, List<MarkerGroup>> marksFor;
  private final Function<Viewport, List<MarkerGroup>> marksWhileZooming;
  private final Supplier<Obstacles> countryNames;
  /** Whether the sheet shows the marks of another scale, placed in this view: a zoom of a large file runs. */
  private boolean marksOfAnotherScale;
  private final JourneyLegs journeyLegs = new JourneyLegs();
  private final List<Painter> painters = List.of(this::paintJourneysAndLinks, this::paintMarkers,
      this::paintPlaceNames);

  /**
   * {@code marksFor} lays the marks out for a view; {@code marksWhileZooming} places the last layout's
   * marks in a view without clustering them again; {@code countryNames} are where the basemap's names
   * sit now, which place names keep clear of.
   */
  DataLayer(AppState state, Function<Viewport, List<MarkerGroup>> marksFor,
      Function<Viewport, List<MarkerGroup>> marksWhileZooming, Supplier<Obstacles> countryNames) {
    this.state = state;
    this.marksFor = marksFor;
    this.marksWhileZooming = marksWhileZooming;
    this.countryNames = countryNames;
  }

  @Override
  Node node() {
    return sheet.canvas();
  }

  /** Whether a zoom runs and the marks drawn are not those laid out for the view (scaled, or of another scale). */
  boolean isScaled() {
    return sheet.isScaled() || marksOfAnotherScale;
  }

  /**
   * Below this many places the marks are clustered again at every zoom frame: that takes well under a
   * millisecond for a few thousand places. From this many the frames reuse the last layout (at a million
   * events clustering took some 19 ms a frame). Neither scales the sheet: the software renderer
   * composites a scaled sheet at a cost of its own (the curated file's zoom frames: 25–27 ms drawn
   * again, 33–39 ms scaled, docs/performance.md).
   */
  static final int LAST_LAYOUT_FROM_PLACES = 5_000;
  private int lastLayoutFromPlaces = LAST_LAYOUT_FROM_PLACES;

  /** How many times the journeys' legs were worked out from the trips: for tests. */
  int journeyWalks() {
    return journeyLegs.walks();
  }

  /** For tests: from how many places a zoom draws the last layout's marks. */
  void lastLayoutFromPlaces(int places) {
    lastLayoutFromPlaces = places;
  }

  @Override
  protected boolean layoutLayer(Viewport v, boolean contentChanged) {
    boolean large = state.timeIndex().places().size() >= lastLayoutFromPlaces;
    Viewport last = sheet.drawnFor();
    boolean zooming = last != null && last.width() == v.width() && last.height() == v.height()
        && last.scale() != v.scale();
    if (large && zooming && !contentChanged) {
      // Drawn again rather than scaled: the software renderer composites a scaled sheet at some 10 ms a
      // frame whatever it holds, more than drawing the marks of the last layout where they now fall.
      draw(v, marksWhileZooming.apply(v), NEAR_REACH, true);
      marksOfAnotherScale = true;
      sheet.sharpenAfterRest();
      return true;
    }
    if (!contentChanged && !marksOfAnotherScale && sheet.follow(v, false, true)) {
      return false;
    }
    marksOfAnotherScale = false;
    // Far beyond the view once it pans, or while a zoom runs (the drawing is scaled), so that the next
    // frames only move or scale it. A view that stays put, or jumps to a new zoom, is drawn just beyond
    // its edges, as before layers (the larger sheet rounds some edge pixels one level apart).
    Viewport drawn = sheet.drawnFor();
    boolean panning = drawn != null && drawn.width() == v.width() && drawn.height() == v.height()
        && drawn.scale() == v.scale() && (drawn.centerX() != v.centerX() || drawn.centerY() != v.centerY());
    boolean moving = panning || sheet.isScaled();
    draw(v, marksFor.apply(v), moving ? MARGIN : NEAR_REACH, false);
    return true;
  }

  private void draw(Viewport v, List<MarkerGroup> marks, double reach, boolean zooming) {
    GraphicsContext g = sheet.begin(v, reach);
    // Marks beyond the reach are left out: the layout covers the whole world.
    List<MarkerGroup> near = new ArrayList<>();
    for (MarkerGroup m : marks) {
      if (m.x() + m.radius() >= -reach && m.x() - m.radius() <= v.width() + reach
          && m.y() + m.radius() >= -reach && m.y() - m.radius() <= v.height() + reach) {
        near.add(m);
      }
    }
    Frame frame = new Frame(g, v, near, new Obstacles(), style(), zooming);
    for (Painter p : painters) {
      p.paint(frame);
    }
    sheet.end(g);
  }

  // ---- journeys and links ------------------------------------------------------------------------

  private void paintJourneysAndLinks(Frame f) {
    if (state.showJourneysProperty().get()) {
      drawJourneys(f.g(), f.view(), f.style());
    }
    if (state.showLinksProperty().get()) {
      drawLinks(f.g(), f.view());
    }
  }

  private void drawJourneys(GraphicsContext g, Viewport v, MapStyle style) {
    g.setStroke(style.journey());
    g.setLineWidth(style.journeyWidth());
    // A few hundred legs at most: beyond that a map of journeys is a tangle, and it would cost every frame.
    for (long leg : journeyLegs.legs(state.timeIndex(), state.visiblePositions().get(), MAX_JOURNEY_LEGS)) {
      drawArc(g, v, journeyLegs.arc(leg), style.journey(), true);
    }
  }

  private void drawLinks(GraphicsContext g, Viewport v) {
    Optional<Event> selected = state.selectedEvent();
    if (selected.isEmpty() || state.dataset() == null) {
      return;
    }
    Color color = colorOf(selected.get().category());
    g.setLineDashes(6, 4);
    g.setLineWidth(1.5);
    Place from = selected.get().place().orElse(null);
    for (String id : selected.get().related()) {
      state.dataset().event(id).filter(state::isVisible).flatMap(Event::place)
          .filter(p -> from != null && !p.equals(from))
          .ifPresent(p -> drawArc(g, v, from, p, color, false));
    }
    g.setLineDashes(null);
  }

  /** A great-circle arc between two places, with an arrowhead two thirds along when it has a direction. */
  private static void drawArc(GraphicsContext g, Viewport v, Place from, Place to, Color color, boolean arrow) {
    double[] path = GreatCircle.path(from.location().lon(), from.location().lat(), to.location().lon(),
        to.location().lat(), 48);
    double[] world = new double[path.length];
    for (int i = 0; i < path.length; i += 2) {
      world[i] = WebMercator.x(path[i]);
      world[i + 1] = WebMercator.y(path[i + 1]);
    }
    drawArc(g, v, world, color, arrow);
  }

  /** An arc given in world coordinates (interleaved x, y), drawn at the copy of the world nearest the view. */
  private static void drawArc(GraphicsContext g, Viewport v, double[] world, Color color, boolean arrow) {
    int n = world.length / 2;
    double shift = WorldCopies.nearestX(world[0], v) - world[0];
    double startX = v.screenX(world[0] + shift);
    double startY = v.screenY(world[1]);
    double endX = v.screenX(world[world.length - 2] + shift);
    double endY = v.screenY(world[world.length - 1]);
    if (Math.hypot(endX - startX, endY - startY) < 12) {
      return; // the places are on top of each other at this zoom
    }
    double[] sx = new double[n];
    double[] sy = new double[n];
    for (int i = 0; i < n; i++) {
      sx[i] = v.screenX(world[2 * i] + shift);
      sy[i] = v.screenY(world[2 * i + 1]);
    }
    g.setStroke(color);
    g.strokePolyline(sx, sy, n);
    if (arrow) {
      int k = Math.min(n - 2, (2 * n) / 3);
      double angle = Math.atan2(sy[k + 1] - sy[k], sx[k + 1] - sx[k]);
      double size = 8;
      g.setFill(color);
      g.fillPolygon(
          new double[] {sx[k] + size * Math.cos(angle), sx[k] + size * Math.cos(angle + 2.6),
              sx[k] + size * Math.cos(angle - 2.6)},
          new double[] {sy[k] + size * Math.sin(angle), sy[k] + size * Math.sin(angle + 2.6),
              sy[k] + size * Math.sin(angle - 2.6)},
          3);
    }
  }

  // ---- markers and clusters ----------------------------------------------------------------------

  private static boolean isCurrent(Event e, LocalDate day) {
    return day != null && e.covers(day);
  }

  private void paintMarkers(Frame f) {
    GraphicsContext g = f.g();
    LocalDate day = state.currentDay();
    Event selected = state.selectedEvent().orElse(null);
    // Earlier events under today's, and the selection on top of everything.
    List<MarkerGroup> ordered = new ArrayList<>(f.marks());
    ordered.sort(Comparator.comparing(MarkerGroup::holdsSelection).thenComparing(m -> m.currentTop() != null));
    for (MarkerGroup m : ordered) {
      f.occupied().add(new Rectangle2D(m.x() - m.radius(), m.y() - m.radius(), 2 * m.radius(), 2 * m.radius()));
      if (m.isOnePlace()) {
        drawPlaceMarker(g, f.style(), m, day, selected);
      } else {
        drawCluster(g, f.style(), m, selected);
      }
    }
  }

  /** One place: the marker of its most telling event (the selected one, else today's, else the latest). */
  private void drawPlaceMarker(GraphicsContext g, MapStyle style, MarkerGroup m, LocalDate day, Event selected) {
    Event top = m.top();
    boolean current = isCurrent(top, day);
    Color color = colorOf(top.category());
    MarkerShape shape = shapeOf(top.category());
    if (current) {
      g.setFill(color.deriveColor(0, 1, 1, 0.25));
      g.fillOval(m.x() - 15, m.y() - 15, 30, 30);
      shape.draw(g, m.x(), m.y(), CURRENT_RADIUS, color, style.markerOutline(), 2);
    } else {
      // Older events in the window fade, down to a third of the strength at the window's start.
      // An event without a date is at every time: it never fades.
      double age = state.currentTime() == null || !top.hasDate() ? 0
          : state.window().age(WallClock.seconds(WallClock.endExclusive(top)), state.currentTime());
      double opacity = 0.8 - 0.5 * age;
      shape.draw(g, m.x(), m.y(), MARKER_RADIUS, color.deriveColor(0, 0.7, 1, opacity),
          style.fadedOutline().deriveColor(0, 1, 1, Math.min(1, opacity + 0.2)), 1);
    }
    if (top.equals(selected)) {
      g.setStroke(style.selection());
      g.setLineWidth(2.5);
      g.strokeOval(m.x() - 12, m.y() - 12, 24, 24);
    }
    if (m.eventCount() > 1) {
      drawBadge(g, style, m.x() + 8, m.y() - 8, m.eventCount());
    }
  }

  private static void drawBadge(GraphicsContext g, MapStyle style, double x, double y, int count) {
    String text = CountText.compact(count);
    double r = text.length() > 2 ? 10 : text.length() > 1 ? 8 : 6.5;
    g.setFill(style.badgeFill());
    g.fillOval(x - r, y - r, 2 * r, 2 * r);
    g.setStroke(style.cluster());
    g.setLineWidth(1);
    g.strokeOval(x - r, y - r, 2 * r, 2 * r);
    g.setFill(style.cluster());
    g.setFont(style.badgeFont());
    g.setTextAlign(TextAlignment.CENTER);
    g.setTextBaseline(VPos.CENTER);
    g.fillText(text, x, y + 0.5);
  }

  private void drawCluster(GraphicsContext g, MapStyle style, MarkerGroup m, Event selected) {
    Optional<Event> current = Optional.ofNullable(m.currentTop());
    double r = m.radius();
    if (current.isPresent()) {
      Color color = colorOf(current.get().category());
      g.setFill(color.deriveColor(0, 1, 1, 0.25));
      g.fillOval(m.x() - r - 6, m.y() - r - 6, 2 * r + 12, 2 * r + 12);
      g.setStroke(color);
      g.setLineWidth(3);
      g.strokeOval(m.x() - r - 1.5, m.y() - r - 1.5, 2 * r + 3, 2 * r + 3);
    }
    g.setFill(style.cluster().deriveColor(0, 1, 1, 0.9));
    g.fillOval(m.x() - r, m.y() - r, 2 * r, 2 * r);
    g.setStroke(style.markerOutline());
    g.setLineWidth(1.5);
    g.strokeOval(m.x() - r, m.y() - r, 2 * r, 2 * r);
    g.setFill(style.clusterInk());
    g.setFont(style.clusterFont());
    g.setTextAlign(TextAlignment.CENTER);
    g.setTextBaseline(VPos.CENTER);
    g.fillText(CountText.compact(m.eventCount()), m.x(), m.y() + 0.5);
    if (m.holdsSelection()) {
      g.setStroke(style.selection());
      g.setLineWidth(2.5);
      g.strokeOval(m.x() - r - 4, m.y() - r - 4, 2 * r + 8, 2 * r + 8);
    }
  }

  // ---- place names -------------------------------------------------------------------------------

  /** How many place names the last drawing shows: for tests. */
  int namesShown() {
    return namesShown;
  }

  private int namesShown;

  private void paintPlaceNames(Frame f) {
    namesShown = 0;
    if (f.zooming()) {
      // A large file's names come back once the zoom rests: text is the software renderer's dearest
      // drawing, and without it a zoom frame of a million events costs what the curated file's does
      // (docs/performance.md).
      return;
    }
    GraphicsContext g = f.g();
    Viewport v = f.view();
    MapStyle style = f.style();
    Obstacles occupied = f.occupied();
    // Marks with something on the current day are named first, so they win where labels collide;
    // among those, events known to the day or minute before those known only to the month.
    List<MarkerGroup> labelled = f.marks().stream()
        .sorted(Comparator.comparing((MarkerGroup m) -> m.currentTop() == null)
            .thenComparing(m -> m.currentTop() == null ? 0 : -m.currentTop().start().map(s -> s.precision().ordinal()).orElse(-1)))
        .toList();
    g.setFont(style.placeFont());
    g.setTextAlign(TextAlignment.LEFT);
    g.setTextBaseline(VPos.CENTER);
    // Country names on the basemap are obstacles too, moved as the basemap is.
    Obstacles countries = countryNames.get();
    for (MarkerGroup m : labelled) {
      String name = labelOf(m);
      double width = MapText.width(name, style.placeFont());
      double gap = m.isOnePlace() ? (m.eventCount() > 1 ? 18 : 12) : m.radius() + 5;
      // Right of the mark, else left, above or below; where every place collides, the first free of
      // other place names wins over a country name (a place matters more here than its country).
      double[][] spots = {
        {m.x() + gap, m.y() - 8}, {m.x() - gap - width, m.y() - 8},
        {m.x() - width / 2, m.y() - gap - 16}, {m.x() - width / 2, m.y() + gap}};
      Rectangle2D chosen = null;
      Rectangle2D fallback = null;
      for (double[] spot : spots) {
        Rectangle2D box = new Rectangle2D(spot[0], spot[1], width, 16);
        // Names stay whole within the view; after a pan they are placed again for the new view.
        if (box.getMinX() < 0 || box.getMaxX() > v.width() || box.getMinY() < 0 || box.getMaxY() > v.height()) {
          continue;
        }
        boolean clearOfPlaces = !occupied.intersectsAny(box);
        if (clearOfPlaces && !countries.intersectsAny(box)) {
          chosen = box;
          break;
        }
        if (clearOfPlaces && fallback == null) {
          fallback = box;
        }
      }
      Rectangle2D box = chosen != null ? chosen : fallback;
      if (box != null) {
        occupied.add(box);
        MapText.haloText(g, name, box.getMinX(), box.getMinY() + 8, style.placeName(), style.halo());
        namesShown++;
      }
    }
  }

  /**
   * A place's name; for a cluster, the name of its most telling place (where something happens on the
   * current day, else where most happened) and how many more places it holds.
   */
  private static String labelOf(MarkerGroup m) {
    if (m.isOnePlace()) {
      return m.places().get(0).name();
    }
    // Marks are made of placed events only.
    Place main = (m.currentTop() != null ? m.currentTop() : m.top()).place().orElseThrow();
    return main.name() + " +" + (m.places().size() - 1);
  }

  private Color colorOf(Category category) {
    return CategoryPalette.colorOf(state.dataset(), category, state.themeProperty().get());
  }

  private MarkerShape shapeOf(Category category) {
    return CategoryPalette.shapeOf(state.dataset(), category);
  }
}
