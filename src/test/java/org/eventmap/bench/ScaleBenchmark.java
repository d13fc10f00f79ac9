package org.eventmap.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.LongConsumer;
import javafx.animation.AnimationTimer;
import javafx.animation.PauseTransition;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.layout.Pane;
import javafx.scene.layout.StackPane;
import javafx.scene.paint.Color;
import javafx.scene.shape.Circle;
import javafx.stage.Stage;
import org.eventmap.domain.Dataset;
import org.eventmap.domain.Event;
import org.eventmap.geo.Viewport;
import org.eventmap.geo.WebMercator;
import org.eventmap.io.LoadResult;
import org.eventmap.state.AppState;
import org.eventmap.ui.CategoryPalette;
import org.eventmap.ui.MainView;
import org.eventmap.ui.map.BasemapLibrary;
import org.eventmap.ui.map.MapView;

/**
 * The scale benchmark of issue 7, for one dataset file: how long it takes to load and how much heap it
 * keeps, then, in a real 1280×800 window with the real {@link AppState} and {@link MainView}, how long a
 * slider step (a new day: filtering plus a full redraw of the map) and a pan frame take, and the same
 * slider steps on a node-per-marker layer (one {@link Circle} per visible event in a Pane of the map's
 * size, in the same window). Not a test: run by {@code src/bench/scale.sh}, one JVM per file, which prints
 * the table.
 *
 * <p>Timing: each change is made at the start of a pulse (in an {@link AnimationTimer}); "update" is the
 * time until that pulse's layout is done (the map has filtered, laid out and issued its drawing), "frame"
 * the time until the next pulse begins, which JavaFX starts only once the frame has been rendered. Run
 * with {@code -Djavafx.animation.pulse=1000} so that pulses are not held back to 60 a second and the
 * frame time is not rounded up to 16.7 ms.
 *
 * <p>Usage: {@code ScaleBenchmark FILE [--steps N] [--baseline true|false] [--view LON,LAT,ZOOM] [--journeys true|false]}
 */
public final class ScaleBenchmark {
  private ScaleBenchmark() {}

  static Path file;
  static int steps = 30;
  static boolean baseline = true;
  /** Longitude, latitude and zoom level to show instead of the data's extent, so that two files can be
   * measured over the same land: the basemap's cost depends on what is in view. */
  static double[] startView;
  /** Whether the map draws journeys (View ▸ Journeys), as it does by default. */
  static boolean journeys = true;
  static LoadResult loaded;
  static long loadNanos;
  static long retainedBytes;

  public static void main(String[] args) throws Exception {
    if ((args.length == 2 || args.length == 3) && args[0].equals("--json-floor")) {
      file = Path.of(args[1]);
      loadBesideFloor(args.length == 3 ? Integer.parseInt(args[2]) : 5);
      return;
    }
    file = Path.of(args[0]);
    for (int i = 1; i < args.length; i++) {
      switch (args[i]) {
        case "--steps" -> steps = Integer.parseInt(args[++i]);
        case "--baseline" -> baseline = Boolean.parseBoolean(args[++i]);
        case "--journeys" -> journeys = Boolean.parseBoolean(args[++i]);
        case "--view" -> startView = Arrays.stream(args[++i].split(",")).mapToDouble(Double::parseDouble).toArray();
        default -> throw new IllegalArgumentException("unknown option " + args[i]);
      }
    }
    // Each load is measured beside a bare Jackson pass over the same file, alternated, so that the ratio
    // holds even when the shared machine slows down between rounds (issue 16).
    loadBesideFloor(3);
    if (!loaded.ok()) {
      throw new IllegalStateException("the dataset did not load: " + loaded.errors().stream().limit(3).toList());
    }
    Application.launch(Window.class);
  }

  /** Separate from the launcher so that JavaFX can start from the class path. */
  public static final class Window extends Application {
    private final AppState state = new AppState();
    private Stage stage;
    private MainView view;
    private MapView map;
    private final List<Runnable> phases = new ArrayList<>();
    private final StringBuilder report = new StringBuilder();

