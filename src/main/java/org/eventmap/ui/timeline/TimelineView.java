package org.eventmap.ui.timeline;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import javafx.animation.AnimationTimer;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.Separator;
import javafx.scene.control.Spinner;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
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

  private final AppState state;
  private final TimelineCanvas axis;
  private final Label dateLabel = new Label();
  private final Label countLabel = new Label();
  private final Button previousEvent = button("|◀", "timeline-previous-event", "Previous event (Page Up)");
  private final Button previousDay = button("◀", "timeline-previous-day", "Previous day (←)");
  private final Button play = button("▶", "timeline-play", "Play or pause (Space)");
  private final Button nextDay = button("▶", "timeline-next-day", "Next day (→)");
  private final Button nextEvent = button("▶|", "timeline-next-event", "Next event (Page Down)");
  private final ChoiceBox<PlaySpeed> speed = new ChoiceBox<>();
  private final ChoiceBox<TimeWindow.Mode> windowMode = new ChoiceBox<>();
  private final Spinner<Integer> windowDays = new Spinner<>(1, 3650, 7);
  private final DatePicker rangeStart = new DatePicker();
  private final DatePicker rangeEnd = new DatePicker();
  private final DatePicker goTo = new DatePicker();
  private final AnimationTimer player;
  private boolean updatingControls;

  public TimelineView(AppState state) {
    this.state = state;
    this.axis = new TimelineCanvas(state);
    this.player = new AnimationTimer() {
      private long last;

      @Override
      public void start() {
        last = 0;
        super.start();
      }

      @Override
      public void handle(long now) {
        if (last != 0) {
          state.playFor(java.time.Duration.ofNanos(now - last));
        }
        last = now;
      }
    };
    createView();
    initListeners();
    refresh();
  }

  private static Button button(String text, String id, String help) {
    Button b = new Button(text);
    b.setId(id);
    b.setTooltip(new Tooltip(help));
    b.setAccessibleText(help);
    b.getStyleClass().add("timeline-button");
    return b;
  }

  private void createView() {
    setId(ID);
    getStyleClass().add("timeline-view");
    dateLabel.setId(DATE_LABEL_ID);
    dateLabel.getStyleClass().add("timeline-date");
    dateLabel.setMinWidth(250);
    countLabel.setId(COUNT_LABEL_ID);
    countLabel.getStyleClass().add("timeline-count");

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
    rangeStart.setPrefWidth(130);
    rangeEnd.setPrefWidth(130);
    rangeStart.setPromptText("from");
    rangeEnd.setPromptText("to");
    goTo.setId("timeline-go-to");
    goTo.setPromptText("Go to date…");
    goTo.setConverter(new TypedDates());
    goTo.setPrefWidth(140);
    goTo.setTooltip(new Tooltip("Type a date (2024-03-22, 22/03/2024 or 22 March 2024) and press Enter (Ctrl+G)"));

    Region spacer = new Region();
    HBox.setHgrow(spacer, Priority.ALWAYS);
    HBox controls = new HBox(6, dateLabel, previousEvent, previousDay, play, nextDay, nextEvent, speed,
        new Separator(javafx.geometry.Orientation.VERTICAL), windowMode, windowDays, rangeStart, rangeEnd, spacer,
        goTo);
    controls.setAlignment(Pos.CENTER_LEFT);
    getChildren().addAll(controls, axis, countLabel);
    setPadding(new Insets(6, 12, 4, 12));
    setSpacing(4);
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
    state.currentTimeProperty().addListener((obs, old, t) -> refresh());
    state.visibleEvents().addListener((obs, old, events) -> refresh());
    state.windowProperty().addListener((obs, old, w) -> refresh());
    state.datasetProperty().addListener((obs, old, d) -> refresh());
    state.playSpeedProperty().addListener((obs, old, s) -> refresh());
    state.playingProperty().addListener((obs, old, playing) -> {
      if (playing) {
        player.start();
      } else {
        player.stop();
      }
      refresh();
    });
    previousEvent.setOnAction(e -> state.previousEvent());
    previousDay.setOnAction(e -> state.stepDays(-1));
    play.setOnAction(e -> state.togglePlaying());
    nextDay.setOnAction(e -> state.stepDays(1));
    nextEvent.setOnAction(e -> state.nextEvent());
    speed.setOnAction(e -> {
      if (!updatingControls && speed.getValue() != null) {
        state.setPlaySpeed(speed.getValue());
      }
    });
    windowMode.setOnAction(e -> {
      if (!updatingControls) {
        applyWindowControls();
      }
    });
    windowDays.valueProperty().addListener((obs, old, days) -> {
      if (!updatingControls) {
        applyWindowControls();
      }
    });
    rangeStart.setOnAction(e -> {
      if (!updatingControls) {
        applyWindowControls();
      }
    });
    rangeEnd.setOnAction(e -> {
      if (!updatingControls) {
        applyWindowControls();
      }
    });
    goTo.setOnAction(e -> {
      if (!updatingControls && goTo.getValue() != null) {
        state.goToDay(goTo.getValue());
        goTo.setValue(null);
        axis.requestFocus();
      }
    });
  }

  /** Turns what the window controls say into the state's window; a range that makes no sense is ignored. */
  private void applyWindowControls() {
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
        if (!to.isBefore(from)) {
          state.setWindow(TimeWindow.range(from, to));
        }
      }
    }
  }

  private void refresh() {
    updatingControls = true;
    try {
      LocalDateTime now = state.currentTime();
      boolean hasData = now != null;
      for (var control : List.of(previousEvent, previousDay, play, nextDay, nextEvent)) {
        control.setDisable(!hasData);
      }
      play.setText(state.playingProperty().get() ? "||" : "▶");
      speed.setValue(state.playSpeedProperty().get());
      TimeWindow window = state.window();
      windowMode.setValue(window.mode());
      windowDays.getValueFactory().setValue(window.days());
      boolean moving = window.mode() == TimeWindow.Mode.MOVING;
      boolean range = window.mode() == TimeWindow.Mode.RANGE;
      windowDays.setVisible(moving);
      windowDays.setManaged(moving);
      rangeStart.setVisible(range);
      rangeStart.setManaged(range);
      rangeEnd.setVisible(range);
      rangeEnd.setManaged(range);
      if (range) {
        rangeStart.setValue(window.rangeStart().toLocalDate());
        rangeEnd.setValue(window.rangeEnd().toLocalDate().minusDays(1));
      }
      if (!hasData) {
        dateLabel.setText("No events");
        countLabel.setText("");
        return;
      }
      boolean endOfDay = now.toLocalTime().equals(java.time.LocalTime.of(23, 59, 59));
      dateLabel.setText(TimeText.longDay(now.toLocalDate()) + (endOfDay ? "" : ", " + now.toLocalTime()
          .withSecond(0).withNano(0) + " local time"));
      int[] visible = state.visiblePositions().get();
      var index = state.timeIndex();
      long dayStart = org.eventmap.time.WallClock.seconds(now.toLocalDate().atStartOfDay());
      int today = index.countOverlapping(visible, dayStart, dayStart + 86_400);
      int total = state.dataset().events().size();
      int filtered = state.filteredEvents().get().size();
      countLabel.setText(visible.length + " of " + total + " events shown (" + window.describe() + ")"
          + (today > 0 ? " · " + today + " on this day" : "")
          + (filtered < total ? " · filters hide " + (total - filtered) : ""));
      previousDay.setDisable(!now.isAfter(state.firstTime()));
      nextDay.setDisable(!now.isBefore(state.lastTime()));
    } finally {
      updatingControls = false;
    }
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

  public void zoomAxis(double factor) {
    axis.zoomAxis(factor);
  }
}
