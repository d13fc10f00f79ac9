package org.eventmap.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import javafx.geometry.Point2D;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TableRow;
import javafx.scene.control.TextField;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.ContextMenuEvent;
import javafx.scene.input.PickResult;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.eventmap.domain.Category;
import org.eventmap.domain.Dataset;
import org.eventmap.domain.Event;
import org.eventmap.domain.GeoPoint;
import org.eventmap.domain.Place;
import org.eventmap.domain.Source;
import org.eventmap.domain.TimePoint;
import org.eventmap.io.LoadResult;
import org.eventmap.state.AppState;
import org.eventmap.ui.detail.DetailPane;
import org.eventmap.ui.list.EventListView;
import org.eventmap.ui.map.MapView;
import org.eventmap.ui.map.MapView.MarkerGroup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Edit ▸ Copy and the right-click menus of a marker, a row of the list and the detail pane. */
@ExtendWith(ApplicationExtension.class)
class ContextMenusTest {
  private AppState state;
  private List<URI> openedLinks;
  private MapView map;

  @Start
  void start(Stage stage) {
    TestWindow window = TestWindow.show(stage);
    state = window.state;
    openedLinks = window.openedLinks;
    map = window.view.map();
    state.fitToData();
  }

  static <T> T onFx(Callable<T> task) {
    return WaitForAsyncUtils.waitFor(WaitForAsyncUtils.asyncFx(task));
  }

  private Event event(String id) {
    return state.dataset().event(id).orElseThrow();
  }

  private static String clipboard() {
    return onFx(() -> Clipboard.getSystemClipboard().getString());
  }

  private static void putOnClipboard(FxRobot robot, String text) {
    robot.interact(() -> {
      ClipboardContent content = new ClipboardContent();
      content.putString(text);
      Clipboard.getSystemClipboard().setContent(content);
    });
  }

  private static void pressCopy(FxRobot robot) {
    robot.press(KeyCode.CONTROL).press(KeyCode.C).release(KeyCode.C).release(KeyCode.CONTROL);
    WaitForAsyncUtils.waitForFxEvents();
  }

  /** The right-click menu shown now. */
  private static ContextMenu shownMenu() {
    WaitForAsyncUtils.waitForFxEvents();
    return onFx(() -> Window.getWindows().stream()
        .filter(w -> w instanceof ContextMenu menu && menu.isShowing() && ContextMenus.MENU_ID.equals(menu.getId()))
        .map(ContextMenu.class::cast).findFirst().orElse(null));
  }

  private static MenuItem item(ContextMenu menu, String id) {
    return menu.getItems().stream().filter(i -> id.equals(i.getId())).findFirst().orElseThrow();
  }

  /** Clicks a menu item as a person would: on its row of the open menu. */
  private static void choose(FxRobot robot, MenuItem item) {
    try {
      WaitForAsyncUtils.waitFor(3, java.util.concurrent.TimeUnit.SECONDS, () -> onFx(() ->
          item.getStyleableNode() != null && item.getStyleableNode().getScene() != null));
    } catch (java.util.concurrent.TimeoutException e) {
      throw new AssertionError("the menu item " + item.getText() + " is not shown", e);
    }
    javafx.scene.Node row = onFx(() -> item.getStyleableNode());
    robot.clickOn(row);
    WaitForAsyncUtils.waitForFxEvents();
  }

  /**
   * A right click, as a person gives it, and the request for a menu that the platform makes of it at
   * that point. Monocle, the headless platform of these tests, turns no click into a request (its mouse
   * never calls notifyMenu), so the request is given here the way the scene would give it: to the node
   * under the pointer, from which it bubbles up.
   */
  private static void rightClickOn(FxRobot robot, javafx.scene.Node target, Point2D screen) {
    robot.rightClickOn(screen);
    robot.interact(() -> {
      Point2D scene = target.localToScene(target.screenToLocal(screen));
      javafx.event.Event.fireEvent(target, new ContextMenuEvent(ContextMenuEvent.CONTEXT_MENU_REQUESTED,
          scene.getX(), scene.getY(), screen.getX(), screen.getY(), false,
          new PickResult(target, scene.getX(), scene.getY())));
    });
  }

