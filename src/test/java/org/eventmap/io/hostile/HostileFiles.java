package org.eventmap.io.hostile;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.eventmap.geo.zones.OfflineZones;
import org.eventmap.io.LoadResult;
import org.eventmap.io.Problem;
import org.eventmap.io.ProgressListener;
import org.eventmap.io.ReadOptions;
import org.eventmap.io.formats.FormatRegistry;

/** Reads hostile files as the app and the command line do, with a bound on time, and the files themselves. */
final class HostileFiles {
  /** What a read of one hostile file may take on a shared machine: the issue asks for "bounded". */
  static final Duration BOUND = Duration.ofSeconds(10);

  private HostileFiles() {}

  /** A read through the registry, its time, and whatever it threw (which it must not). */
  record Read(LoadResult result, Duration took) {
    /** The only error, which names the file. */
    Problem error() {
      assertThat(result.ok()).as("%s is not presented as a good dataset", result.file()).isFalse();
      assertThat(result.errors()).as("one error").hasSize(1);
      return result.errors().get(0);
    }
  }

  static Read read(Path file) {
    return read(file, ReadOptions.NONE, ProgressListener.NONE);
  }

  /**
   * Reads on a thread of its own with a small stack (a reader that recurses per level of nesting shows
   * it at once), failing the test on a throw, a StackOverflowError or a read that does not end in time.
   */
  static Read read(Path file, ReadOptions options, ProgressListener listener) {
    ExecutorService reader = Executors.newSingleThreadExecutor(r -> {
      Thread t = new Thread(null, r, "hostile-reader", 512 * 1024);
      t.setDaemon(true);
      return t;
    });
    long begun = System.nanoTime();
    Future<LoadResult> reading = reader.submit(() -> FormatRegistry.read(file, options, listener));
    try {
      LoadResult result = reading.get(BOUND.toMillis() * 3, TimeUnit.MILLISECONDS);
      Duration took = Duration.ofNanos(System.nanoTime() - begun);
      assertThat(took).as("time to read %s", file.getFileName()).isLessThan(BOUND);
      for (Problem p : result.problems()) {
        assertThat(p.file()).isEqualTo(file.toString());
        assertThat(p.message()).as("a message for people, not a stack trace")
            .doesNotContain("Exception", "\tat ", "java.lang.");
      }
      return new Read(result, took);
    } catch (ExecutionException e) {
      throw new AssertionError("reading " + file + " threw instead of saying what is wrong", e.getCause());
    } catch (TimeoutException e) {
      reading.cancel(true);
      throw new AssertionError("reading " + file + " did not end in " + BOUND.multipliedBy(3).toSeconds() + " s");
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError(e);
    } finally {
      reader.shutdownNow();
    }
  }

  /** The zone polygons take seconds to load once per JVM: loaded before any read is timed. */
  static void zonesLoaded() {
    OfflineZones.shared().zoneAt(51.5, -0.1);
  }

  static Path write(Path file, String text) throws IOException {
    return Files.writeString(file, text, StandardCharsets.UTF_8);
  }

  /** An Eventmap dataset of so many events (about 200 bytes each), valid. */
  static String eventmapDataset(int events) {
    StringBuilder s = new StringBuilder(events * 200 + 400);
    s.append("{\"format\":\"eventmap/1\",\"title\":\"Many days\",\"license\":\"CC0-1.0\",\"places\":[{\"id\":\"p1\",")
        .append("\"name\":\"Quay\",\"lat\":51.5,\"lon\":-0.1,\"timeZone\":\"Europe/London\"}],")
        .append("\"categories\":[{\"id\":\"c1\",\"name\":\"Talks\",\"color\":\"#1f5fbf\"}],\"events\":[\n");
    for (int i = 0; i < events; i++) {
      s.append(i == 0 ? "" : ",\n").append("{\"id\":\"e").append(i).append("\",\"title\":\"Event number ").append(i)
          .append("\",\"start\":\"2024-03-").append(10 + i % 19).append("\",\"place\":\"p1\",\"category\":\"c1\",")
          .append("\"summary\":\"What happened.\",\"sources\":[{\"title\":\"Notes\",\"publisher\":\"Us\",")
          .append("\"url\":\"https://example.org/\"}]}");
    }
    return s.append("\n]}\n").toString();
  }

  /** A spreadsheet of so many rows (about 45 bytes each). */
  static String csv(int rows) {
    StringBuilder s = new StringBuilder(rows * 48 + 40).append("date,lat,lon,title\n");
    for (int i = 0; i < rows; i++) {
      s.append("2024-03-").append(10 + i % 19).append(",51.5,-0.1,Row number ").append(i).append('\n');
    }
    return s.toString();
  }
}
