package org.eventmap.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.lang.management.ManagementFactory;
import java.lang.ref.WeakReference;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import javafx.animation.AnimationTimer;
import javafx.application.Platform;
import javafx.stage.Stage;
import org.eventmap.app.EventmapApp;
import org.eventmap.domain.Dataset;
import org.eventmap.state.AppState;

/**
 * Whether opening file after file in the real app keeps the heap where one file leaves it (issue 17,
 * "no leaks"). Starts {@link EventmapApp} in a real window (run under Xvfb), opens the files named on the
 * command line one after another as File ▸ Open does ({@link EventmapApp#open(Path)}), waits until each
 * is shown (read, on screen, and two frames drawn), and after each prints the heap still in use after
 * full collections, how many {@code Event}, {@code Dataset}, {@code EventTimeIndex} and {@code LoadResult}
 * objects are alive (from {@code jcmd GC.class_histogram}), how many of the datasets shown so far are
 * still reachable (weak references to each), and how long the opening took. Not a test: run by
 * {@code src/bench/leaks.sh}, which writes the files.
 *
 * <p>Measured (2 shared cores under other jobs' load, -Xmx6g, 200,000 events a file, ten files of seeds 1
 * to 10): the heap after one file 293 MB, after each of the ten 289 to 295 MB, with 200,001 live events
 * and one dataset and one time index (readings near 575 MB with two "alive" were datasets no longer
 * reachable that a skipped System.gc had left: collected again they were gone); a reload of the last one
 * and its GeoJSON and CSV exports left one dataset too (443 MB after the GeoJSON: the time zone polygons,
 * 116 MB, kept once read; 243 MB after the CSV, which carries fewer fields). Opening took 4 to 8 s a file
 * once the JIT was warm (46 s for the first). Before the fixes of this benchmark's round, a reload of an
 * unchanged file kept the first reading's index and events (5,000 events: 10,002 live after it), the list
 * kept up to 5,000 rows of a longer file shown before, and hidden edge pointers their marks' events.
 *
 * <p>Usage: {@code LeakBenchmark STEP...}, each STEP a file to open, or {@code reload}: the last file
 * opened is saved again (its modification time moves on, as an editor's save does) and the app, which
 * follows the shown file, reads it again.
 */
public final class LeakBenchmark {
  private LeakBenchmark() {}

  /** The classes counted in each row, by their names in the histogram. */
  private static final Map<String, String> COUNTED = countedClasses();

  private static Map<String, String> countedClasses() {
    Map<String, String> counted = new LinkedHashMap<>();
    counted.put("org.eventmap.domain.Event", "Event");
    counted.put("org.eventmap.domain.Dataset", "Dataset");
    counted.put("org.eventmap.time.EventTimeIndex", "TimeIndex");
    counted.put("org.eventmap.io.LoadResult", "LoadResult");
    return counted;
  }

  private static EventmapApp app;
  private static AppState state;
  private static Stage stage;

  public static void main(String[] args) throws Exception {
    if (args.length == 0) {
      System.err.println("usage: LeakBenchmark FILE|reload ...");
      System.exit(2);
    }
    CountDownLatch started = new CountDownLatch(1);
    Platform.startup(started::countDown);
    started.await();
    Platform.setImplicitExit(false);
    onFx(() -> {
      try {
        app = new EventmapApp();
        app.init();
        stage = new Stage();
        app.start(stage);
        Method stateOf = EventmapApp.class.getDeclaredMethod("state");
        stateOf.setAccessible(true); // the app shows its state to its own tests only
        state = (AppState) stateOf.invoke(app);
      } catch (Exception e) {
        throw new IllegalStateException(e);
      }
      return null;
    });
    awaitShown(null, 60);
    List<WeakReference<Dataset>> shown = new ArrayList<>();
    shown.add(new WeakReference<>(onFx(state::dataset)));
    List<String> rows = new ArrayList<>();
    String header = String.format(Locale.ROOT, "%-3s %-28s %9s %8s %9s %8s %9s %10s %8s %9s %5s", "#", "opened",
        "events", "open s", "heap MB", "Event", "Dataset", "TimeIndex", "alive", "later MB", "alive");
    rows.add(row(0, "(built-in dataset at start)", onFx(() -> state.dataset().events().size()), Double.NaN, shown));
    Path last = null;
    for (int i = 0; i < args.length; i++) {
      String step = args[i];
      Dataset before = onFx(state::dataset);
      long begun = System.nanoTime();
      String label;
      if (step.equals("reload")) {
        if (last == null) {
          throw new IllegalArgumentException("reload before any file was opened");
        }
        Files.setLastModifiedTime(last, FileTime.fromMillis(Files.getLastModifiedTime(last).toMillis() + 2000));
        label = "reload " + last.getFileName();
      } else {
        last = Path.of(step);
        Path file = last;
        onFx(() -> {
          app.open(file);
          return null;
        });
        label = last.getFileName().toString();
      }
      awaitShown(before, 600);
      long nanos = System.nanoTime() - begun;
      Dataset now = onFx(state::dataset);
      shown.add(new WeakReference<>(now));
      int events = now.events().size();
      now = null;
      before = null;
      rows.add(row(i + 1, label, events, nanos / 1e9, shown));
      dumpHeapIfAsked(i + 1);
      System.err.println(rows.get(rows.size() - 1)); // progress, while the table is not printed yet
    }
    System.out.println("open s: from File > Open (or the save) to shown; heap: in use after full collections;"
        + " Event, Dataset, TimeIndex: live objects; alive: datasets shown so far that are still reachable;"
        + " later: heap and alive again, collected up to 10 s more, when more than one was alive");
    System.out.println(header);
    rows.forEach(System.out::println);
    onFx(() -> {
      stage.hide();
      return null;
    });
    Platform.exit();
    System.exit(0);
  }

