package org.eventmap.ui.actions;

import javafx.geometry.Insets;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.GridPane;
import javafx.stage.Modality;
import javafx.stage.Window;

/** Help ▸ Keyboard shortcuts: every action of the table that has keys, by where the keys work. */
public final class ShortcutsDialog {
  public static final String LIST_ID = "shortcuts-list";

  private ShortcutsDialog() {}

  /** The list itself, as the dialog shows it. */
  public static GridPane list(ActionTable table) {
    GridPane grid = new GridPane();
    grid.setId(LIST_ID);
    grid.setHgap(24);
    grid.setVgap(4);
    grid.setPadding(new Insets(4, 8, 4, 8));
    int row = 0;
    for (Scope scope : Scope.values()) {
      Label heading = new Label(scope.label());
      heading.getStyleClass().add("shortcuts-heading");
      GridPane.setMargin(heading, new Insets(row == 0 ? 0 : 10, 0, 2, 0));
      grid.add(heading, 0, row++, 2, 1);
      for (Action action : table.inScope(scope)) {
        if (action.keys().isEmpty()) {
          continue;
        }
        Label keys = new Label(action.keysText());
        keys.getStyleClass().add("shortcuts-keys");
        Label name = new Label(action.name());
        name.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        name.getStyleClass().add("shortcuts-name");
        grid.add(keys, 0, row);
        grid.add(name, 1, row++);
      }
    }
    return grid;
  }

  /** Shows the list beside the window, without blocking it: one can try the keys while reading. */
  public static Dialog<Void> show(Window owner, ActionTable table, String stylesheet) {
    Dialog<Void> dialog = new Dialog<>();
    dialog.initOwner(owner);
    dialog.initModality(Modality.NONE);
    dialog.setTitle("Keyboard shortcuts");
    dialog.setHeaderText("Keyboard shortcuts");
    ScrollPane scroll = new ScrollPane(list(table));
    scroll.setFitToWidth(true);
    scroll.setPrefViewportHeight(460);
    dialog.getDialogPane().setContent(scroll);
    dialog.getDialogPane().getButtonTypes().add(ButtonType.CLOSE);
    dialog.getDialogPane().getStylesheets().add(stylesheet);
    dialog.getDialogPane().setPrefWidth(560);
    dialog.show();
    return dialog;
  }
}
