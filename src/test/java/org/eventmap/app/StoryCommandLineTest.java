package org.eventmap.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javax.imageio.ImageIO;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import org.eventmap.domain.Event;
import org.eventmap.io.LoadResult;
import org.eventmap.io.Problem;
import org.eventmap.state.AppState;
import org.eventmap.ui.detail.DetailPane;
import org.eventmap.ui.map.BasemapLibrary;
import org.eventmap.ui.map.MapView;
import org.eventmap.ui.story.StoryBar;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** {@code --story ID --step N}: in the window, with {@code --snapshot}, and what a bad id or step says. */
class StoryCommandLineTest {
  private static final String TRIP = "blinken-sixth-trip";
  @TempDir Path dir;
  private static BasemapLibrary basemaps;

  @BeforeAll
  static void startJavaFx() throws Exception {
    FxToolkit.registerPrimaryStage();
    basemaps = BasemapLibrary.loadedNow();
  }

  private static LaunchOptions onStep(String story, int step) {
    return LaunchOptions.defaults().withStory(Optional.of(new LaunchOptions.StoryStart(story, step)));
  }

  private static org.eventmap.time.EventTimeIndex indexOf(LoadResult loaded) {
    return new org.eventmap.time.EventTimeIndex(loaded.dataset().orElseThrow().events());
  }

  private record Parsed(int exitCode, String err) {}

  private static Parsed parse(String... args) {
    StringWriter err = new StringWriter();
    picocli.CommandLine cl = org.eventmap.cli.EventmapCommand.commandLine();
    cl.setErr(new PrintWriter(err));
    cl.setOut(new PrintWriter(new StringWriter()));
    return new Parsed(cl.execute(args), err.toString());
  }

  @Test
  void aStepWithoutAStoryIsABadOption() {
    Parsed run = parse("--step", "3", "--snapshot", dir.resolve("x.png").toString());
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("--step needs --story");
  }

  @Test
  void aStepBeforeTheFirstIsABadOption() {
    Parsed run = parse("--story", TRIP, "--step", "0", "--snapshot", dir.resolve("x.png").toString());
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("--step 0 is not a step: steps are counted from 1");
  }

