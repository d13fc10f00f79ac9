package org.eventmap.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** The file the window opens on is read while JavaFX starts, and is in the window's first frame. */
class StartupReadTest extends FxRobot {
  @TempDir Path dir;
  private EventmapApp app;

  @AfterEach
  void close() throws Exception {
    EventmapApp.startupRead = null;
    if (app != null) {
      FxToolkit.cleanupApplication(app);
      FxToolkit.hideStage();
    }
  }

  @Test
  void dataReadWhileJavaFxStartedIsInTheFirstFrame() throws Exception {
    System.setProperty("eventmap.session", dir.resolve("session.json").toString());
    LaunchOptions options = LaunchOptions.defaults();
    SessionStore sessions = SessionStore.forUser();
    StartupRead read = StartupRead.begin(options, sessions, PreferencesStore.besides(sessions), new ColumnAnswers());
    WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> read.readyNow().isPresent());
    EventmapApp.launchOptions = options;
    EventmapApp.startupRead = read;
    Stage stage = FxToolkit.registerPrimaryStage();
    AtomicReference<String> titleWhenShown = new AtomicReference<>();
    interact(() -> stage.showingProperty().addListener((obs, was, showing) -> {
      if (showing && titleWhenShown.get() == null) {
        titleWhenShown.set(stage.getTitle());
      }
    }));
    interact(stage::hide);

    app = (EventmapApp) FxToolkit.setupApplication(EventmapApp.class);

    WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> titleWhenShown.get() != null);
    assertThat(titleWhenShown.get()).startsWith("Gaza ceasefire diplomacy, March 2024");
    assertThat(app.state().dataset().events()).hasSize(41);
  }

  @Test
  void theLastSessionsFileIsReopenedAndAGoneOneIsSaid(@TempDir Path other) throws Exception {
    Path kept = other.resolve("kept.json");
    Files.writeString(kept, "{}");
    Session last = new Session(kept.toAbsolutePath().toString(), null, null, null, null, null, null, null, null,
        null, null, null, null, null, null);
    StartupRead.Plan plan = StartupRead.decide(LaunchOptions.defaults(), Optional.of(last), Preferences.defaults(),
        new ColumnAnswers());
    assertThat(plan.reading().file()).contains(kept);
    assertThat(plan.sameFile()).contains(last);
    assertThat(plan.notes()).isEmpty();

    Files.delete(kept);
    StartupRead.Plan gone = StartupRead.decide(LaunchOptions.defaults(), Optional.of(last), Preferences.defaults(),
        new ColumnAnswers());
    assertThat(gone.reading().file()).isEmpty();
    assertThat(gone.notes()).singleElement().satisfies(note -> {
      assertThat(note.file()).isEqualTo(kept.toAbsolutePath().toString());
      assertThat(note.message()).contains("was not found");
    });
    assertThat(StartupRead.decide(LaunchOptions.defaults().withFile(Optional.of(other), org.eventmap.io.ReadOptions.NONE),
        Optional.of(last), Preferences.defaults(), new ColumnAnswers()).notes()).isEqualTo(List.of());
  }
}
