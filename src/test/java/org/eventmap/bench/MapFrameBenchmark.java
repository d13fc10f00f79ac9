package org.eventmap.bench;

import java.util.Arrays;
import java.util.Locale;
import java.util.function.Consumer;
import javafx.animation.AnimationTimer;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.eventmap.app.DatasetSources;
import org.eventmap.state.AppState;
import org.eventmap.ui.MainView;
import org.eventmap.ui.map.BasemapLibrary;
import org.eventmap.ui.map.MapView;

/**
 * Frames per second while panning and zooming the map in a real 1280×800 window, with the curated
 * dataset, at world, region and Gaza-Strip zoom (the last on the 1:10m basemap). Not a test: run by
 * src/bench/map-frames.sh under Xvfb with the software renderer. Prints, per scenario, the median and
 * 95th-percentile time to draw the map and the frame rate the window reached.
 */
public final class MapFrameBenchmark {
  private MapFrameBenchmark() {}

  public static void main(String[] args) {
    Application.launch(Window.class, args);
  }

  /** Separate from the launcher so that JavaFX can start from the class path. */
  public static final class Window extends Application {
    private static final int WARM_UP = 60;
    private static final int FRAMES = 300;

    private record Scenario(String name, double lon, double lat, double zoom, Consumer<AppState> step) {}

    private final AppState state = new AppState();
    private MapView map;
    private final Scenario[] scenarios = {
      new Scenario("world, panning", 20, 30, 1.6, s -> s.panMap(-6, 0)),
      new Scenario("region (zoom 5.3, 1:50m), panning", 35.5, 30.5, 5.3, s -> s.panMap(-6, 2)),
      new Scenario("Gaza Strip (zoom 9.6, 1:10m), panning", 34.4, 31.42, 9.6, s -> s.panMap(-6, 2)),
      new Scenario("region, zooming in and out", 35.5, 30.5, 5.3, zoomInAndOut()),
    };
    private int scenario;
    private int frame;
    private long[] drawNanos;
    private long startNanos;

    private static Consumer<AppState> zoomInAndOut() {
      int[] tick = {0};
      return s -> s.zoomMap(640 - 380, 400, (tick[0]++ / 60) % 2 == 0 ? 1.03 : 1 / 1.03);
    }

    @Override
    public void start(Stage stage) {
      MainView view = new MainView(state, BasemapLibrary.loadedNow(), new MainView.Actions() {});
      map = view.map();
      state.applyLoad(DatasetSources.readCurated());
      stage.setTitle("Eventmap map frame benchmark");
      stage.setScene(new Scene(view, 1280, 800));
      stage.show();
      System.out.printf(Locale.ROOT, "renderer: %s; map %dx%d%n",
          com.sun.prism.GraphicsPipeline.getPipeline().getClass().getSimpleName(),
          (int) map.getWidth(), (int) map.getHeight());
      begin();
      new AnimationTimer() {
        @Override
        public void handle(long now) {
          tick(now, this);
        }
      }.start();
    }

    private void begin() {
      Scenario s = scenarios[scenario];
      state.showView(s.lon(), s.lat(), 256 * Math.pow(2, s.zoom()));
      frame = -WARM_UP;
      drawNanos = new long[FRAMES];
    }

    private void tick(long now, AnimationTimer timer) {
      Scenario s = scenarios[scenario];
      if (frame == 0) {
        startNanos = now;
      }
      if (frame > 0 && frame <= FRAMES) {
        drawNanos[frame - 1] = map.lastDrawNanos();
      }
      if (frame == FRAMES) {
        report(s, now - startNanos);
        scenario++;
        if (scenario == scenarios.length) {
          timer.stop();
          Platform.exit();
          return;
        }
        begin();
        return;
      }
      s.step().accept(state);
      frame++;
    }

    private void report(Scenario s, long elapsedNanos) {
      long[] sorted = drawNanos.clone();
      Arrays.sort(sorted);
      double median = sorted[sorted.length / 2] / 1e6;
      double p95 = sorted[(int) (sorted.length * 0.95)] / 1e6;
      double fps = FRAMES / (elapsedNanos / 1e9);
      System.out.printf(Locale.ROOT, "%-40s draw median %6.2f ms, p95 %6.2f ms; %5.1f frames/s over %d frames%n",
          s.name(), median, p95, fps, FRAMES);
    }
  }
}
