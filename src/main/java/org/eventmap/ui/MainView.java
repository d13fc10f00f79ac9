package org.eventmap.ui;

import java.net.URI;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import javafx.scene.Node;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Menu;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.StackPane;
import javafx.scene.control.MenuBar;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.SplitPane;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.VBox;
import org.eventmap.state.AppState;
import org.eventmap.state.MapProvider;
import org.eventmap.ui.actions.ActionTable;
import org.eventmap.ui.actions.Scope;
import org.eventmap.ui.actions.ShortcutsDialog;
import org.eventmap.ui.detail.DetailPane;
import org.eventmap.ui.filter.FilterBar;
import org.eventmap.ui.list.EventListView;
import org.eventmap.ui.legend.LegendView;
import org.eventmap.ui.map.BasemapLibrary;
import org.eventmap.ui.map.MapView;
import org.eventmap.ui.story.StoryBar;
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

    /** Asks where and in which format to write the events shown, for other tools. */
    default void exportEvents() {}

    /** The files opened last, newest first, that still exist (File ▸ Open Recent). */
    default List<java.nio.file.Path> recentFiles() {
      return List.of();
    }

    default void openRecent(java.nio.file.Path file) {}

    default void clearRecentFiles() {}

    /** Whether the open file is read again when it changes on disk (File ▸ Reload when the file changes). */
    default boolean liveReload() {
      return false;
    }

    default void setLiveReload(boolean on) {}

    /** F11: the window fills the screen, or comes back from it. */
    default void toggleFullScreen() {}

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
  private final StoryBar storyBar;
  private final ActionTable actionTable;
  /** How far an arrow key pans the map, in pixels. */
  private static final double KEY_PAN_PIXELS = 120;
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
    ContextMenus.install(state, actions, map, list, detail);
    SplitPane side = new SplitPane(detail, list);
    side.setOrientation(javafx.geometry.Orientation.VERTICAL);
    side.setDividerPositions(0.62);
    side.setMinWidth(280);
    side.setPrefWidth(400);
    SplitPane split = new SplitPane(mapHost, side);
    split.setDividerPositions(0.68);
    SplitPane.setResizableWithParent(side, false);
    storyBar = new StoryBar(state);
    actionTable = standardActions(state, actions);
    setTop(new VBox(menuBar(state, actionTable), new ProblemBanner(state), new MapNoticeBar(state), filters,
        storyBar));
    leaveTheStoryOnEscape();
    actionTable.bindKeys(this, Scope.WINDOW);
    actionTable.bindKeys(map, Scope.MAP);
    actionTable.bindKeys(timeline.axis(), Scope.TIMELINE);
    // The map's and the timeline's buttons run the table's actions too.
    String[][] buttons = {
      {"map-zoom-in", "map-zoom-in"}, {"map-zoom-out", "map-zoom-out"}, {"map-fit", "fit"},
      {"map-reset", "reset-view"}, {"timeline-previous-event", "previous-event"},
      {"timeline-previous-day", "previous-day"}, {"timeline-play", "play"}, {"timeline-next-day", "next-day"},
      {"timeline-next-event", "next-event"}};
    for (String[] button : buttons) {
      javafx.scene.Node node = button[0].startsWith("map-") ? map.lookup("#" + button[0])
          : timeline.lookup("#" + button[0]);
      actionTable.bindButton((javafx.scene.control.ButtonBase) node, button[1]);
    }
    actionTable.bindButton(storyBar.previousButton(), "story-previous");
    actionTable.bindButton(storyBar.nextButton(), "story-next");
    actionTable.bindButton(storyBar.closeButton(), "story-stop");
    storyBar.closeButton().setTooltip(new javafx.scene.control.Tooltip("Leave the story (Esc)"));
    setCenter(split);
    setBottom(timeline);
    getStyleClass().add("main-view");
    getStylesheets().add(STYLESHEET);
  }

  /**
   * Every command a person can give, with its keys (docs/adr/0015): the window's, and the map's and the
   * time axis's while they have the focus.
   */
  private ActionTable standardActions(AppState state, Actions actions) {
    ActionTable table = new ActionTable();
    table.add("open", "Open…", Scope.WINDOW, actions::openFile, shortcut(KeyCode.O))
        .add("export-png", "Export as PNG…", Scope.WINDOW, actions::exportMapImage, shortcut(KeyCode.E))
        .add("export-events", "Export events…", Scope.WINDOW, actions::exportEvents,
            new KeyCodeCombination(KeyCode.E, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN))
        .add("quit", "Quit", Scope.WINDOW, actions::quit, shortcut(KeyCode.Q))
        .add("copy", "Copy", Scope.WINDOW, () -> ContextMenus.copySelected(state), shortcut(KeyCode.C))
        .add("full-screen", "Full screen", Scope.WINDOW, actions::toggleFullScreen, key(KeyCode.F11))
        .add("fit", "Fit to data", Scope.WINDOW, state::fitToData, shortcut(KeyCode.DIGIT0))
        .add("reset-view", "Back to the opening view", Scope.WINDOW, state::resetView)
        .add("previous-event", "Previous event", Scope.WINDOW, state::previousEvent, shortcut(KeyCode.PAGE_UP))
        .add("next-event", "Next event", Scope.WINDOW, state::nextEvent, shortcut(KeyCode.PAGE_DOWN))
        .add("previous-day", "Previous day", Scope.WINDOW, () -> state.stepDays(-1), shortcut(KeyCode.LEFT))
        .add("next-day", "Next day", Scope.WINDOW, () -> state.stepDays(1), shortcut(KeyCode.RIGHT))
        .add("play", "Play / pause", Scope.WINDOW, state::togglePlaying, shortcut(KeyCode.P))
        .add("go-to", "Go to date…", Scope.WINDOW, timeline::focusGoTo, shortcut(KeyCode.G))
        .add("time-zoom-in", "Zoom the timeline in", Scope.WINDOW, () -> timeline.zoomAxis(2),
            shortcut(KeyCode.CLOSE_BRACKET))
        .add("time-zoom-out", "Zoom the timeline out", Scope.WINDOW, () -> timeline.zoomAxis(0.5),
            shortcut(KeyCode.OPEN_BRACKET))
        .add("focus-map", "Map", Scope.WINDOW, map::requestFocus, shortcut(KeyCode.M))
        .add("focus-timeline", "Timeline", Scope.WINDOW, () -> timeline.axis().requestFocus(), shortcut(KeyCode.T))
        .add("find", "Find…", Scope.WINDOW, filters::focusSearch, shortcut(KeyCode.F))
        .add("story", "Story…", Scope.WINDOW, this::chooseStory)
        .add("story-previous", "Previous step of the story", Scope.WINDOW, state::previousStoryStep,
            alt(KeyCode.LEFT))
        .add("story-next", "Next step of the story", Scope.WINDOW, state::nextStoryStep, alt(KeyCode.RIGHT))
        // Escape leaves the story too, but only while there is one: see leaveTheStoryOnEscape.
        .add("story-stop", "Leave the story", Scope.WINDOW, state::stopStory)
        .add("shortcuts", "Keyboard shortcuts", Scope.WINDOW, this::showShortcuts, new KeyCodeCombination(KeyCode.F1))
        .add("guide", "Curator's guide to the dataset format", Scope.WINDOW,
            () -> org.eventmap.ui.help.HelpWindows.showGuide(window(), actions::openLink))
        .add("about", "About Eventmap", Scope.WINDOW,
            () -> org.eventmap.ui.help.HelpWindows.showAbout(window(), actions::openLink))
        // While the map has the focus.
        .add("map-pan-west", "Pan west", Scope.MAP, () -> state.panMap(KEY_PAN_PIXELS, 0), key(KeyCode.LEFT))
        .add("map-pan-east", "Pan east", Scope.MAP, () -> state.panMap(-KEY_PAN_PIXELS, 0), key(KeyCode.RIGHT))
        .add("map-pan-north", "Pan north", Scope.MAP, () -> state.panMap(0, KEY_PAN_PIXELS), key(KeyCode.UP))
        .add("map-pan-south", "Pan south", Scope.MAP, () -> state.panMap(0, -KEY_PAN_PIXELS), key(KeyCode.DOWN))
        .add("map-zoom-in", "Zoom the map in", Scope.MAP, () -> zoomMapAtCentre(2), anyShift(KeyCode.PLUS),
            anyShift(KeyCode.EQUALS), key(KeyCode.ADD))
        .add("map-zoom-out", "Zoom the map out", Scope.MAP, () -> zoomMapAtCentre(0.5), key(KeyCode.MINUS),
            key(KeyCode.SUBTRACT))
        .add("map-fit", "Fit all events", Scope.MAP, state::fitToData, key(KeyCode.DIGIT0), key(KeyCode.NUMPAD0))
        .add("map-clear-selection", "Clear the selection", Scope.MAP, state::clearSelection, key(KeyCode.ESCAPE))
        .add("map-play", "Play / pause", Scope.MAP, state::togglePlaying, key(KeyCode.SPACE))
        // While the time axis has the focus.
        .add("timeline-previous-day", "Previous day", Scope.TIMELINE, () -> state.stepDays(-1), key(KeyCode.LEFT))
        .add("timeline-next-day", "Next day", Scope.TIMELINE, () -> state.stepDays(1), key(KeyCode.RIGHT))
        .add("timeline-previous-event", "Previous event", Scope.TIMELINE, state::previousEvent, key(KeyCode.PAGE_UP))
        .add("timeline-next-event", "Next event", Scope.TIMELINE, state::nextEvent, key(KeyCode.PAGE_DOWN))
        .add("timeline-first", "First moment", Scope.TIMELINE, () -> state.goTo(state.firstTime()), key(KeyCode.HOME))
        .add("timeline-last", "Last moment", Scope.TIMELINE, () -> state.goTo(state.lastTime()), key(KeyCode.END))
        .add("timeline-zoom-in", "Zoom the axis in", Scope.TIMELINE, () -> timeline.zoomAxis(2),
            anyShift(KeyCode.PLUS), anyShift(KeyCode.EQUALS), key(KeyCode.ADD))
        .add("timeline-zoom-out", "Zoom the axis out", Scope.TIMELINE, () -> timeline.zoomAxis(0.5),
            key(KeyCode.MINUS), key(KeyCode.SUBTRACT))
        .add("timeline-fit", "See everything", Scope.TIMELINE, timeline::fitAxis, key(KeyCode.DIGIT0),
            key(KeyCode.NUMPAD0))
        .add("timeline-play", "Play / pause", Scope.TIMELINE, state::togglePlaying, key(KeyCode.SPACE));
    return table;
  }

  private static KeyCombination shortcut(KeyCode code) {
    return new KeyCodeCombination(code, KeyCombination.SHORTCUT_DOWN);
  }

  private static KeyCombination alt(KeyCode code) {
    return new KeyCodeCombination(code, KeyCombination.ALT_DOWN);
  }

  private static KeyCombination anyShift(KeyCode code) {
    return new KeyCodeCombination(code, KeyCombination.SHIFT_ANY);
  }

  private void zoomMapAtCentre(double factor) {
    state.zoomMap(map.getWidth() / 2, map.getHeight() / 2, factor);
  }

  private static KeyCombination key(KeyCode code) {
    return new KeyCodeCombination(code);
  }

  private MenuBar menuBar(AppState state, ActionTable table) {
    CheckMenuItem liveReload = new CheckMenuItem("Reload when the file changes");
    liveReload.setId("menu-live-reload");
    Menu file = new Menu("File", null, table.menuItem("open"), new RecentFilesMenu(actions), liveReload,
        new SeparatorMenuItem(), table.menuItem("export-png"), table.menuItem("export-events"),
        new SeparatorMenuItem(),
        table.menuItem("quit"));
    // The toggle shows what the application does now each time the menu opens (another window may change it).
    file.setOnShowing(e -> liveReload.setSelected(actions.liveReload()));
    liveReload.setSelected(actions.liveReload());
    liveReload.setOnAction(e -> actions.setLiveReload(liveReload.isSelected()));
    Menu edit = new Menu("Edit", null, table.menuItem("copy"));
    Menu time = new Menu("Time", null, table.menuItem("previous-event"), table.menuItem("next-event"),
        table.menuItem("previous-day"), table.menuItem("next-day"), new SeparatorMenuItem(), table.menuItem("play"),
        table.menuItem("go-to"), new SeparatorMenuItem(), table.menuItem("time-zoom-in"),
        table.menuItem("time-zoom-out"));
    Menu go = new Menu("Go", null, table.menuItem("focus-map"), table.menuItem("focus-timeline"),
        table.menuItem("find"));
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
    CheckMenuItem journeys = new CheckMenuItem("Show journeys");
    journeys.setId("menu-journeys");
    journeys.setSelected(state.showJourneysProperty().get());
    journeys.setOnAction(e -> state.setShowJourneys(journeys.isSelected()));
    CheckMenuItem links = new CheckMenuItem("Show links of the selected event");
    links.setId("menu-links");
    links.setSelected(state.showLinksProperty().get());
    links.setOnAction(e -> state.setShowLinks(links.isSelected()));
    javafx.scene.control.MenuItem story = table.menuItem("story");
    story.disableProperty().bind(state.datasetProperty().map(d -> d.stories().isEmpty()).orElse(true));
    javafx.scene.control.MenuItem storyPrevious = table.menuItem("story-previous");
    javafx.scene.control.MenuItem storyNext = table.menuItem("story-next");
    javafx.scene.control.MenuItem storyStop = table.menuItem("story-stop");
    for (javafx.scene.control.MenuItem item : List.of(storyPrevious, storyNext, storyStop)) {
      item.disableProperty().bind(state.storyProperty().isNull());
    }
    Menu view = new Menu("View", null, table.menuItem("fit"), table.menuItem("reset-view"), new SeparatorMenuItem(),
        journeys, links, new SeparatorMenuItem(), basemap, org.eventmap.ui.theme.ThemeMenu.create(state),
        table.menuItem("full-screen"), new SeparatorMenuItem(), story, storyPrevious, storyNext, storyStop);
    Menu help = new Menu("Help", null, table.menuItem("shortcuts"), table.menuItem("guide"), new SeparatorMenuItem(),
        table.menuItem("about"));
    return new MenuBar(file, edit, view, time, go, help);
  }

  /**
   * View ▸ Story…: the dataset's one story, or the one the person picks of several. Nothing without
   * stories (the menu item is then disabled).
   */
  private void chooseStory() {
    org.eventmap.domain.Dataset d = state.dataset();
    if (d == null || d.stories().isEmpty()) {
      return;
    }
    if (d.stories().size() == 1) {
      state.startStory(d.stories().get(0));
      return;
    }
    javafx.scene.control.ChoiceDialog<StoryChoice> dialog = new javafx.scene.control.ChoiceDialog<>(
        new StoryChoice(d.stories().get(0)), d.stories().stream().map(StoryChoice::new).toList());
    dialog.setTitle("Story");
    dialog.setHeaderText("Which story of " + d.title() + " do you want to step through?");
    dialog.setContentText("Story:");
    if (getScene() != null) {
      dialog.initOwner(getScene().getWindow());
    }
    dialog.getDialogPane().getStylesheets().add(STYLESHEET);
    dialog.showAndWait().ifPresent(choice -> state.startStory(choice.story()));
  }

  /** A story as the choice of View ▸ Story… names it. */
  private record StoryChoice(org.eventmap.domain.Story story) {
    @Override
    public String toString() {
      return story.title() + " (" + story.steps().size() + " steps)";
    }
  }

  /**
   * Escape leaves a story wherever the focus is, except in a text box or an open list, which use it
   * themselves. Outside a story it goes on to do what it does there (on the map: clear the selection),
   * which a key of the action table could not: the table takes its window keys whatever the state.
   */
  private void leaveTheStoryOnEscape() {
    addEventFilter(javafx.scene.input.KeyEvent.KEY_PRESSED, e -> {
      if (e.getCode() != KeyCode.ESCAPE || e.isShortcutDown() || e.isAltDown() || e.isShiftDown()
          || !state.story().active() || getScene() == null) {
        return;
      }
      Node focus = getScene().getFocusOwner();
      if (focus instanceof javafx.scene.control.TextInputControl
          || focus instanceof javafx.scene.control.ComboBoxBase<?> box && box.isShowing()) {
        return;
      }
      actionTable.get("story-stop").handler().run();
      e.consume();
    });
  }

  /** The story bar above the map and the list. */
  public StoryBar storyBar() {
    return storyBar;
  }

  /** The table of actions the menus and keys are made from. */
  public ActionTable actions() {
    return actionTable;
  }

  /** The window this view is in, or null before it is in one. */
  private javafx.stage.Window window() {
    return getScene() == null ? null : getScene().getWindow();
  }

  private void showShortcuts() {
    if (getScene() != null) {
      ShortcutsDialog.show(getScene().getWindow(), actionTable, STYLESHEET);
    }
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
