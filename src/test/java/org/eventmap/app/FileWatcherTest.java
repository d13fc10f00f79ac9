package org.eventmap.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The watcher tells each way an editor saves a file, once per save, and nothing else. */
@org.junit.jupiter.api.Timeout(value = 60, threadMode = org.junit.jupiter.api.Timeout.ThreadMode.SEPARATE_THREAD)
class FileWatcherTest {
  private static final Duration DEBOUNCE = Duration.ofMillis(100);
  @TempDir Path dir;
  private final Semaphore told = new Semaphore(0);
  private final AtomicInteger times = new AtomicInteger();
  private FileWatcher watcher;

  @AfterEach
  void stop() {
    if (watcher != null) {
      watcher.close();
    }
  }

  private Path watched(String content) throws Exception {
    Path file = dir.resolve("events.json");
    Files.writeString(file, content);
    watcher = new FileWatcher(file, null, DEBOUNCE, () -> {
      times.incrementAndGet();
      told.release();
    });
    return file;
  }

  private boolean toldWithin(long millis) throws InterruptedException {
    return told.tryAcquire(millis, TimeUnit.MILLISECONDS);
  }

  @Test
  void aFileWrittenInPlaceIsToldOnce() throws Exception {
    Path file = watched("one");
    Files.writeString(file, "two, longer");

    assertThat(toldWithin(2000)).isTrue();
    assertThat(toldWithin(600)).as("a second time").isFalse();
  }

  @Test
  void aFileWrittenBesideAndRenamedOverIsTold() throws Exception {
    Path file = watched("one");
    Path temporary = dir.resolve(".events.json.tmp");
    Files.writeString(temporary, "two");
    Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);

    assertThat(toldWithin(2000)).isTrue();
  }

  @Test
  void aBurstOfWritesIsToldOnceWhenItIsOver() throws Exception {
    Path file = watched("0");
    for (int i = 1; i <= 5; i++) {
      Files.writeString(file, "version " + i);
      Thread.sleep(20);
    }

    assertThat(toldWithin(2000)).isTrue();
    Thread.sleep(500);
    assertThat(times.get()).isEqualTo(1);
  }

  @Test
  void aDeletedFileIsToldWhenItIsBackNotWhenItGoes() throws Exception {
    Path file = watched("one");
    Files.delete(file);
    assertThat(toldWithin(700)).as("told of the deletion").isFalse();

    Files.writeString(file, "back");
    assertThat(toldWithin(2000)).isTrue();
  }

  @Test
  void otherFilesInTheFolderAreNotTold() throws Exception {
    watched("one");
    Files.writeString(dir.resolve("notes.txt"), "something else");

    assertThat(toldWithin(700)).isFalse();
  }

  @Test
  void aFolderThatVanishesAndComesBackIsWatchedAgain() throws Exception {
    Path folder = Files.createDirectory(dir.resolve("data"));
    Path file = folder.resolve("events.json");
    Files.writeString(file, "one");
    watcher = new FileWatcher(file, null, DEBOUNCE, told::release);
    Thread.sleep(300);
    Files.delete(file);
    Files.delete(folder);
    Thread.sleep(600);

    Files.createDirectory(folder);
    Files.writeString(file, "back again");
    assertThat(toldWithin(2000)).isTrue();
    Files.writeString(file, "and changed in place");
    assertThat(toldWithin(2000)).as("watched again after it came back").isTrue();
  }

  @Test
  void aChangeMadeAfterTheReadButBeforeTheWatchBeganIsTold() throws Exception {
    Path file = dir.resolve("events.json");
    Files.writeString(file, "as read");
    FileWatcher.Fingerprint read = FileWatcher.Fingerprint.of(file);
    Files.writeString(file, "changed before the watch, longer");

    watcher = new FileWatcher(file, read, DEBOUNCE, told::release);
    assertThat(toldWithin(2000)).isTrue();
  }

  @Test
  void nothingIsToldAfterClose() throws Exception {
    Path file = watched("one");
    watcher.close();
    Files.writeString(file, "two");

    assertThat(toldWithin(700)).isFalse();
  }
}
