package org.eventmap.ui.timeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.eventmap.ui.timeline.AxisOnStage.onFx;

import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;
import javafx.geometry.Point2D;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.eventmap.io.DatasetReader;
import org.eventmap.state.AppState;
import org.eventmap.state.PlaySpeed;
import org.eventmap.time.TimeAxis;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The timeline on our own format's file of deep and early time, from the Great Dying (-252000000) to a
 * day of 1582: its axis, its header, Go to date, scrubbing, zooming and playing across 250 million years.
 */
@ExtendWith(ApplicationExtension.class)
class TimelineDeepTimeTest {
  private static final Path FILE = Path.of("src/test/resources/formats/deeptime/deep-time.json");
  private final AppState state = new AppState();
  private TimelineView timeline;
  private TimelineCanvas axis;

  @Start
  void start(Stage stage) {
    state.applyLoad(DatasetReader.read(FILE));
    timeline = new TimelineView(state);
    axis = (TimelineCanvas) timeline.axis();
    stage.setScene(new Scene(timeline, 1200, 200));
    stage.show();
  }

  private List<String> tickLabels() {
    WaitForAsyncUtils.waitForFxEvents();
    return onFx(() -> axis.tickLabels().stream().map(TimelineCanvas.TickLabel::text).toList());
  }

  private void assertLabelsDoNotOverlap() {
    List<TimelineCanvas.TickLabel> labels = onFx(() -> axis.tickLabels());
    for (int i = 1; i < labels.size(); i++) {
      assertThat(labels.get(i - 1).x() + labels.get(i - 1).width()).as(labels.toString())
          .isLessThan(labels.get(i).x());
    }
  }

  @Test
  void theWholeFileIsShownInMillionsOfYearsBc() {
    assertThat(state.dataset().events()).hasSize(12);
    List<String> labels = tickLabels();
    assertThat(labels).hasSizeGreaterThan(4).allMatch(l -> l.endsWith(" million BC"));
    assertThat(labels).contains("200 million BC", "100 million BC");
    assertLabelsDoNotOverlap();
  }

  @Test
  void theFilesErasAreBandsAboveTheHistogramInOrder() {
    WaitForAsyncUtils.waitForFxEvents();
    List<TimelineCanvas.EraBand> bands = onFx(() -> axis.eraBands());
    // the file lists the Cenozoic first; the bands go by their start
    assertThat(bands).filteredOn(b -> b.row() == 0).extracting(TimelineCanvas.EraBand::label)
        .containsExactly("Triassic", "Jurassic", "Cretaceous", "Cenozoic");
    // the lava floods overlap the end of the Cretaceous and the start of the Cenozoic: a row below
    assertThat(bands).filteredOn(b -> b.era().title().startsWith("The age of the last great lava floods"))
        .extracting(TimelineCanvas.EraBand::row).containsExactly(1);
    double x66 = onFx(() -> axis.axis().x(java.time.LocalDate.of(-66_000_000, 1, 1).toEpochDay() * 86_400));
    assertThat(bands.stream().filter(b -> b.label().equals("Cenozoic")).findFirst().orElseThrow().x0())
        .isCloseTo(x66, org.assertj.core.api.Assertions.within(0.01));
  }

  @Test
  void theHeaderSaysTheDayInBcWhenItFits(FxRobot robot) {
    robot.interact(() -> state.goToDay(java.time.LocalDate.of(-43, 3, 15)));
    assertThat(robot.lookup("#" + TimelineView.DATE_LABEL_ID).queryAs(Label.class).getText())
        .isEqualTo("Friday 15 March 44 BC");
    robot.interact(() -> state.goToDay(java.time.LocalDate.of(-65_999_999, 1, 1)));
    // the long form is wider than the header: the short one
    assertThat(robot.lookup("#" + TimelineView.DATE_LABEL_ID).queryAs(Label.class).getText())
        .isEqualTo("1 Jan 66,000,000 BC");
  }

