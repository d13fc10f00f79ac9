package org.eventmap.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Function;
import org.eventmap.domain.Event;
import org.eventmap.io.LoadResult;
import org.eventmap.io.Problem;

/**
 * What every reader promises for any bytes at all, checked by each fuzz target: a dataset or errors,
 * never both and never neither; every problem placed inside the input; the same answer for the same
 * bytes; a small input read in bounded time and bounded memory. An exception escaping a reader fails the
 * target, which is how Jazzer reports a finding.
 */
final class ReaderContract {
  /**
   * Jazzer's inputs are at most 64 KiB; a reader that needs more of a core's time than this for one is
   * hanging. Counted in the reading thread's CPU time, not on the clock: on a machine busy with other work
   * a fuzzer waits for a core, and a clock's bound then reported reads that were only waiting.
   */
  static final long SMALL_INPUT_MILLIS = 2_000;
  /** A read that waits (for a lock, a stream) uses no CPU: on the clock, this long is a hang. */
  static final long WAITING_HANG_MILLIS = 60_000;
  /**
   * The first read of an input may also load classes, and Jazzer instruments each as it is loaded: on a
   * busy machine the first JSON read of a run took over 2 s for that alone. So the first read only
   * counts as a hang after this long, and the bounds of time and memory are checked on the second.
   */
  static final long FIRST_READ_HANG_MILLIS = 30_000;
  /**
   * What one read may allocate, all its threads together: this much whatever the input... Over the kept
   * corpus no read allocated more than 4.2 MiB (the basemap's inflating buffer; 2.4 MiB for a 60 KB CSV).
   */
  static final long ALLOCATION_FIXED_BYTES = 64L << 20;
  /**
   * ...and this much more per byte of input: of the kept inputs of 4 KiB or more, the text readers took
   * at most 71 bytes per byte, the basemap (compressed) 549 (docs/fuzzing.md). The margin is wide so that
   * only a read that blows up is a finding.
   */
  static final long ALLOCATION_PER_INPUT_BYTE = 2_000;
  /** How often the threads of a read are looked at while it runs: a helper thread that ends is lost. */
  private static final long SAMPLE_MILLIS = 1;
  /**
   * If set, a file to which every weighed read appends its target, input bytes, allocated bytes and
   * threads: how the bound was chosen.
   */
  private static final String ALLOCATIONS_LOG = System.getProperty("eventmap.fuzz.allocations");
  private static final com.sun.management.ThreadMXBean THREADS = threads();

  private final String name;
  private final Path folder;
  private int written;
  private ThreadGroup readingThreads;
  private ExecutorService readers = newReaders();