    @Override
    public void start(Stage stage) {
      this.stage = stage;
      view = new MainView(state, BasemapLibrary.loadedNow(), new NoActions());
      map = view.map();
      stage.setTitle("Eventmap scale benchmark");
      stage.setScene(new Scene(view, 1280, 800));
      stage.show();
      state.applyLoad(loaded);
      state.setShowJourneys(journeys);
      if (startView != null) {
        state.showView(startView[0], startView[1], 256 * Math.pow(2, startView[2]));
      }
      Dataset d = state.dataset();
      int events = d.events().size();
      long size = size(file);
      line("file %s: %,d events, %.1f MB on disk", file.getFileName(), events, size / 1e6);
      line("load: %.2f s; retained heap %,d bytes = %.0f B/event = %.2f x the file", loadNanos / 1e9,
          retainedBytes, retainedBytes / (double) events, retainedBytes / (double) size);
      line("renderer: %s; map %dx%d in a 1280x800 window", com.sun.prism.GraphicsPipeline.getPipeline().getClass()
          .getSimpleName(), (int) map.getWidth(), (int) map.getHeight());

      List<LocalDate> days = scrubDays(d);
      phases.add(() -> measure("slider step, canvas map", days.size(), i -> state.goToDay(days.get((int) i)),
          true, this::next));
      phases.add(() -> measure("pan frame, canvas map", steps + 10, i -> state.panMap(-6, 2), true,
          this::next));
      // A wheel or pinch zoom: 8% in, then back out, around the middle of the map.
      phases.add(() -> {
        Viewport v = state.viewport();
        line("zoom around: --view %.3f,%.3f,%.2f", WebMercator.lon(v.centerX()), WebMercator.lat(v.centerY()),
            Math.log(v.scale() / 256) / Math.log(2));
        next();
      });
      phases.add(() -> measure("zoom frame, canvas map", steps + 10,
          i -> state.zoomMap(state.viewport().width() / 2, state.viewport().height() / 2, i % 10 < 5 ? 1.08 : 1 / 1.08),
          true, this::next));
      // The pointer moving from mark to mark: what hovering costs the JavaFX thread a move (the event's
      // handling and the layout it asks for), and the map's draw in that pulse.
      phases.add(() -> {
        List<double[]> spots = marksInView();
        long[] handled = new long[steps + 10];
        measure("hover move, canvas map", steps + 10, i -> handled[(int) i] = movePointerTo(spots.get((int) (i % spots.size()))),
            true, () -> {
              long[] measured = Arrays.copyOfRange(handled, 1, handled.length);
              line("%-30s n=%3d  JavaFX thread a move (event and layout) median %6.2f ms (max %6.2f), %d marks",
                  "hover move, handled", measured.length, median(measured), max(measured), spots.size());
              next();
            });
      });
      if (baseline) {
        phases.add(() -> {
          NodePerMarkerLayer layer = new NodePerMarkerLayer(loaded, state.viewport());
          stage.getScene().setRoot(layer.root());
          measure("slider step, node per marker", Math.min(days.size(), events > 50_000 ? 10 : days.size()),
              i -> layer.goToDay(days.get((int) i)), false, this::next);
        });
      }
      phases.add(() -> {
        System.out.print(report);
        Platform.exit();
      });
      // Let the first frames (basemap, fonts) settle before measuring, and the collector finish what the
      // load left it (a concurrent cycle of a second or two, on one of the two cores, made frames vary).
      state.goToDay(days.get(0));
      runAfterPulses(20, () -> {
        System.gc();
        PauseTransition settle = new PauseTransition(javafx.util.Duration.seconds(3));
        settle.setOnFinished(e -> next());
        settle.play();
      });
    }

    private int phase;

    /** Where marks are in the view, a few dozen at most; the middle of the map if none. */
    private List<double[]> marksInView() {
      Viewport v = state.viewport();
      List<double[]> spots = new ArrayList<>();
      for (MapView.MarkerGroup m : map.markerGroups()) {
        if (m.x() > 20 && m.y() > 20 && m.x() < v.width() - 20 && m.y() < v.height() - 20 && spots.size() < 40) {
          spots.add(new double[] {m.x(), m.y()});
        }
      }
      if (spots.isEmpty()) {
        spots.add(new double[] {v.width() / 2, v.height() / 2});
      }
      return spots;
    }

    /** Moves the pointer there and lays the window out at once: the JavaFX thread's time (ns). */
    private long movePointerTo(double[] spot) {
      long start = System.nanoTime();
      javafx.geometry.Point2D screen = map.localToScreen(spot[0], spot[1]);
      javafx.event.Event.fireEvent(map, new javafx.scene.input.MouseEvent(javafx.scene.input.MouseEvent.MOUSE_MOVED,
          spot[0], spot[1], screen.getX(), screen.getY(), javafx.scene.input.MouseButton.NONE, 0, false, false,
          false, false, false, false, false, false, false, false, null));
      stage.getScene().getRoot().layout();
      return System.nanoTime() - start;
    }

