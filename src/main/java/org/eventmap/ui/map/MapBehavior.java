package org.eventmap.ui.map;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.MenuItem;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import javafx.scene.input.ZoomEvent;
import org.eventmap.domain.Event;
import org.eventmap.domain.TimeText;
import org.eventmap.geo.Viewport;
import org.eventmap.state.AppState;
import org.eventmap.ui.CategoryPalette;
import org.eventmap.ui.map.MapView.MarkerGroup;

/**
 * What a person does to the map: drag to pan, wheel and pinch to zoom, click a mark, hover over it,
 * and the map's keys. It only turns input into the state's commands and into hover; drawing is the
 * layers' business (as JXMapViewer2 keeps its pan, wheel and key listeners apart from its painters).
 */
final class MapBehavior {

  private final MapView view;
  private final AppState state;
  private double dragX;
  private double dragY;
  private boolean dragged;

  private MapBehavior(MapView view, AppState state) {
    this.view = view;
    this.state = state;
  }

  /** Makes the map answer to the mouse, the wheel and pinches; its keys come from the table of actions. */
  static MapBehavior install(MapView view, AppState state) {
    MapBehavior b = new MapBehavior(view, state);
    view.setOnMousePressed(b::onPressed);
    view.setOnMouseDragged(b::onDragged);
    view.setOnMouseReleased(b::onReleased);
    view.setOnMouseMoved(b::onMoved);
    view.setOnMouseExited(e -> view.hover(null, 0, 0));
    view.setOnScroll(b::onScroll);
    view.setOnZoom(b::onPinch);
    return b;
  }

  private void onPressed(MouseEvent e) {
    view.requestFocus();
    view.picker().hide();
    dragX = e.getX();
    dragY = e.getY();
    dragged = false;
  }

  private void onDragged(MouseEvent e) {
    double dx = e.getX() - dragX;
    double dy = e.getY() - dragY;
    if (dragged || Math.abs(dx) + Math.abs(dy) > 3) {
      dragged = true;
      state.panMap(dx, dy);
      dragX = e.getX();
      dragY = e.getY();
    }
  }

  private void onReleased(MouseEvent e) {
    if (dragged || e.getButton() != MouseButton.PRIMARY) {
      return;
    }
    if (e.getClickCount() == 2) {
      state.zoomMap(e.getX(), e.getY(), 2);
      return;
    }
    Optional<MarkerGroup> group = view.groupAt(e.getX(), e.getY());
    if (group.isEmpty()) {
      state.clearSelection();
      return;
    }
    open(group.get(), e.getScreenX(), e.getScreenY());
  }

  /**
   * A single event is selected; several at one place (or too close to part even at the closest zoom)
   * are offered in a list; a cluster of places is zoomed into until it splits.
   */
  private void open(MarkerGroup group, double screenX, double screenY) {
    if (group.isSingleEvent()) {
      state.select(group.top());
    } else if (group.isOnePlace() || state.viewport().scale() >= Viewport.MAX_SCALE) {
      showPicker(group, screenX, screenY);
    } else {
      state.zoomToEvents(group.events());
    }
  }

  private void showPicker(MarkerGroup group, double screenX, double screenY) {
    ContextMenu picker = view.picker();
    picker.getItems().clear();
    List<Event> newestFirst = new ArrayList<>(group.events());
    java.util.Collections.reverse(newestFirst);
    for (Event e : newestFirst) {
      MenuItem item = new MenuItem(e.firstLocalDay().map(TimeText::shortDay).orElse("No date") + " — " + e.title());
      item.setGraphic(CategoryPalette.swatch(state.dataset(), e.category(), 5, state.themeProperty().get()));
      item.setOnAction(a -> state.select(e));
      picker.getItems().add(item);
    }
    picker.show(view, screenX, screenY);
  }

  private void onMoved(MouseEvent e) {
    view.hover(view.groupAt(e.getX(), e.getY()).orElse(null), e.getX(), e.getY());
  }

  private void onScroll(ScrollEvent e) {
    if (e.getDeltaY() != 0) {
      // In wheel notches, whatever the platform's pixels per notch; a notch zooms by a quarter.
      double notches = e.getDeltaY() / (e.getMultiplierY() > 0 ? e.getMultiplierY() : 40);
      state.zoomMap(e.getX(), e.getY(), Math.pow(1.25, notches));
      e.consume();
    }
  }

  private void onPinch(ZoomEvent e) {
    state.zoomMap(e.getX(), e.getY(), e.getZoomFactor());
    e.consume();
  }
}
