package org.eventmap.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import javafx.scene.control.DialogPane;
import javafx.stage.Stage;
import org.eventmap.io.export.ExportFormats;
import org.eventmap.io.export.Mounts;
import org.eventmap.state.ThemeChoice;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The app's own files as a person meets them in the window: a damaged session or preferences file, a
 * config folder that cannot be written (its place taken by a file; a read-only bind mount, where mounting
 * is allowed: root ignores permissions, so these are the real conditions used), exports into a folder
 * that went away or onto a full disk (a real 256 KiB tmpfs), and the data file shown, never written to.
 */
@org.junit.jupiter.api.Timeout(value = 90, threadMode = org.junit.jupiter.api.Timeout.ThreadMode.SEPARATE_THREAD)
class OwnFilesWindowTest extends FxRobot {
  @TempDir Path dir;
  private final Mounts mounts = new Mounts();
  private EventmapApp app;
  private Stage stage;

  private void launch(Path sessionFile) throws Exception {
    System.setProperty("eventmap.session", sessionFile.toString());
    EventmapApp.launchOptions = LaunchOptions.defaults();
    stage = FxToolkit.registerPrimaryStage();
    app = (EventmapApp) FxToolkit.setupApplication(EventmapApp.class);
    WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> stage.getTitle().contains("Gaza"));
    WaitForAsyncUtils.waitForFxEvents();
  }

  @AfterEach
  void close() throws Exception {
    interact(() -> javafx.stage.Window.getWindows().stream().filter(w -> w != stage).toList()
        .forEach(javafx.stage.Window::hide));
    if (app != null) {
      FxToolkit.cleanupApplication(app);
    }
    FxToolkit.hideStage();
    mounts.close();
    System.setProperty("eventmap.session", Path.of("target", "test-session.json").toAbsolutePath().toString());
  }

  private String problemList() {
    return lookup("#problem-list").queryAs(javafx.scene.control.TextArea.class).getText();
  }

  private boolean bannerShown() {
    return lookup("#problem-banner").query().isVisible();
  }

  private static int count(String text, String part) {
    return text.split(java.util.regex.Pattern.quote(part), -1).length - 1;
  }

  private static List<String> names(Path folder) throws Exception {
    try (Stream<Path> files = Files.list(folder)) {
      return files.map(p -> p.getFileName().toString()).sorted().toList();
    }
  }

  /** Changing the theme saves the preferences; closing the window saves the session. */
  private void saveEverythingTwice() throws Exception {
    interact(() -> app.state().chooseTheme(ThemeChoice.DARK));
    interact(() -> app.state().chooseTheme(ThemeChoice.LIGHT));
    interact(() -> stage.hide());
    interact(() -> stage.show());
    WaitForAsyncUtils.waitForFxEvents();
  }

  @Test
  void damagedSessionIsSetAsideAndSaidOnce() throws Exception {
    Path folder = Files.createDirectories(dir.resolve("eventmap"));
    Path session = folder.resolve("session.json");
    String damaged = "{\"datasetFile\": null, \"time\": \"2024-03-2";
    Files.writeString(session, damaged);

    launch(session);

    assertThat(app.state().dataset().title()).startsWith("Gaza ceasefire diplomacy");
    assertThat(bannerShown()).isTrue();
    assertThat(problemList()).contains("the session file was damaged and was set aside as session.json.damaged-");
    assertThat(count(problemList(), "was damaged")).isEqualTo(1);
    List<Path> aside;
    try (Stream<Path> files = Files.list(folder)) {
      aside = files.filter(p -> p.getFileName().toString().startsWith("session.json.damaged-" + LocalDate.now()))
          .toList();
    }
    assertThat(aside).hasSize(1);
    assertThat(Files.readString(aside.get(0))).as("the person's file, kept as it was").isEqualTo(damaged);

    clickOn("#problem-dismiss");
    saveEverythingTwice();
    assertThat(bannerShown()).as("said once, not again at the next saves").isFalse();
    assertThat(new SessionStore(session).load()).as("a new session is kept").isPresent();
    assertThat(Files.readString(aside.get(0))).isEqualTo(damaged);
  }

  @Test
  void emptyPreferencesAndDamagedColumnAnswersAreSetAsideAndSaid() throws Exception {
    Path folder = Files.createDirectories(dir.resolve("eventmap"));
    Files.writeString(folder.resolve("preferences.json"), "");
    Files.writeString(folder.resolve("columns.json"), "[[[ not columns");

    launch(folder.resolve("session.json"));

    assertThat(problemList())
        .contains("the preferences file was empty and was set aside as preferences.json.damaged-")
        .contains("the file of remembered columns was damaged and was set aside as columns.json.damaged-");
    assertThat(names(folder)).anyMatch(n -> n.startsWith("preferences.json.damaged-"))
        .anyMatch(n -> n.startsWith("columns.json.damaged-")).doesNotContain("columns.json");
    interact(() -> app.state().chooseTheme(ThemeChoice.DARK));
    assertThat(new PreferencesStore(folder.resolve("preferences.json")).load().theme()).isEqualTo(ThemeChoice.DARK);
  }

  @Test
  void aConfigFolderWhosePlaceIsTakenByAFileIsSaidOnceAndTheAppStartsCleanly() throws Exception {
    Path notAFolder = Files.writeString(dir.resolve("eventmap"), "someone's notes");

    launch(notAFolder.resolve("session.json"));

    assertThat(app.state().dataset().title()).startsWith("Gaza ceasefire diplomacy");
    assertThat(problemList()).contains("Eventmap cannot keep this session: " + notAFolder + " is a file, not a folder");
    assertThat(count(problemList(), "cannot keep this session")).isEqualTo(1);

    clickOn("#problem-dismiss");
    saveEverythingTwice();
    assertThat(bannerShown()).as("said once, not at every save").isFalse();
    assertThat(Files.readString(notAFolder)).isEqualTo("someone's notes");
  }

  @Test
  void aReadOnlyConfigFolderIsSaidOnceAndTheAppStartsCleanly() throws Exception {
    Path folder = Files.createDirectories(dir.resolve("eventmap"));
    Path session = folder.resolve("session.json");
    new SessionStore(session).save(new Session(null, null, "MOVING", 3, null, null, List.of(), "Blinken", null,
        null, null, null, null, "EMBEDDED", null));
    byte[] before = Files.readAllBytes(session);
    assumeThat(mounts.readOnly(folder)).as("mount --bind -o ro is allowed here").isTrue();

    launch(session);

    assertThat(app.state().searchTextProperty().get()).as("the last session is still read").isEqualTo("Blinken");
    assertThat(problemList()).contains("Eventmap cannot keep this session: the folder " + folder + " is read-only");
    assertThat(count(problemList(), "cannot keep this session")).isEqualTo(1);
    clickOn("#problem-dismiss");
    saveEverythingTwice();
    assertThat(bannerShown()).isFalse();
    assertThat(Files.readAllBytes(session)).isEqualTo(before);
  }

  @Test
  void aSessionFileThatCannotBeReadIsLeftAsItIsAndSaid() throws Exception {
    Path folder = Files.createDirectories(dir.resolve("eventmap"));
    Path session = Files.createDirectories(folder.resolve("session.json")); // reading it fails: it is a folder
    Files.writeString(session.resolve("inside.txt"), "kept");

    launch(session);

    assertThat(app.state().dataset().title()).startsWith("Gaza ceasefire diplomacy");
    assertThat(problemList()).contains("Eventmap cannot keep this session: " + session + " is a folder");
    assertThat(count(problemList(), "cannot keep this session")).isEqualTo(1);
    interact(() -> stage.hide());
    assertThat(Files.readString(session.resolve("inside.txt"))).isEqualTo("kept");
  }

  @Test
  void exportsIntoAFolderDeletedAfterChoosingItSayWhyInWords() throws Exception {
    launch(dir.resolve("session.json"));
    Path chosen = Files.createDirectories(dir.resolve("exports"));
    Files.delete(chosen);

    interact(() -> app.exportEvents(chosen.resolve("events.geojson"), ExportFormats.named("geojson").orElseThrow()));
    WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> lookup("#export-events-failed").tryQuery().isPresent());
    assertThat(lookup("#export-events-failed").queryAs(DialogPane.class).getContentText()).isEqualTo("Could not save "
        + chosen.resolve("events.geojson") + ": the folder " + chosen + " does not exist (moved or deleted?); nothing was written");
    interact(() -> lookup("#export-events-failed").query().getScene().getWindow().hide());

    interact(() -> app.exportMapImage(chosen.resolve("map.png")));
    WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> lookup(".dialog-pane").tryQuery().isPresent());
    assertThat(lookup(".dialog-pane").queryAs(DialogPane.class).getContentText()).isEqualTo("Could not save "
        + chosen.resolve("map.png") + ": the folder " + chosen + " does not exist (moved or deleted?); nothing was written");
    assertThat(chosen).doesNotExist();
  }

  @Test
  void exportsOntoAFullDiskKeepTheOldFilesAndSayTheDiskIsFull() throws Exception {
    Path disk = dir.resolve("small-disk");
    assumeThat(mounts.smallDisk(disk, 256)).as("mount -t tmpfs is allowed here").isTrue();
    Files.writeString(disk.resolve("events.kml"), "the last export");
    Files.writeString(disk.resolve("map.png"), "the last picture");
    Mounts.fill(disk, 4 * 1024);
    launch(dir.resolve("session.json"));

    interact(() -> app.exportEvents(disk.resolve("events.kml"), ExportFormats.named("kml").orElseThrow()));
    WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> lookup("#export-events-failed").tryQuery().isPresent());
    assertThat(lookup("#export-events-failed").queryAs(DialogPane.class).getContentText()).isEqualTo("Could not save "
        + disk.resolve("events.kml") + ": the disk is full; nothing was written, the file there is as it was");
    interact(() -> lookup("#export-events-failed").query().getScene().getWindow().hide());

    interact(() -> app.exportMapImage(disk.resolve("map.png")));
    WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> lookup(".dialog-pane").tryQuery().isPresent());
    assertThat(lookup(".dialog-pane").queryAs(DialogPane.class).getContentText()).isEqualTo("Could not save "
        + disk.resolve("map.png") + ": the disk is full; nothing was written, the file there is as it was");

    assertThat(Files.readString(disk.resolve("events.kml"))).isEqualTo("the last export");
    assertThat(Files.readString(disk.resolve("map.png"))).isEqualTo("the last picture");
    assertThat(names(disk)).containsExactly("events.kml", "filler", "map.png");
  }

  @Test
  void aPictureExportOverTheFileShownIsRefused() throws Exception {
    launch(dir.resolve("session.json"));
    Path shown = dir.resolve("events.png"); // a dataset with a picture's name: still the person's data
    Files.copy(Path.of(getClass().getResource("/datasets/small-valid.json").toURI()), shown);
    byte[] before = Files.readAllBytes(shown);
    interact(() -> app.open(shown));
    WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> stage.getTitle().startsWith("Small test dataset"));

    interact(() -> app.exportMapImage(shown));
    WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> lookup(".dialog-pane").tryQuery().isPresent());

    assertThat(lookup(".dialog-pane").queryAs(DialogPane.class).getContentText())
        .contains("events.png is the file shown; choose another name");
    assertThat(Files.readAllBytes(shown)).isEqualTo(before);
  }

  @Test
  void theDataFileShownIsNeverWrittenToWhateverThePersonDoes() throws Exception {
    Path data = Files.createDirectories(dir.resolve("data")).resolve("diplomacy.json");
    Files.copy(Path.of("assets/datasets/gaza-diplomacy-2024-03.json"), data);
    FileTime longAgo = FileTime.from(Instant.parse("2024-04-01T12:00:00Z"));
    Files.setLastModifiedTime(data, longAgo);
    byte[] before = Files.readAllBytes(data);
    Path session = dir.resolve("config").resolve("session.json");
    launch(session);
    interact(() -> app.open(data));
    WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> stage.getTitle().startsWith("Gaza")
        && app.state().dataset() != null && app.state().dataset().story("blinken-sixth-trip").isPresent()
        && !app.state().loading().loading());

    interact(() -> {
      app.state().goToDay(LocalDate.of(2024, 3, 21));
      app.state().setSearchText("Blinken");
      app.state().showCategory("military", false);
      app.state().select(app.state().dataset().events().get(3).id());
      app.state().story().start(app.state().dataset().story("blinken-sixth-trip").orElseThrow());
      app.state().story().goToStep(4);
    });
    WaitForAsyncUtils.waitForFxEvents();
    interact(() -> stage.hide()); // closing the window saves the session

    assertThat(new SessionStore(session).load()).get().extracting(Session::datasetFile)
        .isEqualTo(data.toAbsolutePath().toString());
    assertThat(Files.readAllBytes(data)).isEqualTo(before);
    assertThat(Files.getLastModifiedTime(data)).isEqualTo(longAgo);
    assertThat(names(data.getParent())).as("nothing written beside it either").containsExactly("diplomacy.json");
  }
}
