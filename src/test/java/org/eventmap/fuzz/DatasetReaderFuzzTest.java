package org.eventmap.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.nio.file.Path;
import org.eventmap.io.DatasetReader;
import org.eventmap.io.LoadResult;
import org.eventmap.io.ProgressListener;

/**
 * Any bytes given to our own dataset reader, in order and in parallel. The parallel path only runs when
 * the events array is cut into parts, and a fuzz input is far smaller than the parts a real read uses,
 * so it is read in parts of a kilobyte, as the reader's own parallel tests do.
 */
class DatasetReaderFuzzTest {
  private static final ReaderContract CONTRACT = new ReaderContract("DatasetReaderFuzzTest");
  private static final int SEQUENTIAL = 0;
  private static final int SMALL_PARTS = 1 << 10;
  /** The reader's choice of part size is not public; a test in another package reaches it so. */
  private static final Method READ_IN_PARTS = readInParts();

  @FuzzTest(maxDuration = "60s")
  void sequential(byte[] input) {
    CONTRACT.check(input, "json", file -> read(file, SEQUENTIAL));
  }

  /** The parallel path also promises the sequential reader's answer, whatever the bytes. */
  @FuzzTest(maxDuration = "60s")
  void parallel(byte[] input) {
    Path file = CONTRACT.write(input, "json");
    LoadResult inParts = CONTRACT.check(input, file, f -> read(f, SMALL_PARTS), true);
    LoadResult inOrder = read(file, SEQUENTIAL);
    assertEquals(ReaderContract.texts(inOrder.problems()), ReaderContract.texts(inParts.problems()),
        "the parallel reader reports what the sequential one does");
    assertEquals(ReaderContract.ids(inOrder), ReaderContract.ids(inParts),
        "the parallel reader gives the events the sequential one does");
  }

  static LoadResult read(Path file, int chunkBytes) {
    try {
      return (LoadResult) READ_IN_PARTS.invoke(null, file, ProgressListener.NONE, chunkBytes);
    } catch (InvocationTargetException e) {
      if (e.getCause() instanceof RuntimeException r) {
        throw r;
      }
      if (e.getCause() instanceof Error r) {
        throw r;
      }
      throw new AssertionError(e.getCause());
    } catch (IllegalAccessException e) {
      throw new AssertionError(e);
    }
  }

  private static Method readInParts() {
    try {
      Method m = DatasetReader.class.getDeclaredMethod("read", Path.class, ProgressListener.class, int.class);
      m.setAccessible(true);
      return m;
    } catch (NoSuchMethodException e) {
      throw new AssertionError("DatasetReader.read(Path, ProgressListener, int) is gone", e);
    }
  }
}
