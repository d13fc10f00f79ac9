package org.eventmap.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.eventmap.io.LoadResult;
import org.eventmap.io.ReadOptions;

/**
 * Load time and retained heap of the spreadsheet reader on a large file, with a progress listener as the
 * app gives one; not a test. Make the file with {@link AcledCsvGenerator} (outside the project).
 *
 * <p>Usage: {@code CsvBenchmark [--runs N] FILE}; prints each load time, the median, the heap the loaded
 * dataset keeps against the file's size, and how often progress was heard.
 */
public final class CsvBenchmark {
  private CsvBenchmark() {}

  public static void main(String[] args) throws IOException {
    int runs = 1;
    int at = 0;
    if (args.length > 2 && args[0].equals("--runs")) {
      runs = Integer.parseInt(args[1]);
      at = 2;
    }
    if (args.length <= at) {
      System.err.println("usage: CsvBenchmark [--runs N] FILE");
      System.exit(2);
    }
    Path file = Path.of(args[at]);
    long size = Files.size(file);
    // The app reads the zone polygons once, for the first file that needs them: measured apart.
    long zonesStart = System.nanoTime();
    org.eventmap.geo.zones.OfflineZones.shared().zoneAt(0, 0);
    System.out.printf(Locale.ROOT, "time zone polygons read in %.0f ms (once per run of the app)%n",
        (System.nanoTime() - zonesStart) / 1e6);
    long[] times = new long[runs];
    for (int r = 0; r < runs; r++) {
      long before = LoadBenchmark.usedHeapAfterGc();
      long cpuBefore = LoadBenchmark.processCpuNanos();
      long gcBefore = LoadBenchmark.collectionMillis();
      AtomicInteger reports = new AtomicInteger();
      AtomicLong lastRead = new AtomicLong();
      long start = System.nanoTime();
      // Through the registry, as the app reads it: recognised, with the zones of its places.
      LoadResult result = org.eventmap.io.formats.FormatRegistry.read(file, ReadOptions.NONE, (read, total) -> {
        reports.incrementAndGet();
        lastRead.set(read);
        return true;
      });
      times[r] = System.nanoTime() - start;
      long cpu = LoadBenchmark.processCpuNanos() - cpuBefore;
      long gc = LoadBenchmark.collectionMillis() - gcBefore;
      long retained = LoadBenchmark.usedHeapAfterGc() - before;
      int events = result.dataset().map(d -> d.events().size()).orElse(0);
      if (!result.ok()) {
        System.out.println("NOT OK: " + result.problems().stream().limit(5).toList() + " " + result.question());
      }
      System.out.printf(Locale.ROOT,
          "run %d: %,d events from %,d bytes in %.0f ms (CPU %.0f ms, collections %d ms); retained %,d bytes = %.0f"
              + " B/event = %.2f x file; %d progress reports, last at %,d bytes; max heap %,d bytes%n",
          r + 1, events, size, times[r] / 1e6, cpu / 1e6, gc, retained, retained / (double) Math.max(1, events),
          retained / (double) size, reports.get(), lastRead.get(), Runtime.getRuntime().maxMemory());
      java.lang.ref.Reference.reachabilityFence(result);
    }
    long[] sorted = times.clone();
    Arrays.sort(sorted);
    System.out.printf(Locale.ROOT, "median %.0f ms over %d runs, on %d processors%n", sorted[runs / 2] / 1e6, runs,
        Runtime.getRuntime().availableProcessors());
  }
}