  private static void rightClickOn(FxRobot robot, javafx.scene.Node target) {
    rightClickOn(robot, target, onFx(() -> {
      javafx.geometry.Bounds b = target.localToScreen(target.getBoundsInLocal());
      return new Point2D(b.getMinX() + Math.min(20, b.getWidth() / 2), b.getCenterY());
    }));
  }

  private Point2D onScreen(Event e) {
    WaitForAsyncUtils.waitForFxEvents();
    MarkerGroup group = onFx(() -> map.groupOf(e).orElseThrow());
    return onFx(() -> map.localToScreen(group.x(), group.y()));
  }

  @Test
  void ctrlCCopiesTheSelectedEventWithItsDatePlaceSourcesAndACitation(FxRobot robot) {
    Event attack = event("2023-10-07-hamas-attack-on-israel");
    robot.interact(() -> state.select(attack));
    robot.clickOn("#" + MapView.ID, javafx.scene.input.MouseButton.MIDDLE); // the focus in the window, not a text box

    pressCopy(robot);

    assertThat(clipboard()).startsWith("Hamas-led attack on southern Israel starts the war\n")
        .contains("When: Saturday 7 October 2023, 06:29 (UTC+03:00)")
        .contains("In UTC: 7 Oct 2023, 03:29 UTC")
        .contains("Where: Gaza border, southern Israel, Israel")
        .contains("Hindustan Times")
        .contains(attack.sources().get(0).url().orElseThrow().toString())
        .contains("Cite as: Hamas-led attack on southern Israel starts the war. Gaza border, southern Israel, Israel, "
            + "7 October 2023. Eventmap dataset '" + state.dataset().title() + "'. Sources: ");
  }

  @Test
  void ctrlCWithNothingSelectedLeavesTheClipboardAlone(FxRobot robot) {
    robot.interact(() -> state.clearSelection());
    putOnClipboard(robot, "what was there");
    robot.interact(() -> map.requestFocus());

    pressCopy(robot);

    assertThat(clipboard()).isEqualTo("what was there");
    assertThat(ContextMenus.copySelected(state)).isFalse();
  }

  @Test
  void ctrlCInTheSearchBoxCopiesTheBoxsText(FxRobot robot) {
    robot.interact(() -> state.select(event("2023-10-07-hamas-attack-on-israel")));
    TextField search = robot.lookup((javafx.scene.Node n) -> n instanceof TextField).queryAs(TextField.class);
    robot.clickOn(search).write("Doha");
    robot.interact(search::selectAll);

    pressCopy(robot);

    assertThat(clipboard()).isEqualTo("Doha");
  }

  @Test
  void rightClickOnAMarkerOffersCopyShowOnMapShowOnTimelineAndOpenFirstSource(FxRobot robot) {
    Event attack = event("2023-10-07-hamas-attack-on-israel");
    robot.interact(() -> state.goToDay(LocalDate.of(2023, 10, 7)));
    MarkerGroup group = onFx(() -> map.groupOf(attack).orElseThrow());
    assertThat(group.isSingleEvent()).as("on 7 October only the attack is on the map").isTrue();

    rightClickOn(robot, map, onScreen(attack));

    ContextMenu menu = shownMenu();
    assertThat(menu).as("a menu is shown").isNotNull();
    assertThat(menu.getItems()).extracting(MenuItem::getText)
        .containsExactly("Copy", "Show on map", "Show on timeline", "Open first source (The Jerusalem Post)");
    choose(robot, item(menu, ContextMenus.OPEN_SOURCE_ID));
    assertThat(openedLinks).containsExactly(attack.sources().get(0).url().orElseThrow());
  }

