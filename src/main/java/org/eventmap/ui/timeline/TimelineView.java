package org.eventmap.ui.timeline;

import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;
import java.util.Locale;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.Separator;
import javafx.scene.control.Spinner;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.text.Font;
import javafx.scene.text.Text;
import javafx.util.StringConverter;
import org.eventmap.domain.Event;
import org.eventmap.domain.TimeText;
import org.eventmap.state.AppState;
import org.eventmap.state.PlaySpeed;
import org.eventmap.time.TimeWindow;

/**
 * The timeline under the map: the current date in words, buttons to step by day or by event and to
 * play, the window of time the map shows, a box to jump to a typed date, and the time axis itself.
 * Everything here reads and changes only the application state.
 */
public final class TimelineView extends VBox {
  public static final String ID = "timeline-pane";
  public static final String AXIS_ID = TimelineCanvas.ID;
  public static final String DATE_LABEL_ID = "timeline-date";
  public static final String COUNT_LABEL_ID = "timeline-count";
  public static final String TIME_LABEL_ID = "timeline-time";
  public static final String GO_TO_PROBLEM_ID = "timeline-go-to-problem";
  /** The widest day the header may have to show: the longest weekday and month names. */
  private static final String WIDEST_DAY = "Wednesday 30 September 2000";
  private static final String GO_TO_HELP = "Type a date and press Enter (Ctrl+G): 2024-03-22, 22/03/2024, 22.3.24,"
      + " 22 March 2024, March 22, 2024, Mar 22 or 22 Mar. Numbers are read day first; 03/22/2024, where there"
      + " is no month 22, is read month first. Without a year, the year of the timeline's date. Early and deep time:"
      + " 31 BC, 15 March 44 BC, AD 79, 66 million BC, or ISO's -0030 and -66000000 (ISO counts a year 0: -0030"
      + " is 31 BC).";

  private final AppState state;
  private final TimelineCanvas axis;
  private final Label dateLabel = new Label();
  private final Label timeLabel = new Label();
  private final VBox header = new VBox(dateLabel, timeLabel);
  private final Label countLabel = new Label();
  private final Label problemLabel = new Label();
  /** The box whose text the problem label is about, so that a good date there clears it. */
  private DatePicker problemBox;
  private final Button previousEvent = button("previous-event", "timeline-previous-event");
  private final Button previousDay = button("previous-day", "timeline-previous-day");
  private final Button play = button("play", "timeline-play");
  private final Button nextDay = button("next-day", "timeline-next-day");
  private final Button nextEvent = button("next-event", "timeline-next-event");
  private final ChoiceBox<PlaySpeed> speed = new ChoiceBox<>();
  private final ChoiceBox<TimeWindow.Mode> windowMode = new ChoiceBox<>();
  private final Spinner<Integer> windowDays = new Spinner<>(1, 3650, 7);
  private final DatePicker rangeStart = new DatePicker();
  private final DatePicker rangeEnd = new DatePicker();
  private final DatePicker goTo = new DatePicker();
  /** The day the "go to" box holds only while its calendar is open, so that it opens on the timeline's day. */
  private LocalDate calendarDay;
  /** What the header and the count last showed: the time, the window, the visible and the filtered events. */
  private LocalDateTime shownTime;
  private TimeWindow shownWindow;
  private int[] shownVisible;
  private List<Event> shownFiltered;

  public TimelineView(AppState state) {
    this.state = state;
    this.axis = new TimelineCanvas(state);
    createView();
    initListeners();
    refresh();
  }

  /** What the button does, and its tooltip, come from the application's table of actions (MainView). */
  private static Button button(String actionId, String id) {
    Button b = new Button();
    org.eventmap.ui.theme.Icons.forAction(actionId, org.eventmap.ui.theme.Icons.BUTTON_SIZE).ifPresent(b::setGraphic);
    b.setId(id);
    b.getStyleClass().add("timeline-button");
    return b;
  }

