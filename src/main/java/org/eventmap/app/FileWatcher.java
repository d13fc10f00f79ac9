package org.eventmap.app;

import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Duration;
import java.util.Objects;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Tells when one file has changed on disk, however an editor saved it: written in place, written as
 * another file and renamed over it, or deleted and created again. A burst of events (an editor's save is
 * often several) is told once, when the file has been quiet for the debounce time.
 *
 * <p>Two ways of noticing, in one daemon thread. The directory is watched with the system's
 * {@link WatchService} (inotify on Linux, immediate); and the file's size, modification time and identity
 * (its inode where the system has one) are looked at every {@link #POLL} as well. The look is one
 * {@code stat} and catches what the watch service misses: on macOS the JDK's watch service is itself a
 * poll that takes seconds, network file systems send no events for changes made on other machines, a
 * symbolic link's target changes in another directory, and the directory may vanish (its watch key then
 * dies) and come back, when it is registered again. A deleted file is not reported; its return is.
 *
 * <p>Never writes and never opens the file: reading it is the listener's business.
 */
final class FileWatcher implements AutoCloseable {
  private static final Logger LOG = Logger.getLogger(FileWatcher.class.getName());
  /** How often the file's size and time are looked at, whatever the watch service says. */
  static final Duration POLL = Duration.ofMillis(250);

  private final Path file;
  private final Path directory;
  private final Path name;
  private final long debounceNanos;
  private final Runnable onChange;
  private final Thread thread;
  private volatile boolean closed;
  private WatchService service;
  private WatchKey key;

  /**
   * Starts watching; {@code onChange} runs on the watcher's thread. {@code since} is how the file was when
   * it was last read, so that a change made between the read and this call is told too (null: as it is now).
   */
  FileWatcher(Path file, Fingerprint since, Duration debounce, Runnable onChange) {
    this.file = file.toAbsolutePath().normalize();
    this.directory = this.file.getParent();
    this.name = this.file.getFileName();
    this.debounceNanos = debounce.toNanos();
    this.onChange = Objects.requireNonNull(onChange);
    Fingerprint start = since == null ? Fingerprint.of(this.file) : since;
    thread = new Thread(() -> run(start), "file-watcher " + name);
    thread.setDaemon(true);
    thread.start();
  }

  Path file() {
    return file;
  }

  private void run(Fingerprint start) {
    Fingerprint told = start; // the version the listener last heard of (or read)
    Fingerprint seen = start;
    long changedAt = -1; // when the last sign of a change came; -1 when none is waiting
    try {
      openService();
      while (!closed) {
        long waitMillis = changedAt < 0 ? POLL.toMillis()
            : Math.max(1, (debounceNanos - (System.nanoTime() - changedAt)) / 1_000_000);
        boolean eventSeen = awaitEvents(Math.min(waitMillis, POLL.toMillis()));
        if (closed) {
          return;
        }
        Fingerprint now = Fingerprint.of(file);
        // Any sign of writing starts the quiet time again: the file is read once the editor is done.
        if (eventSeen || !now.equals(seen) || changedAt < 0 && !now.equals(told)) {
          changedAt = System.nanoTime();
        }
        seen = now;
        if (changedAt >= 0 && System.nanoTime() - changedAt >= debounceNanos) {
          changedAt = -1;
          told = now;
          if (now.exists()) {
            tell(); // a deleted file is not told: its return, a new fingerprint, is
          }
        }
      }
    } catch (InterruptedException | ClosedWatchServiceException e) {
      // closed
    } finally {
      closeService();
    }
  }

  private void tell() {
    try {
      onChange.run();
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "the listener of " + file + " failed", e);
    }
  }

  /**
   * Waits up to {@code millis} for events about the file; true when one came. Registers the directory again
   * when its key died (the directory was deleted or moved) and it is back.
   */
  private boolean awaitEvents(long millis) throws InterruptedException {
    if (service != null && (key == null || !key.isValid())) {
      key = register();
    }
    if (service == null || key == null) {
      Thread.sleep(millis);
      return false;
    }
    WatchKey signalled = service.poll(millis, java.util.concurrent.TimeUnit.MILLISECONDS);
    boolean aboutFile = false;
    while (signalled != null) {
      for (WatchEvent<?> event : signalled.pollEvents()) {
        // An overflow lost events, perhaps the file's: count it as one.
        aboutFile |= event.kind() == StandardWatchEventKinds.OVERFLOW || name.equals(event.context());
      }
      if (!signalled.reset() && signalled == key) {
        key = null; // the directory went away
      }
      signalled = service.poll();
    }
    return aboutFile;
  }

  private void openService() {
    try {
      service = FileSystems.getDefault().newWatchService();
    } catch (IOException | UnsupportedOperationException e) {
      LOG.log(Level.INFO, "no watch service, looking at " + file + " every " + POLL.toMillis() + " ms: " + e);
      service = null;
    }
  }

  private WatchKey register() {
    if (!Files.isDirectory(directory)) {
      return null;
    }
    try {
      return directory.register(service, StandardWatchEventKinds.ENTRY_CREATE, StandardWatchEventKinds.ENTRY_MODIFY,
          StandardWatchEventKinds.ENTRY_DELETE);
    } catch (IOException | RuntimeException e) {
      LOG.log(Level.FINE, "cannot watch " + directory + ": " + e);
      return null;
    }
  }

  private void closeService() {
    if (service != null) {
      try {
        service.close();
      } catch (IOException e) {
        // nothing left to do
      }
    }
  }

  /** Stops watching; the listener is not called after this returns, unless it was already running. */
  @Override
  public void close() {
    closed = true;
    thread.interrupt();
  }

  /** What tells one version of a file from another without reading it. */
  record Fingerprint(boolean exists, long size, long modifiedNanos, Object identity) {
    static Fingerprint of(Path file) {
      try {
        BasicFileAttributes a = Files.readAttributes(file, BasicFileAttributes.class);
        return new Fingerprint(true, a.size(), a.lastModifiedTime().to(java.util.concurrent.TimeUnit.NANOSECONDS),
            a.fileKey());
      } catch (IOException | RuntimeException e) {
        return new Fingerprint(false, -1, 0, null);
      }
    }
  }
}
