package org.eventmap.ui.map;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import javafx.beans.value.ObservableValue;
import javafx.css.CssMetaData;
import javafx.css.SimpleStyleableObjectProperty;
import javafx.css.Styleable;
import javafx.css.StyleableObjectProperty;
import javafx.geometry.Point2D;
import javafx.geometry.Pos;
import javafx.geometry.Rectangle2D;
import javafx.scene.control.Button;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.eventmap.domain.Event;
import org.eventmap.domain.Place;
import org.eventmap.domain.TimeText;
import org.eventmap.geo.Viewport;
import org.eventmap.geo.WebMercator;
import org.eventmap.state.AppState;
import org.eventmap.ui.map.MarkLayout.WorldMark;

/**
 * The map: a stack of layers (ADR 0011) over which this view owns the viewport. From the bottom: the
 * offline basemap with country names, the data (journeys and links, markers and clusters, place
 * names), the ring around the hovered mark, and the scale bar; above them the edge pointers, the
 * buttons and the tooltip. A change only marks the layers it concerns dirty; in its next layout pass,
 * so at most once a pulse, the map asks each layer that is dirty, or that must follow a moved view, to
 * lay itself out. Input is {@link MapBehavior}'s; the look comes from {@code map.css} ({@link MapStyle}).
 */
public final class MapView extends Region {
  public static final String ID = "map-pane";
  public static final String TOOLTIP_ID = "map-tooltip";
  private static final String STYLE_CLASS = "map-view";
  private static final String STYLESHEET = MapView.class.getResource("map.css").toExternalForm();
  private static final double HIT_SLOP = 5;

