package org.eventmap.ui;

import java.net.URI;
import java.util.EnumMap;
import java.util.Map;
import java.util.function.Supplier;
import javafx.scene.Node;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Menu;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.StackPane;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.SplitPane;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.control.TextInputControl;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.VBox;
import org.eventmap.state.AppState;
import org.eventmap.state.MapProvider;
import org.eventmap.ui.detail.DetailPane;
import org.eventmap.ui.filter.FilterBar;
import org.eventmap.ui.list.EventListView;
import org.eventmap.ui.legend.LegendView;
import org.eventmap.ui.map.BasemapLibrary;
import org.eventmap.ui.map.MapView;
import org.eventmap.ui.timeline.TimelineView;

/** The main window's content: menu and messages on top, map and detail side by side, timeline below. */
public final class MainView extends BorderPane {
  public static final String STYLESHEET = MainView.class.getResource("eventmap.css").toExternalForm();

  /**
   * What the window asks of the application: things that reach beyond the state. Each does nothing
   * unless the application supports it (a snapshot or a test window supports none).
   */
  public interface Actions {
    default void openFile() {}

    default void quit() {}

    default void openLink(URI uri) {}

    /** Saves the map as it is now to a PNG file the person chooses. */
    default void exportMapImage() {}

    /**
     * A map that needs a key was chosen without one: ask for it and register the map with
     * {@link MainView#registerMap}. Returns whether a key was given.
     */
    default boolean askForMapKey(MapProvider provider) {
      return false;
    }
  }

  private final AppState state;
  private final Actions actions;
  private final MapView map;
  private final TimelineView timeline;
  private final DetailPane detail;
  private final FilterBar filters;
  private final StackPane mapHost = new StackPane();
  private final StackPane mapLayer = new StackPane();
  private final Map<MapProvider, Supplier<Node>> otherMaps = new EnumMap<>(MapProvider.class);
  private final Map<MapProvider, Node> createdMaps = new EnumMap<>(MapProvider.class);

  public MainView(AppState state, BasemapLibrary basemaps, Actions actions) {
    this.state = state;
    this.actions = actions;
    map = new MapView(state, basemaps);
    timeline = new TimelineView(state);
    detail = new DetailPane(state, actions::openLink);
    mapHost.setId("map-host");
    mapLayer.getChildren().setAll(map);
    LegendView legend = new LegendView(state);
    StackPane.setAlignment(legend, javafx.geometry.Pos.TOP_LEFT);
    StackPane.setMargin(legend, new javafx.geometry.Insets(10));
    mapHost.getChildren().setAll(mapLayer, legend);
    map.setOverlaid(legend);
    state.mapProviderProperty().addListener((obs, old, provider) -> showMap(provider));
    filters = new FilterBar(state);
    EventListView list = new EventListView(state);
    SplitPane side = new SplitPane(detail, list);
    side.setOrientation(javafx.geometry.Orientation.VERTICAL);
    side.setDividerPositions(0.62);
    side.setMinWidth(280);
    side.setPrefWidth(400);
    SplitPane split = new SplitPane(mapHost, side);
    split.setDividerPositions(0.68);
    SplitPane.setResizableWithParent(side, false);
    MenuBar menus = menuBar(state, actions);
    setTop(new VBox(menus, new ProblemBanner(state), new MapNoticeBar(state), filters));
    addEventFilter(KeyEvent.KEY_PRESSED, e -> runShortcut(menus, e));
    setCenter(split);
    setBottom(timeline);
    getStyleClass().add("main-view");
    getStylesheets().add(STYLESHEET);
  }

