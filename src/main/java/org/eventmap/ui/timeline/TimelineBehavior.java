package org.eventmap.ui.timeline;

import java.util.Optional;
import javafx.event.EventHandler;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import org.eventmap.domain.Event;
import org.eventmap.state.AppState;
import org.eventmap.time.TimeAxis;

/**
 * What a person does on the time axis, turned into commands: a click or a drag moves through time (a
 * click on a mark also selects its event), the wheel zooms the axis around the pointer, a right-drag (or
 * a shift-drag) pans it, a double-click shows everything again. Its keys come from the application's
 * table of actions (docs/adr/0015). It changes only the application state and the control's axis; the
 * skin draws what follows.
 */
final class TimelineBehavior {
  /** How far one notch of a wheel zooms the axis. */
  private static final double ZOOM_PER_NOTCH = 1.4;

  private final TimelineCanvas control;
  private final AppState state;
  private final EventHandler<MouseEvent> pressed = this::onPressed;
  private final EventHandler<MouseEvent> dragged = this::onDragged;
  private final EventHandler<MouseEvent> released = this::onReleased;
  private final EventHandler<ScrollEvent> scrolled = this::onScroll;
  private boolean panning;
  private double panX;

  TimelineBehavior(TimelineCanvas control) {
    this.control = control;
    this.state = control.state();
    control.addEventHandler(MouseEvent.MOUSE_PRESSED, pressed);
    control.addEventHandler(MouseEvent.MOUSE_DRAGGED, dragged);
    control.addEventHandler(MouseEvent.MOUSE_RELEASED, released);
    control.addEventHandler(ScrollEvent.SCROLL, scrolled);
  }

  void dispose() {
    control.removeEventHandler(MouseEvent.MOUSE_PRESSED, pressed);
    control.removeEventHandler(MouseEvent.MOUSE_DRAGGED, dragged);
    control.removeEventHandler(MouseEvent.MOUSE_RELEASED, released);
    control.removeEventHandler(ScrollEvent.SCROLL, scrolled);
  }

  private void onPressed(MouseEvent e) {
    control.requestFocus();
    if (e.getButton() == MouseButton.SECONDARY || e.isShiftDown()) {
      panning = true;
      panX = e.getX();
      return;
    }
    TimeAxis axis = control.axis();
    if (e.getButton() != MouseButton.PRIMARY || axis == null) {
      return;
    }
    if (e.getClickCount() == 2) {
      control.fitAxis();
      return;
    }
    Optional<Event> mark = control.markAt(e.getX(), e.getY());
    if (mark.isPresent() && e.getY() >= control.top() + TimelineCanvas.MARKS_TOP - 2) {
      state.selectAndReveal(mark.get());
      return;
    }
    // Above the marks a click moves the date, as it always has; on the bar over a mark it also selects it.
    state.goTo(axis.timeAt(e.getX()));
    mark.ifPresent(state::select);
  }

  private void onDragged(MouseEvent e) {
    TimeAxis axis = control.axis();
    if (axis == null) {
      return;
    }
    if (panning) {
      control.panAxis(e.getX() - panX);
      panX = e.getX();
      return;
    }
    if (e.getButton() == MouseButton.PRIMARY) {
      state.goTo(axis.timeAt(Math.max(0, Math.min(control.getWidth(), e.getX()))));
    }
  }

  private void onReleased(MouseEvent e) {
    panning = false;
  }

  private void onScroll(ScrollEvent e) {
    if (control.axis() != null && e.getDeltaY() != 0) {
      double notches = e.getDeltaY() / (e.getMultiplierY() > 0 ? e.getMultiplierY() : 40);
      control.zoomAxisAround(e.getX(), Math.pow(ZOOM_PER_NOTCH, notches));
      e.consume();
    }
  }
}
