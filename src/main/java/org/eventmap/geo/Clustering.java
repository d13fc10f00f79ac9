package org.eventmap.geo;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Groups points that would overlap on screen at a given zoom. Points are taken in the order given: the
 * first point not yet in a cluster seeds one and gathers every free point closer to it than the radius
 * (on screen). So every point ends in exactly one cluster at every zoom, and two points on their own
 * share a cluster exactly while they are closer than the radius. Linear time, using a grid of cells as
 * big as the radius.
 */
public final class Clustering {
  private Clustering() {}

  /** A group of points: the indices of its members (the seed first) and their mean position. */
  public record Cluster(int[] members, double x, double y) {
    public int size() {
      return members.length;
    }

    public int seed() {
      return members[0];
    }
  }

  /**
   * @param xs world x of each point (Web Mercator units)
   * @param ys world y of each point
   * @param scale pixels per world unit
   * @param radiusPixels points closer than this on screen to a seed join its cluster
   */
  public static List<Cluster> cluster(double[] xs, double[] ys, double scale, double radiusPixels) {
    int n = xs.length;
    if (ys.length != n) {
      throw new IllegalArgumentException("xs and ys differ in length");
    }
    if (!(scale > 0) || !(radiusPixels > 0)) {
      throw new IllegalArgumentException("scale and radius must be positive");
    }
    double cell = radiusPixels / scale;
    double radiusSquared = cell * cell;
    CellGrid grid = new CellGrid(xs, ys, cell);
    boolean[] assigned = new boolean[n];
    List<Cluster> clusters = new ArrayList<>();
    IntList members = new IntList();
    for (int seed = 0; seed < n; seed++) {
      if (assigned[seed]) {
        continue;
      }
      assigned[seed] = true;
      members.clear();
      members.add(seed);
      double sumX = xs[seed];
      double sumY = ys[seed];
      long cellX = (long) Math.floor(xs[seed] / cell);
      long cellY = (long) Math.floor(ys[seed] / cell);
      for (long dx = -1; dx <= 1; dx++) {
        for (long dy = -1; dy <= 1; dy++) {
          int slot = grid.slotOf(key(cellX + dx, cellY + dy));
          if (slot < 0) {
            continue;
          }
          // Points taken into a cluster leave their cell's chain, so later seeds do not look at them again.
          int previous = -1;
          for (int j = grid.head[slot]; j >= 0; ) {
            int following = grid.next[j];
            boolean taken = assigned[j];
            if (!taken) {
              double ddx = xs[j] - xs[seed];
              double ddy = ys[j] - ys[seed];
              if (ddx * ddx + ddy * ddy < radiusSquared) {
                assigned[j] = true;
                members.add(j);
                sumX += xs[j];
                sumY += ys[j];
                taken = true;
              }
            }
            if (taken) {
              grid.unlink(slot, previous, following);
            } else {
              previous = j;
            }
            j = following;
          }
        }
      }
      clusters.add(new Cluster(members.toArray(), sumX / members.size, sumY / members.size));
    }
    return clusters;
  }

  private static long cellKey(double x, double y, double cell) {
    return key((long) Math.floor(x / cell), (long) Math.floor(y / cell));
  }

  /**
   * The points of each cell as a chain, in ascending order, in flat arrays: an open-addressing table
   * from cell key to the chain's first point. A hash map of boxed keys and lists cost more than the
   * clustering itself for a hundred thousand places.
   */
  private static final class CellGrid {
    final long[] keys;
    final boolean[] used;
    final int[] head;
    final int[] next;
    final int mask;

    CellGrid(double[] xs, double[] ys, double cell) {
      int n = xs.length;
      int capacity = Integer.highestOneBit(Math.max(16, n * 2 - 1)) << 1;
      keys = new long[capacity];
      used = new boolean[capacity];
      head = new int[capacity];
      next = new int[n];
      mask = capacity - 1;
      // Added from the last point to the first, so that each chain runs in ascending order.
      for (int i = n - 1; i >= 0; i--) {
        long key = cellKey(xs[i], ys[i], cell);
        int slot = probe(key);
        if (!used[slot]) {
          used[slot] = true;
          keys[slot] = key;
          head[slot] = -1;
        }
        next[i] = head[slot];
        head[slot] = i;
      }
    }

    /** The slot of the cell, or -1 when no point is in it. */
    int slotOf(long key) {
      int slot = probe(key);
      return used[slot] ? slot : -1;
    }

    void unlink(int slot, int previous, int following) {
      if (previous < 0) {
        head[slot] = following;
      } else {
        next[previous] = following;
      }
    }

    private int probe(long key) {
      int slot = (int) ((key * 0x9E3779B97F4A7C15L) >>> 32) & mask;
      while (used[slot] && keys[slot] != key) {
        slot = (slot + 1) & mask;
      }
      return slot;
    }
  }

  private static long key(long cellX, long cellY) {
    return (cellX << 32) ^ (cellY & 0xffffffffL);
  }

  /** A growable list of ints, to keep a million points unboxed. */
  private static final class IntList {
    int[] items = new int[4];
    int size;

    void add(int value) {
      if (size == items.length) {
        items = Arrays.copyOf(items, size * 2);
      }
      items[size++] = value;
    }

    void clear() {
      size = 0;
    }

    int[] toArray() {
      return Arrays.copyOf(items, size);
    }
  }
}
