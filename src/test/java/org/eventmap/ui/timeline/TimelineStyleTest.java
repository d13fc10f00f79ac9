package org.eventmap.ui.timeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.eventmap.ui.timeline.AxisOnStage.onFx;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import javafx.scene.paint.Color;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The axis's look comes from stylesheets: its own, and any rule the application or a theme adds. */
@ExtendWith(ApplicationExtension.class)
class TimelineStyleTest {
  private static final Color OWN_CURSOR = Color.web("#c62828");
  private AxisOnStage window;

  @Start
  void start(Stage stage) {
    window = new AxisOnStage(stage);
  }

  private static double distance(Color a, Color b) {
    return Math.abs(a.getRed() - b.getRed()) + Math.abs(a.getGreen() - b.getGreen())
        + Math.abs(a.getBlue() - b.getBlue());
  }

  /** The pixel on the cursor's line, below its triangle and above the marks. */
  private Color cursorPixel() {
    double x = onFx(() -> Math.round(window.axis.axis().x(window.state.currentTime())) + 0.0);
    return window.pixel(x, 24);
  }

  @Test
  void aStylesheetRuleForTheCursorColourChangesTheCursorsPixels(FxRobot robot, @TempDir Path dir)
      throws Exception {
    robot.interact(() -> window.state.goToDay(LocalDate.of(2023, 12, 15)));
    assertThat(distance(cursorPixel(), OWN_CURSOR)).as("the axis's own stylesheet: a red cursor").isLessThan(0.05);

    Path theme = Files.writeString(dir.resolve("theme.css"), ".timeline-axis { -timeline-cursor-color: #00a050; }");
    robot.interact(() -> window.scene.getStylesheets().add(theme.toUri().toString()));

    assertThat(distance(cursorPixel(), Color.web("#00a050"))).as("the scene's rule wins").isLessThan(0.05);
  }

  @Test
  void theStyleIsReadOncePerChangeOfStyleNotOncePerFrame(FxRobot robot, @TempDir Path dir) throws Exception {
    TimelineStyle first = onFx(() -> window.axis.timelineStyle());
    for (int day = 1; day <= 5; day++) {
      LocalDate date = LocalDate.of(2024, 3, day);
      robot.interact(() -> window.state.goToDay(date));
      WaitForAsyncUtils.waitForFxEvents();
    }
    assertThat(onFx(() -> window.axis.timelineStyle())).as("the same value, frame after frame").isSameAs(first);

    Path theme = Files.writeString(dir.resolve("theme.css"), ".timeline-axis { -timeline-cursor-width: 3; }");
    robot.interact(() -> window.scene.getStylesheets().add(theme.toUri().toString()));
    WaitForAsyncUtils.waitForFxEvents();

    TimelineStyle restyled = onFx(() -> window.axis.timelineStyle());
    assertThat(restyled).isNotSameAs(first);
    assertThat(restyled.cursorWidth()).isEqualTo(3);
    assertThat(restyled.cursor()).as("what the new rule does not say stays").isEqualTo(first.cursor());
  }
}
