package org.eventmap.io.csv;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eventmap.io.Problem;

/**
 * The problems of one read, each at its cell. A file of a million rows can have a million of the same
 * mistake: the first few of each kind are listed, and the rest counted in one line.
 */
final class Problems {
  private static final int SHOWN_PER_KIND = 20;
  private static final int SHOWN_IN_ALL = 200;

  private record Kind(Problem first, int[] seenAndListed) {}

  private final String file;
  private final List<Problem> listed = new ArrayList<>();
  private final Map<String, Kind> kinds = new LinkedHashMap<>();
  private int errors;

  Problems(String file) {
    this.file = file;
  }

  /** @param kind what the problems of one sort share, for the line counting those not listed */
  void error(int line, int column, String kind, String message) {
    errors++;
    add(new Problem(Problem.Severity.ERROR, file, line, column, message), kind);
  }

  void warning(int line, int column, String kind, String message) {
    add(new Problem(Problem.Severity.WARNING, file, line, column, message), kind);
  }

  private void add(Problem p, String kind) {
    Kind k = kinds.computeIfAbsent(kind, x -> new Kind(p, new int[2]));
    k.seenAndListed()[0]++;
    if (k.seenAndListed()[1] < SHOWN_PER_KIND && listed.size() < SHOWN_IN_ALL) {
      listed.add(p);
      k.seenAndListed()[1]++;
    }
  }

  boolean hasErrors() {
    return errors > 0;
  }

  /** How many problems of this kind were met. */
  int count(String kind) {
    Kind k = kinds.get(kind);
    return k == null ? 0 : k.seenAndListed()[0];
  }

  /** Every problem listed, then a line per kind for the ones left out. */
  List<Problem> all() {
    List<Problem> all = new ArrayList<>(listed);
    kinds.forEach((kind, k) -> {
      int left = k.seenAndListed()[0] - k.seenAndListed()[1];
      if (left > 0) {
        all.add(new Problem(k.first().severity(), file, k.first().line(), k.first().column(), "and " + left
            + " more like this (" + k.seenAndListed()[0] + " in all): " + kind));
      }
    });
    return all;
  }
}
