package org.eventmap.io.csv;

import java.io.IOException;
import java.io.Reader;
import java.util.Arrays;

/**
 * Cuts text into rows of cells (RFC 4180 and what spreadsheets really write): a delimiter, quoted cells
 * with doubled quotes and line breaks, CRLF, LF or CR line ends. Each cell knows the line and column where
 * it starts, for messages. Cells are kept as places in one buffer and made into strings only when asked
 * for: a reader uses a handful of a row's thirty cells.
 *
 * <p>Written by hand rather than with a library because the positions of cells are wanted and because a
 * million-row file must be cut in about a second.
 */
final class CsvTokenizer {
  /** A quoted cell that never closes would otherwise pull the rest of a large file into memory. */
  static final int MAX_ROW_CHARS = 16 << 20;

  /** Bad quoting, found where it is; the tokenizer cannot go on after it. */
  static final class SyntaxError extends Exception {
    final int line;
    final int column;

    SyntaxError(int line, int column, String message) {
      super(message, null, false, false);
      this.line = line;
      this.column = column;
    }
  }

  private final Reader in;
  private final char delimiter;
  private final char quote;
  private char[] buf = new char[1 << 16];
  private int pos;
  private int limit;
  private boolean eof;
  /** The line and column (from 1) of {@link #pos}. */
  private int line = 1;
  private int lineStart;
  private final Row row = new Row();

  CsvTokenizer(Reader in, char delimiter, char quote) {
    this.in = in;
    this.delimiter = delimiter;
    this.quote = quote;
  }

  /** The next row (the same object each time, overwritten), or null at the end of the text. */
  Row next() throws IOException, SyntaxError {
    while (true) {
      if (pos >= limit && eof) {
        return null;
      }
      int startPos = pos;
      int startLine = line;
      int startLineStart = lineStart;
      if (scanRow()) {
        return row;
      }
      // The row goes on beyond the buffer: keep its beginning, read more, and cut it again.
      pos = startPos;
      line = startLine;
      lineStart = startLineStart;
      if (!fill()) {
        // the end of the text, inside a row: scanRow then ends it
        continue;
      }
    }
  }

  /** Moves the unread part to the front of the buffer and reads more; false when nothing more came. */
  private boolean fill() throws IOException, SyntaxError {
    if (eof) {
      return false;
    }
    int keep = limit - pos;
    if (pos > 0) {
      System.arraycopy(buf, pos, buf, 0, keep);
      lineStart -= pos;
      pos = 0;
      limit = keep;
    }
    if (limit == buf.length) {
      if (buf.length >= MAX_ROW_CHARS) {
        throw new SyntaxError(line, pos - lineStart + 1, "this row runs over " + (MAX_ROW_CHARS >> 20)
            + " million characters: a quoted cell in it is probably never closed");
      }
      buf = Arrays.copyOf(buf, buf.length * 2);
    }
    int n = in.read(buf, limit, buf.length - limit);
    if (n < 0) {
      eof = true;
      return false;
    }
    limit += n;
    return true;
  }

  /**
   * Cuts one row from {@link #pos}; false when the buffer ends before the row does and more text may
   * follow (nothing is then kept of the attempt).
   */
  private boolean scanRow() throws SyntaxError {
    Row r = row;
    r.buf = buf;
    r.count = 0;
    r.line = line;
    final char[] b = buf;
    final int end = limit;
    final char d = delimiter;
    final char q = quote;
    int p = pos;
    while (true) {
      int cellLine = line;
      int cellColumn = p - lineStart + 1;
      int cellStart;
      int cellEnd;
      boolean escaped = false;
      boolean quoted = false;
      if (p < end && b[p] == q) {
        quoted = true;
        cellStart = p + 1;
        p++;
        while (true) {
          if (p >= end) {
            if (!eof) {
              return false;
            }
            throw new SyntaxError(cellLine, cellColumn,
                "this quoted cell is never closed: its closing \" is missing (a quote inside a cell is written \"\")");
          }
          char c = b[p];
          if (c == q) {
            if (p + 1 >= end && !eof) {
              return false;
            }
            if (p + 1 < end && b[p + 1] == q) {
              escaped = true;
              p += 2;
              continue;
            }
            break;
          }
          if (c == '\n') {
            line++;
            lineStart = p + 1;
          } else if (c == '\r' && (p + 1 >= end || b[p + 1] != '\n')) {
            if (p + 1 >= end && !eof) {
              return false;
            }
            line++;
            lineStart = p + 1;
          }
          p++;
        }
        cellEnd = p;
        p++; // the closing quote
        if (p < end && b[p] != d && b[p] != '\n' && b[p] != '\r') {
          // Spaces after a closing quote are common and harmless; anything else is a broken cell.
          int after = p;
          while (after < end && b[after] == ' ') {
            after++;
          }
          if (after >= end && !eof) {
            return false;
          }
          if (after < end && b[after] != d && b[after] != '\n' && b[after] != '\r') {
            throw new SyntaxError(line, p - lineStart + 1, "text after the closing quote of a quoted cell (a quote"
                + " inside a cell is written \"\", and the whole cell is put in quotes)");
          }
          p = after;
        }
      } else {
        cellStart = p;
        while (p < end) {
          char c = b[p];
          if (c == d || c == '\n' || c == '\r') {
            break;
          }
          p++;
        }
        if (p >= end && !eof) {
          return false;
        }
        cellEnd = p;
      }
      r.add(cellStart, cellEnd, quoted, escaped, cellLine, cellColumn);
      if (p >= end) {
        pos = p;
        r.endLine = line;
        r.endColumn = p - lineStart + 1;
        return true;
      }
      char c = b[p];
      if (c == d) {
        p++;
        if (p >= end && !eof) {
          return false;
        }
        if (p >= end) {
          r.add(p, p, false, false, line, p - lineStart + 1);
          pos = p;
          r.endLine = line;
          r.endColumn = p - lineStart + 1;
          return true;
        }
        continue;
      }
      // a line end
      r.endLine = line;
      r.endColumn = p - lineStart + 1;
      if (c == '\r') {
        if (p + 1 >= end && !eof) {
          return false;
        }
        p += (p + 1 < end && b[p + 1] == '\n') ? 2 : 1;
      } else {
        p++;
      }
      line++;
      lineStart = p;
      pos = p;
      return true;
    }
  }

