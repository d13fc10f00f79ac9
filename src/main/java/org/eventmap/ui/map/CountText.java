package org.eventmap.ui.map;

import java.util.Locale;

/** Counts written on markers. */
final class CountText {
  private CountText() {}

  /**
   * A count as short as a marker needs: 950, 4.7k, 390k, 1.2M, never rounded up. The exact count is in
   * the tooltip and in what the map says to screen readers.
   */
  static String compact(int count) {
    if (count < 1_000) {
      return Integer.toString(count);
    }
    if (count < 10_000) {
      return String.format(Locale.ROOT, "%d.%dk", count / 1_000, count / 100 % 10);
    }
    if (count < 1_000_000) {
      return (count / 1_000) + "k";
    }
    if (count < 10_000_000) {
      return String.format(Locale.ROOT, "%d.%dM", count / 1_000_000, count / 100_000 % 10);
    }
    return (count / 1_000_000) + "M";
  }
}
