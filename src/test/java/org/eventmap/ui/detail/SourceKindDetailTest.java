package org.eventmap.ui.detail;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.eventmap.domain.Dataset;
import org.eventmap.io.DatasetReader;
import org.eventmap.io.LoadResult;
import org.eventmap.state.AppState;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The detail pane says of each source what kind it is, before its title, and shows the curator's note under it. */
@ExtendWith(ApplicationExtension.class)
class SourceKindDetailTest {
  private final AppState state = new AppState();
  private final List<URI> opened = new ArrayList<>();

  @Start
  void start(Stage stage) {
    DetailPane pane = new DetailPane(state, opened::add);
    Scene scene = new Scene(pane, 420, 800);
    scene.getStylesheets().add(org.eventmap.ui.MainView.STYLESHEET);
    stage.setScene(scene);
    stage.show();
  }

  private void show(FxRobot robot, String id) throws URISyntaxException {
    Path file = Path.of(SourceKindDetailTest.class.getResource("/datasets/source-kinds.json").toURI());
    LoadResult result = DatasetReader.read(file);
    Dataset dataset = result.dataset().orElseThrow();
    robot.interact(() -> {
      state.applyLoad(result);
      state.select(dataset.event(id).orElseThrow());
    });
    WaitForAsyncUtils.waitForFxEvents();
  }

  /** The sources as a reader sees them, one line each: "[Kind] title-link | note". */
  private static List<String> shownSources(FxRobot robot) {
    Parent sources = robot.lookup("#" + DetailPane.SOURCES_ID).queryAs(Parent.class);
    List<String> lines = new ArrayList<>();
    for (Node row : sources.getChildrenUnmodifiable()) {
      StringBuilder line = new StringBuilder();
      collect(row, line);
      lines.add(line.toString().strip());
    }
    return lines;
  }

  private static void collect(Node node, StringBuilder line) {
    if (node instanceof Hyperlink link) {
      line.append("<").append(link.getText()).append("> ");
    } else if (node instanceof Label label && label.getStyleClass().contains("detail-source-kind")) {
      line.append("[").append(label.getText()).append("] ");
    } else if (node instanceof Label label && label.getStyleClass().contains("detail-source-note")) {
      line.append("| ").append(label.getText()).append(" ");
    } else if (node instanceof Label label) {
      line.append(label.getText()).append(" ");
    } else if (node instanceof Parent parent) {
      parent.getChildrenUnmodifiable().forEach(child -> collect(child, line));
    }
  }

  @Test
  void eachSourceShowsItsKindBeforeItsTitleAndItsNoteUnderIt(FxRobot robot) throws Exception {
    show(robot, "vote");

    assertThat(shownSources(robot)).containsExactly(
        "[Primary] <The document itself, as its page titles it — United Nations, 2024-03-22> | The Council's own "
            + "meeting coverage: the vote count and every delegation's explanation.",
        "[Report] <The outlet's own report — CNN>",
        "[Copy] <A syndicated copy — CNN via KESQ> | Same text as the report above; kept for its earlier timestamp.");
  }

  @Test
  void theKindsWordIsExplainedAndTheTitleStaysTheLink(FxRobot robot) throws Exception {
    show(robot, "vote");

    Label primary = robot.lookup(".detail-source-kind-primary").queryAs(Label.class);
    assertThat(primary.getText()).isEqualTo("Primary");
    assertThat(primary.getTooltip().getText()).startsWith("Primary: The document itself");
    Label note = robot.lookup(".detail-source-note").queryAs(Label.class);
    assertThat(note.getLayoutBounds().getWidth()).as("the note is laid out").isPositive();
    assertThat(note.localToScene(0, 0).getY()).as("the note is under the title")
        .isGreaterThan(robot.lookup(".hyperlink.detail-source").queryAs(Hyperlink.class).localToScene(0, 0).getY());
    assertThat(primary.localToScene(0, 0).getX()).as("the word is before the title")
        .isLessThan(robot.lookup(".hyperlink.detail-source").queryAs(Hyperlink.class).localToScene(0, 0).getX());

    robot.clickOn(robot.lookup(".hyperlink.detail-source").queryAs(Hyperlink.class));

    assertThat(opened).containsExactly(URI.create("https://example.org/press-release"));
  }

  @Test
  void sourcesWithoutKindsShowNoWord(FxRobot robot) throws Exception {
    show(robot, "imported");

    assertThat(shownSources(robot)).containsExactly("Copy one — Aggregator (no link)",
        "Copy two — Blog (no link) | A note without a kind.");
    assertThat(robot.lookup(".detail-source-kind").queryAll()).isEmpty();
  }
}
