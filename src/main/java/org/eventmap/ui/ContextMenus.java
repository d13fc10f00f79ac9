package org.eventmap.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.TableRow;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.ContextMenuEvent;
import org.eventmap.domain.Event;
import org.eventmap.domain.Source;
import org.eventmap.domain.TimeText;
import org.eventmap.io.text.EventText;
import org.eventmap.state.AppState;
import org.eventmap.time.WallClock;
import org.eventmap.ui.help.HelpWindows;
import org.eventmap.ui.map.MapView;

/**
 * The right-click menus of a marker, a row of the list and the detail pane: Copy, Show on map, Show on
 * timeline, Open first source. Ctrl+C copies the selected event the same way.
 *
 * <p>Every label made from a file's text is plain text: no markup, and no mnemonic (an underscore in a
 * title stays an underscore).
 */
public final class ContextMenus {
  public static final String MENU_ID = "event-context-menu";
  public static final String COPY_ID = "context-copy";
  public static final String SHOW_ON_MAP_ID = "context-show-on-map";
  public static final String SHOW_ON_TIMELINE_ID = "context-show-on-timeline";
  public static final String OPEN_SOURCE_ID = "context-open-source";
  /** The events of a crowded mark offered one by one; more would make a menu taller than the screen. */
  static final int MOST_EVENTS_OFFERED = 12;
  /** Titles longer than this are cut in a menu: the menu is for choosing, the detail pane for reading. */
  private static final int LABEL_CHARACTERS = 70;

  private final AppState state;
  private final MainView.Actions actions;
  private final ContextMenu menu = new ContextMenu();

  private ContextMenus(AppState state, MainView.Actions actions) {
    this.state = state;
    this.actions = actions;
    menu.setId(MENU_ID);
    menu.getStyleClass().add("event-context-menu");
  }

  public static void install(AppState state, MainView.Actions actions, MapView map, Node list, Node detail) {
    ContextMenus menus = new ContextMenus(state, actions);
    map.addEventHandler(ContextMenuEvent.CONTEXT_MENU_REQUESTED, e -> {
      menus.showFor(map, e, menus.eventsUnder(map, e));
      e.consume();
    });
    list.addEventHandler(ContextMenuEvent.CONTEXT_MENU_REQUESTED, e -> {
      menus.showFor(list, e, menus.rowUnder(e).map(List::of).orElse(List.of()));
      e.consume();
    });
    detail.addEventHandler(ContextMenuEvent.CONTEXT_MENU_REQUESTED, e -> {
      menus.showFor(detail, e, state.selectedEvent().map(List::of).orElse(List.of()));
      e.consume();
    });
  }

  /** Edit ▸ Copy, Ctrl+C: the selected event as readable text and a citation line; false without one. */
  public static boolean copySelected(AppState state) {
    Optional<Event> selected = state.selectedEvent();
    selected.ifPresent(event -> copy(state, event));
    return selected.isPresent();
  }

  /** Puts the event on the system clipboard as text: what the detail pane says of it, then a citation. */
  static void copy(AppState state, Event event) {
    String datasetTitle = state.dataset() == null ? state.datasetNameProperty().get() : state.dataset().title();
    ClipboardContent content = new ClipboardContent();
    content.putString(EventText.forClipboard(event, datasetTitle));
    Clipboard.getSystemClipboard().setContent(content);
  }

  private void showFor(Node owner, ContextMenuEvent e, List<Event> events) {
    menu.hide();
    if (events.isEmpty()) {
      return;
    }
    menu.getItems().setAll(events.size() == 1 ? itemsFor(events.get(0)) : perEvent(events));
    menu.show(owner, e.getScreenX(), e.getScreenY());
  }

