package org.eventmap.geo;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

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
    Map<Long, IntList> grid = new HashMap<>();
    for (int i = 0; i < n; i++) {
      grid.computeIfAbsent(cellKey(xs[i], ys[i], cell), k -> new IntList()).add(i);
    }
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
          IntList bucket = grid.get(key(cellX + dx, cellY + dy));
          if (bucket == null) {
            continue;
          }
          for (int k = 0; k < bucket.size; k++) {
            int j = bucket.items[k];
            if (assigned[j]) {
              continue;
            }
            double ddx = xs[j] - xs[seed];
            double ddy = ys[j] - ys[seed];
            if (ddx * ddx + ddy * ddy < radiusSquared) {
              assigned[j] = true;
              members.add(j);
              sumX += xs[j];
              sumY += ys[j];
            }
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
