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
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.VBox;
import org.eventmap.state.AppState;
import org.eventmap.state.MapProvider;
import org.eventmap.ui.detail.DetailPane;
import org.eventmap.ui.legend.LegendView;
import org.eventmap.ui.map.BasemapLibrary;
import org.eventmap.ui.map.MapView;
import org.eventmap.ui.timeline.TimelineView;

/** The main window's content: menu and messages on top, map and detail side by side, timeline below. */
public final class MainView extends BorderPane {
  public static final String STYLESHEET = MainView.class.getResource("eventmap.css").toExternalForm();

  /** What the window asks of the application: things that reach beyond the state. */
  public interface Actions {
    void openFile();

    void quit();

    void openLink(URI uri);

    /** Saves the map as it is now to a PNG file the person chooses. */
    void exportMapImage();
  }

  private final AppState state;
  private final MapView map;
  private final TimelineView timeline;
  private final DetailPane detail;
  private final StackPane mapHost = new StackPane();
  private final StackPane mapLayer = new StackPane();
  private final Map<MapProvider, Supplier<Node>> otherMaps = new EnumMap<>(MapProvider.class);
  private final Map<MapProvider, Node> createdMaps = new EnumMap<>(MapProvider.class);

  public MainView(AppState state, BasemapLibrary basemaps, Actions actions) {
    this.state = state;
    map = new MapView(state, basemaps);
    timeline = new TimelineView(state);
    detail = new DetailPane(state, actions::openLink);
    mapHost.setId("map-host");
    mapLayer.getChildren().setAll(map);
    LegendView legend = new LegendView(state);
    StackPane.setAlignment(legend, javafx.geometry.Pos.TOP_LEFT);
    StackPane.setMargin(legend, new javafx.geometry.Insets(10));
    mapHost.getChildren().setAll(mapLayer, legend);
    state.mapProviderProperty().addListener((obs, old, provider) -> showMap(provider));
    SplitPane split = new SplitPane(mapHost, detail);
    split.setDividerPositions(0.7);
    SplitPane.setResizableWithParent(detail, false);
    setTop(new VBox(menuBar(state, actions), new ProblemBanner(state), new MapNoticeBar(state)));
    setCenter(split);
    setBottom(timeline);
    getStyleClass().add("main-view");
    getStylesheets().add(STYLESHEET);
  }

  private static MenuBar menuBar(AppState state, Actions actions) {
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
    MenuItem nextDay = new MenuItem("Next day");
    nextDay.setAccelerator(new KeyCodeCombination(KeyCode.RIGHT, KeyCombination.SHORTCUT_DOWN));
    nextDay.setOnAction(e -> state.stepDays(1));
    MenuItem previousDay = new MenuItem("Previous day");
    previousDay.setAccelerator(new KeyCodeCombination(KeyCode.LEFT, KeyCombination.SHORTCUT_DOWN));
    previousDay.setOnAction(e -> state.stepDays(-1));
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
    Menu view = new Menu("View", null, fit, reset, new SeparatorMenuItem(), previousDay, nextDay,
        new SeparatorMenuItem(), journeys, links, new SeparatorMenuItem(), basemap);
    return new MenuBar(file, view);
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
    Supplier<Node> factory = otherMaps.get(provider);
    if (factory == null) {
      state.mapFailed(provider, provider.displayName() + " needs an API key: start Eventmap with "
          + "--google-maps-key KEY or set GOOGLE_MAPS_API_KEY. Showing the offline map.");
      return;
    }
    mapLayer.getChildren().setAll(createdMaps.computeIfAbsent(provider, p -> factory.get()));
  }
}
