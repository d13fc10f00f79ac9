package org.eventmap.ui.map;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import javafx.geometry.Point2D;
import javafx.geometry.Pos;
import javafx.geometry.Rectangle2D;
import javafx.geometry.VPos;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.control.Button;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import javafx.scene.input.ZoomEvent;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.TextAlignment;
import org.eventmap.domain.Category;
import org.eventmap.domain.Event;
import org.eventmap.domain.Place;
import org.eventmap.domain.TimeText;
import org.eventmap.geo.GreatCircle;
import org.eventmap.geo.ProjectedBasemap;
import org.eventmap.geo.ScaleBar;
import org.eventmap.geo.Viewport;
import org.eventmap.geo.WebMercator;
import org.eventmap.state.AppState;
import org.eventmap.time.EventTimeIndex;
import org.eventmap.time.WallClock;
import org.eventmap.ui.CategoryPalette;
import org.eventmap.ui.MarkerShape;
import org.eventmap.ui.map.MarkLayout.WorldMark;

/**
 * The map: the offline basemap, journeys, and the visible events as markers (clustered where they
 * would overlap). The basemap is drawn by a {@link BasemapLayer} on its own canvas, the marks are laid
 * out by a {@link MarkLayout}; this view draws the data above them and handles the mouse and keys. Any
 * change only marks the map dirty; the drawing happens once, in the next layout pass, so at most once a
 * pulse.
 */
public final class MapView extends Region {
  public static final String ID = "map-pane";
  public static final String TOOLTIP_ID = "map-tooltip";
  private static final String STYLE_CLASS = "map-view";

  private static final Color PLACE_LABEL = Color.web("#2b2b2b");
  private static final Color SELECTION = Color.web("#111111");
  private static final Color CLUSTER = Color.web("#37474f");
  private static final Color JOURNEY = Color.web("#37474f", 0.75);
  private static final double MARKER_RADIUS = 6;
  private static final double CURRENT_RADIUS = 8;
  private static final double HIT_SLOP = 5;
  private static final double KEY_PAN_PIXELS = 120;
  private static final int MAX_JOURNEY_LEGS = 400;
  /** How far the overlay reaches beyond each edge of the view: as far as the basemap. */
  private static final double MARGIN = BasemapLayer.MARGIN;
  /** How far beyond the view markers are drawn when the view is not moving: those partly in view. */
  private static final double NEAR_REACH = 32;

  private final AppState state;
  private final BasemapLibrary basemaps;
  private final BasemapLayer basemapLayer = new BasemapLayer(this::markDirty);
  /**
   * Everything that changes with the data (markers, journeys, place names), while the view moves: drawn,
   * like the basemap, beyond each edge of the view, so that a pan only moves it.
   */
  private final Canvas overlayCanvas = new Canvas();
  /**
   * The same while the view stays put (as the timeline moves), only a little larger than the view: the
   * software renderer's cost of a redrawn canvas grows with its size, margin included.
   */
  private final Canvas stillCanvas = new Canvas();
  /** The scale bar, which stays put while the map moves under it. */
  private final Canvas scaleCanvas = new Canvas(150, 30);
  private final javafx.scene.shape.Rectangle clip = new javafx.scene.shape.Rectangle();
  /** The view the markers were last drawn for; they only need moving while only its centre changes. */
  private Viewport overlayViewport;
  private boolean overlayStale = true;
  /** How far beyond the view the markers were last drawn (pixels). */
  private double overlayReach;
  private ScaleBar shownScaleBar;
  /** Places the names again for the new view once a pan has rested. */
  private final javafx.animation.PauseTransition relabelAfterPan =
      new javafx.animation.PauseTransition(javafx.util.Duration.millis(180));
  private final Label attribution = new Label("Map data: Natural Earth");
  private final Label tooltip = new Label();
  private final VBox controls;
  private final ContextMenu picker = new ContextMenu();
  private final EdgePointers edgePointers = new EdgePointers(this::bringIntoView);
  /** What lies over the map from outside it (the legend): edge pointers keep clear of it. */
  private javafx.scene.Node overlaid;
  private boolean dirty = true;
  private long lastDrawNanos;
  private boolean drewBasemapAndData;
  private List<MarkerGroup> groups = List.of();
  /** A place's mark is as large as its marker at its largest, that of an event on the current day. */
  private final MarkLayout layout = new MarkLayout(CURRENT_RADIUS + 2);
  private MarkerGroup hovered;
  private double dragX;
  private double dragY;
  private boolean dragged;

