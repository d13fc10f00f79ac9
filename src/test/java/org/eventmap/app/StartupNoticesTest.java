package org.eventmap.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.RadioMenuItem;
import javafx.stage.Stage;
import org.eventmap.state.MapProvider;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** What the window says at start when the command line or the last session asks for something it cannot do. */
@org.junit.jupiter.api.Timeout(value = 60, threadMode = org.junit.jupiter.api.Timeout.ThreadMode.SEPARATE_THREAD)
class StartupNoticesTest extends FxRobot {
  @TempDir Path dir;
  private EventmapApp app;
  private Stage stage;

  private void launch(LaunchOptions options) throws Exception {
    System.setProperty("eventmap.session", dir.resolve("session.json").toString());
    EventmapApp.launchOptions = options;
    stage = FxToolkit.registerPrimaryStage();
    app = (EventmapApp) FxToolkit.setupApplication(EventmapApp.class);
  }

  @AfterEach
  void close() throws Exception {
    EventmapApp.launchOptions = LaunchOptions.defaults();
    // A dialog left open by a failed test would hold the next test's window.
    interact(() -> javafx.stage.Window.getWindows().stream().filter(w -> w != stage).toList()
        .forEach(javafx.stage.Window::hide));
    if (app != null) {
      FxToolkit.cleanupApplication(app);
    }
    FxToolkit.hideStage();
  }

  private static LaunchOptions withMap(MapProvider map) {
    LaunchOptions d = LaunchOptions.defaults();
    return new LaunchOptions(d.file(), d.date(), d.select(), d.view(), d.window(), map, Optional.empty(), false);
  }

  private RadioMenuItem mapMenuItem(String id) {
    MenuBar bar = lookup(".menu-bar").queryAs(MenuBar.class);
    for (Menu menu : bar.getMenus()) {
      for (MenuItem item : menu.getItems()) {
        if (item instanceof Menu sub) {
          for (MenuItem inner : sub.getItems()) {
            if (id.equals(inner.getId())) {
              return (RadioMenuItem) inner;
            }
          }
        }
      }
    }
    throw new AssertionError("no menu item " + id);
  }

  private javafx.scene.Node keyDialogButton(javafx.scene.control.ButtonType type) {
    javafx.scene.Parent root = lookup("#google-key-field").query().getScene().getRoot();
    return ((javafx.scene.control.DialogPane) root).lookupButton(type);
  }

  @Test
  void googleMapWithoutAKeyAsksOverTheShownWindowAndCancelKeepsTheOfflineMapWithANotice() throws Exception {
    launch(withMap(MapProvider.GOOGLE));

    WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> lookup("#google-key-field").tryQuery().isPresent());
    javafx.stage.Window dialog = lookup("#google-key-field").query().getScene().getWindow();
    assertThat(((Stage) dialog).getOwner()).isSameAs(stage);
    assertThat(stage.isShowing()).isTrue();
    clickOn(keyDialogButton(javafx.scene.control.ButtonType.CANCEL));

    WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !dialog.isShowing());
    WaitForAsyncUtils.waitForFxEvents();
    assertThat(app.state().mapProviderProperty().get()).isEqualTo(MapProvider.EMBEDDED);
    assertThat(lookup("#map-notice-text").queryAs(Label.class).getText()).contains("needs an API key");
    assertThat(mapMenuItem("menu-map-embedded").isSelected()).as("View ▸ Map ▸ offline").isTrue();
    assertThat(mapMenuItem("menu-map-google").isSelected()).as("View ▸ Map ▸ Google").isFalse();
  }

  @Test
  void choosingGoogleFromTheMenuWithoutAKeyAndCancellingLeavesTheMenuOnTheOfflineMap() throws Exception {
    launch(withMap(MapProvider.EMBEDDED));
    WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> stage.getTitle().contains("Gaza"));

    RadioMenuItem google = mapMenuItem("menu-map-google");
    javafx.application.Platform.runLater(google::fire); // not interact: the dialog waits for an answer
    WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> lookup("#google-key-field").tryQuery().isPresent());
    clickOn(keyDialogButton(javafx.scene.control.ButtonType.CANCEL));
    WaitForAsyncUtils.waitForFxEvents();

    assertThat(app.state().mapProviderProperty().get()).isEqualTo(MapProvider.EMBEDDED);
    assertThat(lookup("#map-notice-text").queryAs(Label.class).getText()).contains("needs an API key");
    assertThat(mapMenuItem("menu-map-embedded").isSelected()).isTrue();
    assertThat(mapMenuItem("menu-map-google").isSelected()).isFalse();
  }

  private String text(String id) {
    return lookup("#" + id).queryAs(Label.class).getText();
  }

  private String problemList() {
    return lookup("#problem-list").queryAs(javafx.scene.control.TextArea.class).getText();
  }

  @Test
  void aLinkWithNoBrowserToOpenItSaysSoAndOffersToCopyTheAddress() throws Exception {
    launch(withMap(MapProvider.EMBEDDED));
    WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> stage.getTitle().contains("Gaza"));
    java.net.URI link = java.net.URI.create("https://www.un.org/press/en/2024/sc15637.doc.htm");
    app.useLinkOpener(new LinkOpener.Command(java.util.List.of("eventmap-test-no-such-browser")));

    interact(() -> app.openLink(link));
    WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> lookup("#" + NoBrowserDialog.ID).tryQuery().isPresent());

    javafx.scene.control.DialogPane dialog = lookup("#" + NoBrowserDialog.ID).queryAs(javafx.scene.control.DialogPane.class);
    assertThat(dialog.getContentText()).startsWith("No web browser could be opened for " + link);
    assertThat(((Stage) dialog.getScene().getWindow()).getOwner()).isSameAs(stage);
    clickOn("#" + NoBrowserDialog.COPY_ID);
    assertThat(WaitForAsyncUtils.asyncFx(() -> javafx.scene.input.Clipboard.getSystemClipboard().getString()).get())
        .isEqualTo(link.toString());
    assertThat(lookup("#" + NoBrowserDialog.COPY_ID).queryButton().getText()).isEqualTo("Copied");
  }

  @Test
  void aLastOpenedFileThatHasGoneIsSaidInTheWindow() throws Exception {
    Path gone = dir.resolve("events-moved-away.json");
    java.nio.file.Files.copy(Path.of(getClass().getResource("/datasets/small-valid.json").toURI()), gone);
    java.nio.file.Files.writeString(dir.resolve("session.json"),
        "{\"datasetFile\": " + new com.fasterxml.jackson.databind.ObjectMapper().writeValueAsString(gone.toString()) + "}");
    java.nio.file.Files.delete(gone);

    launch(withMap(MapProvider.EMBEDDED));
    WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> stage.getTitle().contains("Gaza"));
    WaitForAsyncUtils.waitForFxEvents();

    assertThat(lookup("#problem-banner").query().isVisible()).isTrue();
    assertThat(problemList()).contains(gone + ":1:1: warning: the file open last time was not found")
        .contains("showing the curated dataset");
  }

  @Test
  void anUnknownSelectIsSaidInTheWindow() throws Exception {
    LaunchOptions d = LaunchOptions.defaults();
    launch(new LaunchOptions(d.file(), d.date(), Optional.of("no-such-event"), d.view(), d.window(), MapProvider.EMBEDDED,
        Optional.empty(), false));
    WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> stage.getTitle().contains("Gaza"));
    WaitForAsyncUtils.waitForFxEvents();

    assertThat(lookup("#problem-banner").query().isVisible()).isTrue();
    assertThat(text("problem-headline")).contains("1 warning");
    assertThat(problemList()).contains("no event has the id 'no-such-event' (given with --select)");
  }
}
