package org.eventmap.ui.timeline;

import java.text.NumberFormat;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import javafx.geometry.VPos;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.control.SkinBase;
import javafx.scene.paint.Color;
import javafx.scene.text.TextAlignment;
import org.eventmap.domain.Event;
import org.eventmap.domain.TimeText;
import org.eventmap.state.AppState;
import org.eventmap.time.EventTimeIndex;
import org.eventmap.time.TimeAxis;
import org.eventmap.time.TimeWindow;
import org.eventmap.time.WallClock;
import org.eventmap.ui.CategoryPalette;

/**
 * Draws the time axis: the histogram, the marks and the ticks on one canvas, which stays put while only
 * the position moves, and the window's shade and the cursor on another above it; and says what a screen
 * reader should. At most one drawing of each a pulse, in layout, in the look the control's CSS gives.
 */
final class TimelineSkin extends SkinBase<TimelineCanvas> {
  private static final double MARK_ROW_HEIGHT = 5;

  private final AppState state;
  private final TimelineBehavior behavior;
  /** The histogram, the marks and the ticks: what stays put while the cursor moves. */
  private final Canvas canvas = new Canvas();
  /** The cursor and the window's shade, drawn alone when only the position changes. */
  private final Canvas cursorCanvas = new Canvas();
  private TimeAxis drawnAxis;
  private boolean dirty = true;
  private boolean cursorDirty = true;

  TimelineSkin(TimelineCanvas control) {
    super(control);
    this.state = control.state();
    this.behavior = new TimelineBehavior(control);
    cursorCanvas.setMouseTransparent(true);
    getChildren().addAll(canvas, cursorCanvas);
    registerChangeListener(state.datasetProperty(), obs -> markDirty());
    registerChangeListener(state.currentTimeProperty(), obs -> markCursorMoved());
    registerChangeListener(state.windowProperty(), obs -> markCursorMoved());
    registerChangeListener(state.filteredEvents(), obs -> markDirty());
    registerChangeListener(state.selectedEventProperty(), obs -> markDirty());
    registerChangeListener(state.themeProperty(), obs -> markDirty());
    registerChangeListener(control.focusedProperty(), obs -> markDirty());
    registerChangeListener(control.axisProperty(), obs -> markDirty());
    registerInvalidationListener(control.timelineStyleProperty(), obs -> markDirty());
    updateAccessibleText();
  }

  @Override
  public void dispose() {
    if (getSkinnable() == null) {
      return;
    }
    behavior.dispose();
    getChildren().clear();
    super.dispose();
  }

  private void markDirty() {
    dirty = true;
    markCursorMoved();
  }

  private void markCursorMoved() {
    cursorDirty = true;
    getSkinnable().requestLayout();
    updateAccessibleText();
  }

  /** As a Region: the axis shrinks with the window, however wide it was drawn last. */
  @Override
  protected double computeMinWidth(double height, double top, double right, double bottom, double left) {
    return left + right;
  }

  @Override
  protected void layoutChildren(double x, double y, double width, double height) {
    TimelineCanvas control = getSkinnable();
    double w = control.getWidth();
    double h = control.getHeight();
    if (canvas.getWidth() != w || canvas.getHeight() != h) {
      canvas.setWidth(w);
      canvas.setHeight(h);
      cursorCanvas.setWidth(w);
      cursorCanvas.setHeight(h);
      dirty = true;
    }
    if (w <= 0) {
      return;
    }
    TimeAxis axis = control.axis();
    TimelineStyle style = control.timelineStyle();
    if (dirty || !Objects.equals(axis, drawnAxis)) {
      dirty = false;
      draw(axis, style);
      drawnAxis = axis;
      cursorDirty = true;
    }
    if (cursorDirty) {
      cursorDirty = false;
      drawCursor(axis, style);
    }
  }

  // ---- what stays put -------------------------------------------------------------------------------