  /**
   * What one mark on the map stands for: one or more places close together on screen and their visible
   * events, drawn at (x, y) in this view's coordinates. What drawing needs (the count, the event on top,
   * whether something happens on the current day) is worked out once when the marks are laid out; the
   * list of events is only made when asked for.
   */
  public static final class MarkerGroup {
    private final List<Place> places;
    private final int eventCount;
    private final Event top;
    private final Event currentTop;
    private final boolean holdsSelection;
    private final java.util.function.Supplier<List<Event>> events;
    private List<Event> eventList;
    private final double x;
    private final double y;
    private final double radius;

    MarkerGroup(List<Place> places, int eventCount, Event top, Event currentTop, boolean holdsSelection,
        java.util.function.Supplier<List<Event>> events, double x, double y, double radius) {
      this.places = places;
      this.eventCount = eventCount;
      this.top = top;
      this.currentTop = currentTop;
      this.holdsSelection = holdsSelection;
      this.events = events;
      this.x = x;
      this.y = y;
      this.radius = radius;
    }

    public List<Place> places() {
      return places;
    }

    /** The visible events of the mark's places, in wall-clock order. */
    public List<Event> events() {
      if (eventList == null) {
        eventList = events.get();
      }
      return eventList;
    }

    public int eventCount() {
      return eventCount;
    }

    /** The event the mark shows: the selected one, else the latest of the current day, else the latest. */
    public Event top() {
      return top;
    }

    /** The latest event on the current day among the mark's, or null. */
    public Event currentTop() {
      return currentTop;
    }

    public boolean holdsSelection() {
      return holdsSelection;
    }

    public double x() {
      return x;
    }

    public double y() {
      return y;
    }

    public double radius() {
      return radius;
    }

    public boolean isSingleEvent() {
      return eventCount == 1;
    }

    public boolean isOnePlace() {
      return places.size() == 1;
    }

    public boolean contains(double px, double py) {
      return Math.hypot(px - x, py - y) <= radius + HIT_SLOP;
    }
  }

  public MapView(AppState state, BasemapLibrary basemaps) {
    this.state = state;
    this.basemaps = basemaps;
    this.controls = createControls();
    createView();
    initListeners();
  }

  private void createView() {
    setId(ID);
    getStyleClass().add(STYLE_CLASS);
    attribution.getStyleClass().add("map-attribution");
    attribution.setId("map-attribution");
    tooltip.setId(TOOLTIP_ID);
    tooltip.getStyleClass().add("map-tooltip");
    tooltip.setVisible(false);
    tooltip.setMouseTransparent(true);
    tooltip.setWrapText(true);
    tooltip.setMaxWidth(320);
    picker.setId("map-picker");
    overlayCanvas.setMouseTransparent(true);
    stillCanvas.setMouseTransparent(true);
    overlayCanvas.setVisible(false);
    scaleCanvas.setMouseTransparent(true);
    setClip(clip); // the basemap reaches beyond the view
    relabelAfterPan.setOnFinished(e -> markDirty());
    getChildren().addAll(basemapLayer.canvas(), overlayCanvas, stillCanvas, scaleCanvas, attribution, edgePointers, controls,
        tooltip);
    setMinSize(200, 150);
    setPrefSize(900, 600);
    setFocusTraversable(true);
    setAccessibleText("Map of events. Arrow keys pan, plus and minus zoom, 0 fits all events.");
  }

  private VBox createControls() {
    Button zoomIn = controlButton("+", "map-zoom-in", "Zoom in (+)");
    Button zoomOut = controlButton("−", "map-zoom-out", "Zoom out (−)");
    Button fit = controlButton("⤢", "map-fit", "Fit all events (0)");
    Button reset = controlButton("⟲", "map-reset", "Back to the opening view");
    zoomIn.setOnAction(e -> zoomAtCenter(2));
    zoomOut.setOnAction(e -> zoomAtCenter(0.5));
    fit.setOnAction(e -> state.fitToData());
    reset.setOnAction(e -> state.resetView());
    VBox box = new VBox(4, zoomIn, zoomOut, fit, reset);
    box.getStyleClass().add("map-controls");
    box.setAlignment(Pos.TOP_RIGHT);
    box.setPickOnBounds(false);
    return box;
  }

  private static Button controlButton(String text, String id, String help) {
    Button b = new Button(text);
    b.setId(id);
    b.getStyleClass().add("map-control");
    b.setTooltip(new Tooltip(help));
    b.setAccessibleText(help);
    return b;
  }

