package org.eventmap.app;

import java.net.URI;
import javafx.event.ActionEvent;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.stage.Window;

/** Says that a link could not be opened, and offers its address to paste into a browser by hand. */
final class NoBrowserDialog {
  static final String ID = "no-browser-dialog";
  static final String COPY_ID = "copy-address";

  private NoBrowserDialog() {}

  static Alert show(Window owner, URI uri) {
    ButtonType copy = new ButtonType("Copy address", ButtonBar.ButtonData.LEFT);
    Alert alert = new Alert(Alert.AlertType.WARNING, "No web browser could be opened for " + uri
        + "\n\nCopy the address to open it in a browser yourself.", copy, ButtonType.CLOSE);
    alert.setTitle("Eventmap");
    alert.setHeaderText("The link could not be opened");
    alert.getDialogPane().setId(ID);
    if (owner != null && owner.isShowing()) {
      alert.initOwner(owner);
    }
    Button copyButton = (Button) alert.getDialogPane().lookupButton(copy);
    copyButton.setId(COPY_ID);
    // The dialog stays open after copying, and the button says it is done.
    copyButton.addEventFilter(ActionEvent.ACTION, e -> {
      ClipboardContent content = new ClipboardContent();
      content.putString(uri.toString());
      Clipboard.getSystemClipboard().setContent(content);
      copyButton.setText("Copied");
      e.consume();
    });
    alert.show();
    return alert;
  }
}
