package org.eventmap.ui.timeline;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.eventmap.domain.Dataset;
import org.eventmap.domain.Event;
import org.eventmap.domain.TimeText;
import org.eventmap.state.AppState;

/**
 * The timeline under the map: a slider over the dataset's days, the current date in words, and how
 * many events the map shows. Moving the slider moves the application's current day; nothing else.
 */
public final class TimelineView extends VBox {
  public static final String ID = "timeline-pane";
  public static final String SLIDER_ID = "timeline-slider";
  public static final String DATE_LABEL_ID = "timeline-date";
  public static final String COUNT_LABEL_ID = "timeline-count";

  private final AppState state;
  private final Slider slider = new Slider(0, 1, 1);
  private final Label dateLabel = new Label();
  private final Label countLabel = new Label();
  private final Button previousDay = new Button("◀");
  private final Button nextDay = new Button("▶");
  private boolean updatingFromState;

  public TimelineView(AppState state) {
    this.state = state;
    createView();
    initListeners();
    refreshRange(state.dataset());
    refreshDay();
  }

  private void createView() {
    setId(ID);
    getStyleClass().add("timeline-view");
    slider.setId(SLIDER_ID);
    slider.setShowTickMarks(true);
    slider.setShowTickLabels(true);
    slider.setMajorTickUnit(30);
    slider.setMinorTickCount(0);
    slider.setBlockIncrement(1);
    slider.setSnapToTicks(false);
    slider.setAccessibleText("Timeline: current date");
    slider.setPadding(new Insets(0, 28, 0, 28)); // room for the first and last date labels
    dateLabel.setId(DATE_LABEL_ID);
    dateLabel.getStyleClass().add("timeline-date");
    dateLabel.setMinWidth(230);
    countLabel.setId(COUNT_LABEL_ID);
    countLabel.getStyleClass().add("timeline-count");
    previousDay.setId("timeline-previous-day");
    nextDay.setId("timeline-next-day");
    previousDay.setAccessibleText("Previous day");
    nextDay.setAccessibleText("Next day");
    previousDay.setFocusTraversable(false);
    nextDay.setFocusTraversable(false);
    HBox.setHgrow(slider, Priority.ALWAYS);
    HBox row = new HBox(8, dateLabel, previousDay, slider, nextDay);
    row.setAlignment(Pos.CENTER_LEFT);
    getChildren().addAll(row, countLabel);
    setPadding(new Insets(6, 12, 6, 12));
    setSpacing(2);
  }

  private void initListeners() {
    slider.valueProperty().addListener((obs, old, value) -> {
      if (updatingFromState || state.dataset() == null) {
        return;
      }
      state.dataset().firstDay().ifPresent(first -> state.goToDay(first.plusDays(Math.round(value.doubleValue()))));
    });
    state.datasetProperty().addListener((obs, old, dataset) -> refreshRange(dataset));
    state.currentDayProperty().addListener((obs, old, day) -> refreshDay());
    state.visibleEvents().addListener((obs, old, events) -> refreshDay());
    previousDay.setOnAction(e -> state.stepDays(-1));
    nextDay.setOnAction(e -> state.stepDays(1));
  }

  private void refreshRange(Dataset dataset) {
    updatingFromState = true;
    try {
      if (dataset == null || dataset.firstDay().isEmpty()) {
        slider.setDisable(true);
        return;
      }
      LocalDate first = dataset.firstDay().get();
      long days = ChronoUnit.DAYS.between(first, dataset.lastDay().get());
      slider.setDisable(false);
      slider.setMin(0);
      slider.setMax(Math.max(1, days));
      slider.setMajorTickUnit(Math.max(1, niceTickUnit(days)));
      slider.setLabelFormatter(new DayLabels(first));
    } finally {
      updatingFromState = false;
    }
    refreshDay();
  }

  /** About six labelled ticks across the slider, at a week, a fortnight or a month apart. */
  private static double niceTickUnit(long days) {
    long target = Math.max(1, days / 6);
    for (long unit : new long[] {1, 2, 7, 14, 30, 61, 91, 182, 365}) {
      if (unit >= target) {
        return unit;
      }
    }
    return 365;
  }

  private void refreshDay() {
    LocalDate day = state.currentDay();
    Dataset dataset = state.dataset();
    if (day == null || dataset == null || dataset.firstDay().isEmpty()) {
      dateLabel.setText("No events");
      countLabel.setText("");
      return;
    }
    updatingFromState = true;
    try {
      slider.setValue(ChronoUnit.DAYS.between(dataset.firstDay().get(), day));
    } finally {
      updatingFromState = false;
    }
    dateLabel.setText(TimeText.longDay(day));
    List<Event> visible = state.visibleEvents().get();
    long today = visible.stream().filter(e -> e.covers(day)).count();
    countLabel.setText(visible.size() + " of " + dataset.events().size() + " events up to this day"
        + (today > 0 ? " · " + today + " on this day" : ""));
    previousDay.setDisable(day.equals(dataset.firstDay().get()));
    nextDay.setDisable(day.equals(dataset.lastDay().get()));
  }

  private static final class DayLabels extends StringConverter<Double> {
    private final LocalDate first;

    DayLabels(LocalDate first) {
      this.first = first;
    }

    @Override
    public String toString(Double offset) {
      return TimeText.shortDay(first.plusDays(Math.round(offset)));
    }

    @Override
    public Double fromString(String text) {
      throw new UnsupportedOperationException("the slider's labels are not edited");
    }
  }
}