  private void initListeners() {
    state.datasetProperty().addListener((obs, old, dataset) -> markDirty());
    state.visibleEvents().addListener((obs, old, now) -> markDirty());
    state.currentDayProperty().addListener((obs, old, now) -> markDirty());
    state.selectedEventProperty().addListener((obs, old, now) -> markDirty());
    state.viewportProperty().addListener((obs, old, now) -> {
      hideTooltip();
      dirty = true; // the markers may only need moving: draw() decides
      requestLayout();
    });
    state.showJourneysProperty().addListener((obs, old, now) -> markDirty());
    state.windowProperty().addListener((obs, old, now) -> markDirty());
    state.showLinksProperty().addListener((obs, old, now) -> markDirty());
    basemaps.setOnLoaded(scale -> {
      basemapLayer.markStale();
      markDirty();
    });

    setOnMousePressed(this::onPressed);
    setOnMouseDragged(this::onDragged);
    setOnMouseReleased(this::onReleased);
    setOnMouseMoved(this::onMoved);
    setOnMouseExited(e -> {
      hovered = null;
      hideTooltip();
      markDirty();
    });
    setOnScroll(this::onScroll);
    setOnZoom(this::onPinch);
    addEventHandler(KeyEvent.KEY_PRESSED, this::onKey);
  }

  /** Something the markers show changed: they are drawn again on the next pulse. */
  private void markDirty() {
    overlayStale = true;
    dirty = true;
    requestLayout();
  }

  @Override
  protected void layoutChildren() {
    double w = getWidth();
    double h = getHeight();
    clip.setWidth(w);
    clip.setHeight(h);
    if (overlayCanvas.getWidth() != w + 2 * MARGIN || overlayCanvas.getHeight() != h + 2 * MARGIN) {
      overlayCanvas.setWidth(w + 2 * MARGIN);
      overlayCanvas.setHeight(h + 2 * MARGIN);
      stillCanvas.setWidth(w + 2 * NEAR_REACH);
      stillCanvas.setHeight(h + 2 * NEAR_REACH);
      overlayStale = true;
      basemapLayer.resize(w, h);
      Viewport v = state.viewport();
      if (v.width() != w || v.height() != h) {
        state.resizeMap(w, h);
      }
      dirty = true;
    }
    attribution.autosize();
    attribution.relocate(w - attribution.getWidth() - 4, h - attribution.getHeight() - 2);
    controls.autosize();
    controls.relocate(w - controls.getWidth() - 10, 10);
    tooltip.autosize();
    if (dirty) {
      dirty = false;
      draw();
    }
  }

  /** How long the last frame took to draw, in nanoseconds (for the benchmark). */
  public long lastDrawNanos() {
    return lastDrawNanos;
  }

  /** Whether the last frame showed both the basemap and the dataset. */
  public boolean hasDrawnBasemap() {
    return drewBasemapAndData;
  }

  /** The marks as last drawn, in this view's coordinates. */
  public List<MarkerGroup> markerGroups() {
    return groups;
  }

  /** The map as it is now, without the on-screen buttons: for "Export map as PNG". */
  public javafx.scene.image.WritableImage renderImage() {
    boolean controlsShown = controls.isVisible();
    boolean tooltipShown = tooltip.isVisible();
    controls.setVisible(false);
    tooltip.setVisible(false);
    try {
      return snapshot(null, null);
    } finally {
      controls.setVisible(controlsShown);
      tooltip.setVisible(tooltipShown);
    }
  }

  // ---- drawing ---------------------------------------------------------------------------------

  private void draw() {
    long start = System.nanoTime();
    Viewport v = state.viewport();
    Optional<ProjectedBasemap> basemap = basemaps.bestFor(ProjectedBasemap.suitedTo(v.scale()));
    if (basemapLayer.place(v, basemap.orElse(null))) {
      overlayStale = true; // place names keep clear of the country names just drawn
    }
    groups = layoutMarkers(v);
    if (!placeOverlay(v)) {
      Viewport drawn = overlayViewport;
      boolean panning = drawn != null && drawn.scale() == v.scale() && drawn.width() == v.width()
          && drawn.height() == v.height() && (drawn.centerX() != v.centerX() || drawn.centerY() != v.centerY());
      drawOverlay(v, panning ? MARGIN : NEAR_REACH);
    }
    drawScaleBar(v);
    edgePointers.update(groups, v.width(), v.height(), areasToKeepClear());
    drewBasemapAndData = basemap.isPresent() && state.dataset() != null;
    describeForScreenReaders();
    lastDrawNanos = System.nanoTime() - start;
  }