  private MenuBar menuBar(AppState state, Actions actions) {
    MenuItem open = new MenuItem("Open…");
    open.setId("menu-open");
    open.setAccelerator(new KeyCodeCombination(KeyCode.O, KeyCombination.SHORTCUT_DOWN));
    open.setOnAction(e -> actions.openFile());
    MenuItem quit = new MenuItem("Quit");
    quit.setAccelerator(new KeyCodeCombination(KeyCode.Q, KeyCombination.SHORTCUT_DOWN));
    quit.setOnAction(e -> actions.quit());
    MenuItem export = new MenuItem("Export map as PNG…");
    export.setId("menu-export-png");
    export.setAccelerator(new KeyCodeCombination(KeyCode.E, KeyCombination.SHORTCUT_DOWN));
    export.setOnAction(e -> actions.exportMapImage());
    Menu file = new Menu("File", null, open, export, new SeparatorMenuItem(), quit);
    MenuItem fit = new MenuItem("Fit to data");
    fit.setAccelerator(new KeyCodeCombination(KeyCode.DIGIT0, KeyCombination.SHORTCUT_DOWN));
    fit.setOnAction(e -> state.fitToData());
    MenuItem nextDay = item("Next day", "menu-next-day", KeyCode.RIGHT, e -> state.stepDays(1));
    MenuItem previousDay = item("Previous day", "menu-previous-day", KeyCode.LEFT, e -> state.stepDays(-1));
    MenuItem nextEvent = item("Next event", "menu-next-event", KeyCode.PAGE_DOWN, e -> state.nextEvent());
    MenuItem previousEvent = item("Previous event", "menu-previous-event", KeyCode.PAGE_UP,
        e -> state.previousEvent());
    MenuItem play = item("Play / pause", "menu-play", KeyCode.P, e -> state.togglePlaying());
    MenuItem goToDate = item("Go to date…", "menu-go-to", KeyCode.G, e -> timeline.focusGoTo());
    MenuItem focusTimeline = item("Timeline", "menu-focus-timeline", KeyCode.T, e -> timeline.axis().requestFocus());
    MenuItem focusMap = item("Map", "menu-focus-map", KeyCode.M, e -> map.requestFocus());
    MenuItem find = item("Find…", "menu-find", KeyCode.F, e -> filters.focusSearch());
    MenuItem zoomTimeIn = item("Zoom the timeline in", "menu-time-zoom-in", KeyCode.CLOSE_BRACKET,
        e -> timeline.zoomAxis(2));
    MenuItem zoomTimeOut = item("Zoom the timeline out", "menu-time-zoom-out", KeyCode.OPEN_BRACKET,
        e -> timeline.zoomAxis(0.5));
    Menu time = new Menu("Time", null, previousEvent, nextEvent, previousDay, nextDay, new SeparatorMenuItem(), play,
        goToDate, new SeparatorMenuItem(), zoomTimeIn, zoomTimeOut);
    Menu go = new Menu("Go", null, focusMap, focusTimeline, find);
    ToggleGroup maps = new ToggleGroup();
    Menu basemap = new Menu("Map");
    for (MapProvider provider : MapProvider.values()) {
      RadioMenuItem item = new RadioMenuItem(provider.displayName());
      item.setId("menu-map-" + provider.name().toLowerCase(java.util.Locale.ROOT));
      item.setToggleGroup(maps);
      item.setSelected(state.mapProviderProperty().get() == provider);
      item.setOnAction(e -> state.chooseMap(provider));
      state.mapProviderProperty().addListener((obs, old, now) -> item.setSelected(now == provider));
      basemap.getItems().add(item);
    }
    MenuItem reset = new MenuItem("Back to the opening view");
    reset.setOnAction(e -> state.resetView());
    CheckMenuItem journeys = new CheckMenuItem("Show journeys");
    journeys.setId("menu-journeys");
    journeys.setSelected(state.showJourneysProperty().get());
    journeys.setOnAction(e -> state.setShowJourneys(journeys.isSelected()));
    CheckMenuItem links = new CheckMenuItem("Show links of the selected event");
    links.setId("menu-links");
    links.setSelected(state.showLinksProperty().get());
    links.setOnAction(e -> state.setShowLinks(links.isSelected()));
    Menu view = new Menu("View", null, fit, reset, new SeparatorMenuItem(), journeys, links, new SeparatorMenuItem(),
        basemap);
    return new MenuBar(file, view, time, go);
  }

  /**
   * Runs the menu command whose shortcut was pressed, wherever the focus is: a table or a focused
   * button would otherwise take Ctrl+arrows and Ctrl+Page Up/Down for itself before the menu sees them.
   * Inside a text field the field's own keys (Ctrl+← by word, Ctrl+A) win, and what it leaves reaches
   * the menu as usual.
   */
  private void runShortcut(MenuBar menus, KeyEvent e) {
    if (!e.isShortcutDown() || getScene() == null || getScene().getFocusOwner() instanceof TextInputControl) {
      return;
    }
    for (Menu menu : menus.getMenus()) {
      for (MenuItem item : menu.getItems()) {
        if (item.getAccelerator() != null && item.getAccelerator().match(e) && !item.isDisable()) {
          item.fire();
          e.consume();
          return;
        }
      }
    }
  }

  private static MenuItem item(String text, String id, KeyCode key,
      javafx.event.EventHandler<javafx.event.ActionEvent> action) {
    MenuItem item = new MenuItem(text);
    item.setId(id);
    item.setAccelerator(new KeyCodeCombination(key, KeyCombination.SHORTCUT_DOWN));
    item.setOnAction(action);
    return item;
  }

  public MapView map() {
    return map;
  }

  /**
   * Makes another basemap available. It is created the first time it is chosen and must bind to the
   * same application state as the embedded map.
   */
  public void registerMap(MapProvider provider, Supplier<Node> factory) {
    otherMaps.put(provider, factory);
    if (state.mapProviderProperty().get() == provider) {
      showMap(provider);
    }
  }

  private void showMap(MapProvider provider) {
    if (provider == MapProvider.EMBEDDED) {
      mapLayer.getChildren().setAll(map);
      return;
    }
    if (!otherMaps.containsKey(provider)) {
      actions.askForMapKey(provider); // registers the map if the person gives a key
    }
    Supplier<Node> factory = otherMaps.get(provider);
    if (factory == null) {
      state.mapFailed(provider, provider.displayName() + " needs an API key: start Eventmap with "
          + "--google-maps-key KEY or set GOOGLE_MAPS_API_KEY. Showing the offline map.");
      return;
    }
    mapLayer.getChildren().setAll(createdMaps.computeIfAbsent(provider, p -> factory.get()));
  }
}