  private void createView() {
    setId(ID);
    getStyleClass().add("timeline-view");
    dateLabel.setId(DATE_LABEL_ID);
    dateLabel.getStyleClass().add("timeline-date");
    timeLabel.setId(TIME_LABEL_ID);
    timeLabel.getStyleClass().add("timeline-time");
    header.getStyleClass().add("timeline-header");
    header.setAlignment(Pos.CENTER_LEFT);
    // One width for every day, time and range, so that the controls to its right never move.
    dateLabel.fontProperty().addListener((obs, old, font) -> fitHeaderTo(font));
    fitHeaderTo(dateLabel.getFont());
    countLabel.setId(COUNT_LABEL_ID);
    countLabel.getStyleClass().add("timeline-count");
    problemLabel.setId(GO_TO_PROBLEM_ID);
    problemLabel.getStyleClass().add("timeline-problem");

    speed.setId("timeline-speed");
    speed.getItems().setAll(PlaySpeed.values());
    speed.setConverter(labels(PlaySpeed::label));
    speed.setTooltip(new Tooltip("Playback speed"));
    windowMode.setId("timeline-window-mode");
    windowMode.getItems().setAll(TimeWindow.Mode.values());
    windowMode.setConverter(labels(TimeWindow.Mode::label));
    windowMode.setTooltip(new Tooltip("What the map shows for the date"));
    windowDays.setId("timeline-window-days");
    windowDays.setEditable(true);
    windowDays.setPrefWidth(80);
    windowDays.setTooltip(new Tooltip("How many days the window spans"));
    rangeStart.setId("timeline-range-start");
    rangeEnd.setId("timeline-range-end");
    rangeStart.setPromptText("from");
    rangeEnd.setPromptText("to");
    dateBox(rangeStart, "the first day of the range", "First day of the range. " + GO_TO_HELP);
    dateBox(rangeEnd, "the last day of the range", "Last day of the range. " + GO_TO_HELP);
    goTo.setId("timeline-go-to");
    goTo.setPromptText("Go to date…");
    dateBox(goTo, "a date", GO_TO_HELP);
    goTo.setOnShowing(e -> openCalendarOnTheTimelinesDay());
    goTo.setOnHidden(e -> {
      if (calendarDay != null && calendarDay.equals(goTo.getValue())) {
        setKeepingText(goTo, null);
      }
      calendarDay = null;
    });

    for (Region r : List.of(previousEvent, previousDay, play, nextDay, nextEvent, speed, windowMode, windowDays,
        rangeStart, rangeEnd, goTo, countLabel, problemLabel)) {
      r.setMinWidth(Region.USE_PREF_SIZE); // squeezed to "…" they would say nothing
    }
    Region spacer = new Region();
    HBox.setHgrow(spacer, Priority.ALWAYS);
    HBox controls = new HBox(6, header, previousEvent, previousDay, play, nextDay, nextEvent, speed,
        new Separator(javafx.geometry.Orientation.VERTICAL), windowMode, windowDays, rangeStart, rangeEnd, spacer);
    controls.setAlignment(Pos.CENTER_LEFT);
    Region statusSpacer = new Region();
    HBox.setHgrow(statusSpacer, Priority.ALWAYS);
    HBox status = new HBox(8, countLabel, statusSpacer, problemLabel, goTo);
    status.setAlignment(Pos.CENTER_LEFT);
    getChildren().addAll(controls, axis, status);
    setPadding(new Insets(6, 12, 4, 12));
    setSpacing(4);
  }

  private void dateBox(DatePicker box, String what, String help) {
    box.setConverter(new TypedDates(this::yearIfMissing, box::getValue, reading -> showReading(box, what, reading)));
    box.setPrefWidth(130);
    box.setTooltip(new Tooltip(help));
    box.setAccessibleHelp(help);
    // Enter reads the text here: the box's own handling would empty it when it is not a date.
    box.addEventFilter(KeyEvent.ANY, e -> {
      if (e.getCode() == KeyCode.ENTER && !box.isShowing()) {
        if (e.getEventType() == KeyEvent.KEY_PRESSED) {
          box.commitValue();
        }
        e.consume();
      }
    });
  }

  private int yearIfMissing() {
    LocalDate day = state.currentDay();
    return (day == null ? LocalDate.now() : day).getYear();
  }

  private void showReading(DatePicker box, String what, DateReader.Reading reading) {
    if (reading.isEmpty()) {
      if (problemBox == box) {
        showProblem(null, ""); // what was wrong is gone from the box
      }
    } else if (reading.problem() != null) {
      showProblem(box, reading.message(what));
    } else if (problemBox == box || problemBox == null) {
      showProblem(null, reading.message(what));
    }
  }

