package org.eventmap.io.csv;

import java.util.ArrayList;
import java.util.List;
import org.eventmap.domain.Approximation;
import org.eventmap.domain.Attribute;
import org.eventmap.domain.Source;
import org.eventmap.domain.TimePoint;

/**
 * One row's cells made into strings, those a reader uses only, with where each starts in the file: what
 * the tokenizing thread hands to the thread that makes events.
 */
final class Cells {
  /** The wanted cells' texts without the spaces around them; null for a cell not wanted or not there. */
  final String[] values;
  /** Per cell, the column it starts at, from 1. */
  final int[] columns;
  /** Per cell, the line it starts on; null when the whole row is on its first line, as nearly every row is. */
  final int[] lines;
  final int size;
  final int line;
  final int endLine;
  final int endColumn;
  /** The first cell beyond the header's width that is not blank, or -1. */
  final int firstExtra;

  // Read from the cells on the cells thread (RowPipeline.Preparer), before the row is handed over;
  // the queue between the threads makes them visible to the other.
  TimePoint start;
  TimePoint end;
  /** Latitude and longitude, or null when the row has no coordinates. */
  double[] latLon;
  /** The time zone of the coordinates as the lookup found it; null when the row has no coordinates. */
  java.util.Optional<java.time.ZoneId> zone;
  /** The first cell that could not be read, or null. */
  CellProblem problem;
  /** Doubts about cells that do not keep the row from being read; null when there are none. */
  List<CellProblem> warnings;
  String id = "";
  String title = "";
  String summary = "";
  String placeName = "";
  String categoryName = "";
  List<String> actors = List.of();
  List<Source> sources = List.of();
  List<String> tags = List.of();
  List<Attribute> attributes = List.of();
  Approximation approximate;

  void warn(CellProblem warning) {
    if (warnings == null) {
      warnings = new ArrayList<>(1);
    }
    warnings.add(warning);
  }

  /**
   * @param wanted the indexes of the cells a reader uses, in order: only those are made into strings (a
   *     copy of the row's positions is cheap; a string per cell of a thirty-cell row is not)
   */
  Cells(CsvTokenizer.Row row, int[] wanted, int width) {
    size = row.size();
    values = new String[size];
    for (int i : wanted) {
      if (i >= size) {
        break;
      }
      values[i] = row.value(i);
    }
    columns = java.util.Arrays.copyOf(row.columns, size);
    lines = row.endLine == row.line ? null : java.util.Arrays.copyOf(row.lines, size);
    int extra = -1;
    for (int i = width; i < size; i++) {
      if (!row.isBlank(i)) {
        extra = i;
        break;
      }
    }
    firstExtra = extra;
    line = row.line;
    endLine = row.endLine;
    endColumn = row.endColumn;
  }

  int size() {
    return size;
  }

  String value(int i) {
    if (i < 0 || i >= size) {
      return "";
    }
    String v = values[i];
    return v == null ? "" : v;
  }

  boolean isBlank(int i) {
    return value(i).isEmpty();
  }

  int line(int i) {
    return i >= 0 && i < size ? lines == null ? line : lines[i] : endLine;
  }

  int column(int i) {
    return i >= 0 && i < size ? columns[i] : endColumn;
  }
}
