package org.eventmap.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.TextArea;
import javafx.stage.Stage;
import org.eventmap.domain.Dataset;
import org.eventmap.io.MemoryBudget;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The real app with the curated dataset on screen, then each hostile file opened as File ▸ Open, the
 * command line and a drop open it: the curated events stay on the map and the banner names the file and
 * says what is wrong with it.
 */
@org.junit.jupiter.api.Timeout(value = 180, threadMode = org.junit.jupiter.api.Timeout.ThreadMode.SEPARATE_THREAD)
class HostileFileOpenedTest extends FxRobot {
  @TempDir Path dir;
  private CuratedWindow window;
  private EventmapApp app;
  private Stage stage;
  private String curatedTitle;
  private Dataset curated;
  private int curatedOnMap;

  @BeforeEach
  void launch() throws Exception {
    window = CuratedWindow.open(dir.resolve("session.json"));
    app = window.app;
    stage = window.stage;
    curatedTitle = stage.getTitle();
    interact(() -> {
      curated = app.state().dataset();
      curatedOnMap = app.state().visiblePositions().get().length;
    });
    assertThat(curatedOnMap).isPositive();
  }

  @AfterEach
  void close() throws Exception {
    window.close();
  }

  private String problems() {
    return lookup("#problem-list").queryAs(TextArea.class).getText();
  }

  /** Opens the file; the banner must name it with the message, and the curated events stay on the map. */
  private void opensWithTheCuratedEventsKept(Path file, String message) throws Exception {
    interact(() -> app.open(file));
    String expected = file + ":";
    WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> problems().contains(expected) && problems().contains(message));
    assertThat(lookup("#problem-banner").query().isVisible()).as("the banner is shown").isTrue();
    assertThat(problems()).as("FILE:LINE:COLUMN: message").containsPattern(java.util.regex.Pattern.quote(file.toString())
        + ":1:\\d+: " + java.util.regex.Pattern.quote(message)).doesNotContain("Exception", "\tat ");
    assertThat(stage.getTitle()).isEqualTo(curatedTitle);
    int[] onMap = new int[1];
    Dataset[] shown = new Dataset[1];
    interact(() -> {
      onMap[0] = app.state().visiblePositions().get().length;
      shown[0] = app.state().dataset();
    });
    assertThat(shown[0]).as("the dataset on screen").isSameAs(curated);
    assertThat(onMap[0]).as("events on the map").isEqualTo(curatedOnMap);
  }

  @Test
  void aDeviceAFolderAndUnreadablePathsLeaveTheCuratedEventsOnTheMap() throws Exception {
    opensWithTheCuratedEventsKept(Path.of("/dev/zero"), "is a device, not a file: Eventmap reads only files");
    opensWithTheCuratedEventsKept(Files.createDirectory(dir.resolve("exports.kml")), "is a folder, not a file");
    Path file = Files.writeString(dir.resolve("a.json"), "{}");
    opensWithTheCuratedEventsKept(file.resolve("x"), "cannot be read: " + file + " is a file, not a folder");
    Path one = Files.createSymbolicLink(dir.resolve("one.json"), dir.resolve("two.json"));
    Files.createSymbolicLink(dir.resolve("two.json"), one);
    opensWithTheCuratedEventsKept(one, "cannot be read: it is a link that leads back to itself");
    opensWithTheCuratedEventsKept(Files.createSymbolicLink(dir.resolve("latest.json"), Path.of("gone.json")),
        "is a link to gone.json, which does not exist");
  }

  /**
   * The registry refuses a named pipe before opening it, but the app looks for remembered column answers
   * first ({@code ColumnAnswers.headerOf} reads the file's first line on the JavaFX thread), and opening a
   * pipe waits for a writer: the window freezes. If it does, this test writes to the pipe to free it, and fails.
   */
  @Test
  void aNamedPipeLeavesTheCuratedEventsOnTheMapAndTheWindowAnswering() throws Exception {
    Path pipe = dir.resolve("events.json");
    assumeTrue(new ProcessBuilder("mkfifo", pipe.toString()).start().waitFor() == 0, "mkfifo is there");
    javafx.application.Platform.runLater(() -> app.open(pipe));
    java.util.concurrent.CountDownLatch answered = new java.util.concurrent.CountDownLatch(1);
    javafx.application.Platform.runLater(answered::countDown);
    boolean answering = answered.await(10, TimeUnit.SECONDS);
    if (!answering) {
      try (var writer = Files.newOutputStream(pipe)) {
        writer.write('x'); // frees the JavaFX thread, so that the other tests can run
      }
    }
    assertThat(answering).as("the JavaFX thread answers while a named pipe is opened").isTrue();
    WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> problems().contains(pipe + ":1:1: is a named pipe"));
    assertThat(stage.getTitle()).isEqualTo(curatedTitle);
  }

  @Test
  void aFileOfFiveGigabytesLeavesTheCuratedEventsOnTheMap() throws Exception {
    long fiveGb = 5L << 30;
    // StoryMapJS needs the most heap per byte of the file: 5 GB of it is too much for this JVM's heap.
    assumeTrue(MemoryBudget.heapNeeded(MemoryBudget.Family.STORYMAP, fiveGb) > Runtime.getRuntime().maxMemory());
    Path big = dir.resolve("big.json");
    try (RandomAccessFile file = new RandomAccessFile(big.toFile(), "rw")) {
      file.write("{\"storymap\": {\"slides\": [\n".getBytes(StandardCharsets.UTF_8));
      file.setLength(fiveGb);
    }
    try {
      opensWithTheCuratedEventsKept(big, "is 5.0 GB of StoryMapJS, too large for the memory Eventmap may use");
      assertThat(problems()).contains("To open it, give Eventmap more memory: java -Xmx");
    } finally {
      Files.delete(big);
    }
  }

  @Test
  void deepNestingAndBrokenTextLeaveTheCuratedEventsOnTheMap() throws Exception {
    Path deep = Files.writeString(dir.resolve("deep.geojson"), "{\"type\":\"FeatureCollection\",\"features\":"
        + "[".repeat(200_000) + "]".repeat(200_000) + "}");
    opensWithTheCuratedEventsKept(deep, "the JSON nests arrays and objects more than 1000 deep");
    Path notUtf8 = Files.write(dir.resolve("latin.geojson"), ("{\"type\":\"FeatureCollection\",\"features\":[{\"type\":"
        + "\"Feature\",\"geometry\":{\"type\":\"Point\",\"coordinates\":[1,2]},\"properties\":{\"title\":\"Op\u00e9n\"}}]}")
        .getBytes(StandardCharsets.ISO_8859_1));
    interact(() -> app.open(notUtf8));
    WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> problems().contains(notUtf8 + ":1:"));
    assertThat(problems()).contains("UTF-8");
    assertThat(stage.getTitle()).isEqualTo(curatedTitle);
    List<Integer> kept = new java.util.ArrayList<>();
    interact(() -> kept.add(app.state().visiblePositions().get().length));
    assertThat(kept).containsExactly(curatedOnMap);
  }
}
