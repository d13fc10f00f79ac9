package org.eventmap.ui.timeline;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.ObjectBinding;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.css.CssMetaData;
import javafx.css.SimpleStyleableObjectProperty;
import javafx.css.StyleConverter;
import javafx.css.Styleable;
import javafx.css.StyleableObjectProperty;
import javafx.css.StyleableProperty;
import javafx.scene.control.Control;
import javafx.scene.control.Skin;
import javafx.scene.paint.Color;
import javafx.scene.paint.Paint;
import javafx.scene.text.Font;
import javafx.scene.text.Text;
import org.eventmap.domain.Dataset;
import org.eventmap.domain.Era;
import org.eventmap.domain.Event;
import org.eventmap.domain.Precision;
import org.eventmap.state.AppState;
import org.eventmap.time.EventTimeIndex;
import org.eventmap.time.TimeAxis;
import org.eventmap.time.WallClock;

/**
 * The time axis under the map, as a control: how many events happened when (a histogram), each event as
 * a mark (a span for events known to the day or month, a tick for those known to the minute), the window
 * of time the map shows, and the handle of the current position. Drag or click to move through time,
 * wheel to zoom the axis, right-drag to pan it, double-click to see everything again.
 *
 * <p>This class is what the timeline bar and the tests address: the stretch of time the axis shows (its
 * window onto the dataset, zoomed and panned here), where things are on it, and its look as CSS
 * properties of the {@value #STYLE_CLASS} style class. {@link TimelineSkin} draws it and
 * {@link TimelineBehavior} turns mouse and keys into commands; both only go through this class and the
 * application state.
 */
final class TimelineCanvas extends Control {
  static final String ID = "timeline-axis";
  static final String STYLE_CLASS = "timeline-axis";
  static final double HEIGHT = 86;
  static final double HISTOGRAM_TOP = 6;
  static final double HISTOGRAM_BOTTOM = 36;
  static final double MARKS_TOP = 40;
  static final double MARKS_BOTTOM = 62;
  static final double TICKS_Y = 66;
  /** The height of a row of era bands, above the histogram; overlapping eras are stacked in rows. */
  static final double ERA_ROW = 15;
  /** Beyond this many rows, overlapping eras share the last row, translucent over one another. */
  static final int MAX_ERA_ROWS = 3;
  /** Beyond this many filtered events no marks are drawn: the histogram says it all at that density. */
  static final int MAX_MARKS = 20_000;
  private static final String STYLESHEET = TimelineCanvas.class.getResource("timeline.css").toExternalForm();

  private final AppState state;
  private final ReadOnlyObjectWrapper<TimeAxis> axis = new ReadOnlyObjectWrapper<>(this, "axis");
  /** The histogram of the filtered events along the axis, kept until either changes. */
  private Histogram histogram;
  private final Text measure = new Text();
  private List<TimeAxis.Tick> ticks = List.of();
  private TimeAxis ticksAxis;
  private Font ticksFont;

  TimelineCanvas(AppState state) {
    this.state = state;
    setId(ID);
    getStyleClass().add(STYLE_CLASS);
    setMinHeight(HEIGHT);
    setPrefHeight(HEIGHT);
    setMaxHeight(HEIGHT);
    setFocusTraversable(true);
    state.datasetProperty().addListener((obs, old, d) -> {
      axis.set(null);
      layOutEras(d);
    });
    layOutEras(state.dataset());
    // A position off the axis brings the axis to it, as a scrolled list brings its selected row.
    state.currentTimeProperty().addListener((obs, old, t) -> {
      if (axis.get() != null && t != null) {
        axis.set(axis.get().revealing(WallClock.seconds(t)));
      }
    });
    widthProperty().addListener((obs, old, width) -> {
      if (axis.get() != null && width.doubleValue() > 0) {
        axis.set(axis.get().withWidth(width.doubleValue()));
      }
    });
  }

