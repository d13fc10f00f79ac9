package org.eventmap.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.TimeUnit;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.eventmap.domain.Event;
import org.eventmap.state.AppState;
import org.eventmap.ui.detail.DetailPane;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** What the detail pane says about the selected event beyond the event itself. */
@ExtendWith(ApplicationExtension.class)
class DetailPaneTest {
  private AppState state;

  @Start
  void start(Stage stage) {
    state = TestWindow.show(stage).state;
  }

  private Label hiddenNote(FxRobot robot) {
    return robot.lookup("#" + DetailPane.HIDDEN_ID).queryAs(Label.class);
  }

  private void waitUntil(java.util.concurrent.Callable<Boolean> condition) throws Exception {
    WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, condition);
    WaitForAsyncUtils.waitForFxEvents();
  }

  @Test
  void theDetailPaneKeptShowingAnEventTheFiltersHideWithoutSayingSo(FxRobot robot) throws Exception {
    Event arrival = state.dataset().event("2024-03-22-blinken-arrives-tel-aviv").orElseThrow();
    robot.interact(() -> state.select(arrival));
    assertThat(hiddenNote(robot).isVisible()).as("nothing hides it yet").isFalse();

    robot.interact(() -> state.setSearchText("Security Council"));
    waitUntil(() -> !state.isVisible(arrival));

    assertThat(state.selectedEvent()).hasValue(arrival);
    assertThat(hiddenNote(robot).isVisible()).isTrue();
    assertThat(hiddenNote(robot).getText()).startsWith("Hidden by the filters").contains("“Security Council”");

    robot.interact(() -> state.setSearchText(""));
    waitUntil(() -> state.isVisible(arrival));

    assertThat(hiddenNote(robot).isVisible()).isFalse();
  }

  @Test
  void anActorFilterIsNamedInTheNote(FxRobot robot) throws Exception {
    Event arrival = state.dataset().event("2024-03-22-blinken-arrives-tel-aviv").orElseThrow();
    String other = state.actors().stream().filter(a -> !arrival.actors().contains(a)).findFirst().orElseThrow();
    robot.interact(() -> state.select(arrival));

    robot.interact(() -> state.setActorFilter(other));
    waitUntil(() -> !state.isVisible(arrival));

    assertThat(hiddenNote(robot).getText()).contains("only the events of " + other);
  }
}
