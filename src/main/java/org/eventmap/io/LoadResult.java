package org.eventmap.io;

import java.util.List;
import java.util.Optional;
import org.eventmap.domain.Dataset;

/**
 * What reading a file gave: the dataset when it has no errors, and every problem found on the way. A
 * cancelled read has neither: nothing should change on screen. A spreadsheet whose columns the reader
 * could not tell apart has a question instead ({@link ColumnQuestion}), for the person to answer.
 */
public record LoadResult(String file, Optional<Dataset> dataset, List<Problem> problems, boolean cancelled,
    Optional<ColumnQuestion> question) {
  public LoadResult {
    problems = List.copyOf(problems);
    if (question.isPresent() && dataset.isPresent()) {
      throw new IllegalArgumentException("a read that asks about its columns has no dataset");
    }
    if (dataset.isPresent() && problems.stream().anyMatch(Problem::isError)) {
      throw new IllegalArgumentException("a dataset with errors must not be handed on");
    }
    if (cancelled && dataset.isPresent()) {
      throw new IllegalArgumentException("a cancelled read has no dataset");
    }
  }

  public LoadResult(String file, Optional<Dataset> dataset, List<Problem> problems) {
    this(file, dataset, problems, false, Optional.empty());
  }

  public LoadResult(String file, Optional<Dataset> dataset, List<Problem> problems, boolean cancelled) {
    this(file, dataset, problems, cancelled, Optional.empty());
  }

  /** A read that needs the person to say which column holds what before it can go on. */
  public static LoadResult asking(String file, ColumnQuestion question, List<Problem> problems) {
    return new LoadResult(file, Optional.empty(), problems, false, Optional.of(question));
  }

  /** A read that failed before it could look at the content: one error at the file's start. */
  public static LoadResult failure(String file, String message) {
    return new LoadResult(file, Optional.empty(), List.of(new Problem(Problem.Severity.ERROR, file, 1, 1, message)));
  }

  /** The result of a read that was stopped before the end (by its listener or by an interrupt). */
  public static LoadResult cancelled(String file) {
    return new LoadResult(file, Optional.empty(), List.of(), true);
  }

  public boolean ok() {
    return dataset.isPresent();
  }

  public List<Problem> errors() {
    return problems.stream().filter(Problem::isError).toList();
  }

  public List<Problem> warnings() {
    return problems.stream().filter(p -> !p.isError()).toList();
  }

  /**
   * For a terminal, where nobody can answer a dialog: a read that stopped to ask about its columns as one
   * error saying what the file did not say, its columns, and the flag that answers. Others as they are.
   */
  public LoadResult withQuestionAsError() {
    if (question.isEmpty()) {
      return this;
    }
    String message = question.get().why() + "; its columns are " + String.join(", ", question.get().header())
        + ": say which is which with --columns, e.g. --columns date=COLUMN,lat=COLUMN,lon=COLUMN";
    return new LoadResult(file, Optional.empty(), List.of(new Problem(Problem.Severity.ERROR, file, 1, 1, message)));
  }
}
