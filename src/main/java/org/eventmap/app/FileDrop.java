package org.eventmap.app;

import java.io.File;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.stream.Collectors;
import javafx.scene.Scene;
import javafx.scene.input.DragEvent;
import javafx.scene.input.Dragboard;
import javafx.scene.input.TransferMode;
import org.eventmap.io.EventFormat;
import org.eventmap.io.FileHead;
import org.eventmap.io.Problem;
import org.eventmap.io.formats.FormatRegistry;
import org.eventmap.state.AppState;

/**
 * Opening a file by dropping it on the window. The drag is accepted when the (first) file is one whose
 * format Eventmap recognises, as the registry does at opening; otherwise the window says why it will not
 * take it (a folder, an empty file, content of no format it reads) while the drag is over it, and the data
 * shown stays. Of several files, the first is opened and the window says that the others were not.
 */
final class FileDrop {
  private final AppState state;
  /** Opens a file, with notes to show beside its own problems. */
  private final BiConsumer<Path, List<Problem>> open;
  /** The files of the drag being judged and the verdict, so that each drag reads a file's head once. */
  private List<File> judgedFiles;
  private Optional<String> judgedRefusal = Optional.empty();

  private FileDrop(AppState state, BiConsumer<Path, List<Problem>> open) {
    this.state = state;
    this.open = open;
  }

  static void install(Scene scene, AppState state, BiConsumer<Path, List<Problem>> open) {
    FileDrop drop = new FileDrop(state, open);
    // Filters, not handlers: the web map takes every drag that reaches it, as a browser does, and would
    // swallow a file dropped on it. No other part of the window takes drags of files.
    scene.addEventFilter(DragEvent.DRAG_OVER, drop::over);
    scene.addEventFilter(DragEvent.DRAG_DROPPED, drop::dropped);
    // The next drag of the same files is judged again: the file may have changed meanwhile.
    scene.addEventHandler(DragEvent.DRAG_EXITED, e -> drop.judgedFiles = null);
  }

  private void over(DragEvent event) {
    Dragboard board = event.getDragboard();
    if (!board.hasFiles() || board.getFiles().isEmpty()) {
      return; // text or a link: not ours to take
    }
    List<File> files = List.copyOf(board.getFiles());
    if (!files.equals(judgedFiles)) {
      judgedFiles = files;
      judgedRefusal = refusal(files.get(0).toPath());
      judgedRefusal.ifPresent(why -> state.report(files.get(0).toString(), List.of(new Problem(
          Problem.Severity.WARNING, files.get(0).toString(), 1, 1, why))));
    }
    if (judgedRefusal.isEmpty()) {
      event.acceptTransferModes(TransferMode.COPY_OR_MOVE);
    }
    event.consume();
  }

  private void dropped(DragEvent event) {
    Dragboard board = event.getDragboard();
    if (!board.hasFiles() || board.getFiles().isEmpty()) {
      return; // not ours, as in over()
    }
    List<File> files = List.copyOf(board.getFiles());
    Path first = files.get(0).toPath();
    Optional<String> refusal = files.equals(judgedFiles) ? judgedRefusal : refusal(first);
    if (refusal.isEmpty()) {
      open.accept(first, files.size() == 1 ? List.of() : List.of(severalDropped(files)));
    }
    judgedFiles = null;
    event.setDropCompleted(refusal.isEmpty());
    event.consume();
  }

  /** Why a dropped file cannot be opened; empty when its format is one Eventmap reads. */
  static Optional<String> refusal(Path file) {
    if (Files.isDirectory(file)) {
      return Optional.of("is a folder: drop a file of events on the window (" + endings() + ")");
    }
    FileHead head;
    try {
      head = FileHead.of(file);
    } catch (NoSuchFileException e) {
      return Optional.of("cannot be opened: no such file");
    } catch (AccessDeniedException e) {
      return Optional.of("cannot be opened: permission denied");
    } catch (IOException e) {
      return Optional.of("cannot be opened: " + e.getMessage());
    }
    if (head.size() == 0) {
      return Optional.of("cannot be opened: the file is empty");
    }
    if (FormatRegistry.recognise(head).isEmpty()) {
      return Optional.of("is not a file Eventmap can open: its content looks like none of "
          + FormatRegistry.formats().stream().map(EventFormat::description).distinct()
              .collect(Collectors.joining(", ")));
    }
    return Optional.empty();
  }

  private static String endings() {
    return FormatRegistry.formats().stream().flatMap(f -> f.extensions().stream()).distinct()
        .map(e -> "." + e).collect(Collectors.joining(" "));
  }

  private static Problem severalDropped(List<File> files) {
    String first = files.get(0).toString();
    return new Problem(Problem.Severity.WARNING, first, 1, 1, files.size() + " files were dropped; Eventmap shows "
        + "one file at a time, so it opened the first and not "
        + files.stream().skip(1).map(File::getName).collect(Collectors.joining(", ")));
  }
}