  @Test
  void goToDateTakesSixtySixMillionBc(FxRobot robot) {
    robot.clickOn("#timeline-go-to").write("66 million BC").type(KeyCode.ENTER);
    assertThat(state.currentTime()).isEqualTo(LocalDateTime.of(-65_999_999, 1, 1, 23, 59, 59));
    // the asteroid (ISO -66000000, the year before) is shown, the stone tools are yet to come
    assertThat(state.visibleEvents().get()).extracting(e -> e.id()).contains("great-dying", "impact")
        .doesNotContain("stone-tools");
    assertThat(robot.lookup("#" + TimelineView.GO_TO_PROBLEM_ID).queryAs(Label.class).getText())
        .isEqualTo("Went to the start of 66,000,000 BC (ISO -65999999).");

    robot.clickOn("#timeline-go-to").write("-0030-09-02").type(KeyCode.ENTER);
    assertThat(state.currentTime()).isEqualTo(LocalDateTime.of(-30, 9, 2, 23, 59, 59));
    assertThat(state.visibleEvents().get()).extracting(e -> e.id()).contains("actium").doesNotContain("vesuvius");
  }

  @Test
  void theBigBangIsRefusedInGoToDateInPlainWords(FxRobot robot) {
    LocalDateTime before = state.currentTime();
    robot.clickOn("#timeline-go-to").write("-13800000000").type(KeyCode.ENTER);
    assertThat(robot.lookup("#" + TimelineView.GO_TO_PROBLEM_ID).queryAs(Label.class).getText())
        .isEqualTo("Could not read “-13800000000” as a date: year -13800000000 is before the earliest year Eventmap"
            + " can place, -999999999");
    assertThat(state.currentTime()).isEqualTo(before);
  }

  @Test
  void scrubbingTheAxisMovesThroughMillionsOfYears(FxRobot robot) {
    double x = onFx(() -> axis.axis().x(LocalDateTime.of(-100_000_000, 1, 1, 0, 0)));
    Point2D screen = onFx(() -> axis.localToScreen(x, 20));
    robot.moveTo(screen).press(javafx.scene.input.MouseButton.PRIMARY).release(javafx.scene.input.MouseButton.PRIMARY);
    long years = Math.abs(state.currentTime().getYear() + 100_000_000L);
    double yearsPerPixel = onFx(() -> axis.axis().secondsPerPixel()) / 31_556_952;
    assertThat(years).as("within two pixels").isLessThan((long) (2 * yearsPerPixel) + 1);
    assertThat(state.visibleEvents().get()).extracting(e -> e.id()).containsExactly("great-dying");
  }

  @Test
  void zoomingInFromMillionsOfYearsToHoursKeepsTheLabelsApart(FxRobot robot) {
    robot.interact(() -> state.goToDay(java.time.LocalDate.of(-65_999_999, 1, 1)));
    java.util.Set<String> seen = new java.util.LinkedHashSet<>();
    for (int i = 0; i < 60; i++) {
      robot.interact(() -> timeline.zoomAxis(2));
      assertLabelsDoNotOverlap();
      seen.add(onFx(() -> axis.axis().tickUnit()).name());
    }
    assertThat(seen).contains("YEARS_1M", "YEARS_10K", "CENTURY", "YEAR", "MONTH", "DAY");
    assertThat(onFx(() -> axis.axis().toSeconds() - axis.axis().fromSeconds())).isEqualTo(TimeAxis.MIN_SPAN_SECONDS);
    assertThat(tickLabels()).contains("23:00", "2 Jan");
  }

  @Test
  void playingTakesASpeedThatCrossesTheSpanInAFewSeconds() {
    assertThat(onFx(() -> state.playSpeedProperty().get())).isEqualTo(PlaySpeed.TEN_MILLION_YEARS_PER_SECOND);
    onFx(() -> {
      state.goTo(state.firstTime());
      state.togglePlaying(); // playback is then driven below, a second at a time
      return null;
    });
    // before and after one second of playback, in one go on the JavaFX thread: no frame comes between
    long years = onFx(() -> {
      long before = state.currentTime().getYear();
      state.time().playFor(Duration.ofSeconds(1));
      long after = state.currentTime().getYear();
      state.togglePlaying();
      return after - before;
    });
    assertThat(years).isBetween(9_900_000L, 10_100_000L);
  }
}
