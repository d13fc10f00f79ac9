package org.eventmap.ui.timeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.eventmap.ui.timeline.AxisOnStage.onFx;

import java.time.LocalDateTime;
import javafx.geometry.Point2D;
import javafx.scene.input.MouseButton;
import javafx.scene.input.ScrollEvent;
import javafx.stage.Stage;
import org.eventmap.time.TimeAxis;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** What the mouse does on the time axis: the axis alone in a window, driven as a person drives it. */
@ExtendWith(ApplicationExtension.class)
class TimelineBehaviorTest {
  private AxisOnStage window;

  @Start
  void start(Stage stage) {
    window = new AxisOnStage(stage);
  }

  /** One notch of a mouse wheel at a point of the axis, upwards (away from the person): zooms in. */
  private void wheelAt(double x, double notches) {
    Point2D at = window.inScene(x, 20);
    Point2D screen = onFx(() -> window.axis.localToScreen(x, 20));
    ScrollEvent wheel = new ScrollEvent(ScrollEvent.SCROLL, at.getX(), at.getY(), screen.getX(),
        screen.getY(), false, false, false, false, false, false, 0, 40 * notches, 0, 40 * notches, 40, 40,
        ScrollEvent.HorizontalTextScrollUnits.NONE, 0, ScrollEvent.VerticalTextScrollUnits.NONE, 0, 0, null);
    WaitForAsyncUtils.asyncFx(() -> window.axis.fireEvent(wheel));
    WaitForAsyncUtils.waitForFxEvents();
  }

  @Test
  void aClickMovesTheTimeToTheAxissTimeUnderThePointer(FxRobot robot) {
    for (double x : new double[] {137, 512, 861}) {
      LocalDateTime under = onFx(() -> window.axis.axis().timeAt(x));

      robot.clickOn(onFx(() -> window.axis.localToScreen(x, 12)), MouseButton.PRIMARY);

      assertThat(window.state.currentTime()).as("x = " + x).isEqualTo(under);
    }
  }

  @Test
  void theWheelZoomsAroundThePointerKeepingItsTimeUnderIt() {
    TimeAxis before = onFx(() -> window.axis.axis());
    double x = 300;
    long underBefore = before.secondAt(x);

    wheelAt(x, 1);

    TimeAxis zoomed = onFx(() -> window.axis.axis());
    assertThat(zoomed.secondsPerPixel()).as("one notch zooms in 1.4 times")
        .isCloseTo(before.secondsPerPixel() / 1.4, org.assertj.core.data.Percentage.withPercentage(1));
    assertThat(Math.abs(zoomed.secondAt(x) - underBefore)).as("seconds the time under the pointer moved")
        .isLessThanOrEqualTo(2);

    wheelAt(x, -1);

    TimeAxis back = onFx(() -> window.axis.axis());
    assertThat(back.secondsPerPixel()).isCloseTo(before.secondsPerPixel(),
        org.assertj.core.data.Percentage.withPercentage(1));
    assertThat(Math.abs(back.secondAt(x) - underBefore)).isLessThanOrEqualTo(2);
  }
}
