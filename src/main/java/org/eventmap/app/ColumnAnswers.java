package org.eventmap.app;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/**
 * The columns a person chose for a spreadsheet, remembered for that file so that it opens without the
 * question next time. Placeholder: remembers nothing yet.
 */
public final class ColumnAnswers {
  public Optional<Map<String, String>> remembered(Path file) {
    return Optional.empty();
  }

  public void remember(Path file, Map<String, String> columns) {}
}