  /**
   * A mark of several events offers each by its date and title, the newest first, with the same items
   * for each; a big cluster offers its newest few and says how many more there are.
   */
  private List<MenuItem> perEvent(List<Event> events) {
    List<Event> newestFirst = new ArrayList<>(events);
    java.util.Collections.reverse(newestFirst);
    List<MenuItem> items = new ArrayList<>();
    for (Event event : newestFirst.subList(0, Math.min(MOST_EVENTS_OFFERED, newestFirst.size()))) {
      Menu sub = new Menu(label(event.firstLocalDay().map(TimeText::shortDay).orElse("No date") + " — "
          + event.title()));
      sub.setMnemonicParsing(false);
      sub.setGraphic(CategoryPalette.swatch(state.dataset(), event.category(), 5, state.themeProperty().get()));
      sub.getItems().setAll(itemsFor(event));
      items.add(sub);
    }
    if (newestFirst.size() > MOST_EVENTS_OFFERED) {
      MenuItem more = new MenuItem((newestFirst.size() - MOST_EVENTS_OFFERED)
          + " more here: zoom in to tell them apart");
      more.setDisable(true);
      items.add(new SeparatorMenuItem());
      items.add(more);
    }
    return items;
  }

  private List<MenuItem> itemsFor(Event event) {
    MenuItem copy = item(COPY_ID, "Copy", () -> copy(state, event));
    MenuItem onMap = item(SHOW_ON_MAP_ID, "Show on map", () -> state.selectAndReveal(event));
    onMap.setDisable(!event.hasPlace());
    MenuItem onTimeline = item(SHOW_ON_TIMELINE_ID, "Show on timeline", () -> showOnTimeline(event));
    onTimeline.setDisable(!event.hasDate());
    Optional<Source> linked = event.sources().stream().filter(s -> s.url().isPresent()).findFirst();
    MenuItem open = item(OPEN_SOURCE_ID, linked.map(s -> label("Open first source (" + s.publisher() + ")"))
        .orElse("Open first source"), () -> linked.flatMap(Source::url).ifPresent(actions::openLink));
    open.setDisable(linked.isEmpty());
    return List.of(copy, onMap, onTimeline, open);
  }

  /** Selects the event and moves the timeline to the moment it began at its place. */
  private void showOnTimeline(Event event) {
    state.select(event);
    state.goTo(WallClock.start(event));
  }

  private static MenuItem item(String id, String text, Runnable action) {
    MenuItem item = new MenuItem(text);
    item.setId(id);
    item.setMnemonicParsing(false);
    item.setOnAction(e -> action.run());
    return item;
  }

  /** A file's words for a menu: one line, cut when long. */
  private static String label(String text) {
    String line = text.replaceAll("\\s+", " ").strip();
    return line.length() <= LABEL_CHARACTERS ? line : line.substring(0, LABEL_CHARACTERS - 1).strip() + "…";
  }

  /**
   * The events of the mark under the pointer; from the keyboard (the menu key), the selected event if it
   * is on the map.
   */
  private List<Event> eventsUnder(MapView map, ContextMenuEvent e) {
    if (e.isKeyboardTrigger()) {
      return state.selectedEvent().filter(selected -> map.groupOf(selected).isPresent()).map(List::of)
          .orElse(List.of());
    }
    Point2D at = new Point2D(e.getX(), e.getY());
    return map.groupAt(at.getX(), at.getY()).map(g -> g.isSingleEvent() ? List.of(g.top()) : g.events())
        .orElse(List.of());
  }

  /** The event of the list's row under the pointer; from the keyboard, the selected one. */
  private Optional<Event> rowUnder(ContextMenuEvent e) {
    if (e.isKeyboardTrigger()) {
      return state.selectedEvent();
    }
    for (Node n = e.getPickResult().getIntersectedNode(); n != null; n = n.getParent()) {
      if (n instanceof TableRow<?> row) {
        return row.isEmpty() || !(row.getItem() instanceof Event event) ? Optional.empty() : Optional.of(event);
      }
    }
    return Optional.empty();
  }
}
