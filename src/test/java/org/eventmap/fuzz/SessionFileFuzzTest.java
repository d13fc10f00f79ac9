package org.eventmap.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.file.Path;
import java.util.Optional;
import org.eventmap.app.Session;
import org.eventmap.app.SessionStore;

/**
 * Any bytes as the app's own session file: a damaged one is ignored (the app starts clean), never an
 * exception at start-up; the same file restores the same session; reading it takes little time and memory.
 */
class SessionFileFuzzTest {
  private static final ReaderContract CONTRACT = new ReaderContract("SessionFileFuzzTest");

  @FuzzTest(maxDuration = "60s")
  void anyBytes(byte[] input) {
    Path file = CONTRACT.write(input, "json");
    SessionStore store = new SessionStore(file);
    ReaderContract.Reads<Optional<Session>> reads = CONTRACT.twice(input.length, store::load);
    assertEquals(reads.first(), reads.again(), "the same file gives the same session");
  }
}