  private void showProblem(DatePicker box, String message) {
    for (DatePicker b : List.of(goTo, rangeStart, rangeEnd)) {
      b.getStyleClass().remove("timeline-unreadable");
    }
    if (box != null) {
      box.getStyleClass().add("timeline-unreadable");
    }
    problemBox = box;
    problemLabel.setText(message);
    problemLabel.getStyleClass().remove("timeline-note");
    if (box == null && !message.isEmpty()) {
      problemLabel.getStyleClass().add("timeline-note");
    }
  }

  private void openCalendarOnTheTimelinesDay() {
    if (goTo.getValue() != null || state.currentDay() == null) {
      return;
    }
    DateReader.Reading typed = DateReader.read(goTo.getEditor().getText(), yearIfMissing());
    calendarDay = typed.isDate() ? typed.date() : state.currentDay();
    setKeepingText(goTo, calendarDay);
  }

  /**
   * Sets the "go to" box's value without replacing what is typed in it. Its action ignores the values set
   * here: no value, or the day it opens its calendar on.
   */
  private void setKeepingText(DatePicker box, LocalDate value) {
    String text = box.getEditor().getText();
    box.setValue(value);
    box.getEditor().setText(text);
  }

  private void fitHeaderTo(Font font) {
    double width = Math.ceil(textWidth(WIDEST_DAY, font)) + 4;
    dateLabel.setMinWidth(width);
    dateLabel.setPrefWidth(width);
    dateLabel.setMaxWidth(width);
    header.setMinWidth(width);
    header.setPrefWidth(width);
    header.setMaxWidth(width);
  }

  private static double textWidth(String text, Font font) {
    Text t = new Text(text);
    t.setFont(font);
    return t.getLayoutBounds().getWidth();
  }

  private static <T> StringConverter<T> labels(java.util.function.Function<T, String> label) {
    return new StringConverter<>() {
      @Override
      public String toString(T value) {
        return value == null ? "" : label.apply(value);
      }

      @Override
      public T fromString(String text) {
        throw new UnsupportedOperationException("chosen from the list");
      }
    };
  }

  private void initListeners() {
    bindToTheState();
    state.currentTimeProperty().addListener((obs, old, t) -> showTime());
    state.visibleEvents().addListener((obs, old, events) -> showTime());
    state.windowProperty().addListener((obs, old, w) -> refresh());
    state.datasetProperty().addListener((obs, old, d) -> refresh());
    state.playSpeedProperty().addListener((obs, old, s) -> speed.setValue(s));
    // The step and play buttons run the application's table of actions (MainView).
    // The controls below show the state's values, and a value shown fires the same events as a value
    // chosen: each acts only when it says something the state does not, which a shown value never does.
    speed.setOnAction(e -> {
      if (speed.getValue() != null && speed.getValue() != state.playSpeedProperty().get()) {
        state.setPlaySpeed(speed.getValue());
      }
    });
    windowMode.setOnAction(e -> {
      if (windowMode.getValue() != state.window().mode()) {
        applyWindowControls(null);
      }
    });
    windowDays.valueProperty().addListener((obs, old, days) -> {
      if (days != null && windowMode.getValue() == TimeWindow.Mode.MOVING && days != state.window().days()) {
        applyWindowControls(null);
      }
    });
    rangeStart.setOnAction(e -> rangeEdited(rangeStart, TimeWindow::rangeStart));
    rangeEnd.setOnAction(e -> rangeEdited(rangeEnd, w -> w.rangeEnd().minusDays(1)));
    goTo.setOnAction(e -> {
      if (goTo.getValue() != null && !goTo.getValue().equals(calendarDay)) {
        state.goToDay(goTo.getValue());
        boolean typedHere = goTo.isFocused();
        setKeepingText(goTo, null);
        goTo.getEditor().setText("");
        if (typedHere) {
          axis.requestFocus(); // after Enter, the arrow keys step from the new date; a click elsewhere keeps its focus
        }
      }
    });
  }

  /**
   * A range box's day, edited or shown: applied when it is not the day of the state's range that the box
   * shows ({@code dayOf}); when it is, the box no longer holds what a problem said about it.
   */
  private void rangeEdited(DatePicker box, java.util.function.Function<TimeWindow, LocalDateTime> dayOf) {
    TimeWindow window = state.window();
    if (window.mode() == TimeWindow.Mode.RANGE && dayOf.apply(window).toLocalDate().equals(box.getValue())) {
      if (problemBox == box) {
        showProblem(null, "");
      }
      return;
    }
    applyWindowControls(box);
  }