  private void draw(TimeAxis axis, TimelineStyle style) {
    GraphicsContext g = canvas.getGraphicsContext2D();
    double w = getSkinnable().getWidth();
    double h = getSkinnable().getHeight();
    g.setFill(style.background());
    g.fillRect(0, 0, w, h);
    if (axis == null) {
      return;
    }
    drawEras(g, style);
    g.save();
    g.translate(0, getSkinnable().top());
    drawHistogram(g, style);
    drawMarks(g, axis, style);
    drawTicks(g, axis, style);
    g.restore();
    if (getSkinnable().isFocused()) {
      g.setStroke(style.focus());
      g.setLineWidth(style.focusWidth());
      g.strokeRect(1, 1, w - 2, h - 2);
    }
  }

  /**
   * Each era as a band in its row above the histogram, with its title clipped to it, and a faint shade of it
   * behind the histogram and the marks. Bands side by side in a row alternate between two colours; bands
   * that overlap in the last row are translucent over one another.
   */
  private void drawEras(GraphicsContext g, TimelineStyle style) {
    List<TimelineCanvas.EraBand> bands = getSkinnable().eraBands();
    if (bands.isEmpty()) {
      return;
    }
    double width = getSkinnable().getWidth();
    double top = getSkinnable().top();
    int[] inRow = new int[TimelineCanvas.MAX_ERA_ROWS];
    g.setFont(style.eraFont());
    g.setTextAlign(TextAlignment.LEFT);
    g.setTextBaseline(VPos.CENTER);
    for (TimelineCanvas.EraBand band : bands) {
      double x0 = Math.max(-1, band.x0());
      double x1 = Math.min(width + 1, band.x1());
      double y = band.row() * TimelineCanvas.ERA_ROW;
      g.setFill(style.eraShade());
      g.fillRect(x0, top, x1 - x0, TimelineCanvas.MARKS_BOTTOM + 2);
      g.setFill(inRow[band.row()]++ % 2 == 0 ? style.era() : style.eraAlternate());
      g.fillRect(x0, y + 1, x1 - x0, TimelineCanvas.ERA_ROW - 2);
      if (!band.label().isEmpty()) {
        g.save();
        g.beginPath();
        g.rect(x0, y, x1 - x0, TimelineCanvas.ERA_ROW);
        g.clip();
        g.setFill(style.eraLabel());
        g.fillText(band.label(), band.labelX(), y + TimelineCanvas.ERA_ROW / 2);
        g.restore();
      }
    }
  }

  /** Events per bin of a few pixels: the density of what happened, for the filtered events. */
  private void drawHistogram(GraphicsContext g, TimelineStyle style) {
    Histogram bars = getSkinnable().histogram();
    if (bars.isEmpty()) {
      return;
    }
    g.setFill(style.histogram());
    for (int b = 0; b < bars.bins(); b++) {
      double height = bars.barHeight(b);
      if (height > 0) {
        g.fillRect(b * Histogram.BIN, TimelineCanvas.HISTOGRAM_BOTTOM - height, Histogram.BIN - 1, height);
      }
    }
  }

  /** Each event: a span from its start to its end, or a tick for a moment; the selected one stands out. */
  private void drawMarks(GraphicsContext g, TimeAxis axis, TimelineStyle style) {
    List<Event> events = state.filteredEvents().get();
    if (events.size() > TimelineCanvas.MAX_MARKS) {
      return; // the histogram says it all at that density
    }
    Event selected = state.selectedEvent().orElse(null);
    double width = getSkinnable().getWidth();
    int rows = (int) ((TimelineCanvas.MARKS_BOTTOM - TimelineCanvas.MARKS_TOP) / MARK_ROW_HEIGHT);
    double[] rowEnds = new double[rows];
    Arrays.fill(rowEnds, -1e9);
    EventTimeIndex index = state.timeIndex();
    int[] filtered = state.filteredPositions().get();
    for (int k = 0; k < events.size(); k++) {
      int i = filtered == null ? k : filtered[k];
      if (!index.isDated(i)) {
        break; // the events without a date come last, and have no mark
      }
      double x0 = axis.x(index.start(i));
      double x1 = Math.max(x0 + 2, axis.x(index.endExclusive(i)));
      if (x1 < 0 || x0 > width) {
        continue;
      }
      Event e = events.get(k);
      int row = 0;
      while (row < rows - 1 && rowEnds[row] > x0 - 1) {
        row++;
      }
      rowEnds[row] = Math.max(rowEnds[row], x1);
      double y = TimelineCanvas.MARKS_TOP + row * MARK_ROW_HEIGHT;
      Color color = CategoryPalette.colorOf(state.dataset(), e.category(), state.themeProperty().get());
      g.setFill(e.equals(selected) ? style.selectedMark() : color.deriveColor(0, 1, 1, style.markOpacity()));
      if (e.start().get().precision().hasTime() && e.end().isEmpty()) {
        g.fillRect(x0 - 1, y - 1, 3, MARK_ROW_HEIGHT + 1);
      } else {
        g.fillRect(x0, y, x1 - x0, MARK_ROW_HEIGHT - 1);
      }
    }
  }