    private void next() {
      phases.get(phase++).run();
    }

    /** A scrub across the middle of the span, a day at a time, as when dragging the slider. */
    private List<LocalDate> scrubDays(Dataset d) {
      LocalDate first = d.firstDay().orElseThrow();
      LocalDate last = d.lastDay().orElseThrow();
      LocalDate middle = first.plusDays((last.toEpochDay() - first.toEpochDay()) / 2);
      List<LocalDate> days = new ArrayList<>();
      for (int i = 0; i <= steps; i++) {
        days.add(middle.plusDays(i));
      }
      return days;
    }

    /**
     * Makes change i at the start of a pulse, n times (the first one unmeasured, as a warm-up), and
     * prints the median and the worst of the update and frame times (and the 90th percentile of the
     * frames: some views catch up only a few times a second).
     */
    private void measure(String name, int n, LongConsumer change, boolean canvas, Runnable then) {
      long[] update = new long[n];
      long[] frame = new long[n];
      long[] draw = new long[n];
      int[] step = {-1};
      long[] changedAt = {0};
      boolean[] laidOut = {true};
      Runnable afterLayout = () -> {
        if (!laidOut[0] && step[0] >= 0) {
          update[step[0]] = System.nanoTime() - changedAt[0];
          draw[step[0]] = canvas ? map.lastDrawNanos() : 0;
          laidOut[0] = true;
        }
      };
      stage.getScene().addPostLayoutPulseListener(afterLayout);
      new AnimationTimer() {
        @Override
        public void handle(long now) {
          if (step[0] >= 0) {
            frame[step[0]] = System.nanoTime() - changedAt[0];
          }
          step[0]++;
          if (step[0] == n) {
            stop();
            stage.getScene().removePostLayoutPulseListener(afterLayout);
            summarize(name, Arrays.copyOfRange(update, 1, n), Arrays.copyOfRange(frame, 1, n),
                Arrays.copyOfRange(draw, 1, n), canvas);
            then.run();
            return;
          }
          laidOut[0] = false;
          changedAt[0] = System.nanoTime();
          change.accept(step[0]);
        }
      }.start();
    }

    private void summarize(String name, long[] update, long[] frame, long[] draw, boolean canvas) {
      line("%-30s n=%3d  update median %8.2f ms (max %8.2f)  frame median %8.2f ms (p90 %8.2f, max %8.2f)%s",
          name, update.length, median(update), max(update), median(frame), percentile(frame, 0.9), max(frame),
          canvas ? String.format(Locale.ROOT, "  map draw median %7.2f ms", median(draw)) : "");
      System.out.flush();
    }

    private void runAfterPulses(int pulses, Runnable then) {
      new AnimationTimer() {
        private int left = pulses;

        @Override
        public void handle(long now) {
          if (--left == 0) {
            stop();
            then.run();
          }
        }
      }.start();
    }

    private void line(String format, Object... args) {
      String text = String.format(Locale.ROOT, format, args);
      report.append(text).append('\n');
      System.err.println(text); // progress while it runs; stdout gets the report at the end
    }
  }

  /**
   * The baseline: how node-per-marker map layers work (one Circle per event, kept and repositioned, the
   * layer's children set to the visible ones), with the same filtering (the state's visible events) and
   * the same projection, in a Pane the size of the map.
   */
  static final class NodePerMarkerLayer {
    private final AppState state = new AppState();
    private final Pane pane = new Pane();
    private final StackPane root = new StackPane(pane);
    private final Map<Event, Circle> circles = new IdentityHashMap<>();

    NodePerMarkerLayer(LoadResult loaded, Viewport viewport) {
      state.applyLoad(loaded);
      state.resizeMap(viewport.width(), viewport.height());
      state.showView(WebMercator.lon(viewport.centerX()), WebMercator.lat(viewport.centerY()), viewport.scale());
      pane.setPrefSize(viewport.width(), viewport.height());
      pane.setMaxSize(viewport.width(), viewport.height());
      pane.setStyle("-fx-background-color: #cfe0ec;");
      state.visibleEvents().addListener((obs, old, now) -> show(now));
    }

    StackPane root() {
      return root;
    }

    void goToDay(LocalDate day) {
      state.goToDay(day);
    }

