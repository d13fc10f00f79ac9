package org.eventmap.ui.help;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.GridPane;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Markdown as the guide shows it: readable, its web links opened in the browser, nothing in it run. */
@ExtendWith(ApplicationExtension.class)
class MarkdownViewTest {
  private final List<URI> opened = new ArrayList<>();
  private Stage stage;

  @Start
  void start(Stage stage) {
    this.stage = stage;
  }

  private MarkdownView show(FxRobot robot, String markdown) {
    MarkdownView[] view = new MarkdownView[1];
    robot.interact(() -> {
      view[0] = new MarkdownView(markdown, opened::add);
      ScrollPane scroll = new ScrollPane(view[0]);
      scroll.setFitToWidth(true);
      Scene scene = new Scene(scroll, 700, 500);
      scene.getStylesheets().add(HelpWindows.STYLESHEET);
      stage.setScene(scene);
      stage.show();
    });
    WaitForAsyncUtils.waitForFxEvents();
    return view[0];
  }

  private static String allText(Node root) {
    StringBuilder s = new StringBuilder();
    collect(root, s);
    return s.toString();
  }

  private static void collect(Node node, StringBuilder s) {
    if (node instanceof Text t) {
      s.append(t.getText());
    } else if (node instanceof javafx.scene.control.Labeled l) {
      s.append(l.getText()).append('\n');
      return;
    }
    if (node instanceof javafx.scene.Parent p) {
      for (Node child : p.getChildrenUnmodifiable()) {
        collect(child, s);
      }
    }
  }

  @Test
  void aWebLinkOpensInTheBrowserThroughTheOpenerGiven(FxRobot robot) {
    show(robot, "See [the schema](https://example.org/schema.json) for more.");

    Hyperlink link = robot.lookup((Node n) -> n instanceof Hyperlink h && h.getText().equals("the schema"))
        .queryAs(Hyperlink.class);
    robot.clickOn(link);

    assertThat(opened).containsExactly(URI.create("https://example.org/schema.json"));
  }

  @Test
  void htmlAndScriptsInThePageAreShownAsTextAndALinkToAFileIsNoLink(FxRobot robot) {
    MarkdownView view = show(robot, "Inline <script>alert(1)</script> here, "
        + "[a script](javascript:alert(2)) and [the README](../README.md).\n\n<div onclick=\"x()\">block</div>\n");

    String text = allText(view);

    assertThat(text).contains("<script>alert(1)</script>").contains("<div onclick=\"x()\">block</div>")
        .contains("a script (javascript:alert(2))").contains("the README (../README.md)");
    assertThat(robot.lookup((Node n) -> n instanceof Hyperlink).queryAll()).as("no link to follow").isEmpty();
  }

  @Test
  void headingsListsCodeBlocksAndTablesAreShown(FxRobot robot) {
    MarkdownView view = show(robot, """
        # Writing a file

        Some **bold** and `code`.

        - one
        - [ ] to tick

        1. first
        2. second

        ```
        { "format": "eventmap/1" }
        ```

        | field | required | what |
        |---|---|---|
        | `format` | yes | Always `"a|b"` \\| or not. |
        """);

    assertThat(view.headings()).extracting(MarkdownView::textOf).containsExactly("Writing a file");
    assertThat(view.headings().get(0).getStyleClass()).contains("markdown-h1");
    String text = allText(view);
    assertThat(text).contains("Some bold and code.").contains("•").contains("☐").contains("to tick")
        .doesNotContain("[ ]").contains("1.").contains("2.").contains("{ \"format\": \"eventmap/1\" }");
    GridPane table = robot.lookup(".markdown-table").queryAs(GridPane.class);
    List<String> cells = table.getChildren().stream().map(n -> MarkdownView.textOf((TextFlow) n)).toList();
    assertThat(cells).containsExactly("field", "required", "what", "format", "yes", "Always \"a|b\" | or not.");
    assertThat(robot.lookup(".markdown-code-block").queryAs(Label.class).getFont().getFamily().toLowerCase())
        .contains("mono");
  }

  @Test
  void aLinkToAHeadingOfThePageScrollsToIt(FxRobot robot) {
    StringBuilder page = new StringBuilder("# Guide\n\n[Go to the end](#7-the-end)\n\n");
    for (int i = 0; i < 80; i++) {
      page.append("Paragraph ").append(i).append(".\n\n");
    }
    page.append("## 7. The end\n\nDone.\n");
    MarkdownView view = show(robot, page.toString());
    ScrollPane scroll = (ScrollPane) view.getParent().getParent().getParent();
    assertThat(scroll.getVvalue()).isZero();

    robot.clickOn(robot.lookup((Node n) -> n instanceof Hyperlink h && h.getText().equals("Go to the end"))
        .queryAs(Hyperlink.class));
    WaitForAsyncUtils.waitForFxEvents();

    Node end = view.anchor("7-the-end").orElseThrow();
    double top = end.localToScene(0, 0).getY() - scroll.localToScene(0, 0).getY();
    assertThat(top).as("the heading is in view").isBetween(-1.0, scroll.getViewportBounds().getHeight() - 20);
    assertThat(opened).as("no browser for a link inside the page").isEmpty();
  }

  @Test
  void anchorsAreTheOnesGitHubGives() {
    assertThat(MarkdownView.slug("6. Dates, precision and time zones")).isEqualTo("6-dates-precision-and-time-zones");
    assertThat(MarkdownView.slug("`approximate`")).isEqualTo("approximate");
    assertThat(MarkdownView.cells("| `a|b` | c \\| d | e |")).containsExactly("`a|b`", "c | d", "e");
  }
}