  /**
   * Moves the drawn markers with the view when only its centre moved and they still cover it; a pan
   * frame then draws nothing, whatever the number of events.
   */
  private boolean placeOverlay(Viewport v) {
    Viewport drawn = overlayViewport;
    if (overlayStale || drawn == null || drawn.scale() != v.scale() || drawn.width() != v.width()
        || drawn.height() != v.height()) {
      return false;
    }
    double dx = (v.centerX() - drawn.centerX()) * v.scale();
    double dy = (v.centerY() - drawn.centerY()) * v.scale();
    if (Math.abs(dx) > overlayReach || Math.abs(dy) > overlayReach) {
      return false;
    }
    (overlayCanvas.isVisible() ? overlayCanvas : stillCanvas).relocate(-overlayReach - dx, -overlayReach - dy);
    if (dx != 0 || dy != 0) {
      relabelAfterPan.playFromStart();
    }
    return true;
  }

  /**
   * Draws journeys, links, markers and place names for the view, and for some distance beyond it: on the
   * large canvas, the whole margin, once the view moves, so that the next pan frames only move them;
   * otherwise a little, on the canvas just larger than the view.
   */
  private void drawOverlay(Viewport v, double reach) {
    Canvas target = reach == MARGIN ? overlayCanvas : stillCanvas;
    Canvas other = target == overlayCanvas ? stillCanvas : overlayCanvas;
    GraphicsContext g = target.getGraphicsContext2D();
    g.clearRect(0, 0, target.getWidth(), target.getHeight());
    g.save();
    g.translate(reach, reach);
    if (state.showJourneysProperty().get()) {
      drawJourneys(g, v);
    }
    if (state.showLinksProperty().get()) {
      drawLinks(g, v);
    }
    // Marks beyond the reach are left out: the layout covers the whole world.
    List<MarkerGroup> near = new ArrayList<>();
    for (MarkerGroup m : groups) {
      if (m.x() + m.radius() >= -reach && m.x() - m.radius() <= v.width() + reach
          && m.y() + m.radius() >= -reach && m.y() - m.radius() <= v.height() + reach) {
        near.add(m);
      }
    }
    Obstacles occupied = new Obstacles();
    drawMarkers(g, near, occupied);
    drawPlaceLabels(g, near, occupied, v);
    g.restore();
    target.relocate(-reach, -reach);
    target.setVisible(true);
    if (other.isVisible()) {
      other.setVisible(false);
      other.getGraphicsContext2D().clearRect(0, 0, other.getWidth(), other.getHeight()); // let go of its drawing
    }
    overlayViewport = v;
    overlayReach = reach;
    overlayStale = false;
  }

  /** The marks for the visible events, placed in this view from their layout in world coordinates. */
  private List<MarkerGroup> layoutMarkers(Viewport v) {
    List<WorldMark> worldMarks = layout.marks(state.timeIndex(), state.visiblePositions().get(), v.scale(),
        state.selectedEvent().orElse(null), state.currentDay());
    List<MarkerGroup> result = new ArrayList<>(worldMarks.size());
    for (WorldMark w : worldMarks) {
      result.add(new MarkerGroup(w.places(), w.eventCount(), w.top(), w.currentTop(), w.holdsSelection(),
          () -> MarkLayout.eventsOf(state.timeIndex(), state.visiblePositions().get(), w.placeIds()),
          v.screenX(WorldCopies.nearestX(w.worldX(), v)), v.screenY(w.worldY()), w.radius()));
    }
    return result;
  }

  private static boolean isCurrent(Event e, LocalDate day) {
    return day != null && e.covers(day);
  }

  private void drawMarkers(GraphicsContext g, List<MarkerGroup> marks, Obstacles occupied) {
    LocalDate day = state.currentDay();
    Event selected = state.selectedEvent().orElse(null);
    // Earlier events under today's, and the selection on top of everything.
    List<MarkerGroup> ordered = new ArrayList<>(marks);
    ordered.sort(Comparator.comparing(MarkerGroup::holdsSelection).thenComparing(m -> m.currentTop() != null));
    for (MarkerGroup m : ordered) {
      occupied.add(new Rectangle2D(m.x() - m.radius(), m.y() - m.radius(), 2 * m.radius(), 2 * m.radius()));
      if (m.isOnePlace()) {
        drawPlaceMarker(g, m, day, selected);
      } else {
        drawCluster(g, m, day, selected);
      }
      if (sameMark(m, hovered)) {
        g.setStroke(Color.web("#ffb300"));
        g.setLineWidth(2.5);
        double r = m.radius() + 4;
        g.strokeOval(m.x() - r, m.y() - r, 2 * r, 2 * r);
      }
    }
  }

