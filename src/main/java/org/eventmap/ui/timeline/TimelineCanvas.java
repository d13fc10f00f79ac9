package org.eventmap.ui.timeline;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import javafx.geometry.VPos;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.TextAlignment;
import org.eventmap.domain.Event;
import org.eventmap.domain.Precision;
import org.eventmap.domain.TimeText;
import org.eventmap.state.AppState;
import org.eventmap.time.EventTimeIndex;
import org.eventmap.time.TimeAxis;
import org.eventmap.time.TimeWindow;
import org.eventmap.time.WallClock;
import org.eventmap.ui.CategoryPalette;

/**
 * The time axis under the map: how many events happened when (a histogram), each event as a mark
 * (a span for events known to the day or month, a tick for those known to the minute), the window of
 * time the map shows, and the handle of the current position. Drag or click to move through time,
 * wheel to zoom the axis, right-drag to pan it, double-click to see everything again.
 */
final class TimelineCanvas extends Region {
  static final String ID = "timeline-axis";
  private static final double HEIGHT = 86;
  private static final double HISTOGRAM_TOP = 6;
  private static final double HISTOGRAM_BOTTOM = 36;
  private static final double MARKS_TOP = 40;
  private static final double MARKS_BOTTOM = 62;
  private static final double TICKS_Y = 66;
  private static final int MAX_MARKS = 20_000;
  private static final Color BACKGROUND = Color.web("#fbfaf7");
  private static final Color HISTOGRAM = Color.web("#9aa8b3");
  private static final Color WINDOW = Color.web("#1f5fbf", 0.10);
  private static final Color HANDLE = Color.web("#c62828");
  private static final Color TICK = Color.web("#8a8174");
  private static final Color TEXT = Color.web("#4a4a4a");
  private static final Font TICK_FONT = Font.font("System", 11);

  private final AppState state;
  /** The histogram, the marks and the ticks: what stays put while the cursor moves. */
  private final Canvas canvas = new Canvas();
  /** The cursor and the window's shade, drawn alone when only the position changes. */
  private final Canvas cursorCanvas = new Canvas();
  private TimeAxis drawnAxis;
  /** The histogram as last drawn: events per bin of four pixels, and the largest count. */
  private int[] drawnCounts = new int[0];
  private int drawnMax;
  private boolean cursorDirty = true;
  private TimeAxis axis;
  private boolean dirty = true;
  private boolean panning;
  private double panX;

  TimelineCanvas(AppState state) {
    this.state = state;
    setId(ID);
    getStyleClass().add("timeline-axis");
    cursorCanvas.setMouseTransparent(true);
    getChildren().addAll(canvas, cursorCanvas);
    setMinHeight(HEIGHT);
    setPrefHeight(HEIGHT);
    setMaxHeight(HEIGHT);
    setFocusTraversable(true);
    state.datasetProperty().addListener((obs, old, d) -> {
      axis = null;
      markDirty();
    });
    state.currentTimeProperty().addListener((obs, old, t) -> {
      revealCursor(); // a changed axis is drawn again in full
      markCursorMoved();
    });
    state.windowProperty().addListener((obs, old, w) -> markCursorMoved());
    state.filteredEvents().addListener((obs, old, e) -> markDirty());
    state.selectedEventProperty().addListener((obs, old, e) -> markDirty());
    setOnMousePressed(this::onPressed);
    setOnMouseDragged(this::onDragged);
    setOnMouseReleased(e -> panning = false);
    setOnScroll(this::onScroll);
    addEventHandler(KeyEvent.KEY_PRESSED, this::onKey);
    focusedProperty().addListener((obs, old, now) -> markDirty());
  }

  private void markDirty() {
    dirty = true;
    markCursorMoved();
  }

  private void markCursorMoved() {
    cursorDirty = true;
    requestLayout();
    updateAccessibleText();
  }

  @Override
  protected void layoutChildren() {
    double w = getWidth();
    double h = getHeight();
    if (canvas.getWidth() != w || canvas.getHeight() != h) {
      canvas.setWidth(w);
      canvas.setHeight(h);
      cursorCanvas.setWidth(w);
      cursorCanvas.setHeight(h);
      if (axis != null && w > 0) {
        axis = axis.withWidth(w);
      }
      dirty = true;
    }
    if (w <= 0) {
      return;
    }
    ensureAxis();
    if (dirty || !java.util.Objects.equals(axis, drawnAxis)) {
      dirty = false;
      draw();
      drawnAxis = axis;
      cursorDirty = true;
    }
    if (cursorDirty) {
      cursorDirty = false;
      drawCursor();
    }
  }

