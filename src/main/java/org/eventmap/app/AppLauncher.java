package org.eventmap.app;

import java.nio.file.Path;
import javafx.application.Application;
import org.eventmap.io.LoadResult;

/** The two ways the application runs: in a window, or rendering one picture of it headless. */
public final class AppLauncher {
  private AppLauncher() {}

  public static void openWindow(LaunchOptions options) {
    EventmapApp.launchOptions = options;
    Application.launch(EventmapApp.class);
  }

  /** Renders the window at the given state to a PNG; returns the process exit code. */
  public static int snapshot(LaunchOptions options, Path out, int width, int height) {
    Snapshot.useHeadlessPlatform();
    LoadResult loaded = DatasetSources.read(options);
    loaded.problems().forEach(System.err::println);
    if (!loaded.ok()) {
      System.err.println("eventmap: no snapshot, " + loaded.file() + " has errors");
      return 1;
    }
    try {
      Snapshot.write(Snapshot.render(loaded, options, width, height), out);
      System.out.println("wrote " + out + " (" + width + "x" + height + ")");
      return 0;
    } catch (Exception e) {
      System.err.println("eventmap: could not write the snapshot " + out + ": " + e.getMessage());
      return 1;
    }
  }
}
