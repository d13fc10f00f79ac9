package org.eventmap.state;

import java.util.List;
import java.util.Objects;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.eventmap.io.Problem;

/**
 * Reading a file: which one is being read, how far it is, how to stop it, and the problems of the
 * last file. Stopping is a command that runs what the reader registered when it started, not a flag
 * the reader has to watch.
 */
public final class LoadModel {
  private static final Runnable NOTHING_TO_CANCEL = () -> { };

  private final ReadOnlyStringWrapper loadingFile = new ReadOnlyStringWrapper(this, "loadingFile", "");
  private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(this, "loadProgress", -1);
  private final ReadOnlyIntegerWrapper indexing = new ReadOnlyIntegerWrapper(this, "indexing", -1);
  private final ReadOnlyObjectWrapper<List<Problem>> problems =
      new ReadOnlyObjectWrapper<>(this, "problems", List.of());
  private final ReadOnlyStringWrapper problemsFile = new ReadOnlyStringWrapper(this, "problemsFile", "");
  private Runnable cancel = NOTHING_TO_CANCEL;

  /** The file being read in the background; empty when nothing is loading. */
  public ReadOnlyStringProperty loadingFileProperty() {
    return loadingFile.getReadOnlyProperty();
  }

  public boolean loading() {
    return !loadingFile.get().isEmpty();
  }

  /** How far the file being read is, from 0 to 1; -1 while that is not known. */
  public ReadOnlyDoubleProperty progressProperty() {
    return progress.getReadOnlyProperty();
  }

  /**
   * The events of the file read being indexed by date, the step after reading (about a second per million
   * events); -1 while the file is still being read, or nothing is loading.
   */
  public ReadOnlyIntegerProperty indexingProperty() {
    return indexing.getReadOnlyProperty();
  }

  /** Problems of the last file opened; errors mean it was not shown. Empty when all was well. */
  public ReadOnlyObjectProperty<List<Problem>> problemsProperty() {
    return problems.getReadOnlyProperty();
  }

  public ReadOnlyStringProperty problemsFileProperty() {
    return problemsFile.getReadOnlyProperty();
  }

  /**
   * A file is being read; {@link #cancel()} runs {@code onCancel} (once) until {@link #ended()}. A
   * later load takes the place of an earlier one.
   */
  public void started(String file, Runnable onCancel) {
    loadingFile.set(Objects.requireNonNull(file));
    progress.set(-1);
    indexing.set(-1);
    cancel = Objects.requireNonNull(onCancel);
  }

  /** The reader got this far (0 to 1). */
  public void progressed(double fraction) {
    progress.set(fraction);
  }

  /** The file is read; its {@code events} are being indexed by date, how far is not known. */
  public void indexing(int events) {
    if (loading()) {
      progress.set(-1);
      indexing.set(events);
    }
  }

  /** Asks the reader to stop; nothing happens when nothing is being read. */
  public void cancel() {
    Runnable stop = cancel;
    cancel = NOTHING_TO_CANCEL;
    if (loading()) {
      stop.run();
    }
  }

  /** The read is over, read, failed or cancelled: there is nothing left to stop. */
  public void ended() {
    loadingFile.set("");
    indexing.set(-1);
    cancel = NOTHING_TO_CANCEL;
  }

  /** Shows problems about a file. */
  public void report(String file, List<Problem> fileProblems) {
    problemsFile.set(file);
    problems.set(List.copyOf(fileProblems));
  }

  public void dismissProblems() {
    problems.set(List.of());
  }
}
