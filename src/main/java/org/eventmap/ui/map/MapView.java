package org.eventmap.ui.map;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javafx.geometry.Point2D;
import javafx.geometry.Rectangle2D;
import javafx.geometry.VPos;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.control.Label;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.TextAlignment;
import org.eventmap.domain.Category;
import org.eventmap.domain.Event;
import org.eventmap.domain.Place;
import org.eventmap.geo.ProjectedBasemap;
import org.eventmap.geo.ProjectedPaths;
import org.eventmap.geo.Viewport;
import org.eventmap.geo.WebMercator;
import org.eventmap.geo.WorldBounds;
import org.eventmap.geo.basemap.CountryLabel;
import org.eventmap.state.AppState;
import org.eventmap.ui.CategoryPalette;

/**
 * The map: the offline basemap and one marker per visible event, drawn on a single Canvas. Any change
 * only marks the map dirty; the drawing happens once, in the next layout pass (at most once a pulse).
 */
public final class MapView extends Region {
  public static final String ID = "map-pane";
  private static final String STYLE_CLASS = "map-view";

  private static final Color SEA = Color.web("#cfe0ec");
  private static final Color LAND = Color.web("#f6f3ec");
  private static final Color COAST = Color.web("#7f9db3");
  private static final Color BORDER = Color.web("#b8a99a");
  private static final Color COUNTRY_LABEL = Color.web("#8a8174");
  private static final Color PLACE_LABEL = Color.web("#2b2b2b");
  private static final Color HALO = Color.rgb(255, 255, 255, 0.85);
  private static final Color SELECTION = Color.web("#111111");
  private static final double MARKER_RADIUS = 6;
  private static final double CURRENT_RADIUS = 8;
  private static final double HIT_RADIUS = 11;

  private final AppState state;
  private final BasemapLibrary basemaps;
  private final Canvas canvas = new Canvas();
  private final Label attribution = new Label("Map data: Natural Earth");
  private boolean dirty = true;
  private int drawCount;
  private boolean drewBasemapAndData;
  private double dragX;
  private double dragY;
  private boolean dragged;

  public MapView(AppState state, BasemapLibrary basemaps) {
    this.state = state;
    this.basemaps = basemaps;
    createView();
    initListeners();
  }

  private void createView() {
    setId(ID);
    getStyleClass().add(STYLE_CLASS);
    attribution.getStyleClass().add("map-attribution");
    attribution.setId("map-attribution");
    getChildren().addAll(canvas, attribution);
    setMinSize(200, 150);
    setPrefSize(900, 600);
    setFocusTraversable(true);
    setAccessibleText("Map of events");
  }

  private void initListeners() {
    state.datasetProperty().addListener((obs, old, dataset) -> markDirty());
    state.visibleEvents().addListener((obs, old, now) -> markDirty());
    state.currentDayProperty().addListener((obs, old, now) -> markDirty());
    state.selectedEventProperty().addListener((obs, old, now) -> markDirty());
    state.viewportProperty().addListener((obs, old, now) -> markDirty());
    basemaps.setOnLoaded(scale -> markDirty());

    setOnMousePressed(this::onPressed);
    setOnMouseDragged(this::onDragged);
    setOnMouseReleased(this::onReleased);
    setOnScroll(this::onScroll);
  }

  private Color colorOf(Category category) {
    return CategoryPalette.colorOf(state.dataset(), category);
  }

  private void markDirty() {
    dirty = true;
    requestLayout();
  }

  @Override
  protected void layoutChildren() {
    double w = getWidth();
    double h = getHeight();
    if (canvas.getWidth() != w || canvas.getHeight() != h) {
      canvas.setWidth(w);
      canvas.setHeight(h);
      Viewport v = state.viewport();
      if (v.width() != w || v.height() != h) {
        state.resizeMap(w, h); // marks dirty through the viewport listener
      }
      dirty = true;
    }
    attribution.autosize();
    attribution.relocate(w - attribution.getWidth() - 4, h - attribution.getHeight() - 2);
    if (dirty) {
      dirty = false;
      draw();
    }
  }

