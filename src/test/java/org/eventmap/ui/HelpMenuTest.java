package org.eventmap.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import javafx.scene.Node;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.GridPane;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.eventmap.ui.help.HelpWindows;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Help ▸ Curator's guide and Help ▸ About, opened from the main window's menu. */
@ExtendWith(ApplicationExtension.class)
class HelpMenuTest {
  private Stage main;
  private List<URI> openedLinks;

  @Start
  void start(Stage stage) {
    main = stage;
    TestWindow window = TestWindow.show(stage);
    openedLinks = window.openedLinks;
  }

  @AfterEach
  void closeHelpWindows(FxRobot robot) {
    robot.interact(() -> List.copyOf(Window.getWindows()).stream().filter(w -> w != main && w instanceof Stage)
        .forEach(w -> ((Stage) w).close()));
  }

  static <T> T onFx(Callable<T> task) {
    return WaitForAsyncUtils.waitFor(WaitForAsyncUtils.asyncFx(task));
  }

  private static List<Stage> stagesTitled(String start) {
    WaitForAsyncUtils.waitForFxEvents();
    return onFx(() -> Window.getWindows().stream().filter(w -> w instanceof Stage s && s.isShowing()
        && s.getTitle() != null && s.getTitle().startsWith(start)).map(Stage.class::cast).toList());
  }

  private static void chooseFromHelp(FxRobot robot, String itemId) {
    robot.clickOn("Help");
    robot.clickOn("#" + itemId);
    WaitForAsyncUtils.waitForFxEvents();
  }

  private static String words(TextFlow flow) {
    StringBuilder s = new StringBuilder();
    flow.getChildren().forEach(n -> s.append(n instanceof Text t ? t.getText() : ""));
    return s.toString();
  }

  @Test
  void theCuratorsGuideOpensBesideTheWindowWithTheFormatPagesFirstHeading(FxRobot robot) throws Exception {
    String firstHeading = Files.readAllLines(Path.of("docs/dataset-format.md")).stream()
        .filter(l -> l.startsWith("# ")).findFirst().orElseThrow().substring(2);

    chooseFromHelp(robot, "menu-guide");

    List<Stage> guides = stagesTitled("Curator's guide");
    assertThat(guides).hasSize(1);
    Stage guide = guides.get(0);
    assertThat(guide.getModality()).as("the main window stays usable").isEqualTo(Modality.NONE);
    assertThat(guide.getOwner()).isSameAs(main);
    assertThat(guide.getTitle()).isEqualTo("Curator's guide — " + firstHeading);
    TextFlow heading = (TextFlow) guide.getScene().getRoot().lookup(".markdown-h1");
    assertThat(words(heading)).isEqualTo(firstHeading);
    assertThat(guide.getScene().getRoot().lookupAll(".markdown-table")).as("the field tables").hasSizeGreaterThan(3);
    GridPane fields = (GridPane) guide.getScene().getRoot().lookup(".markdown-table");
    assertThat(fields.getChildren().subList(0, 4)).extracting(n -> words((TextFlow) n))
        .containsExactly("field", "required", "type", "what to write");

    robot.interact(main::toFront); // the guide lies over the main window's menu
    chooseFromHelp(robot, "menu-guide");

    assertThat(stagesTitled("Curator's guide")).as("one guide, brought to the front").containsExactly(guide);
  }

  @Test
  void theGuidesContentsGoToTheirSection(FxRobot robot) {
    chooseFromHelp(robot, "menu-guide");
    Stage guide = stagesTitled("Curator's guide").get(0);
    ScrollPane page = (ScrollPane) guide.getScene().getRoot().lookup("#" + HelpWindows.GUIDE_ID);
    Hyperlink places = onFx(() -> page.lookupAll(".hyperlink").stream().map(Hyperlink.class::cast)
        .filter(h -> h.getText().equals("Places")).findFirst().orElseThrow());

    robot.clickOn(places);
    WaitForAsyncUtils.waitForFxEvents();

    TextFlow section = onFx(() -> page.lookupAll(".markdown-h2").stream().map(TextFlow.class::cast)
        .filter(h -> words(h).equals("3. Places")).findFirst().orElseThrow());
    double top = onFx(() -> section.localToScene(0, 0).getY() - page.localToScene(0, 0).getY());
    assertThat(page.getVvalue()).isGreaterThan(0);
    assertThat(top).as("“3. Places” is at the top of the page").isBetween(-1.0, 60.0);
    assertThat(openedLinks).as("the page's own links open no browser").isEmpty();
  }

  @Test
  void theShortcutListNamesCopyAndFullScreen(FxRobot robot) {
    robot.clickOn("#" + org.eventmap.ui.map.MapView.ID, javafx.scene.input.MouseButton.MIDDLE);
    robot.type(javafx.scene.input.KeyCode.F1);
    WaitForAsyncUtils.waitForFxEvents();

    GridPane list = robot.lookup("#" + org.eventmap.ui.actions.ShortcutsDialog.LIST_ID).queryAs(GridPane.class);
    List<String> texts = list.getChildren().stream().map(n -> ((Label) n).getText()).toList();
    assertThat(texts).containsSubsequence("Anywhere in the window", "Ctrl+C", "Copy", "F11", "Full screen",
        "On the map");
  }

  @Test
  void aboutShowsTheVersionTheMapsAttributionAndWhatShipsWithItsLicences(FxRobot robot) {
    chooseFromHelp(robot, "menu-about");

    List<Stage> abouts = stagesTitled("About Eventmap");
    assertThat(abouts).hasSize(1);
    Node root = abouts.get(0).getScene().getRoot();
    assertThat(((Label) root.lookup("#" + HelpWindows.VERSION_ID)).getText()).matches("Version \\d+\\.\\d+\\.\\d+.*");
    assertThat(((Label) root.lookup("#" + HelpWindows.ATTRIBUTION_ID)).getText())
        .isEqualTo("Made with Natural Earth. Free vector and raster map data @ naturalearthdata.com");
    GridPane libraries = (GridPane) root.lookup("#" + HelpWindows.LIBRARIES_ID);
    List<String> texts = libraries.getChildren().stream().map(n -> ((javafx.scene.control.Labeled) n).getText()).toList();
    assertThat(texts).contains("commonmark-java", "0.32.0", "BSD-2-Clause", "JavaFX Controls",
        "GPL-2.0 with the Classpath Exception");

    Hyperlink naturalEarth = onFx(() -> root.lookupAll(".hyperlink").stream().map(Hyperlink.class::cast)
        .filter(h -> h.getText().equals("naturalearthdata.com")).findFirst().orElseThrow());
    robot.clickOn(naturalEarth);

    assertThat(openedLinks).as("opened by the application's link opener")
        .containsExactly(URI.create("https://www.naturalearthdata.com"));
  }
}
