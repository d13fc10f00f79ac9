package org.eventmap.ui.timeline;

import org.eventmap.time.EventTimeIndex;
import org.eventmap.time.TimeAxis;

/**
 * How many of the filtered events start in each bin of {@value #BIN} pixels of the axis, and how tall each
 * bin's bar is: what the skin draws and what a click on a bar is tested against, computed once for both.
 */
final class Histogram {
  static final int BIN = 4;

  private final EventTimeIndex index;
  private final int[] filtered;
  private final TimeAxis axis;
  private final int[] counts;
  private final int max;
  private final double height;

  private Histogram(EventTimeIndex index, int[] filtered, TimeAxis axis, int[] counts, int max, double height) {
    this.index = index;
    this.filtered = filtered;
    this.axis = axis;
    this.counts = counts;
    this.max = max;
    this.height = height;
  }

  /**
   * Counts the events of {@code filtered} (null: all of the index) along the axis, for bars at most
   * {@code height} tall.
   */
  static Histogram of(EventTimeIndex index, int[] filtered, TimeAxis axis, double height) {
    int n = filtered == null ? index.size() : filtered.length;
    int bins = Math.max(1, (int) (axis.width() / BIN));
    int[] counts = new int[bins];
    int max = 0;
    // Events are in order of their start, so each bin's count is the difference of two binary
    // searches: the histogram costs the same for forty events and for a million.
    int before = index.countStartedBefore(filtered, n, axis.secondAt(0));
    for (int b = 0; b < bins; b++) {
      int upTo = index.countStartedBefore(filtered, n, axis.secondAt((double) BIN * (b + 1)));
      counts[b] = upTo - before;
      max = Math.max(max, counts[b]);
      before = upTo;
    }
    return new Histogram(index, filtered, axis, counts, max, height);
  }

  /** Whether this histogram counts these events along this axis (the same objects: they are immutable). */
  boolean isOf(EventTimeIndex index, int[] filtered, TimeAxis axis) {
    return this.index == index && this.filtered == filtered && this.axis.equals(axis);
  }

  int bins() {
    return counts.length;
  }

  boolean isEmpty() {
    return max == 0;
  }

  /** The bin under a point of the axis. */
  static int binAt(double x) {
    return (int) Math.floor(x / BIN);
  }

  /** The height of a bin's bar; 0 for an empty bin or one off the axis. */
  double barHeight(int bin) {
    if (bin < 0 || bin >= counts.length || counts[bin] == 0) {
      return 0;
    }
    // Square root, so that one event among hundreds still shows.
    return Math.max(2, height * Math.sqrt(counts[bin] / (double) max));
  }
}