  /** One place: the marker of its most telling event (the selected one, else today's, else the latest). */
  private void drawPlaceMarker(GraphicsContext g, MarkerGroup m, LocalDate day, Event selected) {
    Event top = m.top();
    boolean current = isCurrent(top, day);
    Color color = colorOf(top.category());
    MarkerShape shape = shapeOf(top.category());
    if (current) {
      g.setFill(color.deriveColor(0, 1, 1, 0.25));
      g.fillOval(m.x() - 15, m.y() - 15, 30, 30);
      shape.draw(g, m.x(), m.y(), CURRENT_RADIUS, color, Color.WHITE, 2);
    } else {
      // Older events in the window fade, down to a third of the strength at the window's start.
      double age = state.currentTime() == null ? 0
          : state.window().age(WallClock.seconds(WallClock.endExclusive(top)), state.currentTime());
      double opacity = 0.8 - 0.5 * age;
      shape.draw(g, m.x(), m.y(), MARKER_RADIUS, color.deriveColor(0, 0.7, 1, opacity),
          Color.rgb(255, 255, 255, Math.min(1, opacity + 0.2)), 1);
    }
    if (top.equals(selected)) {
      g.setStroke(SELECTION);
      g.setLineWidth(2.5);
      g.strokeOval(m.x() - 12, m.y() - 12, 24, 24);
    }
    if (m.eventCount() > 1) {
      drawBadge(g, m.x() + 8, m.y() - 8, m.eventCount());
    }
  }

  private static void drawBadge(GraphicsContext g, double x, double y, int count) {
    String text = CountText.compact(count);
    double r = text.length() > 2 ? 10 : text.length() > 1 ? 8 : 6.5;
    g.setFill(Color.WHITE);
    g.fillOval(x - r, y - r, 2 * r, 2 * r);
    g.setStroke(CLUSTER);
    g.setLineWidth(1);
    g.strokeOval(x - r, y - r, 2 * r, 2 * r);
    g.setFill(CLUSTER);
    g.setFont(Font.font("System", FontWeight.BOLD, 9.5));
    g.setTextAlign(TextAlignment.CENTER);
    g.setTextBaseline(VPos.CENTER);
    g.fillText(text, x, y + 0.5);
  }

  private void drawCluster(GraphicsContext g, MarkerGroup m, LocalDate day, Event selected) {
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
    g.setFill(CLUSTER.deriveColor(0, 1, 1, 0.9));
    g.fillOval(m.x() - r, m.y() - r, 2 * r, 2 * r);
    g.setStroke(Color.WHITE);
    g.setLineWidth(1.5);
    g.strokeOval(m.x() - r, m.y() - r, 2 * r, 2 * r);
    g.setFill(Color.WHITE);
    g.setFont(Font.font("System", FontWeight.BOLD, 12));
    g.setTextAlign(TextAlignment.CENTER);
    g.setTextBaseline(VPos.CENTER);
    g.fillText(CountText.compact(m.eventCount()), m.x(), m.y() + 0.5);
    if (m.holdsSelection()) {
      g.setStroke(SELECTION);
      g.setLineWidth(2.5);
      g.strokeOval(m.x() - r - 4, m.y() - r - 4, 2 * r + 8, 2 * r + 8);
    }
  }

  private void drawPlaceLabels(GraphicsContext g, List<MarkerGroup> marks, Obstacles occupied, Viewport v) {
    LocalDate day = state.currentDay();
    // Marks with something on the current day are named first, so they win where labels collide;
    // among those, events known to the day or minute before those known only to the month.
    List<MarkerGroup> labelled = marks.stream()
        .sorted(Comparator.comparing((MarkerGroup m) -> m.currentTop() == null)
            .thenComparing(m -> m.currentTop() == null ? 0 : -m.currentTop().start().precision().ordinal()))
        .toList();
    g.setFont(MapText.PLACE_FONT);
    g.setTextAlign(TextAlignment.LEFT);
    g.setTextBaseline(VPos.CENTER);
    // Country names on the basemap are obstacles too, moved as the basemap canvas is.
    Obstacles countryNames = basemapLayer.countryNamesInView();
    for (MarkerGroup m : labelled) {
      String name = labelOf(m);
      double width = MapText.width(name, MapText.PLACE_FONT);
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
        if (clearOfPlaces && !countryNames.intersectsAny(box)) {
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
        MapText.haloText(g, name, box.getMinX(), box.getMinY() + 8, PLACE_LABEL);
      }
    }
  }