  /** The axis as drawn; null before there is a dataset and a size. */
  TimeAxis axis() {
    ensureAxis();
    return axis;
  }

  private void ensureAxis() {
    if (axis == null && getWidth() > 0 && state.firstTime() != null) {
      axis = TimeAxis.showing(state.firstTime(), state.lastTime().plusSeconds(1), getWidth());
    }
  }

  /** Shows the whole dataset on the axis. */
  void fitAxis() {
    axis = null;
    markDirty();
  }

  /** Zooms the axis around the current position. */
  void zoomAxis(double factor) {
    ensureAxis();
    if (axis != null && state.currentTime() != null) {
      axis = axis.zoomedAround(Math.max(0, Math.min(getWidth(), axis.x(state.currentTime()))), factor);
      markDirty();
    }
  }

  private void revealCursor() {
    if (axis != null && state.currentTime() != null) {
      axis = axis.revealing(WallClock.seconds(state.currentTime()));
    }
  }

  // ---- drawing ---------------------------------------------------------------------------------

  private void draw() {
    GraphicsContext g = canvas.getGraphicsContext2D();
    double w = getWidth();
    g.setFill(BACKGROUND);
    g.fillRect(0, 0, w, getHeight());
    ensureAxis();
    if (axis == null) {
      return;
    }
    drawHistogram(g);
    drawMarks(g);
    drawTicks(g);
    if (isFocused()) {
      g.setStroke(Color.web("#1f5fbf", 0.6));
      g.setLineWidth(2);
      g.strokeRect(1, 1, w - 2, getHeight() - 2);
    }
  }

  private void drawCursor() {
    GraphicsContext g = cursorCanvas.getGraphicsContext2D();
    g.clearRect(0, 0, cursorCanvas.getWidth(), cursorCanvas.getHeight());
    if (axis == null) {
      return;
    }
    drawWindow(g);
    drawHandle(g);
  }

  private void drawWindow(GraphicsContext g) {
    LocalDateTime now = state.currentTime();
    if (now == null) {
      return;
    }
    TimeWindow window = state.window();
    long from = window.fromSeconds(now);
    double x0 = from == Long.MIN_VALUE ? 0 : Math.max(0, axis.x(from));
    double x1 = Math.min(getWidth(), axis.x(window.toSeconds(now)));
    if (x1 > x0) {
      g.setFill(WINDOW);
      g.fillRect(x0, 0, x1 - x0, MARKS_BOTTOM + 2);
    }
  }

  /** Events per bin of about four pixels: the density of what happened, for the filtered events. */
  private void drawHistogram(GraphicsContext g) {
    EventTimeIndex index = state.timeIndex();
    int[] filtered = state.filteredPositions().get();
    int n = filtered == null ? index.size() : filtered.length;
    int bins = Math.max(1, (int) (getWidth() / 4));
    int[] counts = new int[bins];
    int max = 0;
    // Events are in order of their start, so each bin's count is the difference of two binary
    // searches: the histogram costs the same for forty events and for a million.
    int before = index.countStartedBefore(filtered, n, axis.secondAt(0));
    for (int b = 0; b < bins; b++) {
      int upTo = index.countStartedBefore(filtered, n, axis.secondAt(4.0 * (b + 1)));
      counts[b] = upTo - before;
      max = Math.max(max, counts[b]);
      before = upTo;
    }
    drawnCounts = counts;
    drawnMax = max;
    if (max == 0) {
      return;
    }
    g.setFill(HISTOGRAM);
    for (int b = 0; b < bins; b++) {
      if (counts[b] > 0) {
        g.fillRect(b * 4, HISTOGRAM_BOTTOM - barHeight(b), 3, barHeight(b));
      }
    }
  }

  /** The height of a bin's bar as drawn; 0 for an empty bin. */
  private double barHeight(int bin) {
    if (bin < 0 || bin >= drawnCounts.length || drawnCounts[bin] == 0) {
      return 0;
    }
    // Square root, so that one event among hundreds still shows.
    return Math.max(2, (HISTOGRAM_BOTTOM - HISTOGRAM_TOP) * Math.sqrt(drawnCounts[bin] / (double) drawnMax));
  }