  /** How many times the map has been drawn; lets tests and the start-up timer see a finished frame. */
  public int drawCount() {
    return drawCount;
  }

  /** Whether the last frame showed both the basemap and the dataset. */
  public boolean hasDrawnBasemap() {
    return drewBasemapAndData;
  }

  // ---- drawing ---------------------------------------------------------------------------------

  private void draw() {
    drawCount++;
    GraphicsContext g = canvas.getGraphicsContext2D();
    Viewport v = state.viewport();
    double w = canvas.getWidth();
    double h = canvas.getHeight();
    g.setFill(SEA);
    g.fillRect(0, 0, w, h);
    Optional<ProjectedBasemap> basemap = basemaps.bestFor(ProjectedBasemap.suitedTo(v.scale()));
    WorldBounds visible = v.visibleWorld();
    basemap.ifPresent(b -> drawBasemap(g, b, v, visible));
    List<Rectangle2D> occupied = new ArrayList<>();
    drawMarkers(g, v, occupied);
    basemap.ifPresent(b -> drawCountryLabels(g, b, v, occupied));
    drewBasemapAndData = basemap.isPresent() && state.dataset() != null;
  }

  private void drawBasemap(GraphicsContext g, ProjectedBasemap b, Viewport v, WorldBounds visible) {
    g.setFill(LAND);
    fillPaths(g, b.land(), v, visible);
    g.setFill(SEA);
    fillPaths(g, b.lakes(), v, visible);
    g.setLineWidth(0.8);
    g.setStroke(BORDER);
    g.setLineDashes(4, 3);
    strokePaths(g, b.borders(), v, visible);
    g.setLineDashes(null);
    g.setStroke(COAST);
    g.setLineWidth(0.9);
    strokePaths(g, b.coastlines(), v, visible);
  }

  private void fillPaths(GraphicsContext g, ProjectedPaths paths, Viewport v, WorldBounds visible) {
    for (double offset : worldCopies(visible)) {
      for (int p = 0; p < paths.count(); p++) {
        if (paths.intersects(p, visible, offset) && paths.extent(p) * v.scale() >= 1) {
          g.beginPath();
          trace(g, paths, p, v, offset);
          g.closePath();
          g.fill();
        }
      }
    }
  }

  private void strokePaths(GraphicsContext g, ProjectedPaths paths, Viewport v, WorldBounds visible) {
    for (double offset : worldCopies(visible)) {
      g.beginPath();
      for (int p = 0; p < paths.count(); p++) {
        if (paths.intersects(p, visible, offset) && paths.extent(p) * v.scale() >= 1) {
          trace(g, paths, p, v, offset);
        }
      }
      g.stroke();
    }
  }

  /** Adds one path to the current outline, leaving out points less than half a pixel apart. */
  private static void trace(GraphicsContext g, ProjectedPaths paths, int p, Viewport v, double offset) {
    int n = paths.size(p);
    double lastX = v.screenX(paths.x(p, 0) + offset);
    double lastY = v.screenY(paths.y(p, 0));
    g.moveTo(lastX, lastY);
    for (int i = 1; i < n; i++) {
      double x = v.screenX(paths.x(p, i) + offset);
      double y = v.screenY(paths.y(p, i));
      if (Math.abs(x - lastX) + Math.abs(y - lastY) >= 0.5 || i == n - 1) {
        g.lineTo(x, y);
        lastX = x;
        lastY = y;
      }
    }
  }

  /** The east-west shifts (in worlds) at which a copy of the world is on screen. */
  private static double[] worldCopies(WorldBounds visible) {
    int first = (int) Math.floor(visible.minX());
    int last = (int) Math.floor(visible.maxX());
    double[] offsets = new double[last - first + 1];
    for (int i = 0; i < offsets.length; i++) {
      offsets[i] = first + i;
    }
    return offsets;
  }

