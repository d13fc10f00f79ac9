package org.eventmap.geo;

import java.util.List;
import java.util.function.IntToDoubleFunction;

/**
 * Lines and rings already projected to Web Mercator world units, with a bounding box each, so that a
 * redraw only scales, translates and culls: the projection runs once per basemap, not once per frame.
 */
public final class ProjectedPaths {
  private final double[][] xs;
  private final double[][] ys;
  private final double[] bounds; // minX, minY, maxX, maxY per path
  private final boolean[] closed;

  private ProjectedPaths(double[][] xs, double[][] ys, double[] bounds, boolean[] closed) {
    this.xs = xs;
    this.ys = ys;
    this.bounds = bounds;
    this.closed = closed;
  }

  /** A path given by its point count, longitude and latitude accessors, and whether it is a ring. */
  public interface Source {
    int size();

    double lon(int i);

    double lat(int i);

    boolean closed();
  }

  public static ProjectedPaths project(List<? extends Source> paths) {
    int n = paths.size();
    double[][] xs = new double[n][];
    double[][] ys = new double[n][];
    double[] bounds = new double[n * 4];
    boolean[] closed = new boolean[n];
    for (int p = 0; p < n; p++) {
      Source path = paths.get(p);
      xs[p] = projectAll(path.size(), i -> WebMercator.x(path.lon(i)));
      ys[p] = projectAll(path.size(), i -> WebMercator.y(path.lat(i)));
      closed[p] = path.closed();
      double minX = Double.MAX_VALUE, minY = Double.MAX_VALUE, maxX = -Double.MAX_VALUE, maxY = -Double.MAX_VALUE;
      for (int i = 0; i < xs[p].length; i++) {
        minX = Math.min(minX, xs[p][i]);
        maxX = Math.max(maxX, xs[p][i]);
        minY = Math.min(minY, ys[p][i]);
        maxY = Math.max(maxY, ys[p][i]);
      }
      bounds[p * 4] = minX;
      bounds[p * 4 + 1] = minY;
      bounds[p * 4 + 2] = maxX;
      bounds[p * 4 + 3] = maxY;
    }
    return new ProjectedPaths(xs, ys, bounds, closed);
  }

  private static double[] projectAll(int size, IntToDoubleFunction projection) {
    double[] out = new double[size];
    for (int i = 0; i < size; i++) {
      out[i] = projection.applyAsDouble(i);
    }
    return out;
  }

  public int count() {
    return xs.length;
  }

  public int size(int path) {
    return xs[path].length;
  }

  public double x(int path, int i) {
    return xs[path][i];
  }

  public double y(int path, int i) {
    return ys[path][i];
  }

  public boolean closed(int path) {
    return closed[path];
  }

  /** Whether the path's box meets the given world rectangle, shifted east by {@code offsetX} worlds. */
  public boolean intersects(int path, WorldBounds visible, double offsetX) {
    return visible.intersects(
        bounds[path * 4] + offsetX, bounds[path * 4 + 1], bounds[path * 4 + 2] + offsetX, bounds[path * 4 + 3]);
  }

  /** The width of the path's box in world units, to skip what would be smaller than a pixel. */
  public double extent(int path) {
    return Math.max(bounds[path * 4 + 2] - bounds[path * 4], bounds[path * 4 + 3] - bounds[path * 4 + 1]);
  }
}
