package org.eventmap.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.file.Path;
import java.util.Optional;
import org.eventmap.app.Session;
import org.eventmap.app.SessionStore;

/**
 * Any bytes as the app's own session file: a damaged one is ignored (the app starts clean), never an
 * exception at start-up; the same file restores the same session; reading it takes no time.
 */
class SessionFileFuzzTest {
  private static final ReaderContract CONTRACT = new ReaderContract("SessionFileFuzzTest");

  @FuzzTest(maxDuration = "60s")
  void anyBytes(byte[] input) {
    Path file = CONTRACT.write(input, "json");
    SessionStore store = new SessionStore(file);
    long start = System.nanoTime();
    Optional<Session> first = store.load();
    long millis = (System.nanoTime() - start) / 1_000_000;
    assertTrue(millis < ReaderContract.SMALL_INPUT_MILLIS, "a small session file took " + millis + " ms");
    assertEquals(first, store.load(), "the same file gives the same session");
  }
}
