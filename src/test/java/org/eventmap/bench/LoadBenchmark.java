package org.eventmap.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import org.eventmap.io.DatasetReader;
import org.eventmap.io.LoadResult;

/**
 * Load time and retained heap of {@link DatasetReader} alone, without JavaFX: the quick loop for work on
 * the reader. {@link ScaleBenchmark} measures the same inside the whole application.
 *
 * <p>Usage: {@code LoadBenchmark [--runs N] FILE...}; prints, per file, every load time, the median, and
 * the heap the loaded dataset keeps.
 */
public final class LoadBenchmark {
  private LoadBenchmark() {}

  /**
   * What one measured load gave. CPU and collection times are given beside the wall-clock time because
   * they vary less when the machine is shared.
   */
  record Measurement(LoadResult result, long nanos, long cpuNanos, long gcMillis, long retainedBytes) {}

  public static void main(String[] args) throws IOException {
    int runs = 3;
    int first = 0;
    if (args.length > 1 && args[0].equals("--runs")) {
      runs = Integer.parseInt(args[1]);
      first = 2;
    }
    for (String name : Arrays.copyOfRange(args, first, args.length)) {
      Path file = Path.of(name);
      long size = Files.size(file);
      long[] times = new long[runs];
      long[] cpuTimes = new long[runs];
      long[] gcTimes = new long[runs];
      long retained = 0;
      int events = 0;
      for (int r = 0; r < runs; r++) {
        Measurement m = measure(file);
        times[r] = m.nanos();
        cpuTimes[r] = m.cpuNanos() / 1_000_000;
        gcTimes[r] = m.gcMillis();
        retained = m.retainedBytes();
        events = m.result().dataset().map(d -> d.events().size()).orElse(0);
        if (!m.result().ok()) {
          System.out.println("NOT OK: " + m.result().errors().stream().limit(5).toList());
        }
      }
      long[] sorted = times.clone();
      Arrays.sort(sorted);
      System.out.printf(Locale.ROOT,
          "%s: %,d events, %,d bytes; load %s ms, median %.0f ms; retained %,d bytes = %.0f B/event = %.2f x file%n",
          file.getFileName(), events, size, Arrays.toString(Arrays.stream(times).map(t -> t / 1_000_000).toArray()),
          sorted[runs / 2] / 1e6, retained, retained / (double) Math.max(1, events), retained / (double) size);
      System.out.printf(Locale.ROOT, "  process CPU %s ms, collections %s ms, on %d processors%n",
          Arrays.toString(cpuTimes), Arrays.toString(gcTimes), Runtime.getRuntime().availableProcessors());
    }
  }

  /** Loads the file once; the retained heap is what a full collection cannot free while the result is held. */
  static Measurement measure(Path file) {
    long before = usedHeapAfterGc();
    long cpuBefore = processCpuNanos();
    long gcBefore = collectionMillis();
    long start = System.nanoTime();
    LoadResult result = DatasetReader.read(file);
    long nanos = System.nanoTime() - start;
    long cpu = processCpuNanos() - cpuBefore;
    long gc = collectionMillis() - gcBefore;
    long after = usedHeapAfterGc();
    java.lang.ref.Reference.reachabilityFence(result);
    return new Measurement(result, nanos, cpu, gc, after - before);
  }

  /** CPU time of every thread of this process so far (the reader's and the collector's). */
  static long processCpuNanos() {
    return ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os
        ? os.getProcessCpuTime() : 0;
  }

  /** Time the collectors report having spent so far (pauses; concurrent work is not all of it). */
  static long collectionMillis() {
    return ManagementFactory.getGarbageCollectorMXBeans().stream()
        .mapToLong(java.lang.management.GarbageCollectorMXBean::getCollectionTime).sum();
  }

  /** Heap in use after full collections have settled (System.gc is a full, stop-the-world GC with G1). */
  static long usedHeapAfterGc() {
    var memory = ManagementFactory.getMemoryMXBean();
    long used = Long.MAX_VALUE;
    for (int i = 0; i < 4; i++) {
      System.gc();
      long now = memory.getHeapMemoryUsage().getUsed();
      if (now >= used - (1 << 16)) {
        return Math.min(used, now);
      }
      used = now;
    }
    return used;
  }
}
