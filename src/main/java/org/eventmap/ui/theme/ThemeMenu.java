package org.eventmap.ui.theme;

import javafx.scene.control.Menu;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.ToggleGroup;
import org.eventmap.state.AppState;
import org.eventmap.state.ThemeChoice;

/** View ▸ Theme: the system's, light or dark. Items are {@code menu-theme-system|light|dark}. */
public final class ThemeMenu {
  private ThemeMenu() {}

  public static Menu create(AppState state) {
    Menu menu = new Menu("Theme");
    menu.setId("menu-theme");
    ToggleGroup group = new ToggleGroup();
    for (ThemeChoice choice : ThemeChoice.values()) {
      RadioMenuItem item = new RadioMenuItem(switch (choice) {
        case SYSTEM -> "As the system";
        case LIGHT -> "Light";
        case DARK -> "Dark";
      });
      item.setId("menu-theme-" + choice.key());
      item.setToggleGroup(group);
      item.setSelected(state.themeChoiceProperty().get() == choice);
      item.setOnAction(e -> state.chooseTheme(choice));
      state.themeChoiceProperty().addListener((obs, old, now) -> item.setSelected(now == choice));
      menu.getItems().add(item);
    }
    return menu;
  }
}
