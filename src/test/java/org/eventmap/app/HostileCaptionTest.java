package org.eventmap.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Labeled;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.eventmap.io.DatasetReader;
import org.eventmap.state.AppState;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The caption of an exported PNG shows a dataset's hostile title and category names as the literal text. */
@ExtendWith(ApplicationExtension.class)
class HostileCaptionTest {
  @Start
  void start(Stage stage) {}

  @Test
  void thePngCaptionShowsAHostileTitleAsLiteralText() throws Exception {
    AppState state = new AppState();
    Path file = Path.of(HostileCaptionTest.class.getResource("/hostile/hostile-title.json").toURI());
    state.applyLoad(DatasetReader.read(file));
    state.goToDay(LocalDate.of(2024, 3, 22));

    VBox caption = WaitForAsyncUtils.waitFor(WaitForAsyncUtils.asyncFx(() -> MapExport.caption(state, 800)));

    Labeled title = (Labeled) caption.lookup("#caption-title");
    assertThat(title.getText()).isEqualTo("<i>Hostile</i> <script>dataset()</script> &amp; title");
    assertThat(String.join("\n", texts(caption))).contains("<u>Markup</u>");
  }

  private static List<String> texts(Node root) {
    List<String> texts = new ArrayList<>();
    if (root instanceof Labeled l && l.getText() != null) {
      texts.add(l.getText());
    }
    if (root instanceof Parent p) {
      p.getChildrenUnmodifiable().forEach(c -> texts.addAll(texts(c)));
    }
    return texts;
  }
}
