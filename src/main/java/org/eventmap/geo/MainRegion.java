package org.eventmap.geo;

import java.util.List;

/**
 * The region where most of a set of places lie, for a first view that can show them legibly: a day's
 * story may span Tel Aviv and New York, and a view of both shows neither Rafah nor Doha apart from Tel
 * Aviv. Points closer than a region's reach (a fortieth of the world's width, 1,000 km at the equator
 * and about 860 km in Jerusalem's latitudes) to the region's first point belong to it; the region with
 * the most points wins, the earliest given on a tie. A view of a region is at least one reach across, so
 * that it shows the towns around the places, apart from each other.
 */
public final class MainRegion {
  /** How far apart, in world widths, two places may be and still be one region. */
  public static final double REACH = 1.0 / 40;

  private MainRegion() {}

  /**
   * @param lonLat longitude and latitude of each point, in turn
   * @return the indices of the points in the main region, in the order given (all of them when they
   *     form one region; none for no points)
   */
  public static int[] of(double[] lonLat) {
    int n = lonLat.length / 2;
    if (n == 0) {
      return new int[0];
    }
    double[] xs = new double[n];
    double[] ys = new double[n];
    for (int i = 0; i < n; i++) {
      xs[i] = WebMercator.x(lonLat[2 * i]);
      ys[i] = WebMercator.y(lonLat[2 * i + 1]);
    }
    List<Clustering.Cluster> regions = Clustering.cluster(xs, ys, 1, REACH);
    Clustering.Cluster main = regions.get(0);
    for (Clustering.Cluster region : regions) {
      if (region.size() > main.size()) {
        main = region;
      }
    }
    int[] members = main.members().clone();
    java.util.Arrays.sort(members);
    return members;
  }
}