  /**
   * A place's name; for a cluster, the name of its most telling place (where something happens on the
   * current day, else where most happened) and how many more places it holds.
   */
  /** Whether two marks, laid out apart (each frame makes new ones), stand for the same places and events. */
  private static boolean sameMark(MarkerGroup a, MarkerGroup b) {
    if (a == null || b == null) {
      return a == b;
    }
    return a.eventCount() == b.eventCount() && a.places().size() == b.places().size()
        && a.places().get(0).equals(b.places().get(0));
  }

  private static String labelOf(MarkerGroup m) {
    if (m.isOnePlace()) {
      return m.places().get(0).name();
    }
    Place main = (m.currentTop() != null ? m.currentTop() : m.top()).place();
    return main.name() + " +" + (m.places().size() - 1);
  }

  private void drawJourneys(GraphicsContext g, Viewport v) {
    EventTimeIndex index = state.timeIndex();
    List<int[]> trips = index.trips();
    int[] visible = state.visiblePositions().get();
    g.setStroke(JOURNEY);
    g.setLineWidth(2);
    // Each leg between two places is drawn once, and a few hundred at most: beyond that a map of
    // journeys is a tangle, and it would cost every frame.
    java.util.Set<Long> drawn = new java.util.HashSet<>();
    for (int[] trip : trips) {
      int previous = -1;
      for (int position : trip) {
        if (java.util.Arrays.binarySearch(visible, position) < 0) {
          continue; // not shown: the journey is drawn as far as the timeline has come
        }
        int place = index.placeOf(position);
        if (previous >= 0 && previous != place && drawn.add(((long) previous << 32) | place)) {
          drawArc(g, v, index.places().get(previous), index.places().get(place), JOURNEY, true);
          if (drawn.size() >= MAX_JOURNEY_LEGS) {
            return;
          }
        }
        previous = place;
      }
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
    for (String id : selected.get().related()) {
      state.dataset().event(id).filter(state::isVisible).map(Event::place)
          .filter(p -> !p.equals(selected.get().place()))
          .ifPresent(p -> drawArc(g, v, selected.get().place(), p, color, false));
    }
    g.setLineDashes(null);
  }

  /** A great-circle arc between two places, with an arrowhead two thirds along when it has a direction. */
  private void drawArc(GraphicsContext g, Viewport v, Place from, Place to, Color color, boolean arrow) {
    double ends = Math.hypot(
        (WebMercator.x(to.location().lon()) - WebMercator.x(from.location().lon())) * v.scale(),
        (WebMercator.y(to.location().lat()) - WebMercator.y(from.location().lat())) * v.scale());
    if (ends < 12 && Math.abs(to.location().lon() - from.location().lon()) < 180) {
      return; // the places are on top of each other at this zoom: no arc to work out
    }
    double[] path = GreatCircle.path(from.location().lon(), from.location().lat(), to.location().lon(),
        to.location().lat(), 48);
    int n = path.length / 2;
    double[] sx = new double[n];
    double[] sy = new double[n];
    double shift = WorldCopies.nearestX(WebMercator.x(path[0]), v) - WebMercator.x(path[0]);
    for (int i = 0; i < n; i++) {
      sx[i] = v.screenX(WebMercator.x(path[2 * i]) + shift);
      sy[i] = v.screenY(WebMercator.y(path[2 * i + 1]));
    }
    if (Math.hypot(sx[n - 1] - sx[0], sy[n - 1] - sy[0]) < 12) {
      return; // the places are on top of each other at this zoom
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

  private void drawScaleBar(Viewport v) {
    ScaleBar bar = ScaleBar.of(v, 120);
    scaleCanvas.relocate(0, v.height() - scaleCanvas.getHeight());
    if (bar.equals(shownScaleBar)) {
      return;
    }
    shownScaleBar = bar;
    GraphicsContext g = scaleCanvas.getGraphicsContext2D();
    g.clearRect(0, 0, scaleCanvas.getWidth(), scaleCanvas.getHeight());
    double x = 12;
    double y = scaleCanvas.getHeight() - 14;
    g.setFill(Color.rgb(255, 255, 255, 0.75));
    g.fillRect(x - 4, y - 18, bar.pixels() + 8, 24);
    g.setStroke(Color.web("#333333"));
    g.setLineWidth(1.5);
    g.strokeLine(x, y, x + bar.pixels(), y);
    g.strokeLine(x, y - 5, x, y);
    g.strokeLine(x + bar.pixels(), y - 5, x + bar.pixels(), y);
    g.setFill(Color.web("#333333"));
    g.setFont(Font.font("System", FontWeight.NORMAL, 11));
    g.setTextAlign(TextAlignment.LEFT);
    g.setTextBaseline(VPos.BOTTOM);
    g.fillText(bar.label(), x + 2, y - 3);
  }

  private Color colorOf(Category category) {
    return CategoryPalette.colorOf(state.dataset(), category);
  }

  private MarkerShape shapeOf(Category category) {
    return CategoryPalette.shapeOf(state.dataset(), category);
  }

  /** Says what lies over the map from outside it, so that pointers at its edge keep clear of it. */
  public void setOverlaid(javafx.scene.Node node) {
    overlaid = node;
  }

  /** The map's own buttons, the scale bar, the attribution and what lies over the map, in this view's coordinates. */
  private List<Rectangle2D> areasToKeepClear() {
    List<Rectangle2D> areas = new ArrayList<>();
    for (javafx.scene.Node n : List.of(controls, attribution, scaleCanvas)) {
      javafx.geometry.Bounds b = n.getBoundsInParent();
      areas.add(new Rectangle2D(b.getMinX(), b.getMinY(), b.getWidth(), b.getHeight()));
    }
    if (overlaid != null && overlaid.isVisible() && overlaid.getScene() == getScene() && getScene() != null) {
      javafx.geometry.Bounds b = sceneToLocal(overlaid.localToScene(overlaid.getBoundsInLocal()));
      areas.add(new Rectangle2D(b.getMinX(), b.getMinY(), b.getWidth(), b.getHeight()));
    }
    return areas;
  }

  /** Pointers at the edge to today's places outside the view, for tests and keyboard users. */
  public List<Button> edgePointers() {
    return edgePointers.shown();
  }

  /** Centres the map on a mark outside the view, at the same zoom. */
  private void bringIntoView(MarkerGroup m) {
    Place place = m.places().get(0);
    state.showView(place.location().lon(), place.location().lat(), state.viewport().scale());
  }

  // ---- positions and hit testing ---------------------------------------------------------------

  /** Where the marker of this event's place is, in this view's coordinates (before clustering). */
  public Point2D markerPosition(Event event) {
    Viewport v = state.viewport();
    Place place = event.place();
    return new Point2D(v.screenX(WorldCopies.nearestX(WebMercator.x(place.location().lon()), v)),
        v.screenY(WebMercator.y(place.location().lat())));
  }

  /** The mark under a point, if any; the one drawn on top wins. */
  public Optional<MarkerGroup> groupAt(double x, double y) {
    if (dirty) {
      groups = layoutMarkers(state.viewport());
    }
    return groups.stream().filter(m -> m.contains(x, y))
        .min(Comparator.comparingDouble(m -> Math.hypot(x - m.x(), y - m.y())));
  }

  /** The group that holds this event, if it is visible. */
  public Optional<MarkerGroup> groupOf(Event event) {
    if (dirty) {
      groups = layoutMarkers(state.viewport());
    }
    return groups.stream().filter(m -> m.events().contains(event)).findFirst();
  }

  // ---- interaction -----------------------------------------------------------------------------

  private void zoomAtCenter(double factor) {
    state.zoomMap(getWidth() / 2, getHeight() / 2, factor);
  }

  private void onPressed(MouseEvent e) {
    requestFocus();
    picker.hide();
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
    Optional<MarkerGroup> group = groupAt(e.getX(), e.getY());
    if (group.isEmpty()) {
      state.clearSelection();
      return;
    }
    open(group.get(), e.getScreenX(), e.getScreenY());
  }

  /**
   * A single event is selected; several at one place (or too close to part even at the closest zoom)
   * are offered in a list; a cluster of places is zoomed into until it splits.
   */
  private void open(MarkerGroup group, double screenX, double screenY) {
    if (group.isSingleEvent()) {
      state.select(group.top());
    } else if (group.isOnePlace() || state.viewport().scale() >= Viewport.MAX_SCALE) {
      showPicker(group, screenX, screenY);
    } else {
      state.zoomToEvents(group.events());
    }
  }

  private void showPicker(MarkerGroup group, double screenX, double screenY) {
    picker.getItems().clear();
    List<Event> newestFirst = new ArrayList<>(group.events());
    java.util.Collections.reverse(newestFirst);
    for (Event e : newestFirst) {
      MenuItem item = new MenuItem(TimeText.shortDay(e.firstLocalDay()) + " — " + e.title());
      item.setGraphic(CategoryPalette.swatch(state.dataset(), e.category(), 5));
      item.setOnAction(a -> state.select(e));
      picker.getItems().add(item);
    }
    picker.show(this, screenX, screenY);
  }

  /** The list offered for a crowded place, for tests and for keyboard users. */
  public ContextMenu picker() {
    return picker;
  }

  private void onMoved(MouseEvent e) {
    MarkerGroup now = groupAt(e.getX(), e.getY()).orElse(null);
    if (!sameMark(now, hovered)) {
      hovered = now;
      markDirty();
    }
    if (now == null) {
      hideTooltip();
      return;
    }
    tooltip.setText(describe(now));
    tooltip.setVisible(true);
    tooltip.autosize();
    double x = Math.min(e.getX() + 14, getWidth() - tooltip.prefWidth(-1) - 4);
    double y = e.getY() + 18 + tooltip.prefHeight(-1) > getHeight() ? e.getY() - tooltip.prefHeight(-1) - 8
        : e.getY() + 18;
    tooltip.relocate(Math.max(0, x), y);
    setCursor(javafx.scene.Cursor.HAND);
  }

  private void hideTooltip() {
    tooltip.setVisible(false);
    setCursor(javafx.scene.Cursor.DEFAULT);
  }

  /**
   * The map in words for screen readers; the event list beside it offers the same events one by one.
   */
  private void describeForScreenReaders() {
    int events = groups.stream().mapToInt(MarkerGroup::eventCount).sum();
    int places = groups.stream().mapToInt(m -> m.places().size()).sum();
    String selected = state.selectedEvent().map(e -> " Selected: " + e.title() + ", " + e.place().name() + ".")
        .orElse("");
    setAccessibleText("Map: " + events + " events at " + places + " places." + selected
        + " Arrow keys pan, plus and minus zoom, 0 fits all events; the event list lists them.");
  }

  /** What a mark stands for, in words: for the tooltip and for screen readers. */
  public static String describe(MarkerGroup m) {
    if (m.isSingleEvent()) {
      Event e = m.top();
      return e.title() + "\n" + TimeText.local(e.start(), e.place().zone()) + " · " + e.place().name();
    }
    if (m.isOnePlace()) {
      return m.eventCount() + " events at " + m.places().get(0).name() + " — click to choose one";
    }
    return m.eventCount() + " events at " + m.places().size() + " places — click to zoom in";
  }

  private void onScroll(ScrollEvent e) {
    if (e.getDeltaY() != 0) {
      // In wheel notches, whatever the platform's pixels per notch; a notch zooms by a quarter.
      double notches = e.getDeltaY() / (e.getMultiplierY() > 0 ? e.getMultiplierY() : 40);
      state.zoomMap(e.getX(), e.getY(), Math.pow(1.25, notches));
      e.consume();
    }
  }

  private void onPinch(ZoomEvent e) {
    state.zoomMap(e.getX(), e.getY(), e.getZoomFactor());
    e.consume();
  }

  private void onKey(KeyEvent e) {
    if (e.isShortcutDown() || e.isAltDown()) {
      return;
    }
    switch (e.getCode()) {
      case LEFT -> state.panMap(KEY_PAN_PIXELS, 0);
      case RIGHT -> state.panMap(-KEY_PAN_PIXELS, 0);
      case UP -> state.panMap(0, KEY_PAN_PIXELS);
      case DOWN -> state.panMap(0, -KEY_PAN_PIXELS);
      case PLUS, EQUALS, ADD -> zoomAtCenter(2);
      case MINUS, SUBTRACT -> zoomAtCenter(0.5);
      case DIGIT0, NUMPAD0 -> state.fitToData();
      case ESCAPE -> state.clearSelection();
      case SPACE -> state.togglePlaying();
      default -> {
        return;
      }
    }
    e.consume();
  }
}
