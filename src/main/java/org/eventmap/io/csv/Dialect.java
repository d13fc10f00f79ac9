package org.eventmap.io.csv;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * How a spreadsheet's text is cut into cells, found from its first rows: the delimiter that gives the
 * same number of cells on (nearly) every row, among comma, semicolon, tab and pipe; quotes are {@code "}.
 * Excel's {@code sep=;} first line is obeyed.
 *
 * @param skipFirstLine whether the first line is Excel's {@code sep=} line rather than data
 * @param consistency the share of the sampled rows that have the usual number of cells (0 to 1)
 * @param cells that usual number of cells
 * @param rows the rows sampled, cell by cell (the first may be a header)
 * @param firstRowColumns where each cell of the first row starts on its line (from 1), for messages about
 *     a header's cells
 */
record Dialect(char delimiter, boolean skipFirstLine, double consistency, int cells, List<String[]> rows,
    int[] firstRowColumns) {
  static final char[] DELIMITERS = {',', ';', '\t', '|'};
  static final char QUOTE = '"';
  private static final int SAMPLE_ROWS = 200;

  /**
   * @param head the start of the text
   * @param whole whether that is the whole text (else its last line may be cut, and is not sampled)
   */
  static Dialect sniff(String head, boolean whole) {
    String text = head;
    if (!whole) {
      int lastBreak = Math.max(text.lastIndexOf('\n'), text.lastIndexOf('\r'));
      if (lastBreak > 0) {
        text = text.substring(0, lastBreak);
      }
    }
    if (text.startsWith("sep=") && text.length() > 4) {
      char d = text.charAt(4);
      int lineEnd = text.indexOf('\n');
      String rest = lineEnd < 0 ? "" : text.substring(lineEnd + 1);
      Dialect sampled = sample(rest, d);
      return new Dialect(d, true, sampled.consistency, sampled.cells, sampled.rows, sampled.firstRowColumns);
    }
    Dialect best = null;
    for (char d : DELIMITERS) {
      Dialect candidate = sample(text, d);
      if (candidate.cells < 2) {
        continue;
      }
      if (best == null || candidate.consistency > best.consistency + 1e-9
          || (Math.abs(candidate.consistency - best.consistency) < 1e-9 && candidate.cells > best.cells)) {
        best = candidate;
      }
    }
    return best != null ? best : sample(text, ',');
  }

  private static Dialect sample(String text, char delimiter) {
    List<String[]> rows = new ArrayList<>();
    int[] firstColumns = new int[0];
    CsvTokenizer tokenizer = new CsvTokenizer(new StringReader(text), delimiter, QUOTE);
    try {
      for (CsvTokenizer.Row row; rows.size() < SAMPLE_ROWS && (row = tokenizer.next()) != null; ) {
        if (!row.isEmptyLine()) {
          if (rows.isEmpty()) {
            firstColumns = Arrays.copyOf(row.columns, row.size());
          }
          rows.add(row.toArray());
        }
      }
    } catch (CsvTokenizer.SyntaxError | IOException e) {
      // A quote cut by the end of the head, or broken quoting: what came before still tells.
    }
    Map<Integer, Integer> counts = new HashMap<>();
    for (String[] row : rows) {
      counts.merge(row.length, 1, Integer::sum);
    }
    int usual = 0;
    int usualRows = 0;
    for (Map.Entry<Integer, Integer> e : counts.entrySet()) {
      if (e.getValue() > usualRows || (e.getValue() == usualRows && e.getKey() > usual)) {
        usual = e.getKey();
        usualRows = e.getValue();
      }
    }
    return new Dialect(delimiter, false, rows.isEmpty() ? 0 : usualRows / (double) rows.size(), usual, rows,
        firstColumns);
  }

  /** Where the first row's cell starts on its line, from 1. */
  int firstRowColumn(int cell) {
    return cell < firstRowColumns.length ? firstRowColumns[cell] : 1;
  }

  String delimiterName() {
    return switch (delimiter) {
      case ',' -> "comma";
      case ';' -> "semicolon";
      case '\t' -> "tab";
      case '|' -> "pipe";
      default -> "'" + delimiter + "'";
    };
  }
}