  @Override
  protected Skin<?> createDefaultSkin() {
    return new TimelineSkin(this);
  }

  /** The look of the axis; the app's stylesheet and a theme's come after it and win. */
  @Override
  public String getUserAgentStylesheet() {
    return STYLESHEET;
  }

  AppState state() {
    return state;
  }

  // ---- the stretch of time shown -------------------------------------------------------------------

  /** The axis as it stands; null until there is a dataset and a width, and after a new dataset until then. */
  ReadOnlyObjectProperty<TimeAxis> axisProperty() {
    return axis.getReadOnlyProperty();
  }

  /** The axis as drawn; null before there is a dataset and a size. */
  TimeAxis axis() {
    if (axis.get() == null && getWidth() > 0 && state.firstTime() != null) {
      // In seconds: a second after the last one java.time holds is no LocalDateTime.
      axis.set(TimeAxis.showing(WallClock.seconds(state.firstTime()), WallClock.seconds(state.lastTime()) + 1,
          getWidth()));
    }
    return axis.get();
  }

  /** Shows the whole dataset on the axis. */
  void fitAxis() {
    axis.set(null);
    axis();
  }

  /** Zooms the axis around the current position. */
  void zoomAxis(double factor) {
    TimeAxis now = axis();
    if (now != null && state.currentTime() != null) {
      zoomAxisAround(Math.max(0, Math.min(getWidth(), now.x(state.currentTime()))), factor);
    }
  }

  /** Zooms the axis keeping the time at {@code x} where it is. */
  void zoomAxisAround(double x, double factor) {
    TimeAxis now = axis();
    if (now != null) {
      axis.set(now.zoomedAround(x, factor));
    }
  }

  /** Slides the axis by some pixels: to the right shows earlier times. */
  void panAxis(double dx) {
    TimeAxis now = axis();
    if (now != null) {
      axis.set(now.panned(dx));
    }
  }

  // ---- the eras, above and behind the events -------------------------------------------------------

  /** An era as drawn: its band from x0 to x1 (which may run past the edges) in its row, and its label as it fits. */
  record EraBand(Era era, int row, double x0, double x1, String label, double labelX) {}

  /** The dataset's eras in order of their start (a file may list them in any order), and the row of each. */
  private List<Era> eras = List.of();
  private int[] eraRows = new int[0];
  private int eraRowCount;

  /**
   * Sorts the eras and stacks those that overlap in rows (more than by the year one ends and the next begins), by their dates rather than their pixels, so that a
   * band keeps its row at every zoom; and makes room for the rows above the histogram.
   */
  private void layOutEras(Dataset dataset) {
    eras = dataset == null ? List.of() : dataset.eras().stream()
        .sorted(java.util.Comparator.comparingLong(TimelineCanvas::eraStart).thenComparingLong(TimelineCanvas::eraEnd))
        .toList();
    eraRows = new int[eras.size()];
    long[] rowEnds = new long[MAX_ERA_ROWS];
    java.util.Arrays.fill(rowEnds, Long.MIN_VALUE);
    eraRowCount = 0;
    for (int k = 0; k < eras.size(); k++) {
      int row = 0;
      while (row < MAX_ERA_ROWS && rowEnds[row] > eraStart(eras.get(k))) {
        row++;
      }
      if (row == MAX_ERA_ROWS) { // no free row: the one that frees soonest, drawn translucent over the other
        row = 0;
        for (int r = 1; r < MAX_ERA_ROWS; r++) {
          row = rowEnds[r] < rowEnds[row] ? r : row;
        }
      }
      eraRows[k] = row;
      rowEnds[row] = Math.max(rowEnds[row], eraLastBegins(eras.get(k)));
      eraRowCount = Math.max(eraRowCount, row + 1);
    }
    double height = HEIGHT + top();
    setMinHeight(height);
    setPrefHeight(height);
    setMaxHeight(height);
  }

