package org.eventmap.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.LocalDate;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.stage.Stage;
import org.eventmap.geo.Viewport;
import org.eventmap.time.TimeWindow;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A curator edits the open file in an editor: saved in place, saved by renaming a new file over it, saved
 * with a mistake, then fixed. The window follows each version and keeps what the person was looking at.
 */
@org.junit.jupiter.api.Timeout(value = 90, threadMode = org.junit.jupiter.api.Timeout.ThreadMode.SEPARATE_THREAD)
class LiveReloadTest extends FxRobot {
  @TempDir Path dir;
  private CuratedWindow window;
  private EventmapApp app;
  private Stage stage;
  private Path file;

  @BeforeEach
  void launch() throws Exception {
    EventmapApp.reloadDebounce = Duration.ofMillis(50);
    window = CuratedWindow.open(dir.resolve("session.json"));
    app = window.app;
    stage = window.stage;
    file = dir.resolve("edited.json");
  }

  @AfterEach
  void close() throws Exception {
    EventmapApp.reloadDebounce = Duration.ofMillis(200);
    window.close();
  }

  /**
   * A dataset of {@code events} talks in Doha on 18, 19, 20 … March 2024 (ids e1, e2 …) and one
   * statement in Tel Aviv (id s); with {@code badLatitude}, the Doha place has that
   * latitude on line 5, column 41.
   */
  static String dataset(String title, int events, String badLatitude) {
    StringBuilder text = new StringBuilder();
    text.append("{\"format\": \"eventmap/1\", \"title\": \"").append(title).append("\", \"license\": \"CC0-1.0\",\n");
    text.append(" \"places\": [\n");
    text.append("  {\"id\": \"tel-aviv\", \"name\": \"Tel Aviv\", \"lat\": 32.08, \"lon\": 34.78, \"timeZone\": \"Asia/Jerusalem\"},\n");
    text.append("  \n");
    text.append("  {\"id\": \"doha\", \"name\": \"Doha\", \"lat\": ").append(badLatitude == null ? "25.28" : badLatitude)
        .append(", \"lon\": 51.53, \"timeZone\": \"Asia/Qatar\"}\n");
    text.append(" ],\n");
    text.append(" \"categories\": [{\"id\": \"talks\", \"name\": \"Talks\"}, {\"id\": \"statement\", \"name\": \"Statement\"}],\n");
    text.append(" \"events\": [\n");
    text.append("  {\"id\": \"s\", \"title\": \"A statement\", \"start\": \"2024-03-19\", \"place\": \"tel-aviv\", \"category\": \"statement\", \"summary\": \"s\", \"sources\": [{\"title\": \"r\", \"publisher\": \"p\"}]}");
    for (int i = 1; i <= events; i++) {
      text.append(",\n  {\"id\": \"e").append(i).append("\", \"title\": \"Talks, day ").append(i)
          .append("\", \"start\": \"2024-03-").append(17 + i)
          .append("\", \"place\": \"doha\", \"category\": \"talks\", \"summary\": \"s\",")
          .append(" \"sources\": [{\"title\": \"r\", \"publisher\": \"p\"}]}");
    }
    text.append("\n ]}\n");
    return text.toString();
  }

  private String label(String id) {
    return lookup("#" + id).queryAs(Label.class).getText();
  }

  private javafx.scene.control.CheckMenuItem menuToggle() {
    return lookup(".menu-bar").queryAs(javafx.scene.control.MenuBar.class).getMenus().get(0).getItems().stream()
        .filter(i -> "menu-live-reload".equals(i.getId())).map(javafx.scene.control.CheckMenuItem.class::cast)
        .findFirst().orElseThrow();
  }

  private boolean bannerShown() {
    return lookup("#problem-banner").query().isVisible();
  }

  private String problemList() {
    return lookup("#problem-list").queryAs(TextArea.class).getText();
  }

