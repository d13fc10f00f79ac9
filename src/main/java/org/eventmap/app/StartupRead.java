package org.eventmap.app;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.eventmap.io.LoadResult;
import org.eventmap.io.Problem;
import org.eventmap.io.ProgressListener;

/**
 * What the window opens on, read on a thread of its own from the moment the launcher starts: the session,
 * the preferences, then the file (the one named, else the last session's, else the curated dataset) and
 * its time index. JavaFX starts and the window is built meanwhile, on the other core; when the data is
 * ready before the window is shown, the first frame already has its markers.
 */
final class StartupRead {
  /** Which file to open and what the last session says about it. */
  record Plan(LaunchOptions reading, Optional<Session> session, Optional<Session> sameFile, List<Problem> notes,
      Preferences preferences) {}

  private final LaunchOptions options;
  private final CompletableFuture<Plan> plan = new CompletableFuture<>();
  private final CompletableFuture<PreparedLoad> loaded = new CompletableFuture<>();
  /** Where the read's progress goes once a window shows it; until then nowhere, and it goes on. */
  private volatile ProgressListener progress = ProgressListener.NONE;
  private volatile java.util.function.IntConsumer indexing = events -> { };

  private StartupRead(LaunchOptions options) {
    this.options = options;
  }

  /** Starts reading at once, in the background. */
  static StartupRead begin(LaunchOptions options, SessionStore sessions, PreferencesStore preferences,
      ColumnAnswers columnAnswers) {
    StartupRead read = new StartupRead(options);
    Thread thread = new Thread(() -> read.run(sessions, preferences, columnAnswers), "startup-reader");
    thread.setDaemon(true);
    thread.start();
    return read;
  }

  /** Whether this read was begun for these options (tests launch the window without the launcher). */
  boolean isFor(LaunchOptions wanted) {
    return options == wanted;
  }

  private void run(SessionStore sessions, PreferencesStore preferences, ColumnAnswers columnAnswers) {
    Plan decided;
    try {
      decided = decide(options, options.reportStartup() ? Optional.empty() : sessions.load(), preferences.load(),
          columnAnswers);
      // Said once in the window: an own file set aside as damaged, or a folder where none can be kept.
      decided = new Plan(decided.reading(), decided.session(), decided.sameFile(),
          OwnFileNotes.atStart(sessions, preferences, columnAnswers, decided.notes()), decided.preferences());
      plan.complete(decided);
    } catch (Throwable e) {
      plan.completeExceptionally(e);
      loaded.completeExceptionally(e);
      return;
    }
    StartupTrace.mark("reading");
    LaunchOptions reading = decided.reading();
    Path file = reading.file().orElse(null);
    try {
      // Before reading: a change made while the file is read then differs from it, and is read again.
      FileWatcher.Fingerprint version = file == null ? null : FileWatcher.Fingerprint.of(file);
      LoadResult result = DatasetSources.read(reading, (done, total) -> progress.progress(done, total));
      PreparedLoad prepared = PreparedLoad.indexed(result, version, events -> indexing.accept(events));
      StartupTrace.mark("read");
      loaded.complete(prepared);
    } catch (Throwable e) {
      loaded.completeExceptionally(e);
    }
  }

  /** Reopens the last session's file unless the command line names one, with its remembered columns. */
  static Plan decide(LaunchOptions options, Optional<Session> session, Preferences preferences,
      ColumnAnswers columnAnswers) {
    Optional<String> rememberedFile = session.map(Session::datasetFile);
    Optional<Path> lastFile = rememberedFile.map(Path::of).filter(Files::isRegularFile);
    List<Problem> notes = options.file().isEmpty() && rememberedFile.isPresent() && lastFile.isEmpty()
        ? List.of(StartupState.lastFileGone(rememberedFile.get())) : List.of();
    LaunchOptions effective = options.file().isPresent() || lastFile.isEmpty() ? options
        : options.withFile(lastFile, options.reading());
    Optional<Session> sameFile = session.filter(s -> Objects.equals(
        s.datasetFile(), effective.file().map(p -> p.toAbsolutePath().toString()).orElse(null)));
    LaunchOptions reading = effective.reading().columns().isEmpty() && effective.file().isPresent()
        ? columnAnswers.remembered(effective.file().get()).map(c -> effective.withReading(effective.reading()
            .withColumns(c))).orElse(effective)
        : effective;
    return new Plan(reading, session, sameFile, notes, preferences);
  }

  /** The plan; waits for it (reading two small files of the app's own). */
  Plan plan() {
    return unwrapped(plan);
  }

  /** The file read, if it is ready now. */
  Optional<PreparedLoad> readyNow() {
    if (loaded.isDone() && !loaded.isCompletedExceptionally()) {
      return Optional.of(loaded.join());
    }
    return Optional.empty();
  }

  /** Waits for the file, sending its progress to {@code listener} from now on. */
  PreparedLoad await(ProgressListener listener, java.util.function.IntConsumer indexingStarted) {
    progress = listener;
    indexing = indexingStarted;
    return unwrapped(loaded);
  }

  private static <T> T unwrapped(CompletableFuture<T> future) {
    try {
      return future.join();
    } catch (CompletionException e) {
      if (e.getCause() instanceof RuntimeException r) {
        throw r;
      }
      if (e.getCause() instanceof Error error) {
        throw error;
      }
      throw e;
    }
  }
}