  /** An era has no place: its dates are read in UTC, as the timeline's wall-clock seconds. */
  private static long eraStart(Era era) {
    return era.start().earliestEpochSecond(java.time.ZoneOffset.UTC);
  }

  /**
   * When the last part of an era begins: eras that only share the year one ends and the next begins
   * (TimelineJS's 600-650 and 650-700) follow one another in a row rather than overlap.
   */
  private static long eraLastBegins(Era era) {
    return era.end().earliestEpochSecond(java.time.ZoneOffset.UTC);
  }

  private static long eraEnd(Era era) {
    return era.end().latestExclusiveEpochSecond(java.time.ZoneOffset.UTC);
  }

  /** Where the histogram, the marks and the ticks begin: below the rows of eras, if there are any. */
  double top() {
    return eraRowCount == 0 ? 0 : eraRowCount * ERA_ROW + 2;
  }

  /** The bands of the eras on the axis as it stands, in order of their start; those off the axis are left out. */
  List<EraBand> eraBands() {
    TimeAxis now = axis();
    if (now == null || eras.isEmpty()) {
      return List.of();
    }
    List<EraBand> bands = new ArrayList<>();
    double width = getWidth();
    Font font = timelineStyle().eraFont();
    for (int k = 0; k < eras.size(); k++) {
      Era era = eras.get(k);
      double x0 = now.x(eraStart(era));
      double x1 = Math.max(x0 + 1, now.x(eraEnd(era)));
      // Where the next era of the row begins in the year this one ends, this one's band stops there.
      for (int next = k + 1; next < eras.size(); next++) {
        if (eraRows[next] == eraRows[k]) {
          x1 = Math.max(x0 + 1, Math.min(x1, now.x(eraStart(eras.get(next)))));
          break;
        }
      }
      if (x1 < 0 || x0 > width) {
        continue;
      }
      // The label starts where the band can be seen, so that an era begun off the left edge is still named.
      double labelX = Math.max(0, x0) + 4;
      String label = elided(era.title(), Math.min(width, x1) - labelX - 3, font);
      bands.add(new EraBand(era, eraRows[k], x0, x1, label, labelX));
    }
    return bands;
  }

  /** The text, or as much of it as fits with an ellipsis, or nothing when not even "a…" fits. */
  private String elided(String text, double room, Font font) {
    if (textWidth(text, font) <= room) {
      return text;
    }
    int low = 0;
    int high = text.length();
    while (low < high) { // the longest beginning that fits with "…"
      int mid = (low + high + 1) >>> 1;
      if (textWidth(text.substring(0, mid).stripTrailing() + "…", font) <= room) {
        low = mid;
      } else {
        high = mid - 1;
      }
    }
    return low == 0 ? "" : text.substring(0, low).stripTrailing() + "…";
  }

  private double textWidth(String text, Font font) {
    measure.setFont(font);
    measure.setText(text);
    return measure.getLayoutBounds().getWidth();
  }

  // ---- where things are on it -----------------------------------------------------------------------

  /** The histogram of the filtered events along the axis as it stands; null without an axis. */
  Histogram histogram() {
    TimeAxis now = axis();
    if (now == null) {
      return null;
    }
    EventTimeIndex index = state.timeIndex();
    int[] filtered = state.filteredPositions().get();
    if (histogram == null || !histogram.isOf(index, filtered, now)) {
      histogram = Histogram.of(index, filtered, now, HISTOGRAM_BOTTOM - HISTOGRAM_TOP);
    }
    return histogram;
  }