  private void drawMarkers(GraphicsContext g, Viewport v, List<Rectangle2D> occupied) {
    LocalDate day = state.currentDay();
    List<Event> visibleEvents = state.visibleEvents().get();
    Event selected = state.selectedEvent().orElse(null);
    List<Event> current = new ArrayList<>();
    for (Event e : visibleEvents) {
      if (day != null && e.covers(day)) {
        current.add(e);
      } else {
        Point2D at = screenPosition(e.place(), v);
        drawMarker(g, at, colorOf(e.category()).deriveColor(0, 0.7, 1, 0.75), MARKER_RADIUS, 1);
      }
    }
    for (Event e : current) {
      Point2D at = screenPosition(e.place(), v);
      Color color = colorOf(e.category());
      g.setFill(color.deriveColor(0, 1, 1, 0.25));
      g.fillOval(at.getX() - 15, at.getY() - 15, 30, 30);
      drawMarker(g, at, color, CURRENT_RADIUS, 2);
    }
    if (selected != null && visibleEvents.contains(selected)) {
      Point2D at = screenPosition(selected.place(), v);
      drawMarker(g, at, colorOf(selected.category()), CURRENT_RADIUS, 2);
      g.setStroke(SELECTION);
      g.setLineWidth(2.5);
      g.strokeOval(at.getX() - 12, at.getY() - 12, 24, 24);
    }
    drawPlaceLabels(g, v, visibleEvents, current, occupied);
  }

  private static void drawMarker(GraphicsContext g, Point2D at, Color fill, double radius, double outline) {
    g.setFill(fill);
    g.fillOval(at.getX() - radius, at.getY() - radius, radius * 2, radius * 2);
    g.setStroke(Color.WHITE);
    g.setLineWidth(outline);
    g.strokeOval(at.getX() - radius, at.getY() - radius, radius * 2, radius * 2);
  }

  private void drawPlaceLabels(
      GraphicsContext g, Viewport v, List<Event> visibleEvents, List<Event> current, List<Rectangle2D> occupied) {
    // Places with something happening today are named first, so they win where labels would collide;
    // among those, events known to the day or minute before those known only to the month.
    Map<String, Place> places = new java.util.LinkedHashMap<>();
    current.stream()
        .sorted(java.util.Comparator.comparing((Event e) -> e.start().precision()).reversed())
        .forEach(e -> places.putIfAbsent(e.place().id(), e.place()));
    visibleEvents.forEach(e -> places.putIfAbsent(e.place().id(), e.place()));
    for (Place place : places.values()) {
      Point2D at = screenPosition(place, v);
      occupied.add(new Rectangle2D(at.getX() - MARKER_RADIUS, at.getY() - MARKER_RADIUS, 2 * MARKER_RADIUS,
          2 * MARKER_RADIUS));
    }
    g.setFont(Font.font("System", FontWeight.BOLD, 12));
    g.setTextAlign(TextAlignment.LEFT);
    g.setTextBaseline(VPos.CENTER);
    for (Place place : places.values()) {
      Point2D at = screenPosition(place, v);
      double textWidth = estimateWidth(place.name(), 7);
      Rectangle2D box = new Rectangle2D(at.getX() + 11, at.getY() - 8, textWidth, 16);
      if (occupied.stream().noneMatch(r -> r.intersects(box) && !isMarkerOf(r, at))) {
        occupied.add(box);
        haloText(g, place.name(), at.getX() + 11, at.getY(), PLACE_LABEL);
      }
    }
  }

  private static boolean isMarkerOf(Rectangle2D r, Point2D at) {
    return r.contains(at) && r.getWidth() <= 2 * MARKER_RADIUS + 0.01;
  }

