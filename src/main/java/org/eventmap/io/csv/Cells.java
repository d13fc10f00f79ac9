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
  /** Per cell, its line (high half) and column (low half), from 1: one array rather than two, for a row. */
  final long[] positions;
  final int size;
  final int line;
  final int endLine;
  final int endColumn;
  /** The first cell beyond the header's width that is not blank, or -1. */
  final int firstExtra;

  // Read from the cells on the cutting thread (RowPipeline.Preparer), before the row is handed over;
  // the queue between the threads makes them visible to the other.
  TimePoint start;
  TimePoint end;
  /** Latitude and longitude, or null when the row has no coordinates. */
  double[] latLon;
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
  /** The one key of the row's point and place name, or null without coordinates. */
  SheetReader.PlaceKey placeKey;

  void warn(CellProblem warning) {
    if (warnings == null) {
      warnings = new ArrayList<>(1);
    }
    warnings.add(warning);
  }

  Cells(CsvTokenizer.Row row, boolean[] wanted, int width) {
    size = row.size();
    values = new String[size];
    positions = new long[size];
    for (int i = 0; i < size; i++) {
      if (i < wanted.length && wanted[i]) {
        values[i] = row.value(i);
      }
      positions[i] = (long) row.line(i) << 32 | (row.column(i) & 0xffffffffL);
    }
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
    return i >= 0 && i < size ? (int) (positions[i] >>> 32) : endLine;
  }

  int column(int i) {
    return i >= 0 && i < size ? (int) positions[i] : endColumn;
  }
}
