package org.eventmap.io.timelinejs;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;

/**
 * Cuts a spreadsheet saved as CSV into rows of cells (RFC 4180 as spreadsheets write it: quoted cells with
 * doubled quotes and line breaks, CRLF, LF or CR line ends), each cell knowing the line and column (in
 * characters, from 1) where it starts, so that a bad month is reported where a person finds it. The
 * TimelineJS template is a few hundred rows: one small reader is simpler than sharing the spreadsheet
 * reader's, which is built for a million.
 */
final class SheetRows {
  /** A quoted cell that never closes would otherwise pull the rest of a large file into memory. */
  static final int MAX_CELL_CHARS = 1 << 20;

  record Cell(String text, int line, int column) {}

  record Row(int line, List<Cell> cells) {
    boolean blank() {
      return cells.stream().allMatch(c -> c.text().isBlank());
    }
  }

  /** Bad quoting, where it starts. */
  static final class SyntaxError extends Exception {
    final int line;
    final int column;

    SyntaxError(int line, int column, String message) {
      super(message, null, false, false);
      this.line = line;
      this.column = column;
    }
  }

  private final String text;
  private final char delimiter;
  private int at;
  private int line = 1;
  private int lineStart;

  /** The whole text: the template's rows are read into one string, which is dropped once they are read. */
  SheetRows(Reader in, char delimiter) throws IOException {
    StringBuilder all = new StringBuilder(1 << 16);
    char[] buffer = new char[1 << 16];
    for (int n; (n = in.read(buffer)) > 0; ) {
      all.append(buffer, 0, n);
    }
    this.text = all.length() > 0 && all.charAt(0) == '\uFEFF' ? all.substring(1) : all.toString();
    this.delimiter = delimiter;
  }

  /** The next row, or null at the end of the text. */
  Row next() throws SyntaxError {
    if (at >= text.length()) {
      return null;
    }
    int rowLine = line;
    List<Cell> cells = new ArrayList<>();
    StringBuilder cell = new StringBuilder();
    while (true) {
      int cellLine = line;
      int cellColumn = at - lineStart + 1;
      cell.setLength(0);
      if (at < text.length() && text.charAt(at) == '"') {
        quoted(cell, cellLine, cellColumn);
      }
      while (at < text.length()) {
        char c = text.charAt(at);
        if (c == delimiter || c == '\n' || c == '\r') {
          break;
        }
        cell.append(c); // after a closing quote too: kept, as spreadsheets do
        at++;
      }
      cells.add(new Cell(cell.toString(), cellLine, cellColumn));
      if (at < text.length() && text.charAt(at) == delimiter) {
        at++;
        continue;
      }
      if (at < text.length()) {
        newLine();
      }
      return new Row(rowLine, cells);
    }
  }

  private void quoted(StringBuilder cell, int cellLine, int cellColumn) throws SyntaxError {
    at++;
    while (true) {
      if (at >= text.length()) {
        throw new SyntaxError(cellLine, cellColumn, "this quoted cell never closes: its quote (\") has no partner");
      }
      char c = text.charAt(at);
      if (c == '"') {
        if (at + 1 < text.length() && text.charAt(at + 1) == '"') {
          cell.append('"');
          at += 2;
          continue;
        }
        at++;
        return;
      }
      if (cell.length() >= MAX_CELL_CHARS) {
        throw new SyntaxError(cellLine, cellColumn, "this quoted cell goes on for more than a million characters: "
            + "is its closing quote missing?");
      }
      if (c == '\n' || c == '\r') {
        cell.append('\n');
        newLine();
      } else {
        cell.append(c);
        at++;
      }
    }
  }

  /** Steps over a line end (CRLF, LF or CR) at {@link #at}. */
  private void newLine() {
    if (text.charAt(at) == '\r' && at + 1 < text.length() && text.charAt(at + 1) == '\n') {
      at++;
    }
    at++;
    line++;
    lineStart = at;
  }
}
