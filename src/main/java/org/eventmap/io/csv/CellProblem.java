package org.eventmap.io.csv;

/**
 * A cell that cannot be read, found while the rows are cut (on that thread) and reported, in the file's
 * order, by the thread that makes the events.
 */
final class CellProblem extends Exception {
  final int line;
  final int column;
  /** What the problems of one sort share, for counting those not listed. */
  final String kind;

  CellProblem(int line, int column, String kind, String message) {
    super(message, null, false, false);
    this.line = line;
    this.column = column;
    this.kind = kind;
  }
}
