package org.eventmap.state;

import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

/**
 * The theme chosen and the one shown: the system's when the choice is {@link ThemeChoice#SYSTEM}. The
 * views bind to {@link #themeProperty()}; only the application tells what the system uses.
 */
public final class ThemeModel {
  private final ReadOnlyObjectWrapper<ThemeChoice> choice = new ReadOnlyObjectWrapper<>(this, "themeChoice",
      ThemeChoice.SYSTEM);
  private final ReadOnlyObjectWrapper<Theme> system = new ReadOnlyObjectWrapper<>(this, "systemTheme", Theme.LIGHT);
  private final ReadOnlyObjectWrapper<Theme> theme = new ReadOnlyObjectWrapper<>(this, "theme", Theme.LIGHT);

  public ThemeModel() {
    choice.addListener((obs, old, now) -> update());
    system.addListener((obs, old, now) -> update());
  }

  public ReadOnlyObjectProperty<ThemeChoice> choiceProperty() {
    return choice.getReadOnlyProperty();
  }

  /** The theme shown now. */
  public ReadOnlyObjectProperty<Theme> themeProperty() {
    return theme.getReadOnlyProperty();
  }

  public void choose(ThemeChoice chosen) {
    choice.set(java.util.Objects.requireNonNull(chosen));
  }

  /** What the system uses, as the application found out (light when it cannot tell). */
  public void systemUses(Theme systemTheme) {
    system.set(java.util.Objects.requireNonNull(systemTheme));
  }

  private void update() {
    theme.set(switch (choice.get()) {
      case SYSTEM -> system.get();
      case LIGHT -> Theme.LIGHT;
      case DARK -> Theme.DARK;
    });
  }
}