  /** What only shows the state follows it by binding: what a button says and which controls there are. */
  private void bindToTheState() {
    org.kordamp.ikonli.javafx.FontIcon playIcon = (org.kordamp.ikonli.javafx.FontIcon) play.getGraphic();
    playIcon.iconCodeProperty().bind(state.playingProperty().map(playing -> playing ? org.eventmap.ui.theme.Icons.PAUSE
        : org.eventmap.ui.theme.Icons.PLAY));
    for (Button b : List.of(previousEvent, play, nextEvent)) {
      b.disableProperty().bind(state.currentTimeProperty().isNull());
    }
    previousDay.disableProperty().bind(javafx.beans.binding.Bindings.createBooleanBinding(
        () -> state.currentTime() == null || state.firstTime() == null
            || !state.currentTime().isAfter(state.firstTime()),
        state.currentTimeProperty(), state.datasetProperty()));
    nextDay.disableProperty().bind(javafx.beans.binding.Bindings.createBooleanBinding(
        () -> state.currentTime() == null || state.lastTime() == null
            || !state.currentTime().isBefore(state.lastTime()),
        state.currentTimeProperty(), state.datasetProperty()));
    javafx.beans.value.ObservableValue<TimeWindow.Mode> mode = state.windowProperty().map(TimeWindow::mode);
    windowDays.visibleProperty().bind(mode.map(m -> m == TimeWindow.Mode.MOVING));
    rangeStart.visibleProperty().bind(mode.map(m -> m == TimeWindow.Mode.RANGE));
    rangeEnd.visibleProperty().bind(rangeStart.visibleProperty());
    for (Region r : List.of(windowDays, rangeStart, rangeEnd)) {
      r.managedProperty().bind(r.visibleProperty());
    }
  }

  /** Turns what the window controls say into the state's window; a range that ends before it starts is explained. */
  private void applyWindowControls(DatePicker edited) {
    TimeWindow.Mode mode = windowMode.getValue();
    if (mode == null) {
      return;
    }
    switch (mode) {
      case CUMULATIVE -> state.setWindow(TimeWindow.cumulative());
      case MOVING -> state.setWindow(TimeWindow.lastDays(windowDays.getValue() == null ? 7 : windowDays.getValue()));
      case RANGE -> {
        LocalDate day = state.currentDay() == null ? LocalDate.now() : state.currentDay();
        LocalDate from = rangeStart.getValue() == null ? day.minusDays(6) : rangeStart.getValue();
        LocalDate to = rangeEnd.getValue() == null ? day : rangeEnd.getValue();
        if (to.isBefore(from)) {
          showProblem(edited == null ? rangeEnd : edited, "The range cannot end on " + TimeText.shortDay(to)
              + ", before it starts on " + TimeText.shortDay(from) + ": the map still shows "
              + state.window().describe());
        } else {
          if (problemBox == rangeStart || problemBox == rangeEnd) {
            showProblem(null, "");
          }
          state.setWindow(TimeWindow.range(from, to));
        }
      }
    }
  }

  /** The first of the texts, fullest first, that the header shows whole. */
  private String fitting(List<String> texts) {
    double room = dateLabel.getMaxWidth() - dateLabel.getPadding().getLeft() - dateLabel.getPadding().getRight();
    return texts.stream().filter(t -> textWidth(t, dateLabel.getFont()) <= room).findFirst()
        .orElse(texts.get(texts.size() - 1));
  }

  /** Shows everything the state says: playback, the window and the time. */
  private void refresh() {
    speed.setValue(state.playSpeedProperty().get());
    showWindow();
    showTime();
  }

  /** The window controls, as the state's window says; the controls' own handlers see nothing to do. */
  private void showWindow() {
    TimeWindow window = state.window();
    windowMode.setValue(window.mode());
    windowDays.getValueFactory().setValue(window.days());
    boolean range = window.mode() == TimeWindow.Mode.RANGE;
    if (!range && (problemBox == rangeStart || problemBox == rangeEnd)) {
      showProblem(null, ""); // about boxes no longer shown
    }
    if (range) {
      rangeStart.setValue(window.rangeStart().toLocalDate());
      rangeEnd.setValue(window.rangeEnd().toLocalDate().minusDays(1));
    }
  }