  /** One temporary folder per fuzz class, emptied as it goes: each input overwrites the last. */
  ReaderContract(String name) {
    this.name = name;
    try {
      folder = Files.createTempDirectory("eventmap-fuzz-" + name);
      folder.toFile().deleteOnExit();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Writes the input to a file with this ending, for the readers that take a path. */
  Path write(byte[] input, String extension) {
    Path file = folder.resolve("input" + (written++ % 2) + "." + extension);
    try {
      Files.write(file, input);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    file.toFile().deleteOnExit();
    return file;
  }

  /** Reads the input twice with the reader and checks the contract; returns the first answer. */
  LoadResult check(byte[] input, String extension, Function<Path, LoadResult> reader) {
    return check(input, write(input, extension), reader, true);
  }

  /**
   * @param positionsInInput whether problems' lines count in the input itself (not so for a KMZ, whose
   *     problems are placed in the document inside the zip)
   */
  LoadResult check(byte[] input, Path file, Function<Path, LoadResult> reader, boolean positionsInInput) {
    Reads<LoadResult> reads = twice(sizeOf(file), () -> reader.apply(file));
    assertWellFormed(reads.first(), input, positionsInInput);
    assertSameAnswer(reads.first(), reads.again());
    return reads.first();
  }

  /** The answers of two reads of the same input. */
  record Reads<T>(T first, T again) {}

  /**
   * Reads the input twice; the second read must keep the bounds of time and memory. Only the second is
   * timed and weighed because the first read of a kind of input also loads classes, and Jazzer
   * instruments each as it is loaded, on the loading thread: seconds and tens of MiB that are the
   * fuzzer's, not the reader's ({@link #FIRST_READ_HANG_MILLIS}).
   */
  <T> Reads<T> twice(long inputBytes, Callable<T> read) {
    T first = bounded(inputBytes, read, false);
    T again = bounded(inputBytes, read, true);
    return new Reads<>(first, again);
  }

  /**
   * Runs one read on a thread of its own, so that a read that never returns fails the target after the
   * bound (and Jazzer keeps the input) instead of stalling the fuzzer; the stuck read is interrupted. The
   * read's allocation is the sum over its thread and every thread it starts: they are born in its thread
   * group (a thread without a group given joins its creator's), and are looked at every millisecond
   * until the read is over, as a thread that has ended can no longer be asked.
   */
  private <T> T bounded(long inputBytes, Callable<T> read, boolean weighed) {
    long limitMillis = weighed ? SMALL_INPUT_MILLIS : FIRST_READ_HANG_MILLIS;
    Allocations allocations = new Allocations(readingThreads);
    ReadingThread reader = new ReadingThread();
    long start = System.nanoTime();
    Future<T> reading = readers.submit(() -> {
      reader.begin();
      return read.call();
    });
    try {
      T result = await(reading, start, limitMillis, reader, allocations);
      long cpuMillis = reader.cpuMillis();
      assertTrue(cpuMillis < limitMillis, "a small input took " + cpuMillis + " ms of CPU to read");
      if (weighed) {
        allocations.sample();
        assertAllocationBounded(inputBytes, allocations.total(), allocations.threadsSeen());
      }
      return result;
    } catch (TimeoutException e) {
      reading.cancel(true);
      readers.shutdownNow();
      readers = newReaders();
      throw new AssertionError("a small input was still being read after " + reader.cpuMillis()
          + " ms of CPU and " + (System.nanoTime() - start) / 1_000_000 + " ms on the clock: a hang");
    } catch (ExecutionException e) {
      if (e.getCause() instanceof RuntimeException r) {
        throw r;
      }
      if (e.getCause() instanceof Error r) {
        throw r;
      }
      throw new AssertionError(e.getCause());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError("interrupted while waiting for the read", e);
    }
  }

  /** The thread a read runs on, and the CPU time it has used for this read so far. */
  private static final class ReadingThread {
    private volatile Thread thread;
    private volatile long cpuAtStart;

    void begin() {
      cpuAtStart = java.lang.management.ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
      thread = Thread.currentThread();
    }

    long cpuMillis() {
      Thread t = thread;
      if (t == null) {
        return 0;
      }
      long now = java.lang.management.ManagementFactory.getThreadMXBean().getThreadCpuTime(t.getId());
      return Math.max(0, now - cpuAtStart) / 1_000_000;
    }
  }

  private <T> T await(Future<T> reading, long start, long limitMillis, ReadingThread reader,
      Allocations allocations) throws InterruptedException, ExecutionException, TimeoutException {
    long waitingDeadline = start + TimeUnit.MILLISECONDS.toNanos(Math.max(limitMillis, WAITING_HANG_MILLIS));
    while (true) {
      try {
        return reading.get(SAMPLE_MILLIS, TimeUnit.MILLISECONDS);
      } catch (TimeoutException stillReading) {
        allocations.sample();
        if (reader.cpuMillis() >= limitMillis || System.nanoTime() - waitingDeadline > 0) {
          throw stillReading;
        }
      }
    }
  }

  private void assertAllocationBounded(long inputBytes, long allocated, int threads) {
    long bound = ALLOCATION_FIXED_BYTES + ALLOCATION_PER_INPUT_BYTE * inputBytes;
    if (ALLOCATIONS_LOG != null) {
      logAllocation(inputBytes, allocated, threads);
    }
    assertTrue(allocated <= bound, () -> "reading " + inputBytes + " bytes allocated " + mib(allocated)
        + " MiB, more than the bound of " + mib(bound) + " MiB");
  }

  private synchronized void logAllocation(long inputBytes, long allocated, int threads) {
    try {
      Files.writeString(Path.of(ALLOCATIONS_LOG),
          name + "\t" + inputBytes + "\t" + allocated + "\t" + threads + "\n",
          StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String mib(long bytes) {
    return String.format("%.1f", bytes / 1048576.0);
  }

  private static long sizeOf(Path file) {
    try {
      return Files.size(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private ExecutorService newReaders() {
    ThreadGroup group = new ThreadGroup("fuzzed-read");
    // A daemon group is destroyed when its last thread ends, and then takes no new one.
    group.setDaemon(false);
    readingThreads = group;
    return Executors.newSingleThreadExecutor(task -> {
      Thread thread = new Thread(group, task, "fuzzed-read");
      thread.setDaemon(true);
      return thread;
    });
  }

  private static com.sun.management.ThreadMXBean threads() {
    com.sun.management.ThreadMXBean threads =
        (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
    if (!threads.isThreadAllocatedMemorySupported()) {
      throw new AssertionError("this JVM cannot say what a thread allocated: the memory bound cannot be checked");
    }
    threads.setThreadAllocatedMemoryEnabled(true);
    return threads;
  }

  /** Bytes allocated by the threads of one group since a start, each thread as last seen alive. */
  private static final class Allocations {
    private final ThreadGroup group;
    private final Map<Long, Long> atStart = new HashMap<>();
    private final Map<Long, Long> lastSeen = new HashMap<>();

    Allocations(ThreadGroup group) {
      this.group = group;
      sample();
      atStart.putAll(lastSeen);
    }

    void sample() {
      Thread[] live = new Thread[group.activeCount() + 8];
      int count = group.enumerate(live);
      long[] ids = Arrays.stream(live, 0, count).mapToLong(Thread::getId).toArray();
      long[] bytes = THREADS.getThreadAllocatedBytes(ids);
      for (int i = 0; i < ids.length; i++) {
        if (bytes[i] >= 0) {
          lastSeen.put(ids[i], bytes[i]);
        }
      }
    }

    int threadsSeen() {
      return lastSeen.size();
    }

    long total() {
      long total = 0;
      for (Map.Entry<Long, Long> thread : lastSeen.entrySet()) {
        total += thread.getValue() - atStart.getOrDefault(thread.getKey(), 0L);
      }
      return total;
    }
  }

  static void assertWellFormed(LoadResult result, byte[] input, boolean positionsInInput) {
    assertFalse(result.cancelled(), "nobody cancelled the read");
    if (result.question().isPresent()) {
      assertTrue(result.dataset().isEmpty(), "a read that asks about its columns has no dataset");
    } else {
      assertEquals(result.errors().isEmpty(), result.dataset().isPresent(),
          () -> "a dataset exactly when there is no error: " + result.problems());
    }
    int lines = lineCount(input);
    for (Problem p : result.problems()) {
      assertTrue(p.line() >= 1 && p.column() >= 1, () -> "a problem before the start of the input: " + p);
      assertFalse(p.message().isBlank(), () -> "a problem says what is wrong: " + p);
      if (positionsInInput) {
        assertTrue(p.line() <= lines + 1, () -> "a problem after the input's " + lines + " lines: " + p);
        assertTrue(p.column() <= input.length + 1, () -> "a problem beyond the input's length: " + p);
      }
    }
  }

  static void assertSameAnswer(LoadResult first, LoadResult second) {
    assertEquals(texts(first.problems()), texts(second.problems()), "the same bytes give the same problems");
    assertEquals(ids(first), ids(second), "the same bytes give the same events");
    assertEquals(first.question().isPresent(), second.question().isPresent(), "the same bytes ask the same");
  }

  static List<String> texts(List<Problem> problems) {
    return problems.stream().map(Problem::toString).toList();
  }

  static List<String> ids(LoadResult result) {
    return result.dataset().map(d -> d.events().stream().map(Event::id).toList()).orElse(List.of());
  }

  /** Lines as an editor counts them: a line feed, a carriage return alone, or both together end one. */
  static int lineCount(byte[] input) {
    int lines = 1;
    for (int i = 0; i < input.length; i++) {
      if (input[i] == '\n' || (input[i] == '\r' && (i + 1 == input.length || input[i + 1] != '\n'))) {
        lines++;
      }
    }
    return lines;
  }
}
