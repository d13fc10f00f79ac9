package org.eventmap.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.stage.Stage;
import org.eventmap.ui.map.MapView;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** The whole application as a person starts it: the curated dataset, then a file with mistakes. */
class EventmapAppTest extends FxRobot {
  @TempDir Path dir;
  private CuratedWindow window;
  private EventmapApp app;
  private Stage stage;

  @BeforeEach
  void launch() throws Exception {
    window = CuratedWindow.open(dir.resolve("session.json"));
    app = window.app;
    stage = window.stage;
  }

  @AfterEach
  void close() throws Exception {
    window.close();
  }

  private String text(String id) {
    return lookup("#" + id).queryAs(Label.class).getText();
  }

  @Test
  void opensOnTheCuratedDatasetWithItsTitleAndAllItsEvents() throws Exception {
    assertThat(stage.getTitle()).startsWith("Gaza ceasefire diplomacy, March 2024").endsWith("— Eventmap");
    assertThat(text("timeline-count")).matches("\\d+ of \\d+ events shown .*");
    MapView map = lookup("#" + MapView.ID).queryAs(MapView.class);
    WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, map::hasDrawnBasemap);
  }

  @Test
  void aFileWithMistakesIsExplainedLineByLineAndTheMapKeepsItsData() throws IOException, Exception {
    String before = text("timeline-count");
    String title = stage.getTitle();
    Path bad = dir.resolve("mistakes.json");
    Files.writeString(bad, """
        {"format": "eventmap/1", "title": "Mistakes", "license": "l",
         "places": [{"id": "p", "name": "P", "lat": 123, "lon": 0, "timeZone": "UTC"}],
         "categories": [{"id": "k", "name": "K"}],
         "events": []}
        """);

    interact(() -> app.open(bad));
    Node banner = lookup("#problem-banner").query();
    WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> banner.isVisible() && text("problem-headline").startsWith("Could"));

    assertThat(text("problem-headline")).isEqualTo("Could not open " + bad + ": 1 error. The map still shows “"
        + title.replace(" — Eventmap", "") + "”.");
    assertThat(lookup("#problem-list").queryAs(TextArea.class).getText())
        .isEqualTo(bad + ":2:45: a place: latitude 123 is outside [-90, 90]");
    assertThat(stage.getTitle()).isEqualTo(title);
    assertThat(text("timeline-count")).isEqualTo(before);

    clickOn("#problem-dismiss");
    assertThat(banner.isVisible()).isFalse();
  }

  @Test
  void aGoodFileReplacesTheDataset() throws Exception {
    Path good = Path.of(getClass().getResource("/datasets/small-valid.json").toURI());

    interact(() -> app.open(good));
    WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> stage.getTitle().startsWith("Small test dataset"));

    assertThat(text("timeline-count")).startsWith("3 of 3 events");
    assertThat(lookup("#problem-banner").query().isVisible()).isFalse();
  }

  /** Pixels in the rectangle that are clearly dark, as text is. */
  private static int darkPixels(java.awt.image.BufferedImage image, int x0, int y0, int x1, int y1) {
    int count = 0;
    for (int y = y0; y < y1; y++) {
      for (int x = x0; x < x1; x++) {
        int rgb = image.getRGB(x, y);
        if (((rgb >> 16) & 0xff) + ((rgb >> 8) & 0xff) + (rgb & 0xff) < 250) {
          count++;
        }
      }
    }
    return count;
  }

  @Test
  void theExportedMapHasACaptionUnderItAndTheWindowSaysWhereItWasSaved() throws Exception {
    MapView map = lookup("#" + MapView.ID).queryAs(MapView.class);
    WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, map::hasDrawnBasemap);
    Path png = dir.resolve("map.png");

    interact(() -> app.exportMapImage(png));
    WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> lookup("#export-saved").tryQuery().isPresent());

    assertThat(lookup("#export-saved").queryAs(javafx.scene.control.DialogPane.class).getContentText())
        .isEqualTo("Saved " + png.toAbsolutePath());
    java.awt.image.BufferedImage image = javax.imageio.ImageIO.read(png.toFile());
    int mapWidth = (int) Math.round(map.getWidth());
    int mapHeight = (int) Math.round(map.getHeight());
    assertThat(image.getWidth()).isEqualTo(mapWidth);
    assertThat(image.getHeight()).as("map and caption").isGreaterThan(mapHeight + 60);
    // The sea colour of the basemap is there, so it is the map and not an empty image.
    int sea = 0;
    for (int x = 0; x < image.getWidth(); x += 7) {
      for (int y = 0; y < mapHeight; y += 7) {
        if ((image.getRGB(x, y) & 0xffffff) == 0xcfe0ec) {
          sea++;
        }
      }
    }
    assertThat(sea).isGreaterThan(100);
    // Under the map, the caption's text.
    assertThat(darkPixels(image, 0, mapHeight, image.getWidth(), image.getHeight())).isGreaterThan(500);
  }

  @Test
  void fileExportEventsWritesAFileAnotherToolOpensAndSaysWhatTheFormatLeftOut() throws Exception {
    Path kml = dir.resolve("diplomacy.kml");
    org.eventmap.io.export.DatasetWriter writer = org.eventmap.io.export.ExportFormats.named("kml").orElseThrow();

    interact(() -> app.exportEvents(kml, writer));
    WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> lookup("#export-events-saved").tryQuery().isPresent());

    String said = lookup("#export-events-saved").queryAs(javafx.scene.control.DialogPane.class).getContentText();
    assertThat(said).startsWith("Saved 41 events as " + writer.description() + " to " + kml.toAbsolutePath());
    org.eventmap.io.LoadResult back = org.eventmap.io.formats.FormatRegistry.read(kml);
    assertThat(back.errors()).isEmpty();
    assertThat(back.dataset().orElseThrow().events()).hasSize(41);
  }

  @Test
  void fileExportEventsNeverWritesOverTheFileShown() throws Exception {
    Path shown = dir.resolve("shown.json");
    java.nio.file.Files.copy(Path.of(getClass().getResource("/datasets/small-valid.json").toURI()), shown);
    byte[] before = java.nio.file.Files.readAllBytes(shown);
    interact(() -> app.open(shown));
    WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> stage.getTitle().startsWith("Small test dataset"));

    interact(() -> app.exportEvents(shown, org.eventmap.io.export.ExportFormats.named("geojson").orElseThrow()));
    WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> lookup("#export-events-failed").tryQuery().isPresent());

    assertThat(lookup("#export-events-failed").queryAs(javafx.scene.control.DialogPane.class).getContentText())
        .contains("is the file shown: Eventmap never writes over the file it read");
    assertThat(java.nio.file.Files.readAllBytes(shown)).isEqualTo(before);
  }

  @Test
  void theWholeWindowCanBeExported() throws Exception {
    Path png = dir.resolve("window.png");

    interact(() -> app.exportWindowImage(png));
    WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> lookup("#export-saved").tryQuery().isPresent());

    java.awt.image.BufferedImage image = javax.imageio.ImageIO.read(png.toFile());
    assertThat(image.getWidth()).isEqualTo((int) Math.round(stage.getScene().getWidth()));
    assertThat(image.getHeight()).isEqualTo((int) Math.round(stage.getScene().getHeight()));
  }

  @Test
  void exportAsksWhetherToSaveTheMapWithACaptionOrTheWholeWindow() throws Exception {
    javafx.application.Platform.runLater(app::exportMapImage); // not interact: the dialog waits for an answer
    WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> lookup("#export-choice").tryQuery().isPresent());
    javafx.scene.control.DialogPane choice = lookup("#export-choice").queryAs(javafx.scene.control.DialogPane.class);

    assertThat(choice.getButtonTypes()).extracting(javafx.scene.control.ButtonType::getText)
        .containsExactly("The map with a caption", "The whole window", "Cancel");
    clickOn(choice.lookupButton(javafx.scene.control.ButtonType.CANCEL));
    WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> lookup("#export-choice").tryQuery().isEmpty());
  }

  @Test
  void reopensWhereThePersonLeftIt() throws Exception {
    interact(() -> {
      lookup("#timeline-go-to").queryAs(javafx.scene.control.DatePicker.class).getEditor().setText("2024-03-21");
    });
    clickOn("#timeline-go-to").type(javafx.scene.input.KeyCode.ENTER);
    clickOn("#search-field").write("Blinken").type(javafx.scene.input.KeyCode.ENTER);
    String date = text("timeline-date");
    String count = text("timeline-count");
    assertThat(date).startsWith("Thursday 21 March 2024");

    interact(() -> stage.hide()); // closing the window saves the session
    FxToolkit.cleanupApplication(app);
    app = (EventmapApp) FxToolkit.setupApplication(EventmapApp.class);
    WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> stage.getTitle().contains("Gaza")
        && text("timeline-date").startsWith("Thursday"));

    assertThat(text("timeline-date")).isEqualTo(date);
    assertThat(text("timeline-count")).isEqualTo(count);
    assertThat(lookup("#search-field").queryAs(javafx.scene.control.TextField.class).getText()).isEqualTo("Blinken");
  }

  @Test
  void theWindowReopensWithTheSizeAndPlaceItWasClosedWith() throws Exception {
    interact(() -> {
      stage.setX(110);
      stage.setY(70);
      stage.setWidth(1000);
      stage.setHeight(700);
    });
    interact(() -> stage.hide()); // closing the window saves the session
    FxToolkit.cleanupApplication(app);
    interact(() -> {
      stage.setX(0);
      stage.setY(0);
      stage.setWidth(900);
      stage.setHeight(600);
    });

    app = (EventmapApp) FxToolkit.setupApplication(EventmapApp.class);
    WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> stage.isShowing() && stage.getTitle().contains("Gaza"));

    assertThat(new double[] {stage.getX(), stage.getY(), stage.getWidth(), stage.getHeight()})
        .containsExactly(110, 70, 1000, 700);
  }

  @Test
  void aLargeFileLoadsWithProgressAndCanBeCancelledLeavingTheMapAsItWas() throws Exception {
    Path big = dir.resolve("big.json");
    org.eventmap.bench.SyntheticDataset.main(new String[] {"--events", "120000", "--out", big.toString()});
    String title = stage.getTitle();
    String count = text("timeline-count");
    javafx.scene.control.ProgressBar progress = lookup("#load-progress").queryAs(javafx.scene.control.ProgressBar.class);

    interact(() -> app.open(big));
    WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> progress.getProgress() > 0.05);
    assertThat(text("problem-headline")).startsWith("Opening " + big);
    clickOn("#load-cancel");

    WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !lookup("#problem-banner").query().isVisible());
    assertThat(stage.getTitle()).isEqualTo(title);
    assertThat(text("timeline-count")).isEqualTo(count);
  }
}