  /** The header and the count, for the current time and what the map shows. */
  private void showTime() {
    LocalDateTime now = state.currentTime();
    TimeWindow window = state.window();
    int[] visible = state.visiblePositions().get();
    // A new time and the events it shows come as two changes; the second finds it all shown.
    if (now != null && now.equals(shownTime) && window.equals(shownWindow) && visible == shownVisible
        && state.filteredEvents().get() == shownFiltered) {
      return;
    }
    shownTime = now;
    shownWindow = window;
    shownVisible = visible;
    shownFiltered = state.filteredEvents().get();
    boolean range = window.mode() == TimeWindow.Mode.RANGE;
    if (now == null) {
      int undated = state.dataset() == null ? 0 : state.timeIndex().undatedCount();
      dateLabel.setText(undated == 0 ? "No events" : "No dates");
      timeLabel.setText(" ");
      NumberFormat count = NumberFormat.getIntegerInstance(Locale.UK);
      countLabel.setText(undated == 0 ? "" : count.format(visible.length) + " of " + count.format(undated)
          + " events shown" + withoutText(state.timeIndex().unplacedCount(), "place", count)
          + withoutText(undated, "date", count));
      return;
    }
    if (range) {
      LocalDate first = window.rangeStart().toLocalDate();
      LocalDate last = window.rangeEnd().toLocalDate().minusDays(1);
      dateLabel.setText(fitting(RangeText.candidates(first, last)));
      timeLabel.setText("a range of " + RangeText.length(first, last));
    } else {
      LocalDate day = now.toLocalDate();
      // "Wednesday 1 January 66,000,001 BC" is wider than the header: the shorter forms then.
      dateLabel.setText(fitting(List.of(TimeText.longDay(day), TimeText.shortDay(day), TimeText.year(day.getYear()))));
      boolean endOfDay = now.toLocalTime().equals(LocalTime.of(23, 59, 59));
      timeLabel.setText(endOfDay ? " " : now.toLocalTime().withSecond(0).withNano(0) + " local time");
    }
    var index = state.timeIndex();
    long dayStart = org.eventmap.time.WallClock.seconds(now.toLocalDate().atStartOfDay());
    int today = index.countOverlapping(visible, dayStart, dayStart + 86_400);
    int total = state.dataset().events().size();
    int filtered = state.filteredEvents().get().size();
    NumberFormat count = NumberFormat.getIntegerInstance(Locale.UK);
    countLabel.setText(count.format(visible.length) + " of " + count.format(total) + " events shown ("
        + window.describe() + ")" + (today > 0 ? " · " + count.format(today) + " on this day" : "")
        + (filtered < total ? " · filters hide " + count.format(total - filtered) : "")
        + withoutText(index.unplacedCount(), "place", count) + withoutText(index.undatedCount(), "date", count));
  }

  /** "12 events have no place": never dropped in silence. */
  private static String withoutText(int events, String what, NumberFormat count) {
    return events == 0 ? "" : " · " + count.format(events) + (events == 1 ? " event has no " : " events have no ") + what;
  }

  /** The time axis, to give it the keyboard focus. */
  public Region axis() {
    return axis;
  }

  /** Puts the typing cursor in the "go to date" box. */
  public void focusGoTo() {
    goTo.requestFocus();
    goTo.getEditor().selectAll();
  }

  /** Where an event's mark is on the axis, in this view's coordinates (for tests and focus). */
  public javafx.geometry.Point2D markPosition(Event e) {
    return axis.localToParent(axis.markX(e), axis.markY());
  }

  /** The top of the histogram's bar drawn above an event's mark, in this view's coordinates. */
  public javafx.geometry.Point2D markBarTop(Event e) {
    return axis.localToParent(axis.markX(e), axis.barTopY(e));
  }

  /** Where the axis's tick labels are drawn, in the axis's coordinates. */
  public List<javafx.geometry.Bounds> tickLabelBounds() {
    return axis.tickLabels().stream().<javafx.geometry.Bounds>map(l -> new javafx.geometry.BoundingBox(l.x(), 0,
        l.width(), 1)).toList();
  }

  public void zoomAxis(double factor) {
    axis.zoomAxis(factor);
  }

  /** Shows the whole dataset on the axis. */
  public void fitAxis() {
    axis.fitAxis();
  }
}
