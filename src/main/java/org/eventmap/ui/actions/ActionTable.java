package org.eventmap.ui.actions;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javafx.scene.Node;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;

/**
 * Every command a person can give, declared once (as JabRef's StandardActions): menus, buttons and key
 * bindings are all made from it, and Help ▸ Keyboard shortcuts lists it. A key belongs to one action in
 * its scope; the table refuses a second.
 */
public final class ActionTable {
  private final Map<String, Action> actions = new LinkedHashMap<>();

  /** Adds an action; its keys may not already be taken in its scope. */
  public ActionTable add(String id, String name, Scope scope, Runnable handler, KeyCombination... keys) {
    Action action = new Action(id, name, scope, List.of(keys), handler);
    if (actions.containsKey(id)) {
      throw new IllegalArgumentException("two actions with the id " + id);
    }
    for (KeyCombination key : keys) {
      for (Action other : actions.values()) {
        if (other.scope() == scope && other.keys().contains(key)) {
          throw new IllegalArgumentException(key.getDisplayText() + " is both " + other.name() + " and " + name);
        }
      }
    }
    actions.put(id, action);
    return this;
  }

  public List<Action> all() {
    return List.copyOf(actions.values());
  }

  public Action get(String id) {
    Action action = actions.get(id);
    if (action == null) {
      throw new IllegalArgumentException("no action " + id);
    }
    return action;
  }

  /** The action of the scope that this key press stands for, if any. */
  public Optional<Action> forKey(Scope scope, KeyEvent e) {
    for (Action action : actions.values()) {
      if (action.scope() == scope) {
        for (KeyCombination key : action.keys()) {
          if (key.match(e)) {
            return Optional.of(action);
          }
        }
      }
    }
    return Optional.empty();
  }

  /**
   * Runs the scope's actions for keys pressed while this node (or, for the window, anything in it) has
   * the focus. The window's keys are taken before the focused control sees them, so that a table or a
   * button cannot keep Ctrl+← or Ctrl+Page Down for itself; inside a text box the box's own keys win.
   */
  public void bindKeys(Node node, Scope scope) {
    if (scope == Scope.WINDOW) {
      node.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
        if (!inTextBox(node)) {
          run(scope, e);
        }
      });
      // In a text box, what the box leaves unused (Ctrl+F, F1) still reaches the table.
      node.addEventHandler(KeyEvent.KEY_PRESSED, e -> {
        if (inTextBox(node)) {
          run(scope, e);
        }
      });
    } else {
      node.addEventHandler(KeyEvent.KEY_PRESSED, e -> run(scope, e));
    }
  }

  private static boolean inTextBox(Node node) {
    return node.getScene() != null && node.getScene().getFocusOwner() instanceof TextInputControl;
  }

  private void run(Scope scope, KeyEvent e) {
    forKey(scope, e).ifPresent(action -> {
      action.handler().run();
      e.consume();
    });
  }

  /**
   * A menu item for the action: its name, its icon (ui/theme/Icons), its first key as the accelerator,
   * id {@code menu-ID}.
   */
  public MenuItem menuItem(String id) {
    Action action = get(id);
    MenuItem item = new MenuItem(action.name());
    item.setId("menu-" + id);
    org.eventmap.ui.theme.Icons.forAction(id, org.eventmap.ui.theme.Icons.MENU_SIZE).ifPresent(item::setGraphic);
    if (!action.keys().isEmpty() && action.scope() == Scope.WINDOW) {
      item.setAccelerator(action.keys().get(0));
    }
    item.setOnAction(e -> action.handler().run());
    return item;
  }

  /**
   * Makes a button run the action, and says in its tooltip and to screen readers what it does and which
   * keys do the same.
   */
  public void bindButton(javafx.scene.control.ButtonBase button, String id) {
    Action action = get(id);
    button.setOnAction(e -> action.handler().run());
    String help = action.keys().isEmpty() ? action.name() : action.name() + " (" + action.keysText() + ")";
    button.setTooltip(new javafx.scene.control.Tooltip(help));
    button.setAccessibleText(help);
  }

  /** The actions of a scope, in the order declared. */
  public List<Action> inScope(Scope scope) {
    List<Action> result = new ArrayList<>();
    for (Action action : actions.values()) {
      if (action.scope() == scope) {
        result.add(action);
      }
    }
    return result;
  }
}
