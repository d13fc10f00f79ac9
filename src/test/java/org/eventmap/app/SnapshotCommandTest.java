package org.eventmap.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;
import java.time.LocalDate;
import java.util.Optional;
import javafx.scene.Scene;
import javafx.scene.control.TableView;
import org.eventmap.domain.Event;
import org.eventmap.io.LoadResult;
import org.eventmap.state.AppState;
import org.eventmap.state.MapProvider;
import org.eventmap.time.TimeWindow;
import org.eventmap.ui.list.EventListView;
import org.eventmap.ui.map.BasemapLibrary;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * {@code --snapshot} as a person runs it: a separate process, with no display, writing a PNG of the
 * window at a date and a selection.
 */
class SnapshotCommandTest {
  @TempDir Path dir;

  private record Run(int exitCode, String output) {}

  private static BasemapLibrary basemaps;

  @BeforeAll
  static void startJavaFx() throws Exception {
    FxToolkit.registerPrimaryStage();
    basemaps = BasemapLibrary.loadedNow();
  }

  private static LaunchOptions options(LocalDate date, TimeWindow window, String select) {
    return new LaunchOptions(Optional.empty(), Optional.of(date), Optional.ofNullable(select), Optional.empty(),
        Optional.of(window), MapProvider.EMBEDDED, Optional.empty(), false);
  }

  /** The list of the scene the snapshot draws, through the same code as {@code --snapshot}. */
  @SuppressWarnings("unchecked")
  private static TableView<Event> snapshotList(LaunchOptions options) {
    LoadResult loaded = DatasetSources.read(options);
    return WaitForAsyncUtils.waitFor(WaitForAsyncUtils.asyncFx(() -> {
      Scene scene = Snapshot.scene(loaded, options, 1280, 800, basemaps);
      return (TableView<Event>) scene.lookup("#" + EventListView.ID);
    }));
  }

  /** What the window's map shows with the same day and window: the rows the list must hold. */
  private static List<Event> shownInTheWindow(LocalDate date, TimeWindow window) {
    AppState state = new AppState();
    state.applyLoad(DatasetSources.readCurated());
    state.setWindow(window);
    state.goToDay(date);
    return state.visibleEvents().get();
  }

  private static List<String> ids(List<Event> events) {
    return events.stream().map(Event::id).toList();
  }

  @Test
  void snapshotListsTheLastSevenDaysNotTheStaleOctoberRows() {
    LocalDate day = LocalDate.of(2024, 3, 22);
    TableView<Event> list = snapshotList(options(day, TimeWindow.lastDays(7), null));

    assertThat(list.getItems()).extracting(Event::id)
        .containsExactlyElementsOf(ids(shownInTheWindow(day, TimeWindow.lastDays(7))))
        .noneMatch(id -> id.startsWith("2023-10"));
  }

  @Test
  void snapshotListsTheRangeAsked() {
    TimeWindow range = TimeWindow.range(LocalDate.of(2024, 3, 18), LocalDate.of(2024, 3, 24));
    LocalDate day = LocalDate.of(2024, 3, 24);
    TableView<Event> list = snapshotList(options(day, range, null));

    assertThat(list.getItems()).isNotEmpty().extracting(Event::id)
        .containsExactlyElementsOf(ids(shownInTheWindow(day, range)));
  }

  @Test
  void snapshotListShowsTheSelectedEventsRowSelected() {
    String blinken = "2024-03-22-blinken-arrives-tel-aviv";
    LocalDate day = LocalDate.of(2024, 3, 22);
    TableView<Event> list = snapshotList(options(day, TimeWindow.lastDays(7), blinken));

    assertThat(list.getSelectionModel().getSelectedItem()).extracting(Event::id).isEqualTo(blinken);
    // Its row is among those drawn, not scrolled out of sight.
    boolean drawn = WaitForAsyncUtils.waitFor(WaitForAsyncUtils.asyncFx(() -> list.lookupAll(".table-row-cell").stream()
        .map(n -> (javafx.scene.control.TableRow<?>) n)
        .anyMatch(r -> r.getItem() instanceof Event e && e.id().equals(blinken) && r.isVisible()
            && r.localToScene(r.getBoundsInLocal()).getMaxY() <= list.localToScene(list.getBoundsInLocal()).getMaxY() + 0.5)));
    assertThat(drawn).isTrue();
  }

  private Run eventmap(String... args) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(List.of(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-cp", System.getProperty("java.class.path"), "org.eventmap.Main"));
    command.addAll(List.of(args));
    Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
    boolean finished = process.waitFor(90, TimeUnit.SECONDS);
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    if (!finished) {
      process.destroyForcibly();
      throw new AssertionError("snapshot did not finish in 90 s: " + output);
    }
    return new Run(process.exitValue(), output);
  }

  /** Pixels in the rectangle that are clearly dark, as text is. */
  private static int darkPixels(BufferedImage image, int x0, int y0, int x1, int y1) {
    int count = 0;
    for (int y = y0; y < y1; y++) {
      for (int x = x0; x < x1; x++) {
        int rgb = image.getRGB(x, y);
        int r = (rgb >> 16) & 0xff, g = (rgb >> 8) & 0xff, b = rgb & 0xff;
        if (r + g + b < 250) {
          count++;
        }
      }
    }
    return count;
  }

  @Test
  void rendersTheWindowAtADateWithASelectedEventToAPng() throws Exception {
    File withSelection = dir.resolve("selected.png").toFile();
    File withoutSelection = dir.resolve("plain.png").toFile();

    Run selected = eventmap("--date", "2024-03-22", "--select", "2024-03-22-blinken-arrives-tel-aviv",
        "--snapshot", withSelection.toString(), "--size", "1000x700");
    Run plain = eventmap("--date", "2024-03-22", "--snapshot", withoutSelection.toString(), "--size", "1000x700");

    assertThat(selected.exitCode()).as(selected.output()).isZero();
    assertThat(plain.exitCode()).as(plain.output()).isZero();
    assertThat(selected.output()).doesNotContain("Exception");
    BufferedImage image = ImageIO.read(withSelection);
    assertThat(image.getWidth()).isEqualTo(1000);
    assertThat(image.getHeight()).isEqualTo(700);
    // The detail pane on the right carries the event's text; without a selection only a short hint.
    int detailWithSelection = darkPixels(image, 720, 40, 1000, 600);
    int detailWithout = darkPixels(ImageIO.read(withoutSelection), 720, 40, 1000, 600);
    assertThat(detailWithSelection).isGreaterThan(3 * Math.max(detailWithout, 1));
  }

  @Test
  void aFileWithErrorsGivesTheErrorsAndNoPicture() throws Exception {
    Path bad = dir.resolve("bad.json");
    java.nio.file.Files.writeString(bad, "{\"format\": \"eventmap/1\", \"title\": 3}");
    File out = dir.resolve("never.png").toFile();

    Run run = eventmap(bad.toString(), "--snapshot", out.toString());

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.output()).contains(bad + ":1:35: 'title' must be a string, found a number")
        .doesNotContain("Exception");
    assertThat(out).doesNotExist();
  }
}
