package org.eventmap.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.Labeled;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.eventmap.state.ThemeChoice;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** File ▸ Open Recent as a person uses it: opened files listed newest first, gone ones left out, Clear list. */
@org.junit.jupiter.api.Timeout(value = 90, threadMode = org.junit.jupiter.api.Timeout.ThreadMode.SEPARATE_THREAD)
class RecentFilesTest extends FxRobot {
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

  private Path dataset(String name, String title) throws Exception {
    Path file = dir.resolve(name);
    Files.writeString(file, LiveReloadTest.dataset(title, 1, null));
    return file;
  }

  private void openAndWait(Path file, String title) throws Exception {
    interact(() -> app.open(file));
    WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> stage.getTitle().startsWith(title));
  }

  /** Opens File ▸ Open Recent with the mouse and returns the texts of its items, as shown. */
  private List<String> openRecentMenu() {
    clickOn("File");
    moveTo("Open Recent");
    WaitForAsyncUtils.waitForFxEvents();
    return lookup(".menu-item").queryAllAs(Node.class).stream().filter(RecentFilesTest::onScreen)
        .map(n -> n.lookup(".label")).filter(l -> l instanceof Labeled).map(l -> ((Labeled) l).getText())
        .filter(t -> t.contains("—") || t.equals("No files opened yet") || t.equals("Clear list")).toList();
  }

  private static boolean onScreen(Node n) {
    return n.isVisible() && n.getScene() != null && n.getScene().getWindow() != null
        && n.getScene().getWindow().isShowing();
  }

  /** Clicks the menu item with this text in the menus open now (closed ones keep their nodes). */
  private void clickItem(String text) throws Exception {
    Node item = lookup(".menu-item").queryAllAs(Node.class).stream().filter(RecentFilesTest::onScreen)
        .filter(n -> n.lookup(".label") instanceof Labeled l && text.equals(l.getText())).findFirst().orElseThrow();
    // Across into the submenu first, then down, as a hand does: a slant through the File menu would close it.
    double[] mouseY = new double[1];
    interact(() -> mouseY[0] = new javafx.scene.robot.Robot().getMouseY());
    javafx.geometry.Bounds onScreen = item.localToScreen(item.getBoundsInLocal());
    moveTo(new javafx.geometry.Point2D(onScreen.getMinX() + 30, mouseY[0]));
    clickOn(item);
  }

  private void closeMenus() {
    type(KeyCode.ESCAPE);
    type(KeyCode.ESCAPE);
    type(KeyCode.ESCAPE);
    WaitForAsyncUtils.waitForFxEvents();
  }

  private static String label(Path file) {
    return file.getFileName() + "  —  " + file.getParent();
  }

  @Test
  void openedFilesAreListedNewestFirstGoneOnesAreLeftOutAndClearListEmptiesIt() throws Exception {
    Path first = dataset("first_draft.json", "First");
    Path second = dataset("second.json", "Second");
    Path third = dataset("third.json", "Third");
    openAndWait(first, "First");
    openAndWait(second, "Second");
    openAndWait(third, "Third");

    assertThat(openRecentMenu()).containsExactly(label(third), label(second), label(first), "Clear list");
    closeMenus();

    Files.delete(second);
    assertThat(openRecentMenu()).containsExactly(label(third), label(first), "Clear list");
    closeMenus();
    assertThat(new PreferencesStore(dir.resolve("preferences.json")).load().recentFiles())
        .as("pruned in the preferences too").containsExactly(third.toString(), first.toString());

    openRecentMenu();
    clickItem(label(first));
    WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> stage.getTitle().startsWith("First"));
    assertThat(openRecentMenu()).containsExactly(label(first), label(third), "Clear list");

    clickItem("Clear list");
    assertThat(openRecentMenu()).containsExactly("No files opened yet", "Clear list");
    closeMenus();
    assertThat(new PreferencesStore(dir.resolve("preferences.json")).load().recentFiles()).isEmpty();
  }

  @Test
  void aFileThatFailedToOpenIsNotListed() throws Exception {
    Path broken = dir.resolve("broken.json");
    Files.writeString(broken, LiveReloadTest.dataset("Broken", 1, "123"));
    interact(() -> app.open(broken));
    WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> lookup("#problem-banner").query().isVisible()
        && lookup("#problem-headline").queryAs(Labeled.class).getText().startsWith("Could not open"));

    assertThat(app.recentFiles()).isEmpty();
  }

  @Test
  void theListKeepsTheTenOpenedLast() {
    List<String> recent = List.of();
    for (int i = 1; i <= 12; i++) {
      recent = RecentFiles.withOpened(recent, dir.resolve("f" + i + ".json"));
    }
    recent = RecentFiles.withOpened(recent, dir.resolve("sub/../f7.json"));

    assertThat(recent).hasSize(10).startsWith(dir.resolve("f7.json").toString(), dir.resolve("f12.json").toString())
        .doesNotContain(dir.resolve("f1.json").toString(), dir.resolve("f2.json").toString())
        .containsOnlyOnce(dir.resolve("f7.json").toString());
  }

  @Test
  void twoWindowsChangingDifferentPreferencesKeepBothChanges() {
    PreferencesStore one = new PreferencesStore(dir.resolve("shared.json"));
    PreferencesStore other = new PreferencesStore(dir.resolve("shared.json"));

    one.update(p -> p.withTheme(ThemeChoice.DARK));
    other.update(p -> p.withRecentFiles(List.of("/a.json")));
    one.update(p -> p.withLiveReload(false));

    Preferences kept = other.load();
    assertThat(kept.theme()).isEqualTo(ThemeChoice.DARK);
    assertThat(kept.recentFiles()).containsExactly("/a.json");
    assertThat(kept.liveReload()).isFalse();
  }

  @Test
  void aListedPathThisSystemCannotHaveDoesNotStopAFileBeingAdded() {
    // Written by hand, or by another system: a NUL is in no path here.
    List<String> recent = List.of("/data/old\u0000events.json", dir.resolve("kept.json").toString());

    List<String> after = RecentFiles.withOpened(recent, dir.resolve("new.json"));

    assertThat(after).containsExactly(dir.resolve("new.json").toString(), dir.resolve("kept.json").toString());
    assertThat(RecentFiles.without(recent, dir.resolve("kept.json"))).isEmpty();
  }
}
