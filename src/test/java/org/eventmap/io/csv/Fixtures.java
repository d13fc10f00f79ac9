package org.eventmap.io.csv;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.eventmap.domain.Dataset;
import org.eventmap.domain.Event;
import org.eventmap.io.LoadResult;
import org.eventmap.io.Problem;
import org.eventmap.io.ProgressListener;
import org.eventmap.io.ReadOptions;

/** The spreadsheets under {@code src/test/resources/formats/csv/}, and reading them. */
final class Fixtures {
  private Fixtures() {}

  static Path file(String name) {
    try {
      return Path.of(Fixtures.class.getResource("/formats/csv/" + name).toURI());
    } catch (URISyntaxException | NullPointerException e) {
      throw new IllegalStateException("no fixture " + name, e);
    }
  }

  static LoadResult read(Path file) {
    return new CsvFormat().read(file, ReadOptions.NONE, ProgressListener.NONE);
  }

  static LoadResult read(String name) {
    return read(file(name));
  }

  static LoadResult read(String name, Map<String, String> columns) {
    return new CsvFormat().read(file(name), ReadOptions.NONE.withColumns(columns), ProgressListener.NONE);
  }

  /** The dataset, failing with the problems when there is none. */
  static Dataset dataset(LoadResult result) {
    if (result.dataset().isEmpty()) {
      throw new AssertionError("no dataset: " + result.problems() + " " + result.question());
    }
    return result.dataset().get();
  }

  static Event event(Dataset d, String title) {
    return d.events().stream().filter(e -> e.title().equals(title)).findFirst()
        .orElseThrow(() -> new AssertionError("no event titled " + title + " among "
            + d.events().stream().map(Event::title).toList()));
  }

  static List<String> lines(LoadResult result) {
    return result.problems().stream().map(p -> {
      String full = p.toString();
      return full.substring(p.file().length() - Path.of(p.file()).getFileName().toString().length());
    }).toList();
  }
}
