package org.eventmap.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.eventmap.domain.Event;
import org.eventmap.io.DatasetReader;
import org.eventmap.io.LoadResult;
import org.eventmap.state.AppState;
import org.eventmap.ui.detail.DetailPane;
import org.eventmap.ui.list.EventListView;
import org.eventmap.ui.map.BasemapLibrary;
import org.eventmap.ui.map.MapView;
import org.eventmap.ui.map.MapView.MarkerGroup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A title that looks like HTML (src/test/resources/hostile/hostile-title.json) is shown as the literal
 * text it is in the detail pane, the list and the map's tooltip: JavaFX labels and texts never read
 * markup, and the main window holds no WebView that could.
 */
@ExtendWith(ApplicationExtension.class)
class HostileTextShownTest {
  static final String TITLE = "<b>bold</b> <script>x</script> &amp;";

  private final AppState state = new AppState();
  private MainView view;

  @Start
  void start(Stage stage) throws Exception {
    view = new MainView(state, BasemapLibrary.loadedNow(), new MainView.Actions() {});
    Path file = Path.of(HostileTextShownTest.class.getResource("/hostile/hostile-title.json").toURI());
    LoadResult result = DatasetReader.read(file);
    assertThat(result.errors()).isEmpty();
    state.applyLoad(result);
    stage.setScene(new Scene(view, 1280, 800));
    stage.show();
  }

  private static <T> T onFx(Callable<T> task) {
    return WaitForAsyncUtils.waitFor(WaitForAsyncUtils.asyncFx(task));
  }

  private Event hostile() {
    return state.dataset().event("2024-03-20-hostile").orElseThrow();
  }

  @Test
  void theDetailPaneShowsAHostileTitleAsLiteralText(FxRobot robot) {
    assertThat(hostile().title()).isEqualTo(TITLE);
    robot.interact(() -> state.select(hostile()));
    WaitForAsyncUtils.waitForFxEvents();

    Label title = robot.lookup("#" + DetailPane.TITLE_ID).queryAs(Label.class);
    assertThat(title.getText()).isEqualTo(TITLE);
    Node detail = robot.lookup("#" + DetailPane.ID).query();
    assertThat(texts(detail)).contains(TITLE, "<i>Someone</i> &amp; co");
    assertThat(String.join("\n", texts(detail))).contains("<a href=\"javascript:alert(1)\">Test</a>");
  }

  @Test
  void theListShowsAHostileTitleAsLiteralText(FxRobot robot) throws Exception {
    WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> texts(robot.lookup("#" + EventListView.ID).query())
        .contains(TITLE));
    assertThat(texts(robot.lookup("#" + EventListView.ID).query())).contains(TITLE);
  }

  @Test
  void theMapTooltipShowsAHostileTitleAsLiteralText(FxRobot robot) throws Exception {
    MapView map = view.map();
    WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> onFx(() -> !map.markerGroups().isEmpty()));
    MarkerGroup mark = onFx(() -> map.markerGroups().get(0));
    Point2D at = onFx(() -> map.localToScreen(mark.x(), mark.y()));

    robot.moveTo(at);

    Label tooltip = robot.lookup("#" + MapView.TOOLTIP_ID).queryAs(Label.class);
    WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, tooltip::isVisible);
    assertThat(tooltip.getText()).startsWith(TITLE + "\n").endsWith("<b>Harbour</b> &lt;quay&gt;");
  }

  @Test
  void theMainWindowHoldsNoWebView(FxRobot robot) {
    robot.interact(() -> state.select(hostile()));
    List<Node> all = onFx(() -> descendants(view));
    assertThat(all).noneMatch(n -> n.getClass().getName().startsWith("javafx.scene.web."));
  }

  /** The text of every label and text node under the node, as the user reads it. */
  static List<String> texts(Node root) {
    return onFx(() -> descendants(root).stream()
        .map(n -> n instanceof Labeled l ? l.getText() : n instanceof Text t ? t.getText() : null)
        .filter(s -> s != null && !s.isEmpty()).toList());
  }

  static List<Node> descendants(Node root) {
    List<Node> nodes = new java.util.ArrayList<>();
    java.util.ArrayDeque<Node> todo = new java.util.ArrayDeque<>(List.of(root));
    while (!todo.isEmpty()) {
      Node n = todo.pop();
      nodes.add(n);
      if (n instanceof Parent p) {
        todo.addAll(p.getChildrenUnmodifiable());
      }
    }
    return nodes;
  }
}
