package org.eventmap.ui.columns;

import java.util.Map;
import java.util.Optional;
import javafx.stage.Window;
import org.eventmap.io.ColumnQuestion;

/**
 * Asks which column of a spreadsheet holds the date, the end, the latitude, the longitude, the title and
 * so on, showing the file's first rows. Placeholder: it answers nothing yet.
 */
public final class ColumnDialog {
  private ColumnDialog() {}

  /** The person's answer, from role to column name; empty when they cancel. Waits on the FX thread. */
  public static Optional<Map<String, String>> ask(Window owner, String file, ColumnQuestion question) {
    return Optional.empty();
  }
}
