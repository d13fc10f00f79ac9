package org.eventmap.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two windows of the app at once, sharing the session folder: each saves and reads its session and
 * changes its preferences over and over. A read never sees a damaged file (it would be set aside and the
 * session lost), the last session saved wins whole, and changes of the preferences are all kept.
 */
@Timeout(120)
class SharedSessionFileTest {
  private static final int ROUNDS = 80;

  @TempDir Path dir;

  private static Session session(String window, int round) {
    return new Session(null, null, "CUMULATIVE", null, null, null, List.of(), window + " " + round, null,
        null, null, null, null, "EMBEDDED", null);
  }

  /** What one window does: save, read back, remember one more opened file; a damaged read is a failure. */
  private static List<String> actLikeAWindow(Path folder, String window, int rounds) {
    SessionStore sessions = new SessionStore(folder.resolve("session.json"));
    PreferencesStore preferences = PreferencesStore.besides(sessions);
    List<String> failures = new ArrayList<>();
    for (int i = 0; i < rounds; i++) {
      sessions.save(session(window, i));
      Optional<Session> read = sessions.load();
      if (read.isEmpty() || !read.get().search().matches("[AB] \\d+")) {
        failures.add(window + " round " + i + " read " + read);
      }
      String opened = window + "-" + i + ".json";
      preferences.update(p -> p.withRecentFiles(Stream.concat(p.recentFiles().stream(), Stream.of(opened)).toList()));
    }
    return failures;
  }

  private void assertBothWindowsKept(Path folder) throws IOException {
    List<String> recent = new PreferencesStore(folder.resolve("preferences.json")).load().recentFiles();
    List<String> expected = Stream.of("A", "B")
        .flatMap(w -> IntStream.range(0, ROUNDS).mapToObj(i -> w + "-" + i + ".json")).toList();
    assertThat(recent).as("every file either window opened").containsExactlyInAnyOrderElementsOf(expected);
    assertThat(new SessionStore(folder.resolve("session.json")).load()).get()
        .extracting(Session::search).matches(s -> s.equals("A " + (ROUNDS - 1)) || s.equals("B " + (ROUNDS - 1)),
            "the last session saved, whole");
    try (Stream<Path> files = Files.list(folder)) {
      assertThat(files.map(p -> p.getFileName().toString()))
          .as("no damaged file set aside, no temporary file left")
          .allMatch(n -> n.equals("session.json") || n.equals("preferences.json"));
    }
  }

  @Test
  void twoWindowsInOneProcessKeepEachOthersRecentFilesAndNeverReadADamagedSession() throws Exception {
    ConcurrentLinkedQueue<String> failures = new ConcurrentLinkedQueue<>();
    CountDownLatch start = new CountDownLatch(1);
    List<Thread> windows = new ArrayList<>();
    for (String window : List.of("A", "B")) {
      Thread t = new Thread(() -> {
        try {
          start.await();
        } catch (InterruptedException e) {
          return;
        }
        failures.addAll(actLikeAWindow(dir, window, ROUNDS));
      }, "window-" + window);
      t.start();
      windows.add(t);
    }
    start.countDown();
    for (Thread t : windows) {
      t.join(TimeUnit.SECONDS.toMillis(100));
    }

    assertThat(failures).isEmpty();
    assertBothWindowsKept(dir);
  }

  @Test
  void twoWindowsInTwoProcessesKeepEachOthersRecentFilesAndNeverReadADamagedSession() throws Exception {
    String java = ProcessHandle.current().info().command().orElse("java");
    List<Process> windows = new ArrayList<>();
    for (String window : List.of("A", "B")) {
      windows.add(new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"), Window.class.getName(),
          dir.toString(), window, String.valueOf(ROUNDS)).redirectErrorStream(true).start());
    }
    for (Process p : windows) {
      String said = new String(p.getInputStream().readAllBytes());
      assertThat(p.waitFor(100, TimeUnit.SECONDS)).isTrue();
      assertThat(said).as("what the window said").endsWith("no damaged read\n");
      assertThat(p.exitValue()).isZero();
    }
    assertBothWindowsKept(dir);
  }

  /** A second process standing for a window of its own. */
  public static final class Window {
    public static void main(String[] args) {
      List<String> failures = actLikeAWindow(Path.of(args[0]), args[1], Integer.parseInt(args[2]));
      failures.forEach(System.out::println);
      System.out.println(failures.isEmpty() ? "no damaged read" : failures.size() + " damaged reads");
      System.exit(failures.isEmpty() ? 0 : 1);
    }
  }
}
