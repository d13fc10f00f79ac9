package org.eventmap.app;

import java.nio.file.Path;
import java.util.Optional;
import javafx.application.Application;
import org.eventmap.io.LoadResult;

/** The two ways the application runs: in a window, or rendering one picture of it headless. */
public final class AppLauncher {
  private AppLauncher() {}

  public static void openWindow(LaunchOptions options) {
    if (options.reportStartup()) {
      StartupTrace.turnOn();
    }
    StartupTrace.mark("options parsed");
    SessionStore sessions = SessionStore.forUser();
    EventmapApp.startupRead = StartupRead.begin(options, sessions, PreferencesStore.besides(sessions), new ColumnAnswers());
    EventmapApp.launchOptions = options;
    Application.launch(EventmapApp.class);
  }

  /** Exit code: the file has errors, or the picture could not be written. */
  public static final int EXIT_FAILED = 1;
  /** Exit code: the command line asks for something the file does not have (as for a bad option). */
  public static final int EXIT_NOT_FOUND = 2;

  /** Renders the window at the given state to a PNG; returns the process exit code. */
  public static int snapshot(LaunchOptions options, Path out, int width, int height) {
    Snapshot.useHeadlessPlatform();
    LoadResult loaded = DatasetSources.read(options).withQuestionAsError();
    loaded.problems().forEach(System.err::println);
    if (!loaded.ok()) {
      System.err.println("eventmap: no snapshot, " + loaded.file() + " has errors");
      return EXIT_FAILED;
    }
    // A picture without the event asked for would pass for the right one in a script: refuse it.
    Optional<String> unknown = options.select()
        .filter(id -> loaded.dataset().flatMap(d -> d.event(id)).isEmpty());
    if (unknown.isPresent()) {
      System.err.println("eventmap: " + StartupState.unknownSelection(unknown.get()) + "; no snapshot written");
      return EXIT_NOT_FOUND;
    }
    // The same for a story's step: a picture of another step would pass for the one asked for.
    Optional<String> storyProblem = options.story().flatMap(s -> loaded.dataset().flatMap(s::problemIn));
    if (storyProblem.isPresent()) {
      System.err.println("eventmap: " + storyProblem.get() + "; no snapshot written");
      return EXIT_NOT_FOUND;
    }
    try {
      Snapshot.write(Snapshot.render(loaded, options, width, height), out);
      System.out.println("wrote " + out + " (" + width + "x" + height + ")");
      return 0;
    } catch (Exception e) {
      System.err.println("eventmap: could not write the snapshot " + out + ": " + e.getMessage());
      return EXIT_FAILED;
    }
  }
}
