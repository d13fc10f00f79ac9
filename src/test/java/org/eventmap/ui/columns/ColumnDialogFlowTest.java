package org.eventmap.ui.columns;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.input.KeyCode;
import javafx.stage.PopupWindow;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.eventmap.app.EventmapApp;
import org.eventmap.domain.Event;
import org.eventmap.io.LoadResult;
import org.eventmap.io.formats.FormatRegistry;
import org.eventmap.ui.map.MapView;
import org.eventmap.ui.timeline.TimelineView;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The whole application opening a spreadsheet whose columns say nothing the reader recognises: the person
 * answers the column dialog, sees the events on the map, and is not asked again for that file.
 */
class ColumnDialogFlowTest extends FxRobot {
  private static final List<String> TITLES = List.of("Aid convoy reaches the north", "Negotiators meet in Doha",
      "Talks move to Cairo");

  @TempDir Path dir;
  private Path csv;
  private EventmapApp app;
  private Stage stage;

  @BeforeEach
  void launch() throws Exception {
    csv = Files.copy(Path.of(getClass().getResource("/formats/columns/unclear-columns.csv").toURI()),
        dir.resolve("unclear-columns.csv"));
    LoadResult placeholder = FormatRegistry.named("csv").orElseThrow()
        .read(csv, org.eventmap.io.ReadOptions.NONE, org.eventmap.io.ProgressListener.NONE);
    assumeFalse(placeholder.errors().stream().anyMatch(p -> p.message().contains("cannot be read yet")),
        "awaits the CSV reader: " + placeholder.problems());
    LoadResult read = FormatRegistry.read(csv);
    assertThat(read.question()).as("the reader asks about this file's columns").isPresent();
    System.setProperty("eventmap.session", dir.resolve("session.json").toString());
    System.setProperty("eventmap.columns", dir.resolve("columns.json").toString());
    stage = FxToolkit.registerPrimaryStage();
    app = (EventmapApp) FxToolkit.setupApplication(EventmapApp.class);
    WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> stage.getTitle().contains("Gaza"));
  }

  @AfterEach
  void close() throws Exception {
    if (app == null) {
      return;
    }
    WaitForAsyncUtils.asyncFx(() -> Window.getWindows().stream().filter(w -> w != stage).toList()
        .forEach(Window::hide));
    WaitForAsyncUtils.waitForFxEvents();
    FxToolkit.cleanupApplication(app);
    FxToolkit.hideStage();
    System.clearProperty("eventmap.columns");
  }

  static <T> T onFx(Callable<T> task) {
    return WaitForAsyncUtils.waitFor(WaitForAsyncUtils.asyncFx(task));
  }

  private boolean asking() {
    return lookup("#" + ColumnDialog.ID).tryQuery().isPresent();
  }

  private void open(Path file) {
    Platform.runLater(() -> app.open(file));
  }

  private void choose(ColumnRole role, String column) {
    clickOn(lookup("#columns-" + role.key()).queryAs(ChoiceBox.class));
    WaitForAsyncUtils.waitForFxEvents();
    Node item = lookup((Node n) -> n instanceof Labeled l && column.equals(l.getText())
        && n.getScene() != null && n.getScene().getWindow() instanceof PopupWindow && n.isVisible()).query();
    clickOn(item);
    WaitForAsyncUtils.waitForFxEvents();
  }

  private String count() {
    return lookup("#" + TimelineView.COUNT_LABEL_ID).queryAs(Label.class).getText();
  }

  /** The titles of the events the map draws a mark for, after showing every event. */
  private List<String> titlesOnTheMap() {
    MapView map = lookup("#" + MapView.ID).queryAs(MapView.class);
    WaitForAsyncUtils.waitForFxEvents();
    return onFx(() -> map.markerGroups().stream().flatMap(g -> g.events().stream()).map(Event::title)
        .distinct().sorted().toList());
  }

  private void answerTheDialog() throws Exception {
    WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, this::asking);
    choose(ColumnRole.DATE, "when");
    choose(ColumnRole.LAT, "y_coord");
    choose(ColumnRole.LON, "x_coord");
    choose(ColumnRole.TITLE, "what");
    clickOn("#" + ColumnDialog.ID + "-ok");
  }

  @Test
  void aSpreadsheetWithUnclearColumnsOpensOnceThePersonSaysWhichIsWhichAndIsNotAskedAgain() throws Exception {
    open(csv);
    answerTheDialog();

    WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> !stage.getTitle().contains("Gaza"));
    assertThat(asking()).isFalse();
    // A new file opens at its end, with every event shown.
    assertThat(count()).startsWith("3 of 3 events shown");
    assertThat(titlesOnTheMap()).containsExactlyElementsOf(TITLES);
    javafx.scene.control.TableView<?> list = lookup("#" + org.eventmap.ui.list.EventListView.ID)
        .queryAs(javafx.scene.control.TableView.class);
    assertThat(onFx(() -> list.getItems().stream().map(e -> ((Event) e).title()).sorted().toList()))
        .containsExactlyElementsOf(TITLES);
    assertThat(lookup("#problem-banner").query().isVisible()).isFalse();
    assertThat(dir.resolve("columns.json")).content().contains("y_coord");

    // Another file, then this one again: it opens straight away.
    Path other = Path.of(getClass().getResource("/datasets/small-valid.json").toURI());
    open(other);
    WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> stage.getTitle().startsWith("Small test dataset"));
    String smallTitle = stage.getTitle();
    open(csv);
    WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> !stage.getTitle().equals(smallTitle) || asking());
    assertThat(asking()).as("asked again").isFalse();
    assertThat(count()).matches("\\d+ of 3 events shown.*");

    // The next run reopens the file of the last session, with the answer given in this one.
    interact(() -> stage.hide());
    FxToolkit.cleanupApplication(app);
    app = (EventmapApp) FxToolkit.setupApplication(EventmapApp.class);
    WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> count().matches("\\d+ of 3 events shown.*") || asking());
    assertThat(asking()).as("asked again in the next run").isFalse();
  }

  @Test
  void cancellingTheDialogKeepsTheMapAsItWasAndTheFileIsAskedAboutNextTime() throws Exception {
    String title = stage.getTitle();
    String before = count();
    open(csv);
    WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, this::asking);

    type(KeyCode.ESCAPE);

    WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !asking());
    WaitForAsyncUtils.waitForFxEvents();
    assertThat(stage.getTitle()).isEqualTo(title);
    assertThat(count()).isEqualTo(before);
    assertThat(lookup("#problem-banner").query().isVisible()).as("a cancel is no problem").isFalse();
    assertThat(dir.resolve("columns.json")).doesNotExist();

    open(csv);
    WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, this::asking);
  }

  @Test
  void anAnswerWhoseReadFailedWasRememberedAndTheFileFailedTheSameWayAtEveryOpening() throws Exception {
    // The dialog shows the first twenty rows; the twenty-fifth has a latitude of 123.
    Path wrong = Files.copy(Path.of(getClass().getResource("/formats/columns/wrong-late-row.csv").toURI()),
        dir.resolve("wrong-late-row.csv"));
    String title = stage.getTitle();
    open(wrong);
    WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, this::asking);
    choose(ColumnRole.DATE, "when");
    choose(ColumnRole.LAT, "y_coord");
    choose(ColumnRole.LON, "x_coord");
    clickOn("#" + ColumnDialog.ID + "-ok");
    WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> lookup("#problem-banner").query().isVisible());
    assertThat(stage.getTitle()).as("the map keeps what it showed").isEqualTo(title);

    open(wrong);

    WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, this::asking);
  }
}