    private void show(List<Event> visible) {
      Viewport v = state.viewport();
      Dataset d = state.dataset();
      List<Circle> nodes = new ArrayList<>(visible.size());
      for (Event e : visible) {
        Circle c = circles.computeIfAbsent(e, k -> {
          Circle circle = new Circle(6, CategoryPalette.colorOf(d, k.category()));
          circle.setStroke(Color.WHITE);
          return circle;
        });
        c.setCenterX(v.screenX(WebMercator.x(e.place().orElseThrow().location().lon())));
        c.setCenterY(v.screenY(WebMercator.y(e.place().orElseThrow().location().lat())));
        nodes.add(c);
      }
      pane.getChildren().setAll(nodes);
    }
  }

  /**
   * Alternates a bare Jackson pass and a load, {@code rounds} times, and prints each pair and the medians:
   * the pass is the floor a streaming parser sets on this machine at this moment. The first round is
   * shown apart because it also pays for warming the JIT up, as a user's first load does.
   */
  static void loadBesideFloor(int rounds) throws java.io.IOException {
    long[] loads = new long[rounds];
    long[] passes = new long[rounds];
    for (int r = 0; r < rounds; r++) {
      passes[r] = bareJacksonPass(file);
      loaded = null;
      LoadBenchmark.Measurement m = LoadBenchmark.measure(file);
      loads[r] = m.nanos();
      retainedBytes = m.retainedBytes();
      loaded = m.result();
      System.out.printf(Locale.ROOT, "round %d: bare Jackson pass: %.0f ms; load: %.0f ms (CPU %.0f ms, GC %d ms); ratio %.2f%n",
          r + 1, passes[r] / 1e6, loads[r] / 1e6, m.cpuNanos() / 1e6, m.gcMillis(), loads[r] / (double) passes[r]);
    }
    long[] sortedLoads = loads.clone();
    long[] sortedPasses = passes.clone();
    Arrays.sort(sortedLoads);
    Arrays.sort(sortedPasses);
    loadNanos = sortedLoads[rounds / 2];
    String size = Files.size(file) >= 1_000_000 ? Files.size(file) / 1_000_000 + " MB" : Files.size(file) + " bytes";
    System.out.printf(Locale.ROOT, "load %s (%s): %.0f ms; bare Jackson pass: %.0f ms; ratio %.2f"
            + " (medians of %d alternated rounds; first round: %.0f ms against %.0f ms, ratio %.2f)%n",
        eventsLabel(loaded), size, sortedLoads[rounds / 2] / 1e6, sortedPasses[rounds / 2] / 1e6,
        sortedLoads[rounds / 2] / (double) sortedPasses[rounds / 2], rounds, loads[0] / 1e6, passes[0] / 1e6,
        loads[0] / (double) passes[0]);
  }

  private static String eventsLabel(LoadResult result) {
    int n = result.dataset().map(d -> d.events().size()).orElse(0);
    return n >= 1_000_000 && n % 1_000_000 == 0 ? n / 1_000_000 + "M"
        : n >= 1000 && n % 1000 == 0 ? n / 1000 + "k" : String.valueOf(n);
  }

  /** Every token of the file read with Jackson's streaming parser, nothing kept: how long it took. */
  static long bareJacksonPass(Path file) throws java.io.IOException {
    long start = System.nanoTime();
    long tokens = 0;
    try (com.fasterxml.jackson.core.JsonParser parser = new com.fasterxml.jackson.core.JsonFactory()
        .createParser(file.toFile())) {
      while (parser.nextToken() != null) {
        tokens++;
      }
    }
    long nanos = System.nanoTime() - start;
    if (tokens == 0) {
      throw new IllegalStateException("no JSON in " + file);
    }
    return nanos;
  }

  static double median(long[] nanos) {
    if (nanos.length == 0) {
      return Double.NaN;
    }
    long[] sorted = nanos.clone();
    Arrays.sort(sorted);
    return sorted[sorted.length / 2] / 1e6;
  }

  /** The time below which this share of the measurements fall (nearest rank). */
  static double percentile(long[] nanos, double share) {
    if (nanos.length == 0) {
      return Double.NaN;
    }
    long[] sorted = nanos.clone();
    Arrays.sort(sorted);
    return sorted[Math.min(sorted.length - 1, (int) Math.ceil(share * sorted.length) - 1)] / 1e6;
  }

  static double max(long[] nanos) {
    return Arrays.stream(nanos).max().orElse(0) / 1e6;
  }

  static long size(Path file) {
    try {
      return Files.size(file);
    } catch (java.io.IOException e) {
      return -1;
    }
  }

  /** The window's menu actions are not used here. */
  static final class NoActions implements MainView.Actions {
    @Override
    public void openFile() {}

    @Override
    public void quit() {}

    @Override
    public void openLink(java.net.URI uri) {}

    @Override
    public void exportMapImage() {}
  }
}
