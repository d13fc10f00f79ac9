package org.eventmap.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.eventmap.bench.SyntheticDataset;
import org.eventmap.domain.Event;
import org.eventmap.io.DatasetReader;
import org.eventmap.io.LoadResult;
import org.eventmap.io.ProgressListener;
import org.eventmap.state.AppState;
import org.eventmap.state.EventSearch;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Find on a file large enough that looking through every event takes a noticeable while. */
@ExtendWith(ApplicationExtension.class)
class LargeFileSearchTest {
  private static final int EVENTS = 60_000;

  @TempDir Path dir;
  private AppState state;

  @Start
  void start(Stage stage) {
    state = TestWindow.show(stage).state;
  }

  private static <T> T onFx(Callable<T> task) {
    return WaitForAsyncUtils.waitFor(WaitForAsyncUtils.asyncFx(task));
  }

  /** How long the JavaFX thread takes to run a trivial task posted now. */
  private static long answerMillis() {
    long start = System.nanoTime();
    onFx(() -> true);
    return (System.nanoTime() - start) / 1_000_000;
  }

  @Test
  void findDoesNotFreezeTheWindowOnALargeFile(FxRobot robot) throws Exception {
    Path file = dir.resolve("large.json");
    SyntheticDataset.main(new String[] {"--events", String.valueOf(EVENTS), "--seed", "7", "--out", file.toString()});
    LoadResult loaded = DatasetReader.read(file, ProgressListener.NONE);
    robot.interact(() -> state.applyLoad(loaded));
    List<Event> all = state.dataset().events();
    long scanStart = System.nanoTime();
    long expected = all.stream().filter(e -> EventSearch.matches(e, "Kharkiv")).count();
    long scanMillis = (System.nanoTime() - scanStart) / 1_000_000;

    long callMillis = onFx(() -> {
      long start = System.nanoTime();
      state.setSearchText("Kharkiv");
      return (System.nanoTime() - start) / 1_000_000;
    });
    List<Long> answers = new ArrayList<>();
    boolean saidSearching = false;
    while (state.filteredEvents().get().size() != expected && answers.size() < 2_000) {
      saidSearching |= onFx(() -> robot.lookup("#filter-searching").tryQuery().map(n -> n.isVisible()).orElse(false));
      answers.add(answerMillis());
      Thread.sleep(5);
    }

    assertThat(callMillis).as("the search box hands over in a moment, not in the %d ms a search takes", scanMillis)
        .isLessThan(Math.min(50, scanMillis / 4));
    assertThat(answers).as("the window answers while the search runs").isNotEmpty().allMatch(ms -> ms < 150);
    assertThat(saidSearching).as("and says it is searching").isTrue();
    WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> state.filteredEvents().get().size() == expected);
    WaitForAsyncUtils.waitForFxEvents();
    assertThat(robot.lookup("#filter-count").queryAs(Label.class).getText())
        .isEqualTo(String.format(java.util.Locale.UK, "%,d of %,d events match", expected, EVENTS));
    assertThat(robot.lookup("#filter-searching").query().isVisible()).isFalse();
  }
}
