package org.eventmap.app;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eventmap.io.Problem;
import org.eventmap.io.export.AtomicFile;

/**
 * One of the app's own small files (the session, the preferences, the column answers), kept so that
 * nothing the person had is lost and two windows of the app can share it:
 *
 * <ul>
 *   <li>it is written whole or not at all ({@link AtomicFile}), so a reader sees the old file or the new one;
 *   <li>a read-change-write holds a file lock for the folder (for other processes, see {@link #lockFileOf})
 *       and a lock of this JVM's (for other stores on the same folder), so that two windows changing
 *       different things keep both changes;
 *   <li>a file that cannot be read or understood is never written over: it is set aside as
 *       {@code NAME.damaged-DATE} and said once ({@link #takeNote()});
 *   <li>a save that fails is logged once, not at every save.
 * </ul>
 */
final class OwnFile {
  static final String LOCK = ".lock";
  private static final Logger LOG = Logger.getLogger(OwnFile.class.getName());
  private static final DateTimeFormatter DAMAGED_DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH-mm-ss");
  private static final ConcurrentHashMap<Path, ReentrantLock> FOLDER_LOCKS = new ConcurrentHashMap<>();

  /** Reads the file's bytes into what it holds; throws for bytes it does not understand. */
  @FunctionalInterface
  interface Parser<T> {
    T parse(byte[] bytes) throws IOException;
  }

  /** Something done with the folder locked. */
  @FunctionalInterface
  interface Locked<T> {
    T run() throws IOException;
  }

  private final Path file;
  /** "the session file": what a person calls it. */
  private final String name;
  private Problem note;
  /** Nothing more is written to a damaged file that could not be set aside: it may be all the person has. */
  private boolean keepOut;
  private boolean saveFailureLogged;

  OwnFile(Path file, String name) {
    this.file = file.toAbsolutePath();
    this.name = name;
  }

  Path file() {
    return file;
  }

  Path folder() {
    return file.getParent();
  }

  /**
   * What the file holds; empty when there is none. One that cannot be read, is empty or is not understood
   * is set aside (the note says where) and reads as none.
   */
  <T> Optional<T> read(Parser<T> parser) {
    if (!Files.exists(file)) {
      return Optional.empty();
    }
    byte[] bytes;
    try {
      bytes = Files.isDirectory(file) ? null : Files.readAllBytes(file);
    } catch (IOException | RuntimeException e) {
      LOG.log(Level.INFO, "cannot read " + file + ": " + e);
      setAside(null, "could not be read (" + AtomicFile.reason(file, e instanceof IOException io ? io
          : new IOException(e)) + ")");
      return Optional.empty();
    }
    if (bytes == null) {
      setAside(null, "is a folder");
      return Optional.empty();
    }
    try {
      T read = parser.parse(bytes);
      if (read != null) {
        return Optional.of(read);
      }
    } catch (IOException | RuntimeException e) {
      LOG.log(Level.INFO, "cannot understand " + file + ": " + e.getMessage());
    }
    setAside(bytes, bytes.length == 0 || new String(bytes, java.nio.charset.StandardCharsets.UTF_8).isBlank()
        ? "was empty" : "was damaged");
    return Optional.empty();
  }

  /**
   * Moves the file out of the way, unless it changed since it was read (another window wrote a good one).
   * A folder at the file's place is left where it is: it is not Eventmap's to move.
   */
  private void setAside(byte[] asRead, String what) {
    try {
      Path aside = locked(() -> {
        if (asRead == null && Files.isDirectory(file)) {
          return null;
        }
        if (asRead != null && (!Files.isRegularFile(file) || !Arrays.equals(asRead, Files.readAllBytes(file)))) {
          return file; // replaced meanwhile by a whole file of another window's: nothing to set aside
        }
        Path target = damagedName();
        Files.move(file, target);
        return target;
      });
      if (aside == file) {
        return;
      }
      if (aside == null) {
        keepOut = true;
        say(name + " " + file + " " + what + "; Eventmap cannot keep this session");
        return;
      }
      LOG.log(Level.WARNING, name + " " + file + " " + what + "; set aside as " + aside);
      say(name + " " + what + " and was set aside as " + aside.getFileName() + "; Eventmap starts afresh");
    } catch (IOException | RuntimeException e) {
      keepOut = true;
      say(name + " " + what + " and cannot be set aside (" + AtomicFile.reason(file, e instanceof IOException io
          ? io : new IOException(e)) + "): it is left as it is, and Eventmap cannot keep this session");
    }
  }