  /**
   * The mark under a point, if any (the nearest within 4 pixels): in the marks strip, or on the bar the
   * histogram draws above a mark, which reads as part of it.
   */
  Optional<Event> markAt(double x, double y) {
    TimeAxis now = axis();
    y -= top();
    if (now == null || y > MARKS_BOTTOM + 2 || y < MARKS_TOP - 2 && !onHistogramBar(x, y)) {
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
      if (!index.isDated(i)) {
        break; // the events without a date come last, and have no mark
      }
      Event e = events.get(k);
      double x0 = now.x(index.start(i));
      double x1 = Math.max(x0 + 2, now.x(index.endExclusive(i)));
      // A histogram bar counts the events that start under it; a mark covers its whole span.
      double distance = onBar ? Math.abs(x - x0)
          : x >= x0 && x <= x1 ? 0 : Math.min(Math.abs(x - x0), Math.abs(x - x1));
      // Moments and short spans win over long spans they sit on.
      Precision precision = e.start().get().precision();
      double penalty = precision == Precision.MONTH || precision == Precision.YEAR ? 2 : 0;
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
    Histogram bars = histogram();
    int bin = Histogram.binAt(x);
    for (int b = bin - 1; b <= bin + 1; b++) {
      boolean under = x >= b * Histogram.BIN - 1 && x <= b * Histogram.BIN + Histogram.BIN;
      if (under && y >= HISTOGRAM_BOTTOM - bars.barHeight(b) - 2 && y <= HISTOGRAM_BOTTOM + 4) {
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
    return top() + MARKS_TOP + 2;
  }

  /** The top of the histogram's bar above an event's mark (what a person sees as the top of the mark). */
  double barTopY(Event e) {
    return top() + HISTOGRAM_BOTTOM - histogram().barHeight(Histogram.binAt(axis().x(WallClock.start(e))));
  }

  /** A tick's label as drawn: its text, where it starts and how wide it is. */
  record TickLabel(String text, double x, double width) {}

  /**
   * The labels of the ticks that fit whole on the axis: one that would run past the edge ("Jan 202") is
   * left out, since its tick and its neighbours already say where it is.
   */
  List<TickLabel> tickLabels() {
    TimeAxis now = axis();
    if (now == null) {
      return List.of();
    }
    List<TickLabel> labels = new ArrayList<>();
    for (TimeAxis.Tick tick : ticks()) {
      double width = labelWidth(tick.label());
      double x = tick.x() + 3;
      if (x >= 0 && x + width <= getWidth() - 2) {
        labels.add(new TickLabel(tick.label(), x, width));
      }
    }
    return labels;
  }

  /** The axis's ticks, of the finest unit whose labels do not run into one another; worked out once per axis. */
  List<TimeAxis.Tick> ticks() {
    TimeAxis now = axis();
    if (now == null) {
      return List.of();
    }
    Font font = timelineStyle().labelFont();
    if (!now.equals(ticksAxis) || !font.equals(ticksFont)) {
      // a label is drawn 3 px after its tick
      ticks = now.ticks(label -> labelWidth(label) + 3);
      ticksAxis = now;
      ticksFont = font;
    }
    return ticks;
  }

  private double labelWidth(String label) {
    return textWidth(label, timelineStyle().labelFont());
  }

  // ---- the look, from CSS ----------------------------------------------------------------------------
  // The values below are only what a stylesheet that says nothing gets; timeline.css gives the real look.

  private final StyleableObjectProperty<Paint> background = paint(Css.BACKGROUND, "background");
  private final StyleableObjectProperty<Paint> histogramColor = paint(Css.HISTOGRAM, "histogramColor");
  private final StyleableObjectProperty<Paint> windowColor = paint(Css.WINDOW, "windowColor");
  private final StyleableObjectProperty<Paint> cursorColor = paint(Css.CURSOR, "cursorColor");
  private final StyleableObjectProperty<Number> cursorWidth = size(Css.CURSOR_WIDTH, "cursorWidth");
  private final StyleableObjectProperty<Paint> tickColor = paint(Css.TICK, "tickColor");
  private final StyleableObjectProperty<Number> tickWidth = size(Css.TICK_WIDTH, "tickWidth");
  private final StyleableObjectProperty<Paint> labelColor = paint(Css.LABEL, "labelColor");
  private final StyleableObjectProperty<Font> labelFont = new SimpleStyleableObjectProperty<>(Css.LABEL_FONT, this,
      "labelFont", Css.LABEL_FONT.getInitialValue(this));
  private final StyleableObjectProperty<Paint> focusColor = paint(Css.FOCUS, "focusColor");
  private final StyleableObjectProperty<Number> focusWidth = size(Css.FOCUS_WIDTH, "focusWidth");
  private final StyleableObjectProperty<Paint> selectedMarkColor = paint(Css.SELECTED_MARK, "selectedMarkColor");
  private final StyleableObjectProperty<Number> markOpacity = size(Css.MARK_OPACITY, "markOpacity");
  private final StyleableObjectProperty<Paint> eraColor = paint(Css.ERA, "eraColor");
  private final StyleableObjectProperty<Paint> eraAlternateColor = paint(Css.ERA_ALTERNATE, "eraAlternateColor");
  private final StyleableObjectProperty<Paint> eraShade = paint(Css.ERA_SHADE, "eraShade");
  private final StyleableObjectProperty<Paint> eraLabelColor = paint(Css.ERA_LABEL, "eraLabelColor");
  private final StyleableObjectProperty<Font> eraFont = new SimpleStyleableObjectProperty<>(Css.ERA_FONT, this,
      "eraFont", Css.ERA_FONT.getInitialValue(this));
  /** All of the above as one value, made again only when one of them has changed and it is next asked for. */
  private final ObjectBinding<TimelineStyle> style = Bindings.createObjectBinding(() -> new TimelineStyle(
      background.get(), histogramColor.get(), windowColor.get(), cursorColor.get(), cursorWidth.get().doubleValue(),
      tickColor.get(), tickWidth.get().doubleValue(), labelColor.get(), labelFont.get(), focusColor.get(),
      focusWidth.get().doubleValue(), selectedMarkColor.get(), markOpacity.get().doubleValue(), eraColor.get(),
      eraAlternateColor.get(), eraShade.get(), eraLabelColor.get(), eraFont.get()),
      background, histogramColor, windowColor, cursorColor, cursorWidth, tickColor, tickWidth, labelColor, labelFont,
      focusColor, focusWidth, selectedMarkColor, markOpacity, eraColor, eraAlternateColor, eraShade, eraLabelColor,
      eraFont);

  private StyleableObjectProperty<Paint> paint(Css<Paint> meta, String name) {
    return new SimpleStyleableObjectProperty<>(meta, this, name, meta.getInitialValue(this));
  }

  private StyleableObjectProperty<Number> size(Css<Number> meta, String name) {
    return new SimpleStyleableObjectProperty<>(meta, this, name, meta.getInitialValue(this));
  }

  /** The look as the stylesheets say now; it changes (and is invalidated) only when the style does. */
  ObjectBinding<TimelineStyle> timelineStyleProperty() {
    return style;
  }

  TimelineStyle timelineStyle() {
    return style.get();
  }

  /** The CSS properties of the axis, with what each is called in a stylesheet. */
  private static final class Css<V> extends CssMetaData<TimelineCanvas, V> {
    static final Css<Paint> BACKGROUND = new Css<>("-timeline-background", StyleConverter.getPaintConverter(),
        Color.WHITE, c -> c.background);
    static final Css<Paint> HISTOGRAM = new Css<>("-timeline-histogram-color", StyleConverter.getPaintConverter(),
        Color.GRAY, c -> c.histogramColor);
    static final Css<Paint> WINDOW = new Css<>("-timeline-window-color", StyleConverter.getPaintConverter(),
        Color.gray(0.5, 0.1), c -> c.windowColor);
    static final Css<Paint> CURSOR = new Css<>("-timeline-cursor-color", StyleConverter.getPaintConverter(),
        Color.BLACK, c -> c.cursorColor);
    static final Css<Number> CURSOR_WIDTH = new Css<>("-timeline-cursor-width", StyleConverter.getSizeConverter(),
        2, c -> c.cursorWidth);
    static final Css<Paint> TICK = new Css<>("-timeline-tick-color", StyleConverter.getPaintConverter(),
        Color.GRAY, c -> c.tickColor);
    static final Css<Number> TICK_WIDTH = new Css<>("-timeline-tick-width", StyleConverter.getSizeConverter(),
        1, c -> c.tickWidth);
    static final Css<Paint> LABEL = new Css<>("-timeline-label-color", StyleConverter.getPaintConverter(),
        Color.BLACK, c -> c.labelColor);
    static final Css<Font> LABEL_FONT = new Css<>("-timeline-label-font", StyleConverter.getFontConverter(),
        Font.getDefault(), c -> c.labelFont);
    static final Css<Paint> FOCUS = new Css<>("-timeline-focus-color", StyleConverter.getPaintConverter(),
        Color.BLACK, c -> c.focusColor);
    static final Css<Number> FOCUS_WIDTH = new Css<>("-timeline-focus-width", StyleConverter.getSizeConverter(),
        2, c -> c.focusWidth);
    static final Css<Paint> SELECTED_MARK = new Css<>("-timeline-selected-mark-color",
        StyleConverter.getPaintConverter(), Color.BLACK, c -> c.selectedMarkColor);
    static final Css<Number> MARK_OPACITY = new Css<>("-timeline-mark-opacity", StyleConverter.getSizeConverter(),
        1, c -> c.markOpacity);
    static final Css<Paint> ERA = new Css<>("-timeline-era-color", StyleConverter.getPaintConverter(),
        Color.gray(0.5, 0.3), c -> c.eraColor);
    static final Css<Paint> ERA_ALTERNATE = new Css<>("-timeline-era-alternate-color",
        StyleConverter.getPaintConverter(), Color.gray(0.3, 0.3), c -> c.eraAlternateColor);
    static final Css<Paint> ERA_SHADE = new Css<>("-timeline-era-shade", StyleConverter.getPaintConverter(),
        Color.gray(0.5, 0.05), c -> c.eraShade);
    static final Css<Paint> ERA_LABEL = new Css<>("-timeline-era-label-color", StyleConverter.getPaintConverter(),
        Color.BLACK, c -> c.eraLabelColor);
    static final Css<Font> ERA_FONT = new Css<>("-timeline-era-font", StyleConverter.getFontConverter(),
        Font.getDefault(), c -> c.eraFont);
    static final List<CssMetaData<? extends Styleable, ?>> ALL;

    static {
      List<CssMetaData<? extends Styleable, ?>> all = new ArrayList<>(Control.getClassCssMetaData());
      all.addAll(List.of(BACKGROUND, HISTOGRAM, WINDOW, CURSOR, CURSOR_WIDTH, TICK, TICK_WIDTH, LABEL, LABEL_FONT,
          FOCUS, FOCUS_WIDTH, SELECTED_MARK, MARK_OPACITY, ERA, ERA_ALTERNATE, ERA_SHADE, ERA_LABEL, ERA_FONT));
      ALL = List.copyOf(all);
    }

    private final Function<TimelineCanvas, StyleableObjectProperty<V>> property;

    private Css(String name, StyleConverter<?, V> converter, V initial,
        Function<TimelineCanvas, StyleableObjectProperty<V>> property) {
      super(name, converter, initial);
      this.property = property;
    }

    @Override
    public boolean isSettable(TimelineCanvas control) {
      return !property.apply(control).isBound();
    }

    @Override
    public StyleableProperty<V> getStyleableProperty(TimelineCanvas control) {
      return property.apply(control);
    }
  }

  public static List<CssMetaData<? extends Styleable, ?>> getClassCssMetaData() {
    return Css.ALL;
  }

  @Override
  public List<CssMetaData<? extends Styleable, ?>> getControlCssMetaData() {
    return getClassCssMetaData();
  }
}
