package org.eventmap.bench;

import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import javafx.animation.AnimationTimer;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.eventmap.io.DatasetReader;
import org.eventmap.io.LoadResult;
import org.eventmap.io.ProgressListener;
import org.eventmap.state.AppState;
import org.eventmap.time.EventTimeIndex;
import org.eventmap.ui.MainView;
import org.eventmap.ui.map.BasemapLibrary;

/**
 * What a search costs the JavaFX thread in the whole window (issue 11, item 9): for each query, how long
 * the search command holds the thread, the longest gap between two frames until the result is on
 * screen, and how long that takes. Runs headless (Monocle, software rendering).
 *
 * <p>Usage: {@code SearchBenchmark FILE [QUERY...]}
 */
public final class SearchBenchmark {
  private SearchBenchmark() {}

  public static void main(String[] args) throws Exception {
    System.setProperty("glass.platform", "Monocle");
    System.setProperty("monocle.platform", "Headless");
    System.setProperty("prism.order", "sw");
    String[] queries = args.length > 1 ? java.util.Arrays.copyOfRange(args, 1, args.length)
        : new String[] {"Kharkiv", "shelling", "Gaza City", "zzz", ""};
    LoadResult loaded = DatasetReader.read(Path.of(args[0]), ProgressListener.NONE);
    EventTimeIndex index = new EventTimeIndex(loaded.dataset().orElseThrow().events());
    BasemapLibrary basemaps = BasemapLibrary.loadedNow();
    CompletableFuture<AppState> ready = new CompletableFuture<>();
    AtomicLong lastPulse = new AtomicLong();
    AtomicLong longestGap = new AtomicLong();
    Platform.startup(() -> {
      AppState state = new AppState();
      Stage stage = new Stage();
      stage.setScene(new Scene(new MainView(state, basemaps, new MainView.Actions() {}), 1280, 800));
      stage.show();
      state.applyLoad(loaded, index);
      new AnimationTimer() {
        @Override
        public void handle(long now) {
          long t = System.nanoTime();
          long last = lastPulse.getAndSet(t);
          if (last != 0) {
            longestGap.accumulateAndGet(t - last, Math::max);
          }
        }
      }.start();
      ready.complete(state);
    });
    AppState state = ready.get(60, TimeUnit.SECONDS);
    System.out.printf(Locale.ROOT, "%s: %,d events%n", Path.of(args[0]).getFileName(), index.size());
    for (int round = 0; round < 2; round++) {
      for (String query : queries) {
        Thread.sleep(500);
        longestGap.set(0);
        lastPulse.set(System.nanoTime());
        long start = System.nanoTime();
        long held = onFx(() -> {
          long t = System.nanoTime();
          state.setSearchText(query);
          return System.nanoTime() - t;
        });
        // The result is on screen once a frame has been drawn after the filtered events changed.
        while (onFx(() -> searching(state))) {
          Thread.sleep(2);
        }
        onFx(() -> 0L);
        Thread.sleep(100); // a few more frames, so that drawing the result counts
        long done = System.nanoTime() - start;
        int found = onFx(() -> (long) state.filteredEvents().get().size()).intValue();
        System.out.printf(Locale.ROOT,
            "  search %-12s %,9d found: command holds the FX thread %7.1f ms; longest frame gap %7.1f ms; shown after %7.1f ms%n",
            "'" + query + "'", found, held / 1e6, longestGap.get() / 1e6, (done - 100_000_000) / 1e6);
      }
    }
    Platform.exit();
    System.exit(0);
  }

  /** Whether a search still runs; the state before issue 11 searched at once and had no such property. */
  private static boolean searching(AppState state) throws Exception {
    try {
      return (Boolean) AppState.class.getMethod("searching").invoke(state);
    } catch (NoSuchMethodException e) {
      return false;
    }
  }

  private static <T> T onFx(java.util.concurrent.Callable<T> task) throws Exception {
    CompletableFuture<T> result = new CompletableFuture<>();
    Platform.runLater(() -> {
      try {
        result.complete(task.call());
      } catch (Exception e) {
        result.completeExceptionally(e);
      }
    });
    return result.get(120, TimeUnit.SECONDS);
  }
}
