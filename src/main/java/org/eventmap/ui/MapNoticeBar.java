package org.eventmap.ui;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import org.eventmap.state.AppState;

/** Says why the map is not the one the person asked for (e.g. Google cannot be reached). */
final class MapNoticeBar extends HBox {
  static final String ID = "map-notice";
  static final String TEXT_ID = "map-notice-text";

  MapNoticeBar(AppState state) {
    Label text = new Label();
    text.setId(TEXT_ID);
    text.setWrapText(true);
    text.setMaxWidth(Double.MAX_VALUE);
    text.textProperty().bind(state.mapNoticeProperty());
    HBox.setHgrow(text, Priority.ALWAYS);
    Button dismiss = new Button("Dismiss");
    dismiss.setId("map-notice-dismiss");
    dismiss.setOnAction(e -> state.dismissMapNotice());
    getChildren().addAll(text, dismiss);
    setId(ID);
    getStyleClass().add("map-notice");
    setAlignment(Pos.CENTER_LEFT);
    setSpacing(10);
    setPadding(new Insets(6, 12, 6, 12));
    visibleProperty().bind(state.mapNoticeProperty().isNotEmpty());
    managedProperty().bind(visibleProperty());
  }
}
