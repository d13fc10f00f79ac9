package org.eventmap.io;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What a spreadsheet reader could not decide alone and asks the person: which column holds the date,
 * the latitude, the longitude, the title and so on. The app shows the first rows and the guesses, and
 * reads the file again with the answer in {@link ReadOptions#columns()}.
 *
 * @param header the columns' names as the file writes them (made up as "column 1", ... when it has none)
 * @param firstRows the first rows, cell by cell, for the person to recognise the columns by
 * @param guessed from role to column, what the reader would choose (may be incomplete)
 * @param why in a sentence, what the file did not say ("no column is named like a date")
 */
public record ColumnQuestion(List<String> header, List<List<String>> firstRows, Map<String, String> guessed,
    String why) {
  public ColumnQuestion {
    header = List.copyOf(header);
    firstRows = firstRows.stream().map(List::copyOf).toList();
    guessed = Map.copyOf(guessed);
    Objects.requireNonNull(why, "why");
  }
}
