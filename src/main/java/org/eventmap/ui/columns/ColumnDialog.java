package org.eventmap.ui.columns;

import java.util.Map;
import java.util.Optional;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.DialogPane;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.stage.Modality;
import javafx.stage.Window;
import org.eventmap.io.ColumnQuestion;

/**
 * Asks which column of a spreadsheet holds the date, the end, the latitude, the longitude, the title and
 * so on, showing the file's first rows and preselecting what the reader guessed. Enter answers, Escape
 * cancels; the answer can only be given once it names a date or a place.
 */
public final class ColumnDialog {
  public static final String ID = "column-dialog";
  public static final String STYLESHEET = ColumnDialog.class.getResource("columns.css").toExternalForm();

  private ColumnDialog() {}

  /** The person's answer, from role to column name; empty when they cancel. Waits on the FX thread. */
  public static Optional<Map<String, String>> ask(Window owner, String file, ColumnQuestion question) {
    return create(owner, file, question).showAndWait();
  }

  /** The dialog, not shown yet; its result is the answer, or null when cancelled. */
  public static Dialog<Map<String, String>> create(Window owner, String file, ColumnQuestion question) {
    Dialog<Map<String, String>> dialog = new Dialog<>();
    if (owner != null && owner.isShowing()) {
      dialog.initOwner(owner);
      dialog.initModality(Modality.WINDOW_MODAL);
    }
    String name = fileName(file);
    dialog.setTitle("Columns of " + name);
    dialog.setHeaderText(sentence(question.why()));
    dialog.setResizable(true);
    ColumnForm form = new ColumnForm(name, question);
    DialogPane pane = dialog.getDialogPane();
    pane.setId(ID);
    pane.getStyleClass().add("column-dialog");
    // The palette of the main stylesheet first, so that the dialog's colours follow the theme.
    pane.getStylesheets().addAll(org.eventmap.ui.MainView.STYLESHEET, STYLESHEET);
    pane.setContent(form);
    pane.getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
    // Wide enough for the previews beside the choices; wider for a wide file, within a small screen's width.
    pane.setPrefWidth(Math.min(1000, Math.max(900, tableWidth(form) + 40)));
    Button ok = (Button) pane.lookupButton(ButtonType.OK);
    ok.setId(ID + "-ok");
    ok.disableProperty().bind(form.answerableProperty().not());
    ok.setAccessibleHelp("Open the file with these columns");
    Button cancel = (Button) pane.lookupButton(ButtonType.CANCEL);
    cancel.setId(ID + "-cancel");
    cancel.setAccessibleHelp("Do not open the file");
    // Enter answers wherever the focus is, but not while a choice's list is open: there it picks an item.
    pane.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
      if (e.getCode() == KeyCode.ENTER && !choiceListShowing(form) && !ok.isDisabled()) {
        e.consume();
        ok.fire();
      }
    });
    dialog.setResultConverter(button -> button == ButtonType.OK ? form.answer() : null);
    dialog.setOnShown(e -> Platform.runLater(() -> focusFirstChoice(form)));
    return dialog;
  }

  /** The form inside a dialog made by {@link #create}, for tests. */
  static ColumnForm formOf(Dialog<?> dialog) {
    return (ColumnForm) dialog.getDialogPane().getContent();
  }

  private static boolean choiceListShowing(ColumnForm form) {
    return form.lookupAll(".choice-box").stream()
        .anyMatch(n -> n instanceof ChoiceBox<?> box && box.isShowing());
  }

  /** The date's choice when the reader did not guess one, else the first role left open. */
  private static void focusFirstChoice(ColumnForm form) {
    for (ColumnRole role : new ColumnRole[] {ColumnRole.DATE, ColumnRole.LAT, ColumnRole.LON, ColumnRole.TITLE}) {
      ChoiceBox<Integer> box = form.choice(role);
      if (box.getValue() == null || box.getValue() == ColumnForm.NONE) {
        box.requestFocus();
        return;
      }
    }
    Node first = form.choice(ColumnRole.DATE);
    first.requestFocus();
  }

  private static double tableWidth(ColumnForm form) {
    return form.table().getColumns().stream().mapToDouble(c -> c.getPrefWidth()).sum();
  }

  /** The name of the file without its folders: the title has no room for a long path. */
  static String fileName(String file) {
    String name = file.replace('\\', '/');
    int slash = name.lastIndexOf('/');
    return slash >= 0 && slash < name.length() - 1 ? name.substring(slash + 1) : name;
  }

  private static String sentence(String why) {
    String text = why.strip();
    if (text.isEmpty()) {
      return "Which column holds what?";
    }
    // A plain word is capitalised; a column's name ("event_date could be ...") is left as the file writes it.
    String firstWord = text.split("\\s", 2)[0];
    if (firstWord.chars().allMatch(Character::isLetter)) {
      text = Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
    return text.endsWith(".") || text.endsWith("?") || text.endsWith("!") ? text : text + ".";
  }
}