  private Path damagedName() {
    String base = file.getFileName() + ".damaged-" + LocalDateTime.now().truncatedTo(ChronoUnit.SECONDS).format(DAMAGED_DATE);
    Path candidate = file.resolveSibling(base);
    for (int n = 2; Files.exists(candidate); n++) {
      candidate = file.resolveSibling(base + "-" + n);
    }
    return candidate;
  }

  private synchronized void say(String message) {
    if (note == null) {
      note = new Problem(Problem.Severity.WARNING, file.toString(), 1, 1, message);
    }
  }

  /** What the person should be told about this file, once: null after the first call. */
  synchronized Optional<Problem> takeNote() {
    Optional<Problem> taken = Optional.ofNullable(note);
    note = null;
    return taken;
  }

  /** Writes the content whole, with the folder locked; a failure is logged (once) and returns false. */
  boolean write(AtomicFile.Content content) {
    try {
      locked(() -> {
        writeLocked(content);
        return null;
      });
      return true;
    } catch (IOException | RuntimeException e) {
      saveFailed(e);
      return false;
    }
  }

  /** For a read-change-write already holding {@link #locked}: writes the content whole. */
  void writeLocked(AtomicFile.Content content) throws IOException {
    if (keepOut) {
      throw new IOException(file + " is kept as it was found");
    }
    Files.createDirectories(folder());
    AtomicFile.write(file, content);
  }

  void saveFailed(Exception e) {
    synchronized (this) {
      if (saveFailureLogged) {
        return;
      }
      saveFailureLogged = true;
    }
    String why = e instanceof IOException io ? AtomicFile.reason(file, io) : String.valueOf(e.getMessage());
    LOG.log(Level.WARNING, "could not save " + name + " " + file + ": " + why
        + " (said once; later saves that fail are not logged)");
  }

  /**
   * Runs {@code work} holding this folder's lock: a lock of this JVM's (a file lock is the whole process's,
   * and two of them would clash) and then a file lock that other processes of the app take for the same
   * folder. The lock file is not in the person's folder but in the temporary folder, named after the folder
   * and the user, so that nothing but the app's three files is ever left there.
   */
  <T> T locked(Locked<T> work) throws IOException {
    Path folder = folder();
    ReentrantLock inThisJvm = FOLDER_LOCKS.computeIfAbsent(folder.normalize(), f -> new ReentrantLock());
    if (inThisJvm.isHeldByCurrentThread()) {
      return work.run(); // a read inside a read-change-write, setting a damaged file aside
    }
    inThisJvm.lock();
    try {
      Files.createDirectories(folder);
      // Never opened anywhere else in this process: closing another channel on it would drop the lock.
      try (FileChannel channel = FileChannel.open(lockFileOf(folder), StandardOpenOption.CREATE,
          StandardOpenOption.WRITE);
          FileLock ignored = channel.lock()) {
        return work.run();
      }
    } finally {
      inThisJvm.unlock();
    }
  }

  /** The one lock file of this user for this folder, for every process of the app. */
  static Path lockFileOf(Path folder) {
    String user = System.getProperty("user.name", "user").replaceAll("[^A-Za-z0-9._-]", "_");
    try {
      byte[] digest = java.security.MessageDigest.getInstance("SHA-256").digest(
          folder.toAbsolutePath().normalize().toString().getBytes(java.nio.charset.StandardCharsets.UTF_8));
      String name = java.util.HexFormat.of().formatHex(digest, 0, 8);
      return Path.of(System.getProperty("java.io.tmpdir"), "eventmap-" + user + "-" + name + LOCK);
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java has SHA-256", e);
    }
  }

  /**
   * Why nothing can be kept in this file's folder, or empty when it can: tried for real with a file made
   * and removed there, since the permissions alone do not tell (a read-only disk, the folder's place taken
   * by a file).
   */
  Optional<String> whyNotWritable() {
    Path folder = folder();
    try {
      Files.createDirectories(folder);
      Path probe = Files.createTempFile(folder, ".eventmap-", ".probe");
      Files.delete(probe);
      if (Files.isDirectory(file)) {
        return Optional.of(file + " is a folder");
      }
      return Optional.empty();
    } catch (IOException | RuntimeException e) {
      IOException io = e instanceof IOException i ? i : new IOException(e);
      Path nearest = folder;
      while (nearest != null && !Files.exists(nearest)) {
        nearest = nearest.getParent();
      }
      if (nearest != null && !Files.isDirectory(nearest)) {
        return Optional.of(nearest + " is a file, not a folder");
      }
      return Optional.of(AtomicFile.reason(folder.resolve(".eventmap.probe"), io));
    }
  }
}