  /** Each event: a span from its start to its end, or a tick for a moment; the selected one stands out. */
  private void drawMarks(GraphicsContext g) {
    List<Event> events = state.filteredEvents().get();
    if (events.size() > MAX_MARKS) {
      return; // the histogram says it all at that density
    }
    Event selected = state.selectedEvent().orElse(null);
    double rowHeight = 5;
    int rows = (int) ((MARKS_BOTTOM - MARKS_TOP) / rowHeight);
    double[] rowEnds = new double[rows];
    java.util.Arrays.fill(rowEnds, -1e9);
    EventTimeIndex index = state.timeIndex();
    int[] filtered = state.filteredPositions().get();
    for (int k = 0; k < events.size(); k++) {
      int i = filtered == null ? k : filtered[k];
      double x0 = axis.x(index.start(i));
      double x1 = Math.max(x0 + 2, axis.x(index.endExclusive(i)));
      if (x1 < 0 || x0 > getWidth()) {
        continue;
      }
      Event e = events.get(k);
      int row = 0;
      while (row < rows - 1 && rowEnds[row] > x0 - 1) {
        row++;
      }
      rowEnds[row] = Math.max(rowEnds[row], x1);
      double y = MARKS_TOP + row * rowHeight;
      Color color = CategoryPalette.colorOf(state.dataset(), e.category());
      g.setFill(e.equals(selected) ? Color.BLACK : color.deriveColor(0, 1, 1, 0.85));
      if (e.start().precision().hasTime() && e.end().isEmpty()) {
        g.fillRect(x0 - 1, y - 1, 3, rowHeight + 1);
      } else {
        g.fillRect(x0, y, x1 - x0, rowHeight - 1);
      }
    }
  }

  private void drawTicks(GraphicsContext g) {
    g.setStroke(TICK);
    g.setLineWidth(1);
    g.strokeLine(0, MARKS_BOTTOM + 2.5, getWidth(), MARKS_BOTTOM + 2.5);
    for (TimeAxis.Tick tick : axis.ticks()) {
      g.strokeLine(tick.x() + 0.5, MARKS_BOTTOM + 2, tick.x() + 0.5, TICKS_Y + 2);
    }
    g.setFill(TEXT);
    g.setFont(TICK_FONT);
    g.setTextAlign(TextAlignment.LEFT);
    g.setTextBaseline(VPos.TOP);
    for (TickLabel label : tickLabels()) {
      g.fillText(label.text(), label.x(), TICKS_Y);
    }
  }

  /** A tick's label as drawn: its text, where it starts and how wide it is. */
  record TickLabel(String text, double x, double width) {}

  /**
   * The labels of the ticks that fit whole on the axis: one that would run past the edge ("Jan 202") is
   * left out, since its tick and its neighbours already say where it is.
   */
  List<TickLabel> tickLabels() {
    if (axis == null) {
      return List.of();
    }
    java.util.ArrayList<TickLabel> labels = new java.util.ArrayList<>();
    javafx.scene.text.Text measure = new javafx.scene.text.Text();
    measure.setFont(TICK_FONT);
    for (TimeAxis.Tick tick : axis.ticks()) {
      measure.setText(tick.label());
      double width = measure.getLayoutBounds().getWidth();
      double x = tick.x() + 3;
      if (x >= 0 && x + width <= getWidth() - 2) {
        labels.add(new TickLabel(tick.label(), x, width));
      }
    }
    return labels;
  }

  private void drawHandle(GraphicsContext g) {
    LocalDateTime now = state.currentTime();
    if (now == null) {
      return;
    }
    double x = Math.round(axis.x(now)) + 0.5;
    g.setStroke(HANDLE);
    g.setLineWidth(2);
    g.strokeLine(x, 0, x, MARKS_BOTTOM + 4);
    g.setFill(HANDLE);
    g.fillPolygon(new double[] {x - 6, x + 6, x}, new double[] {0, 0, 8}, 3);
  }

  // ---- interaction -----------------------------------------------------------------------------

  private void onPressed(MouseEvent e) {
    requestFocus();
    if (e.getButton() == MouseButton.SECONDARY || e.isShiftDown()) {
      panning = true;
      panX = e.getX();
      return;
    }
    if (e.getButton() != MouseButton.PRIMARY || axis == null) {
      return;
    }
    if (e.getClickCount() == 2) {
      fitAxis();
      return;
    }
    Optional<Event> mark = markAt(e.getX(), e.getY());
    if (mark.isPresent() && e.getY() >= MARKS_TOP - 2) {
      state.selectAndReveal(mark.get());
      return;
    }
    // Above the marks a click moves the date, as it always has; on the bar over a mark it also selects it.
    state.goTo(axis.timeAt(e.getX()));
    mark.ifPresent(state::select);
  }

  private void onDragged(MouseEvent e) {
    if (axis == null) {
      return;
    }
    if (panning) {
      axis = axis.panned(e.getX() - panX);
      panX = e.getX();
      markDirty();
      return;
    }
    if (e.getButton() == MouseButton.PRIMARY) {
      state.goTo(axis.timeAt(Math.max(0, Math.min(getWidth(), e.getX()))));
    }
  }