  private void awaitTitle(String title) throws Exception {
    WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> stage.getTitle().equals(title + " — Eventmap"));
    WaitForAsyncUtils.waitForFxEvents();
  }

  /** What the person set up, as the window shows it. */
  private record Looking(String date, TimeWindow window, boolean talksHidden, String selected, String detailTitle,
      Viewport view) {}

  private Looking looking() throws Exception {
    Looking[] now = new Looking[1];
    interact(() -> now[0] = new Looking(label("timeline-date"), app.state().window(),
        app.state().hiddenCategories().contains("talks"), app.state().selectedEvent().map(e -> e.id()).orElse(null),
        label("detail-title"), app.state().viewport()));
    return now[0];
  }

  private static void assertSameView(Viewport now, Viewport before) {
    assertThat(now.centerX()).isCloseTo(before.centerX(), org.assertj.core.data.Offset.offset(1e-9));
    assertThat(now.centerY()).isCloseTo(before.centerY(), org.assertj.core.data.Offset.offset(1e-9));
    assertThat(now.scale()).isCloseTo(before.scale(), org.assertj.core.data.Offset.offset(1e-6));
  }

  @Test
  void theOpenFileIsReadAgainWhenSavedInPlaceByRenameWithAMistakeAndFixedKeepingWhatThePersonLooksAt()
      throws Exception {
    Files.writeString(file, dataset("Talks, first draft", 2, null));
    interact(() -> app.open(file));
    awaitTitle("Talks, first draft");
    // The person looks at 20 March, the last three days, statements only, the statement selected, near Tel Aviv.
    interact(() -> {
      app.state().setWindow(TimeWindow.lastDays(3));
      app.state().goToDay(LocalDate.of(2024, 3, 20));
      app.state().select("s");
      app.state().showCategory("talks", false);
      app.state().showView(34.9, 32.0, 256 * Math.pow(2, 7));
    });
    Looking before = looking();
    assertThat(before.detailTitle()).isEqualTo("A statement");
    assertThat(label("timeline-count")).startsWith("1 of 3 events");

    // 1. Saved in place.
    long saved = System.nanoTime();
    Files.writeString(file, dataset("Talks, second draft", 3, null));
    awaitTitle("Talks, second draft");
    long inPlaceMillis = (System.nanoTime() - saved) / 1_000_000;
    assertThat(label("timeline-count")).startsWith("1 of 4 events");
    Looking afterInPlace = looking();
    assertThat(afterInPlace.date()).isEqualTo(before.date());
    assertThat(afterInPlace.window()).isEqualTo(before.window());
    assertThat(afterInPlace.talksHidden()).isTrue();
    assertThat(afterInPlace.selected()).isEqualTo("s");
    assertThat(afterInPlace.detailTitle()).isEqualTo("A statement");
    assertSameView(afterInPlace.view(), before.view());
    assertThat(bannerShown()).isFalse();

    // 2. Written as a new file and renamed over it, as many editors save.
    Path temporary = dir.resolve(".edited.json.swp");
    Files.writeString(temporary, dataset("Talks, third draft", 4, null));
    saved = System.nanoTime();
    Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    awaitTitle("Talks, third draft");
    long renamedMillis = (System.nanoTime() - saved) / 1_000_000;
    assertThat(label("timeline-count")).startsWith("1 of 5 events");
    Looking afterRename = looking();
    assertThat(afterRename.date()).isEqualTo(before.date());
    assertThat(afterRename.window()).isEqualTo(before.window());
    assertThat(afterRename.talksHidden()).isTrue();
    assertThat(afterRename.selected()).isEqualTo("s");
    assertSameView(afterRename.view(), before.view());

    // 3. Saved with a mistake: the last good version stays, the problem is shown where it is.
    Files.writeString(file, dataset("Talks, broken draft", 5, "123"));
    WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, this::bannerShown);
    WaitForAsyncUtils.waitForFxEvents();
    assertThat(problemList()).isEqualTo(file + ":5:41: a place: latitude 123 is outside [-90, 90]");
    assertThat(label("problem-headline")).contains("The map still shows “Talks, third draft”");
    assertThat(stage.getTitle()).isEqualTo("Talks, third draft — Eventmap");
    assertThat(label("timeline-count")).startsWith("1 of 5 events");
    assertThat(looking().selected()).isEqualTo("s");

    // 4. Another mistake in its place: the banner follows the file.
    Files.writeString(file, dataset("Talks, broken draft", 5, "-95"));
    WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> problemList().contains("latitude -95"));
    assertThat(problemList()).isEqualTo(file + ":5:41: a place: latitude -95 is outside [-90, 90]");

    // 5. Fixed: the banner goes and the new version is shown, as the person left it.
    Files.writeString(file, dataset("Talks, final", 6, null));
    awaitTitle("Talks, final");
    assertThat(bannerShown()).isFalse();
    assertThat(label("timeline-count")).startsWith("1 of 7 events");
    Looking afterFix = looking();
    assertThat(afterFix.date()).isEqualTo(before.date());
    assertThat(afterFix.window()).isEqualTo(before.window());
    assertThat(afterFix.talksHidden()).isTrue();
    assertThat(afterFix.selected()).isEqualTo("s");
    assertSameView(afterFix.view(), before.view());

    System.out.println("live reload: shown " + inPlaceMillis + " ms after a save in place, " + renamedMillis
        + " ms after a rename (debounce 50 ms)");
    assertThat(inPlaceMillis).as("within a second").isLessThan(1000);
    assertThat(renamedMillis).as("within a second").isLessThan(1000);
  }

  @Test
  void aFileDeletedAndCreatedAgainIsReadAgain() throws Exception {
    Files.writeString(file, dataset("Before", 1, null));
    interact(() -> app.open(file));
    awaitTitle("Before");

    Files.delete(file);
    Thread.sleep(400);
    assertThat(stage.getTitle()).as("the last version stays while the file is gone").isEqualTo("Before — Eventmap");
    Files.writeString(file, dataset("Created again", 2, null));

    awaitTitle("Created again");
    assertThat(label("timeline-count")).contains("of 3 events");
  }

  @Test
  void withLiveReloadTurnedOffInTheFileMenuTheFileIsNotReadAgainUntilItIsTurnedOn() throws Exception {
    Files.writeString(file, dataset("Before", 1, null));
    interact(() -> app.open(file));
    awaitTitle("Before");

    clickOn("File").clickOn("Reload when the file changes");
    assertThat(app.liveReload()).isFalse();
    Files.writeString(file, dataset("Changed while off", 2, null));
    Thread.sleep(700);
    assertThat(stage.getTitle()).isEqualTo("Before — Eventmap");
    assertThat(new PreferencesStore(dir.resolve("preferences.json")).load().liveReload()).isFalse();

    clickOn("File");
    assertThat(menuToggle().isSelected()).as("the menu shows it off").isFalse();
    clickOn("Reload when the file changes");
    awaitTitle("Changed while off");
    assertThat(new PreferencesStore(dir.resolve("preferences.json")).load().liveReload()).isTrue();
  }

  @Test
  void reloadingNeverWritesToTheFile() throws Exception {
    Files.writeString(file, dataset("Before", 1, null));
    interact(() -> app.open(file));
    awaitTitle("Before");
    String broken = dataset("Broken", 2, "123");

    Files.writeString(file, broken);
    WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, this::bannerShown);
    Thread.sleep(300);

    assertThat(Files.readString(file)).isEqualTo(broken);
    assertThat(Files.list(dir).map(p -> p.getFileName().toString()).sorted().toList())
        .containsExactly("edited.json", "preferences.json");
  }

  @org.junit.jupiter.params.ParameterizedTest
  @org.junit.jupiter.params.provider.CsvSource({
    "harbour-festival.csv, 3",
    "orchard-walks.kml, 3"})
  void aFileOfAnotherFormatIsReadAgainToo(String name, int events) throws Exception {
    Path other = dir.resolve(name);
    Files.copy(Path.of(getClass().getResource("/formats/export/" + name).toURI()), other);
    interact(() -> app.open(other));
    WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> label("timeline-count").contains("of " + events + " events"));
    String text = Files.readString(other);

    String added = name.endsWith(".csv")
        ? text + "hf-4,Regatta,2023-08-16,43.2950,5.3700,Vieux-Port,Parade,Boats race.,Rowing club,Harbour Gazette,,\n"
        : text.replace("  </Folder>\n</Document>", "    <Placemark id=\"walk-4\"><name>Apples</name>"
            + "<TimeStamp><when>2021-09-20</when></TimeStamp><Point><coordinates>139.74,35.66</coordinates></Point>"
            + "</Placemark>\n  </Folder>\n</Document>");
    assertThat(added).isNotEqualTo(text);
    Files.writeString(other, added);

    WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> label("timeline-count").contains("of " + (events + 1)
        + " events"));
    assertThat(bannerShown()).isFalse();
  }

  @Test
  void aFileThatFailedToOpenIsOpenedOnceTheCuratorFixesIt() throws Exception {
    Files.writeString(file, dataset("First try", 2, "123"));
    interact(() -> app.open(file));
    WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> bannerShown() && problemList().contains("latitude 123"));
    assertThat(stage.getTitle()).contains("Gaza");

    Files.writeString(file, dataset("First try", 2, "-95"));
    WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> problemList().contains("latitude -95"));
    assertThat(problemList()).isEqualTo(file + ":5:41: a place: latitude -95 is outside [-90, 90]");

    Files.writeString(file, dataset("Fixed at last", 2, null));
    awaitTitle("Fixed at last");
    assertThat(bannerShown()).isFalse();
    assertThat(label("timeline-count")).contains("of 3 events");
    assertThat(app.recentFiles()).containsExactly(file);
  }

  private static String withStory(String dataset) {
    return dataset.replace("\n ]}\n", "\n ],\n \"stories\": [{\"id\": \"week\", \"title\": \"The week\", "
        + "\"steps\": [{\"event\": \"e1\"}, {\"event\": \"s\"}, {\"event\": \"e2\"}]}]}\n");
  }

  @Test
  void aPersonSteppingThroughAStoryStaysOnTheStepWhenTheFileIsReadAgain() throws Exception {
    Files.writeString(file, withStory(dataset("With a story", 2, null)));
    interact(() -> app.open(file));
    awaitTitle("With a story");
    interact(() -> {
      app.state().startStory(app.state().dataset().story("week").orElseThrow());
      app.state().nextStoryStep();
    });
    assertThat(label("detail-title")).isEqualTo("A statement");

    Files.writeString(file, withStory(dataset("With a story, edited", 3, null)));
    awaitTitle("With a story, edited");

    assertThat(app.state().story().active()).isTrue();
    assertThat(app.state().story().stepIndex()).isEqualTo(1);
    assertThat(label("detail-title")).isEqualTo("A statement");
  }
}
