package org.eventmap.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.GridPane;
import javafx.stage.Stage;
import org.eventmap.ui.actions.Action;
import org.eventmap.ui.actions.ActionTable;
import org.eventmap.ui.actions.Scope;
import org.eventmap.ui.actions.ShortcutsDialog;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** One table of actions: the menus and keys are made from it and Help ▸ Keyboard shortcuts lists it. */
@ExtendWith(ApplicationExtension.class)
class ShortcutsTest {
  private MainView view;

  @Start
  void start(Stage stage) {
    view = TestWindow.show(stage).view;
  }

  private List<MenuItem> menuItems(FxRobot robot) {
    MenuBar bar = robot.lookup((Node n) -> n instanceof MenuBar).queryAs(MenuBar.class);
    return bar.getMenus().stream().flatMap((Menu m) -> m.getItems().stream()).toList();
  }

  @Test
  void everyMenuShortcutIsTheTablesAndEveryWindowActionWithKeysIsInAMenu(FxRobot robot) {
    ActionTable table = view.actions();
    List<MenuItem> items = menuItems(robot);

    for (MenuItem item : items) {
      if (item.getAccelerator() != null) {
        Action action = table.get(item.getId().substring("menu-".length()));
        assertThat(action.keys()).first().isEqualTo(item.getAccelerator());
        assertThat(item.getText()).isEqualTo(action.name());
      }
    }
    Set<String> inMenus = items.stream().map(MenuItem::getId).filter(id -> id != null).collect(Collectors.toSet());
    for (Action action : table.inScope(Scope.WINDOW)) {
      assertThat(inMenus).as(action.name() + " is in a menu").contains("menu-" + action.id());
    }
  }

  @Test
  void helpListsEveryActionWithItsKeys(FxRobot robot) {
    robot.interact(() -> view.actions().get("shortcuts").handler().run());

    GridPane list = robot.lookup("#" + ShortcutsDialog.LIST_ID).queryAs(GridPane.class);
    List<String> texts = list.getChildren().stream().map(n -> ((Label) n).getText()).toList();
    for (Action action : view.actions().all()) {
      if (!action.keys().isEmpty()) {
        assertThat(texts).contains(action.name(), action.keysText());
      }
    }
    assertThat(texts).contains("Next event", new KeyCodeCombination(KeyCode.PAGE_DOWN,
        KeyCombination.SHORTCUT_DOWN).getDisplayText(), Scope.MAP.label(), Scope.TIMELINE.label());
  }

  @Test
  void f1OpensTheShortcuts(FxRobot robot) {
    robot.interact(() -> view.map().requestFocus());

    robot.type(KeyCode.F1);

    assertThat(robot.lookup("#" + ShortcutsDialog.LIST_ID).tryQuery()).isPresent();
  }

  @Test
  void f1OpensTheShortcutsFromTheSearchBoxToo(FxRobot robot) {
    robot.interact(() -> robot.lookup("#" + org.eventmap.ui.filter.FilterBar.SEARCH_ID).query().requestFocus());

    robot.type(KeyCode.F1);

    assertThat(robot.lookup("#" + ShortcutsDialog.LIST_ID).tryQuery()).isPresent();
  }

  @Test
  void aKeyCannotBelongToTwoActionsOfOneScope() {
    ActionTable table = new ActionTable().add("a", "A", Scope.WINDOW, () -> {}, new KeyCodeCombination(KeyCode.F2));

    assertThatThrownBy(() -> table.add("b", "B", Scope.WINDOW, () -> {}, new KeyCodeCombination(KeyCode.F2)))
        .hasMessageContaining("is both A and B");
    table.add("c", "C", Scope.MAP, () -> {}, new KeyCodeCombination(KeyCode.F2)); // another scope may
  }

  /**
   * The README's table of shortcuts is the action table's, row for row: a key added, changed or renamed
   * in the table without the README fails here.
   */
  @Test
  void theReadmeListsEveryShortcutOfTheTable() throws java.io.IOException {
    String readme = java.nio.file.Files.readString(java.nio.file.Path.of("README.md"));
    List<String> missing = new java.util.ArrayList<>();
    for (Action action : view.actions().all()) {
      if (action.keys().isEmpty()) {
        continue;
      }
      String row = "| " + action.keysText().replace("|", "\\|") + " | " + action.name() + " |";
      if (!readme.contains(row)) {
        missing.add(row + " (" + action.scope() + ")");
      }
    }
    assertThat(missing).as("rows of the README's shortcut table").isEmpty();
  }
}
