package org.eventmap.ui;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** After a large file is read, the banner says that its events are being indexed by date, and how many. */
@ExtendWith(ApplicationExtension.class)
class IndexingShownTest {
  private TestWindow window;

  @Start
  void start(Stage stage) {
    window = TestWindow.show(stage);
  }

  private String headline(FxRobot robot) {
    return robot.lookup("#" + ProblemBanner.HEADLINE_ID).queryAs(Label.class).getText();
  }

  @Test
  void theIndexingOfAReadFileHasItsOwnLineInTheBanner(FxRobot robot) {
    robot.interact(() -> window.state.loadStarted("big.json", () -> { }));
    assertThat(headline(robot)).isEqualTo("Opening big.json … the map keeps what it shows until the file is ready.");

    robot.interact(() -> window.state.loadIndexing(1_000_000));
    assertThat(headline(robot)).isEqualTo("Opening big.json: read; indexing 1,000,000 events by date … the map "
        + "keeps what it shows until they are ready.");
    assertThat(window.state.loadProgressProperty().get()).isEqualTo(-1);

    robot.interact(() -> window.state.loadStarted("next.json", () -> { }));
    assertThat(headline(robot)).startsWith("Opening next.json …");
  }

  @Test
  void indexingSaidAfterTheLoadEndedIsIgnored(FxRobot robot) {
    robot.interact(() -> window.state.loadIndexing(5));
    assertThat(window.state.loadIndexingProperty().get()).isEqualTo(-1);
  }
}