  /** One row's cells as places in the tokenizer's buffer; valid until the next call of {@link #next()}. */
  static final class Row {
    char[] buf;
    int count;
    int[] starts = new int[32];
    int[] ends = new int[32];
    /** Per cell: bit 0 quoted, bit 1 holds doubled quotes to undo. */
    byte[] flags = new byte[32];
    int[] lines = new int[32];
    int[] columns = new int[32];
    /** The line the row starts on. */
    int line;
    /** Where the row's last cell ends (for a message about a missing cell). */
    int endLine;
    int endColumn;

    void add(int start, int end, boolean quoted, boolean escaped, int line, int column) {
      if (count == starts.length) {
        int n = count * 2;
        starts = Arrays.copyOf(starts, n);
        ends = Arrays.copyOf(ends, n);
        flags = Arrays.copyOf(flags, n);
        lines = Arrays.copyOf(lines, n);
        columns = Arrays.copyOf(columns, n);
      }
      starts[count] = start;
      ends[count] = end;
      flags[count] = (byte) ((quoted ? 1 : 0) | (escaped ? 2 : 0));
      lines[count] = line;
      columns[count] = column;
      count++;
    }

    int size() {
      return count;
    }

    /** The cell's text as written, quotes undone; empty for a cell the row does not have. */
    String cell(int i) {
      if (i < 0 || i >= count) {
        return "";
      }
      int from = starts[i];
      int to = ends[i];
      if ((flags[i] & 2) == 0) {
        return from == to ? "" : new String(buf, from, to - from);
      }
      StringBuilder s = new StringBuilder(to - from);
      for (int p = from; p < to; p++) {
        char c = buf[p];
        s.append(c);
        if (c == '"' && p + 1 < to && buf[p + 1] == '"') {
          p++;
        }
      }
      return s.toString();
    }

    /** The cell's text without the spaces around it. */
    String value(int i) {
      if (i < 0 || i >= count) {
        return "";
      }
      int from = starts[i];
      int to = ends[i];
      while (from < to && buf[from] <= ' ') {
        from++;
      }
      while (to > from && buf[to - 1] <= ' ') {
        to--;
      }
      if ((flags[i] & 2) != 0) {
        return cell(i).strip();
      }
      return from == to ? "" : new String(buf, from, to - from);
    }

    boolean isBlank(int i) {
      if (i < 0 || i >= count) {
        return true;
      }
      for (int p = starts[i]; p < ends[i]; p++) {
        if (buf[p] > ' ') {
          return false;
        }
      }
      return true;
    }

    int line(int i) {
      return i < count ? lines[i] : endLine;
    }

    int column(int i) {
      return i < count ? columns[i] : endColumn;
    }

    /** Whether the row is empty (a blank line): one empty cell. */
    boolean isEmptyLine() {
      return count == 1 && starts[0] == ends[0] && (flags[0] & 1) == 0;
    }

    String[] toArray() {
      String[] cells = new String[count];
      for (int i = 0; i < count; i++) {
        cells[i] = cell(i);
      }
      return cells;
    }
  }
}