  @Test
  void aSnapshotOfAnUnknownStoryNamesTheStoriesThereAreAndFails() throws Exception {
    Path png = dir.resolve("shot.png");
    var run = org.eventmap.cli.QuietTerminalTest.eventmap(List.of(), "--snapshot", png.toString(), "--story",
        "no-such-story");

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err().lines()).containsExactly("eventmap: no story has the id 'no-such-story' (given with "
        + "--story); its stories are blinken-sixth-trip (Blinken's sixth trip: Jeddah, Cairo, Tel Aviv, 9 steps); "
        + "no snapshot written");
    assertThat(png).doesNotExist();
  }

  @Test
  void aSnapshotOfAStepPastTheLastSaysHowManyThereAreAndFails() throws Exception {
    Path png = dir.resolve("shot.png");
    var run = org.eventmap.cli.QuietTerminalTest.eventmap(List.of(), "--snapshot", png.toString(), "--story", TRIP,
        "--step", "12");

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("the story 'blinken-sixth-trip' has 9 steps, so --step 12 is not one of them "
        + "(use 1 to 9)");
    assertThat(png).doesNotExist();
  }

  @Test
  void aSnapshotOnAStepShowsTheStoryBarOverTheFlownToView() throws Exception {
    Path png = dir.resolve("step3.png");
    var run = org.eventmap.cli.QuietTerminalTest.eventmap(List.of(), "--snapshot", png.toString(), "--story", TRIP,
        "--step", "3", "--size", "1280x800");
    assertThat(run.exitCode()).as(run.err()).isZero();

    BufferedImage image = ImageIO.read(png.toFile());
    // The scene the snapshot draws, through the same code, tells where the bar and the step's place are.
    LoadResult loaded = DatasetSources.readCurated();
    var drawn = WaitForAsyncUtils.waitFor(WaitForAsyncUtils.asyncFx(() -> {
      Scene scene = Snapshot.scene(loaded, onStep(TRIP, 3), 1280, 800, basemaps);
      Node bar = scene.lookup("#" + StoryBar.ID);
      Bounds b = bar.localToScene(bar.getBoundsInLocal());
      return new Object[] {b, bar.isVisible(), ((Label) scene.lookup("#" + StoryBar.POSITION_ID)).getText()};
    }));
    Bounds bar = (Bounds) drawn[0];
    assertThat(drawn[1]).isEqualTo(true);
    assertThat(drawn[2]).isEqualTo("Step 3 of 9");
    assertThat(bar.getHeight()).isGreaterThan(20);
    // The bar's dark blue fills its left part in the picture (its title is drawn over a little of it).
    int barColour = 0x23395b;
    int y = (int) (bar.getMinY() + 3);
    int matching = 0;
    for (int x = 2; x < 400; x++) {
      if ((image.getRGB(x, y) & 0xffffff) == barColour) {
        matching++;
      }
    }
    assertThat(matching).as("pixels of the story bar's colour along y=%d", y).isGreaterThan(300);
  }

  @Test
  void theSceneOfAStepHasItsEventSelectedItsDayAndItsPlaceInView() {
    LoadResult loaded = DatasetSources.readCurated();
    Event third = loaded.dataset().orElseThrow().event(loaded.dataset().orElseThrow().story(TRIP).orElseThrow()
        .steps().get(2).eventId()).orElseThrow();

    Object[] seen = WaitForAsyncUtils.waitFor(WaitForAsyncUtils.asyncFx(() -> {
      Scene scene = Snapshot.scene(loaded, onStep(TRIP, 3), 1280, 800, basemaps);
      MapView map = (MapView) scene.lookup("#" + MapView.ID);
      // The mark that holds the step's event (its own marker or its cluster), well inside the map.
      boolean inView = map.markerGroups().stream().anyMatch(m -> m.events().contains(third) && m.x() > 20
          && m.y() > 20 && m.x() < map.getWidth() - 20 && m.y() < map.getHeight() - 20);
      String caption = ((Label) scene.lookup("#" + DetailPane.STORY_CAPTION_ID)).getText();
      String title = ((Label) scene.lookup("#" + DetailPane.TITLE_ID)).getText();
      return new Object[] {inView, caption, title};
    }));

    assertThat(seen[0]).as("the step's event is on the map").isEqualTo(true);
    assertThat(seen[1]).isEqualTo(loaded.dataset().orElseThrow().story(TRIP).orElseThrow().steps().get(2).caption());
    assertThat(seen[2]).isEqualTo(third.title());
  }

  @Test
  void inTheWindowAnUnknownStoryIsAWarningNamingTheStoriesAndTheFileIsShown() {
    AppState state = new AppState(Runnable::run);
    LoadResult loaded = DatasetSources.readCurated();
    StartupState.apply(state, loaded, indexOf(loaded), onStep("sixth-trip", 1), Optional.empty());

    assertThat(state.dataset()).isNotNull();
    assertThat(state.story().active()).isFalse();
    assertThat(state.problemsProperty().get()).extracting(Problem::message)
        .anyMatch(m -> m.startsWith("no story has the id 'sixth-trip' (given with --story); its stories are "
            + "blinken-sixth-trip"));
  }

  @Test
  void inTheWindowAStepOpensThereAndADayGivenAlsoWins() {
    AppState state = new AppState(Runnable::run);
    LoadResult loaded = DatasetSources.readCurated();
    LaunchOptions options = onStep(TRIP, 2);
    StartupState.apply(state, loaded, indexOf(loaded), options, Optional.empty());

    assertThat(state.story().stepIndex()).isEqualTo(1);
    assertThat(state.selectedEvent()).map(Event::id).contains("2024-03-20-blinken-in-jeddah");
    assertThat(state.currentDay()).isEqualTo(java.time.LocalDate.of(2024, 3, 20));

    AppState dated = new AppState(Runnable::run);
    LaunchOptions withDate = new LaunchOptions(Optional.empty(), Optional.of(java.time.LocalDate.of(2024, 3, 25)),
        Optional.empty(), Optional.empty(), Optional.empty(), org.eventmap.state.MapProvider.EMBEDDED,
        Optional.empty(), false).withStory(options.story());
    StartupState.apply(dated, loaded, indexOf(loaded), withDate, Optional.empty());
    assertThat(dated.currentDay()).isEqualTo(java.time.LocalDate.of(2024, 3, 25));
    assertThat(dated.story().active()).isTrue();
  }
}