  private void drawCountryLabels(GraphicsContext g, ProjectedBasemap b, Viewport v, List<Rectangle2D> occupied) {
    g.setFont(Font.font("System", FontWeight.NORMAL, 11));
    g.setTextAlign(TextAlignment.CENTER);
    g.setTextBaseline(VPos.CENTER);
    double pixelsPerDegree = v.scale() / 360;
    for (CountryLabel label : b.labelsLargestFirst()) {
      double areaPixels = label.area() * pixelsPerDegree * pixelsPerDegree;
      if (areaPixels < 2_500) {
        break; // the rest are smaller still
      }
      double x = v.screenX(WebMercator.x(label.lon()));
      double y = v.screenY(WebMercator.y(label.lat()));
      if (x < 0 || y < 0 || x > v.width() || y > v.height()) {
        continue;
      }
      String text = label.name().toUpperCase(java.util.Locale.ROOT);
      double width = estimateWidth(text, 7.5);
      Rectangle2D box = new Rectangle2D(x - width / 2, y - 7, width, 14);
      if (occupied.stream().noneMatch(r -> r.intersects(box))) {
        occupied.add(box);
        haloText(g, text, x, y, COUNTRY_LABEL);
      }
    }
  }

  private static void haloText(GraphicsContext g, String text, double x, double y, Color color) {
    g.setStroke(HALO);
    g.setLineWidth(3);
    g.strokeText(text, x, y);
    g.setFill(color);
    g.fillText(text, x, y);
  }

  private static double estimateWidth(String text, double perCharacter) {
    return text.length() * perCharacter;
  }

  // ---- positions and hit testing ---------------------------------------------------------------

  private static Point2D screenPosition(Place place, Viewport v) {
    double x = WebMercator.x(place.location().lon());
    double y = WebMercator.y(place.location().lat());
    // Of the copies of the world side by side, use the one nearest the centre of the view.
    x += Math.round(v.centerX() - x);
    return new Point2D(v.screenX(x), v.screenY(y));
  }

  /** Where the marker of this event is drawn, in this view's coordinates. */
  public Point2D markerPosition(Event event) {
    return screenPosition(event.place(), state.viewport());
  }

  /**
   * The event under a point: the nearest marker within reach; where several share a place, the one the
   * map draws on top (the selected one, then today's, then the latest).
   */
  public Optional<Event> eventAt(double x, double y) {
    LocalDate day = state.currentDay();
    Event best = null;
    double bestScore = Double.MAX_VALUE;
    Viewport v = state.viewport();
    for (Event e : state.visibleEvents().get()) {
      Point2D at = screenPosition(e.place(), v);
      double distance = at.distance(x, y);
      if (distance > HIT_RADIUS) {
        continue;
      }
      boolean onTop = state.selectedEvent().map(e::equals).orElse(false);
      boolean today = day != null && e.covers(day);
      double score = distance - (onTop ? 1000 : 0) - (today ? 100 : 0);
      if (score <= bestScore) { // later events win ties: they are drawn later
        bestScore = score;
        best = e;
      }
    }
    return Optional.ofNullable(best);
  }

  // ---- navigation ------------------------------------------------------------------------------

  private void onPressed(MouseEvent e) {
    requestFocus();
    dragX = e.getX();
    dragY = e.getY();
    dragged = false;
  }

  private void onDragged(MouseEvent e) {
    double dx = e.getX() - dragX;
    double dy = e.getY() - dragY;
    if (dragged || Math.abs(dx) + Math.abs(dy) > 3) {
      dragged = true;
      state.panMap(dx, dy);
      dragX = e.getX();
      dragY = e.getY();
    }
  }

  private void onReleased(MouseEvent e) {
    if (dragged || e.getButton() != MouseButton.PRIMARY) {
      return;
    }
    if (e.getClickCount() == 2) {
      state.zoomMap(e.getX(), e.getY(), 2);
      return;
    }
    eventAt(e.getX(), e.getY()).ifPresentOrElse(state::select, state::clearSelection);
  }

  private void onScroll(ScrollEvent e) {
    if (e.getDeltaY() != 0) {
      state.zoomMap(e.getX(), e.getY(), Math.pow(1.0025, e.getDeltaY()));
    }
  }
}
