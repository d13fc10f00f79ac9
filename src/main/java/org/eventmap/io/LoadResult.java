package org.eventmap.io;

import java.util.List;
import java.util.Optional;
import org.eventmap.domain.Dataset;

/** What reading a file gave: the dataset when it has no errors, and every problem found on the way. */
public record LoadResult(String file, Optional<Dataset> dataset, List<Problem> problems) {
  public LoadResult {
    problems = List.copyOf(problems);
    if (dataset.isPresent() && problems.stream().anyMatch(Problem::isError)) {
      throw new IllegalArgumentException("a dataset with errors must not be handed on");
    }
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
}
