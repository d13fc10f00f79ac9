package org.eventmap.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.ref.WeakReference;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A person opens file after file in one window, all day: each file shown must let go of the one before,
 * its dataset, its time index and its events, or the heap fills up file by file until the app runs out
 * of memory. Each test holds the old objects only weakly and asks the collector whether anything else
 * still does.
 */
@org.junit.jupiter.api.Timeout(value = 120, threadMode = org.junit.jupiter.api.Timeout.ThreadMode.SEPARATE_THREAD)
class OpenedFilesAreForgottenTest extends FxRobot {
  @TempDir Path dir;
  private CuratedWindow window;
  private EventmapApp app;
  private Stage stage;

  @BeforeEach
  void launch() throws Exception {
    EventmapApp.reloadDebounce = Duration.ofMillis(50);
    window = CuratedWindow.open(dir.resolve("session.json"));
    app = window.app;
    stage = window.stage;
  }

  @AfterEach
  void close() throws Exception {
    EventmapApp.reloadDebounce = Duration.ofMillis(200);
    window.close();
  }

  /** What one shown file left in memory, held weakly. */
  private record Shown(WeakReference<Object> dataset, WeakReference<Object> index, WeakReference<Object> event) {
    boolean forgotten() {
      return dataset.get() == null && index.get() == null && event.get() == null;
    }
  }

  private Shown shownNow() {
    Shown[] now = new Shown[1];
    interact(() -> now[0] = new Shown(new WeakReference<>(app.state().dataset()),
        new WeakReference<>(app.state().timeIndex()),
        new WeakReference<>(app.state().dataset().events().get(0))));
    return now[0];
  }

  private Path write(String name, String title, int events) throws Exception {
    Path file = dir.resolve(name);
    Files.writeString(file, LiveReloadTest.dataset(title, events, null));
    return file;
  }

  private void openAndAwait(Path file, String title) throws Exception {
    interact(() -> app.open(file));
    awaitTitle(title);
  }

  private void awaitTitle(String title) throws Exception {
    WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> stage.getTitle().equals(title + " — Eventmap"));
    // A few frames: what the views keep of the last file, they let go of when they draw the new one.
    for (int i = 0; i < 3; i++) {
      WaitForAsyncUtils.waitForFxEvents();
      sleep(30);
    }
  }

  /** Collects until all of these are gone or a few seconds have passed; true when they are gone. */
  private static boolean collected(List<Shown> gone) throws InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
    while (System.nanoTime() < deadline) {
      System.gc();
      if (gone.stream().allMatch(Shown::forgotten)) {
        return true;
      }
      WaitForAsyncUtils.waitForFxEvents();
      Thread.sleep(50);
    }
    return false;
  }

  @Test
  void anOpenedFileIsForgottenWhenTheNextOneIsShown() throws Exception {
    openAndAwait(write("first.json", "First file", 3), "First file");
    Shown first = shownNow();
    openAndAwait(write("second.json", "Second file", 3), "Second file");

    assertThat(collected(List.of(first))).as("the first file's dataset, index and events are collected").isTrue();
  }

  @Test
  void aFileReadAgainUnchangedLetsGoOfItsFirstReading() throws Exception {
    Path file = write("edited.json", "Draft", 3);
    openAndAwait(file, "Draft");
    Shown firstReading = shownNow();
    // Saved again unchanged, as an editor's save does: the app follows the file and reads it again.
    Files.setLastModifiedTime(file, java.nio.file.attribute.FileTime.fromMillis(
        Files.getLastModifiedTime(file).toMillis() + 2000));
    WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> firstReading.dataset().get() != null
        && WaitForAsyncUtils.asyncFx(() -> app.state().dataset() != firstReading.dataset().get()).get());
    awaitTitle("Draft");

    assertThat(collected(List.of(firstReading))).as("the file as first read, its index and events, are collected")
        .isTrue();
  }

  @Test
  void hiddenEdgePointersLetGoOfTheEventsOfTheLastFile() throws Exception {
    openAndAwait(write("talks.json", "Talks", 3), "Talks");
    // 19 March: a statement in Tel Aviv and talks in Doha; the map close on Tel Aviv points to Doha.
    interact(() -> {
      app.state().goToDay(LocalDate.of(2024, 3, 19));
      app.state().showView(34.78, 32.08, 256 * Math.pow(2, 9));
    });
    WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> !lookup(".map-edge-pointer").queryAll().stream()
        .filter(javafx.scene.Node::isVisible).toList().isEmpty());
    List<Shown> talks = new ArrayList<>();
    interact(() -> app.state().dataset().events().forEach(e -> talks.add(new Shown(
        new WeakReference<>(e), new WeakReference<>(e.place().orElse(null)), new WeakReference<>(e.category())))));
    openAndAwait(write("other.json", "Other talks", 1), "Other talks");

    assertThat(collected(talks)).as("the events of the file shown before are collected").isTrue();
  }

  @Test
  void theEventListLetsGoOfTheRowsOfALongerFileShownBefore() throws Exception {
    openAndAwait(write("long.json", "Long file", 12), "Long file"); // 13 rows in the list
    List<Shown> rows = new ArrayList<>();
    interact(() -> app.state().dataset().events().forEach(e -> rows.add(new Shown(
        new WeakReference<>(e), new WeakReference<>(e.place().orElse(null)), new WeakReference<>(e.category())))));
    openAndAwait(write("short.json", "Short file", 1), "Short file"); // 2 rows

    assertThat(collected(rows)).as("the rows of the longer file are collected").isTrue();
  }

  @Test
  void tenFilesOpenedOneAfterAnotherLeaveOnlyTheLastInMemory() throws Exception {
    List<Shown> shown = new ArrayList<>();
    for (int i = 1; i <= 10; i++) {
      openAndAwait(write("file-" + i + ".json", "File " + i, 2 + i), "File " + i);
      shown.add(shownNow());
    }
    Shown last = shown.remove(shown.size() - 1);

    assertThat(collected(shown)).as("the nine files shown before the last are collected").isTrue();
    assertThat(last.dataset().get()).as("the last file is still shown").isNotNull();
  }
}
