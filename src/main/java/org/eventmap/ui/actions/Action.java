package org.eventmap.ui.actions;

import java.util.List;
import java.util.Objects;
import javafx.scene.input.KeyCombination;

/**
 * Something a person can tell Eventmap to do, declared once: its id (menu items are {@code menu-ID}),
 * its name as menus and the shortcut list say it, where its keys work, its keys (the first is the one a
 * menu shows), and what it does.
 */
public record Action(String id, String name, Scope scope, List<KeyCombination> keys, Runnable handler) {
  public Action {
    Objects.requireNonNull(id);
    Objects.requireNonNull(name);
    Objects.requireNonNull(scope);
    keys = List.copyOf(keys);
    Objects.requireNonNull(handler);
  }

  /** The keys as a person reads them: "Ctrl+Page Down", "← or Ctrl+←". */
  public String keysText() {
    // Distinct: the main and the keypad's minus are both "-", and "- or -" says nothing.
    return String.join(" or ", keys.stream().map(KeyCombination::getDisplayText).distinct().toList());
  }
}