  /** One row of the table: the heap and the counts after the step, once everything is collected. */
  private static String row(int step, String label, int events, double seconds, List<WeakReference<Dataset>> shown)
      throws Exception {
    long heap = settledHeap();
    Map<String, Long> counts = histogram();
    long alive = shown.stream().filter(r -> r.get() != null).count();
    // More than one alive may be a dataset already unreachable: System.gc does nothing while a thread is in
    // a JNI critical section (the software renderer often is, "GC locker is held"). Collected again, up to
    // 10 s, to tell that from a leak.
    long heapLater = heap;
    long aliveLater = alive;
    for (int i = 0; i < 40 && aliveLater > 1; i++) {
      Thread.sleep(250);
      heapLater = settledHeap();
      aliveLater = shown.stream().filter(r -> r.get() != null).count();
    }
    return String.format(Locale.ROOT, "%-3d %-28s %,9d %8s %9.0f %,8d %9d %10d %5d/%d %9.0f %5d", step,
        label.length() > 28 ? label.substring(0, 28) : label, events,
        Double.isNaN(seconds) ? "" : String.format(Locale.ROOT, "%.1f", seconds), heap / 1e6,
        counts.getOrDefault("Event", 0L), counts.getOrDefault("Dataset", 0L), counts.getOrDefault("TimeIndex", 0L),
        alive, shown.size(), heapLater / 1e6, aliveLater);
  }

  /**
   * With {@code -Dleaks.dumps=DIR}, writes the live heap after each step to DIR/step-N.hprof, to find what
   * holds an object that should be gone (a heap analyser's path from the roots).
   */
  private static void dumpHeapIfAsked(int step) throws IOException {
    String dir = System.getProperty("leaks.dumps");
    if (dir != null) {
      Path file = Path.of(dir, "step-" + step + ".hprof");
      Files.deleteIfExists(file);
      ManagementFactory.getPlatformMXBean(com.sun.management.HotSpotDiagnosticMXBean.class)
          .dumpHeap(file.toString(), true);
    }
  }

  /** Waits until a dataset other than {@code before} is shown, nothing is loading, and two frames are drawn. */
  private static void awaitShown(Dataset before, int seconds) throws Exception {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
    while (true) {
      boolean done = onFx(() -> state.dataset() != null && state.dataset() != before && !state.loading().loading());
      if (done) {
        break;
      }
      if (System.nanoTime() > deadline) {
        throw new IllegalStateException("not shown after " + seconds + " s: problems "
            + onFx(() -> state.problemsProperty().get()));
      }
      Thread.sleep(20);
    }
    CountDownLatch frames = new CountDownLatch(2);
    Platform.runLater(() -> new AnimationTimer() {
      @Override
      public void handle(long now) {
        frames.countDown();
        if (frames.getCount() == 0) {
          stop();
        }
      }
    }.start());
    if (!frames.await(60, TimeUnit.SECONDS)) {
      throw new IllegalStateException("no frame drawn");
    }
  }

  /** Heap in use once full collections stop freeing anything (System.gc is a full collection with G1). */
  static long settledHeap() throws InterruptedException {
    var memory = ManagementFactory.getMemoryMXBean();
    long last = Long.MAX_VALUE;
    for (int i = 0; i < 6; i++) {
      System.gc();
      Thread.sleep(200);
      long now = memory.getHeapMemoryUsage().getUsed();
      if (Math.abs(last - now) < 2_000_000) {
        return now;
      }
      last = now;
    }
    return last;
  }

  /** Live instances of the counted classes, from the JVM's own class histogram of this process. */
  private static Map<String, Long> histogram() throws IOException, InterruptedException {
    String pid = Long.toString(ProcessHandle.current().pid());
    Process jcmd = new ProcessBuilder("jcmd", pid, "GC.class_histogram").redirectErrorStream(true).start();
    Map<String, Long> counts = new LinkedHashMap<>();
    try (BufferedReader out = new BufferedReader(new InputStreamReader(jcmd.getInputStream(), StandardCharsets.UTF_8))) {
      String line;
      while ((line = out.readLine()) != null) {
        // "  12:        200000       12800000  org.eventmap.domain.Event"
        String[] parts = line.trim().split("\\s+");
        if (parts.length >= 4 && COUNTED.containsKey(parts[3])) {
          counts.put(COUNTED.get(parts[3]), Long.parseLong(parts[1]));
        }
      }
    }
    jcmd.waitFor(60, TimeUnit.SECONDS);
    return counts;
  }

  private static <T> T onFx(Supplier<T> work) throws Exception {
    if (Platform.isFxApplicationThread()) {
      return work.get();
    }
    AtomicReference<T> result = new AtomicReference<>();
    AtomicReference<Throwable> failure = new AtomicReference<>();
    CountDownLatch done = new CountDownLatch(1);
    Platform.runLater(() -> {
      try {
        result.set(work.get());
      } catch (Throwable t) {
        failure.set(t);
      } finally {
        done.countDown();
      }
    });
    if (!done.await(120, TimeUnit.SECONDS)) {
      throw new IllegalStateException("the JavaFX thread did not answer");
    }
    if (failure.get() != null) {
      throw new IllegalStateException(failure.get());
    }
    return result.get();
  }
}