  private void onScroll(ScrollEvent e) {
    if (axis != null && e.getDeltaY() != 0) {
      double notches = e.getDeltaY() / (e.getMultiplierY() > 0 ? e.getMultiplierY() : 40);
      axis = axis.zoomedAround(e.getX(), Math.pow(1.4, notches));
      markDirty();
      e.consume();
    }
  }

  /**
   * The mark under a point, if any (the nearest within 4 pixels): in the marks strip, or on the bar the
   * histogram draws above a mark, which reads as part of it.
   */
  Optional<Event> markAt(double x, double y) {
    if (axis == null || y > MARKS_BOTTOM + 2 || y < MARKS_TOP - 2 && !onHistogramBar(x, y)) {
      return Optional.empty();
    }
    Event best = null;
    // A bin's bar is four pixels wide: its events start anywhere under it.
    boolean onBar = y < MARKS_TOP - 2;
    double bestDistance = onBar ? 5 : 4;
    EventTimeIndex index = state.timeIndex();
    int[] filtered = state.filteredPositions().get();
    List<Event> events = state.filteredEvents().get();
    for (int k = 0; k < events.size(); k++) {
      int i = filtered == null ? k : filtered[k];
      Event e = events.get(k);
      double x0 = axis.x(index.start(i));
      double x1 = Math.max(x0 + 2, axis.x(index.endExclusive(i)));
      // A histogram bar counts the events that start under it; a mark covers its whole span.
      double distance = onBar ? Math.abs(x - x0)
          : x >= x0 && x <= x1 ? 0 : Math.min(Math.abs(x - x0), Math.abs(x - x1));
      // Moments and short spans win over long spans they sit on.
      double penalty = e.start().precision() == Precision.MONTH || e.start().precision() == Precision.YEAR ? 2 : 0;
      if (distance + penalty < bestDistance) {
        bestDistance = distance + penalty;
        best = e;
      }
    }
    return Optional.ofNullable(best);
  }

  private boolean onHistogramBar(double x, double y) {
    if (state.filteredEvents().get().size() > MAX_MARKS) {
      return false; // no marks are drawn, so the bars stand for no event in particular
    }
    int bin = (int) Math.floor(x / 4);
    for (int b = bin - 1; b <= bin + 1; b++) {
      boolean under = x >= b * 4 - 1 && x <= b * 4 + 4;
      if (under && y >= HISTOGRAM_BOTTOM - barHeight(b) - 2 && y <= HISTOGRAM_BOTTOM + 4) {
        return true;
      }
    }
    return false;
  }

  /** Where an event's mark is drawn, for tests and for keyboard focus. */
  double markX(Event e) {
    return axis().x(WallClock.start(e)) + 1;
  }

  double markY() {
    return MARKS_TOP + 2;
  }

  /** The top of the histogram's bar above an event's mark (what a person sees as the top of the mark). */
  double barTopY(Event e) {
    int bin = (int) Math.floor(axis().x(WallClock.start(e)) / 4);
    return HISTOGRAM_BOTTOM - barHeight(bin);
  }

  private void onKey(KeyEvent e) {
    if (e.isShortcutDown() || e.isAltDown()) {
      return;
    }
    switch (e.getCode()) {
      case LEFT -> state.stepDays(-1);
      case RIGHT -> state.stepDays(1);
      case HOME -> state.goTo(state.firstTime());
      case END -> state.goTo(state.lastTime());
      case PAGE_UP -> state.previousEvent();
      case PAGE_DOWN -> state.nextEvent();
      case PLUS, EQUALS, ADD -> zoomAxis(2);
      case MINUS, SUBTRACT -> zoomAxis(0.5);
      case DIGIT0, NUMPAD0 -> fitAxis();
      case SPACE -> state.togglePlaying();
      default -> {
        return;
      }
    }
    e.consume();
  }

  /** What a screen reader says about the timeline: where it is and what happens there. */
  private void updateAccessibleText() {
    LocalDateTime now = state.currentTime();
    if (now == null) {
      setAccessibleText("Timeline, no events");
      return;
    }
    EventTimeIndex index = state.timeIndex();
    long second = WallClock.seconds(now);
    String next = index.nextAfter(second) >= 0 ? "; next: " + index.events().get(index.nextAfter(second)).title()
        : "";
    setAccessibleText("Timeline at " + TimeText.longDay(now.toLocalDate()) + ", showing "
        + state.window().describe() + "; " + java.text.NumberFormat.getIntegerInstance(java.util.Locale.UK)
        .format(state.visibleEvents().get().size()) + " events" + next
        + ". Left and right arrows step a day, Page Up and Page Down step between events.");
  }
}