  @Test
  void showOnTimelineFromAMarkerMovesTheDateToTheEvent(FxRobot robot) {
    Event burns = event("2024-03-22-burns-joins-doha-talks");
    robot.interact(() -> state.goToDay(LocalDate.of(2024, 3, 30)));
    MarkerGroup doha = onFx(() -> map.groupOf(burns).orElseThrow());
    assertThat(doha.eventCount()).isGreaterThan(1);

    rightClickOn(robot, map, onScreen(burns));

    ContextMenu menu = shownMenu();
    assertThat(menu.getItems()).as("a mark of several events offers each").hasSize(doha.eventCount())
        .allMatch(i -> i instanceof Menu);
    Menu burnsMenu = (Menu) menu.getItems().stream().filter(i -> i.getText().startsWith("22 Mar 2024 — " + burns.title().substring(0, 30))).findFirst()
        .orElseThrow();
    // Into the event's own menu and down to its third item, by the keys (the pointer's way there would
    // cross the other events' rows and open their menus instead).
    robot.moveTo(onFx(burnsMenu::getStyleableNode));
    robot.type(KeyCode.RIGHT);
    robot.type(KeyCode.DOWN, 2);
    assertThat(onFx(() -> burnsMenu.getItems().get(2).getStyleableNode().isFocused())).isTrue();
    robot.type(KeyCode.ENTER);
    WaitForAsyncUtils.waitForFxEvents();

    assertThat(state.currentDay()).isEqualTo(LocalDate.of(2024, 3, 22));
    assertThat(state.selectedEvent()).hasValue(burns);
  }

  @Test
  void rightClickOnARowOfTheListCopiesThatRowsEvent(FxRobot robot) {
    robot.interact(() -> state.goToDay(LocalDate.of(2024, 3, 22)));
    WaitForAsyncUtils.waitForFxEvents();
    TableRow<?> row = robot.lookup("#" + EventListView.ID).lookup((javafx.scene.Node n) -> n instanceof TableRow<?> r
        && !r.isEmpty() && r.getItem() != null).queryAs(TableRow.class);
    Event rowEvent = (Event) row.getItem();
    putOnClipboard(robot, "");

    rightClickOn(robot, row);
    ContextMenu menu = shownMenu();
    assertThat(menu).isNotNull();
    choose(robot, item(menu, ContextMenus.COPY_ID));

    assertThat(clipboard()).startsWith(rowEvent.title() + "\n").contains("Cite as: ");
  }

  @Test
  @SuppressWarnings("unchecked")
  void showOnMapFromTheListBringsTheEventIntoTheMapsView(FxRobot robot) {
    Event manila = event("2024-03-19-blinken-manila-food-insecurity");
    robot.interact(() -> {
      state.goToDay(LocalDate.of(2024, 3, 19));
      state.showView(-74, 40.7, state.viewport().scale() * 4); // New York, Manila far off the map
    });
    WaitForAsyncUtils.waitForFxEvents();
    assertThat(onFx(() -> map.groupOf(manila)).isPresent() && isInView(manila)).as("Manila is off the map").isFalse();
    javafx.scene.control.TableView<?> table = robot.lookup("#" + EventListView.ID).queryAs(javafx.scene.control.TableView.class);
    robot.interact(() -> ((javafx.scene.control.TableView<Event>) table).scrollTo(manila));
    TableRow<?> row = robot.lookup((javafx.scene.Node n) -> n instanceof TableRow<?> r && manila.equals(r.getItem()))
        .queryAs(TableRow.class);

    rightClickOn(robot, row);
    choose(robot, item(shownMenu(), ContextMenus.SHOW_ON_MAP_ID));

    assertThat(state.selectedEvent()).hasValue(manila);
    assertThat(isInView(manila)).as("Manila is on the map now").isTrue();
  }

  private boolean isInView(Event e) {
    WaitForAsyncUtils.waitForFxEvents();
    return onFx(() -> {
      Point2D p = map.markerPosition(e);
      return p.getX() >= 0 && p.getY() >= 0 && p.getX() <= map.getWidth() && p.getY() <= map.getHeight();
    });
  }