  private void drawTicks(GraphicsContext g, TimeAxis axis, TimelineStyle style) {
    double bottom = TimelineCanvas.MARKS_BOTTOM;
    g.setStroke(style.tick());
    g.setLineWidth(style.tickWidth());
    g.strokeLine(0, bottom + 2.5, getSkinnable().getWidth(), bottom + 2.5);
    for (TimeAxis.Tick tick : getSkinnable().ticks()) {
      g.strokeLine(tick.x() + 0.5, bottom + 2, tick.x() + 0.5, TimelineCanvas.TICKS_Y + 2);
    }
    g.setFill(style.label());
    g.setFont(style.labelFont());
    g.setTextAlign(TextAlignment.LEFT);
    g.setTextBaseline(VPos.TOP);
    for (TimelineCanvas.TickLabel label : getSkinnable().tickLabels()) {
      g.fillText(label.text(), label.x(), TimelineCanvas.TICKS_Y);
    }
  }

  // ---- what moves with the position -----------------------------------------------------------------

  private void drawCursor(TimeAxis axis, TimelineStyle style) {
    GraphicsContext g = cursorCanvas.getGraphicsContext2D();
    g.clearRect(0, 0, cursorCanvas.getWidth(), cursorCanvas.getHeight());
    LocalDateTime now = state.currentTime();
    if (axis == null || now == null) {
      return;
    }
    g.save();
    g.translate(0, getSkinnable().top());
    drawWindow(g, axis, now, style);
    g.restore();
    drawHandle(g, axis, now, style);
  }

  private void drawWindow(GraphicsContext g, TimeAxis axis, LocalDateTime now, TimelineStyle style) {
    TimeWindow window = state.window();
    long from = window.fromSeconds(now);
    double x0 = from == Long.MIN_VALUE ? 0 : Math.max(0, axis.x(from));
    double x1 = Math.min(getSkinnable().getWidth(), axis.x(window.toSeconds(now)));
    if (x1 > x0) {
      g.setFill(style.window());
      g.fillRect(x0, 0, x1 - x0, TimelineCanvas.MARKS_BOTTOM + 2);
    }
  }

  private void drawHandle(GraphicsContext g, TimeAxis axis, LocalDateTime now, TimelineStyle style) {
    double x = Math.round(axis.x(now)) + 0.5;
    g.setStroke(style.cursor());
    g.setLineWidth(style.cursorWidth());
    g.strokeLine(x, 0, x, getSkinnable().top() + TimelineCanvas.MARKS_BOTTOM + 4);
    g.setFill(style.cursor());
    g.fillPolygon(new double[] {x - 6, x + 6, x}, new double[] {0, 0, 8}, 3);
  }

  // ---- what a screen reader says --------------------------------------------------------------------

  /** Where the timeline is and what happens there. */
  private void updateAccessibleText() {
    LocalDateTime now = state.currentTime();
    if (now == null) {
      getSkinnable().setAccessibleText("Timeline, no events");
      return;
    }
    EventTimeIndex index = state.timeIndex();
    long second = WallClock.seconds(now);
    String next = index.nextAfter(second) >= 0 ? "; next: " + index.events().get(index.nextAfter(second)).title()
        : "";
    getSkinnable().setAccessibleText("Timeline at " + TimeText.longDay(now.toLocalDate()) + ", showing "
        + state.window().describe() + "; " + NumberFormat.getIntegerInstance(Locale.UK)
        .format(state.visibleEvents().get().size()) + " events" + next
        + ". Left and right arrows step a day, Page Up and Page Down step between events.");
  }
}
