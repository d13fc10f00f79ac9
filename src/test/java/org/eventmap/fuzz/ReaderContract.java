package org.eventmap.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
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
 * bytes; a small input read in bounded time. An exception escaping a reader fails the target, which is
 * how Jazzer reports a finding.
 */
final class ReaderContract {
  /** Jazzer's inputs are at most 64 KiB; a reader that needs longer than this for one is hanging. */
  static final long SMALL_INPUT_MILLIS = 2_000;

  private final Path folder;
  private int written;
  private ExecutorService readers = newReaders();

  /** One temporary folder per fuzz class, emptied as it goes: each input overwrites the last. */
  ReaderContract(String name) {
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
    LoadResult first = timed(reader, file);
    LoadResult second = timed(reader, file);
    assertWellFormed(first, input, positionsInInput);
    assertSameAnswer(first, second);
    return first;
  }

  /**
   * Reads on a thread of its own, so that a reader that never returns fails the target after the bound
   * (and Jazzer keeps the input) instead of stalling the fuzzer; the stuck read is interrupted.
   */
  LoadResult timed(Function<Path, LoadResult> reader, Path file) {
    long start = System.nanoTime();
    Future<LoadResult> reading = readers.submit(() -> reader.apply(file));
    try {
      LoadResult result = reading.get(SMALL_INPUT_MILLIS, TimeUnit.MILLISECONDS);
      long millis = (System.nanoTime() - start) / 1_000_000;
      assertTrue(millis < SMALL_INPUT_MILLIS, "a small input took " + millis + " ms to read");
      return result;
    } catch (TimeoutException e) {
      reading.cancel(true);
      readers.shutdownNow();
      readers = newReaders();
      throw new AssertionError("a small input was still being read after " + SMALL_INPUT_MILLIS + " ms: a hang");
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

  private static ExecutorService newReaders() {
    return Executors.newSingleThreadExecutor(task -> {
      Thread thread = new Thread(task, "fuzzed-read");
      thread.setDaemon(true);
      return thread;
    });
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