  private final AppState state;
  private final BasemapLibrary basemaps;
  private final BasemapLayer basemapLayer;
  private final DataLayer dataLayer;
  private final HoverLayer hoverLayer;
  private final ScaleBarLayer scaleBarLayer = new ScaleBarLayer();
  /** The layers, bottom first. */
  private final List<MapLayer> layers;
  private final java.util.Map<CssMetaData<MapView, ?>, StyleableObjectProperty<?>> styleables =
      new java.util.HashMap<>();
  /** The look as last read from the stylesheet; null once a style property changes, until read again. */
  private MapStyle style;
  private final javafx.scene.shape.Rectangle clip = new javafx.scene.shape.Rectangle();
  private final Label attribution = new Label("Map data: Natural Earth");
  private final Label tooltip = new Label();
  private final VBox controls;
  private final ContextMenu picker = new ContextMenu();
  private final EdgePointers edgePointers = new EdgePointers(this::bringIntoView);
  private final MapBehavior behavior;
  /** What lies over the map from outside it (the legend): edge pointers keep clear of it. */
  private javafx.scene.Node overlaid;
  /** The view the layers were last laid out for. */
  private Viewport laidOutFor;
  private long lastDrawNanos;
  private boolean drewBasemapAndData;
  private List<MarkerGroup> groups = List.of();
  /** The view {@link #groups} were laid out for; null when what they show has changed since. */
  private Viewport groupsFor;
  /** A place's mark is as large as its marker at its largest, that of an event on the current day. */
  private final MarkLayout layout = new MarkLayout(DataLayer.CURRENT_RADIUS + 2);

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
    basemapLayer = new BasemapLayer(basemaps);
    dataLayer = new DataLayer(state, this::groupsFor, this::marksWhileZooming, basemapLayer::countryNamesInView);
    hoverLayer = new HoverLayer(this::whereNow);
    layers = List.of(basemapLayer, dataLayer, hoverLayer, scaleBarLayer);
    for (MapLayer layer : layers) {
      layer.attach(this::requestLayout);
    }
    for (MapStyle.Property<?> p : MapStyle.PROPERTIES) {
      styleable(p.meta());
    }
    this.behavior = MapBehavior.install(this, state);
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
    setClip(clip); // the basemap and the data reach beyond the view
    for (MapLayer layer : layers) {
      getChildren().add(layer.node());
    }
    getChildren().addAll(attribution, edgePointers, controls, tooltip);
    setMinSize(200, 150);
    setPrefSize(900, 600);
    setFocusTraversable(true);
    setAccessibleText("Map of events. Arrow keys pan, plus and minus zoom, 0 fits all events.");
  }

  private VBox createControls() {
    // What they do, and their tooltips, come from the application's table of actions (MainView).
    Button zoomIn = controlButton("map-zoom-in", "map-zoom-in");
    Button zoomOut = controlButton("map-zoom-out", "map-zoom-out");
    Button fit = controlButton("map-fit", "map-fit");
    Button reset = controlButton("map-reset", "reset-view");
    VBox box = new VBox(4, zoomIn, zoomOut, fit, reset);
    box.getStyleClass().add("map-controls");
    box.setAlignment(Pos.TOP_RIGHT);
    box.setPickOnBounds(false);
    return box;
  }

  /** A button showing the icon of the action it runs. */
  private static Button controlButton(String id, String actionId) {
    Button b = new Button();
    org.eventmap.ui.theme.Icons.forAction(actionId, org.eventmap.ui.theme.Icons.BUTTON_SIZE).ifPresent(b::setGraphic);
    b.setId(id);
    b.getStyleClass().add("map-control");
    return b;
  }

  private void initListeners() {
    for (ObservableValue<?> shown : List.of(state.datasetProperty(), state.visibleEvents(),
        state.currentDayProperty(), state.selectedEventProperty(), state.showJourneysProperty(),
        state.windowProperty(), state.showLinksProperty())) {
      shown.addListener((obs, old, now) -> dataChanged());
    }
    state.viewportProperty().addListener((obs, old, now) -> {
      hideTooltip();
      requestLayout(); // the layers may only need to follow the view: each decides
    });
    basemaps.setOnLoaded(scale -> basemapLayer.markDirty());
  }

  /** Something the marks show changed: they are laid out and drawn again on the next pulse. */
  private void dataChanged() {
    groupsFor = null;
    dataLayer.markDirty();
    hoverLayer.markDirty();
  }

  // ---- the look ----------------------------------------------------------------------------------

  /** The map's own stylesheet, beneath the application's: a theme overrides it with `.map-view` rules. */
  @Override
  public String getUserAgentStylesheet() {
    return STYLESHEET;
  }

  @Override
  public List<CssMetaData<? extends Styleable, ?>> getCssMetaData() {
    return CSS_META_DATA;
  }

  private static final List<CssMetaData<? extends Styleable, ?>> CSS_META_DATA =
      MapStyle.cssMetaData(Region.getClassCssMetaData());

  /** The styleable property behind one of the map's CSS properties. */
  @SuppressWarnings({"unchecked", "rawtypes"})
  StyleableObjectProperty<?> styleable(CssMetaData<MapView, ?> meta) {
    return styleables.computeIfAbsent(meta, m -> {
      StyleableObjectProperty p = new SimpleStyleableObjectProperty(m, this, m.getProperty(),
          m.getInitialValue(this));
      p.addListener((obs, old, now) -> {
        style = null;
        requestLayout();
      });
      return p;
    });
  }

  /** The map's look as its stylesheet now gives it. */
  MapStyle style() {
    if (style == null) {
      style = MapStyle.of(this);
    }
    return style;
  }

  // ---- layout ------------------------------------------------------------------------------------

  @Override
  protected void layoutChildren() {
    double w = getWidth();
    double h = getHeight();
    clip.setWidth(w);
    clip.setHeight(h);
    Viewport v = state.viewport();
    if (v.width() != w || v.height() != h) {
      state.resizeMap(w, h); // comes back here with the new viewport
      v = state.viewport();
    }
    attribution.autosize();
    attribution.relocate(w - attribution.getWidth() - 4, h - attribution.getHeight() - 2);
    controls.autosize();
    controls.relocate(w - controls.getWidth() - 10, 10);
    tooltip.autosize();
    layoutLayers(v);
  }

  /** Asks each layer that is dirty, or that must follow the view, to lay itself out: once a pulse. */
  private void layoutLayers(Viewport v) {
    MapStyle look = style();
    for (MapLayer layer : layers) {
      layer.setStyle(look);
    }
    boolean moved = !v.equals(laidOutFor);
    if (!moved && layers.stream().noneMatch(MapLayer::isDirty)) {
      return;
    }
    long start = System.nanoTime();
    laidOutFor = v;
    if ((moved || basemapLayer.isDirty()) && basemapLayer.layout(v)) {
      dataLayer.markDirty(); // place names keep clear of the country names just drawn
    }
    boolean dataDrawn = (moved || dataLayer.isDirty()) && dataLayer.layout(v);
    if ((dataDrawn || moved) && !dataLayer.isScaled()) {
      // While a zoom runs the marks are not laid out for each frame: they are once it rests.
      edgePointers.update(groupsFor(v), v.width(), v.height(), areasToKeepClear());
      describeForScreenReaders();
    }
    // The pointers to what lies beyond the edges come back with the place names once a large file's
    // zoom rests: what they point past changes with every frame, and their text would be drawn again
    // at each one (docs/performance.md).
    edgePointers.setVisible(!dataLayer.isScaled());
    if (moved || hoverLayer.isDirty()) {
      hoverLayer.layout(v);
    }
    if (moved || scaleBarLayer.isDirty()) {
      scaleBarLayer.layout(v);
    }
    drewBasemapAndData = basemapLayer.hasBasemap() && state.dataset() != null;
    lastDrawNanos = System.nanoTime() - start;
  }

  /** The marks for the view, laid out again only when the view or what they show has changed. */
  private List<MarkerGroup> groupsFor(Viewport v) {
    if (groupsFor == null || !groupsFor.equals(v)) {
      groups = layoutMarkers(v);
      groupsFor = v;
    }
    return groups;
  }

  /** Where a mark now is, when the marks are laid out for the view shown (not while a zoom runs). */
  private Optional<MarkerGroup> whereNow(MarkerGroup mark) {
    Viewport v = state.viewport();
    if (dataLayer.isScaled() || groupsFor == null || !groupsFor.equals(v)) {
      return Optional.empty();
    }
    return groups.stream().filter(m -> sameMark(m, mark)).findFirst();
  }

  /** How long the last frame took to draw, in nanoseconds (for the benchmark). */
  public long lastDrawNanos() {
    return lastDrawNanos;
  }

  /** Whether the last frame showed both the basemap and the dataset. */
  public boolean hasDrawnBasemap() {
    return drewBasemapAndData;
  }

  /** The marks for the view as it is now, in this view's coordinates. */
  public List<MarkerGroup> markerGroups() {
    return groupsFor(state.viewport());
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

  /** The layers, bottom first: for tests. */
  List<MapLayer> layers() {
    return layers;
  }

  BasemapLayer basemapLayer() {
    return basemapLayer;
  }

  DataLayer dataLayer() {
    return dataLayer;
  }

  /** How many times the marks were clustered: for tests. */
  int markLayouts() {
    return layout.layoutsMade();
  }

  HoverLayer hoverLayer() {
    return hoverLayer;
  }

  /** The marks for the visible events, placed in this view from their layout in world coordinates. */
  private List<MarkerGroup> layoutMarkers(Viewport v) {
    return placed(layout.marks(state.timeIndex(), state.mappedPositions().get(), v.scale(),
        state.selectedEvent().orElse(null), state.currentDay()), v);
  }

  /**
   * While a zoom runs: the marks of the last layout placed in this view, not clustered again at its scale
   * (at a million events that takes some 19 ms a frame); the layout itself when there is none to reuse.
   */
  private List<MarkerGroup> marksWhileZooming(Viewport v) {
    List<WorldMark> last = layout.lastMarks(state.timeIndex(), state.mappedPositions().get(),
        state.selectedEvent().orElse(null), state.currentDay());
    if (last == null) {
      return groupsFor(v);
    }
    // Only those near the view: the world holds thousands, and a frame need not make objects for them all.
    List<WorldMark> near = new ArrayList<>();
    double reach = DataLayer.NEAR_REACH + 40;
    for (WorldMark w : last) {
      double x = v.screenX(WorldCopies.nearestX(w.worldX(), v));
      double y = v.screenY(w.worldY());
      if (x >= -reach && x <= v.width() + reach && y >= -reach && y <= v.height() + reach) {
        near.add(w);
      }
    }
    return placed(near, v);
  }

  private List<MarkerGroup> placed(List<WorldMark> worldMarks, Viewport v) {
    List<MarkerGroup> result = new ArrayList<>(worldMarks.size());
    for (WorldMark w : worldMarks) {
      result.add(new MarkerGroup(w.places(), w.eventCount(), w.top(), w.currentTop(), w.holdsSelection(),
          () -> MarkLayout.eventsOf(state.timeIndex(), state.mappedPositions().get(), w.placeIds()),
          v.screenX(WorldCopies.nearestX(w.worldX(), v)), v.screenY(w.worldY()), w.radius()));
    }
    return result;
  }

  /** Whether two marks, laid out apart (each frame makes new ones), stand for the same places and events. */
  static boolean sameMark(MarkerGroup a, MarkerGroup b) {
    if (a == null || b == null) {
      return a == b;
    }
    return a.eventCount() == b.eventCount() && a.places().size() == b.places().size()
        && a.places().get(0).equals(b.places().get(0));
  }

  /** Says what lies over the map from outside it, so that pointers at its edge keep clear of it. */
  public void setOverlaid(javafx.scene.Node node) {
    overlaid = node;
  }

  /** The map's own buttons, the scale bar, the attribution and what lies over the map, in this view's coordinates. */
  private List<Rectangle2D> areasToKeepClear() {
    List<Rectangle2D> areas = new ArrayList<>();
    for (javafx.scene.Node n : List.of(controls, attribution, scaleBarLayer.node())) {
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
    return edgePointers.isVisible() ? edgePointers.shown() : List.of();
  }

  /** Centres the map on a mark outside the view, at the same zoom. */
  private void bringIntoView(MarkerGroup m) {
    Place place = m.places().get(0);
    state.showView(place.location().lon(), place.location().lat(), state.viewport().scale());
  }

  // ---- positions and hit testing ---------------------------------------------------------------

  /** Where the marker of this event's place is, in this view's coordinates (before clustering); it needs a place. */
  public Point2D markerPosition(Event event) {
    Viewport v = state.viewport();
    Place place = event.place().orElseThrow();
    return new Point2D(v.screenX(WorldCopies.nearestX(WebMercator.x(place.location().lon()), v)),
        v.screenY(WebMercator.y(place.location().lat())));
  }

  /** The mark under a point, if any; the one drawn on top wins. */
  public Optional<MarkerGroup> groupAt(double x, double y) {
    return markerGroups().stream().filter(m -> m.contains(x, y))
        .min(Comparator.comparingDouble(m -> Math.hypot(x - m.x(), y - m.y())));
  }

  /** The group that holds this event, if it is visible. */
  public Optional<MarkerGroup> groupOf(Event event) {
    return markerGroups().stream().filter(m -> m.events().contains(event)).findFirst();
  }

  /** The list offered for a crowded place, for tests and for keyboard users. */
  public ContextMenu picker() {
    return picker;
  }

  // ---- hover -------------------------------------------------------------------------------------

  /** The pointer is at (x, y), over this mark or none: the hover ring and the tooltip follow it. */
  void hover(MarkerGroup mark, double x, double y) {
    hoverLayer.hover(mark);
    if (mark == null) {
      hideTooltip();
      return;
    }
    tooltip.setText(describe(mark));
    tooltip.setVisible(true);
    tooltip.autosize();
    double tx = Math.min(x + 14, getWidth() - tooltip.prefWidth(-1) - 4);
    double ty = y + 18 + tooltip.prefHeight(-1) > getHeight() ? y - tooltip.prefHeight(-1) - 8 : y + 18;
    tooltip.relocate(Math.max(0, tx), ty);
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
    String selected = state.selectedEvent().map(e -> " Selected: " + e.title()
            + e.place().map(p -> ", " + p.name()).orElse(", no place given") + ".")
        .orElse("");
    setAccessibleText("Map: " + events + " events at " + places + " places." + selected
        + " Arrow keys pan, plus and minus zoom, 0 fits all events; the event list lists them.");
  }

  /** What a mark stands for, in words: for the tooltip and for screen readers. */
  public static String describe(MarkerGroup m) {
    if (m.isSingleEvent()) {
      Event e = m.top();
      return e.title() + "\n" + e.start().map(s -> TimeText.local(s, e.zone())).orElse("No date given") + " · "
          + e.place().orElseThrow().name();
    }
    if (m.isOnePlace()) {
      return m.eventCount() + " events at " + m.places().get(0).name() + " — click to choose one";
    }
    return m.eventCount() + " events at " + m.places().size() + " places — click to zoom in";
  }
}