  @Test
  void rightClickOnTheDetailPaneOpensTheFirstSource(FxRobot robot) {
    Event burns = event("2024-03-22-burns-joins-doha-talks");
    robot.interact(() -> state.select(burns));

    rightClickOn(robot, robot.lookup("#" + DetailPane.TITLE_ID).query());
    ContextMenu menu = shownMenu();
    assertThat(menu).isNotNull();
    choose(robot, item(menu, ContextMenus.OPEN_SOURCE_ID));

    // The first source with an address: the seed article's first entry is CNN's report, cited without one.
    assertThat(burns.sources().get(0).url()).isEmpty();
    assertThat(openedLinks).containsExactly(burns.sources().stream().flatMap(s -> s.url().stream()).findFirst()
        .orElseThrow());
  }

  @Test
  void theMenuKeyOnTheListOffersTheSelectedEvent(FxRobot robot) {
    Event burns = event("2024-03-22-burns-joins-doha-talks");
    robot.interact(() -> state.select(burns));
    javafx.scene.Node table = robot.lookup("#" + EventListView.ID).query();
    putOnClipboard(robot, "");

    // What the platform sends for the Menu key or Shift+F10 while the list has the focus.
    robot.interact(() -> {
      javafx.geometry.Bounds b = table.localToScene(table.getBoundsInLocal());
      Point2D screen = table.localToScreen(b.getWidth() / 2, b.getHeight() / 2);
      javafx.event.Event.fireEvent(table, new ContextMenuEvent(ContextMenuEvent.CONTEXT_MENU_REQUESTED,
          b.getCenterX(), b.getCenterY(), screen.getX(), screen.getY(), true,
          new PickResult(table, b.getCenterX(), b.getCenterY())));
    });
    choose(robot, item(shownMenu(), ContextMenus.COPY_ID));

    assertThat(clipboard()).startsWith(burns.title() + "\n");
  }

  @Test
  void theDetailPaneWithoutASelectionOffersNoMenu(FxRobot robot) {
    robot.interact(() -> state.clearSelection());

    rightClickOn(robot, robot.lookup("#" + DetailPane.TITLE_ID).query());

    assertThat(shownMenu()).isNull();
  }

  @Test
  void aHostileTitleIsShownAsTextInTheMenuAndAnEventWithoutSourcesCannotOpenOne(FxRobot robot) {
    Category talks = new Category("talks", "Talks", Optional.empty());
    Place doha = new Place("doha", "Doha", new GeoPoint(25.2854, 51.5310), ZoneId.of("Asia/Qatar"), Optional.empty());
    String hostile = "_Strike <b>on</b> <script>alert(1)</script>\nport";
    Event first = Event.builder("a", hostile).category(talks).place(doha).start(TimePoint.parse("2024-03-22")).build();
    Event second = Event.builder("b", "Talks").category(talks).place(doha).start(TimePoint.parse("2024-03-21"))
        .sources(List.of(new Source("Axios", "Axios", Optional.empty(), Optional.empty()))).build();
    Dataset dataset = new Dataset("Hostile", Optional.empty(), "test", Optional.empty(), Optional.empty(),
        List.of(doha), List.of(talks), List.of(first, second));
    robot.interact(() -> state.applyLoad(new LoadResult("hostile.json", Optional.of(dataset), List.of())));
    robot.interact(() -> {
      state.goToDay(LocalDate.of(2024, 3, 22));
      state.fitToData();
    });

    rightClickOn(robot, map, onScreen(first));

    ContextMenu menu = shownMenu();
    assertThat(menu.getItems()).extracting(MenuItem::getText)
        .containsExactly("22 Mar 2024 — _Strike <b>on</b> <script>alert(1)</script> port", "21 Mar 2024 — Talks");
    assertThat(menu.getItems()).allMatch(i -> !i.isMnemonicParsing());
    Menu talksMenu = (Menu) menu.getItems().get(1);
    assertThat(talksMenu.getItems().stream().filter(i -> ContextMenus.OPEN_SOURCE_ID.equals(i.getId())).findFirst()
        .orElseThrow().isDisable()).as("a source without an address cannot be opened").isTrue();
  }
}
