package org.eventmap.geo.basemap;

import java.util.Arrays;

/**
 * An immutable polyline or closed ring in geographic coordinates (degrees, WGS84 lon/lat).
 *
 * <p>All longitudes lie in [-180, 180] and no segment spans more than 180° of longitude, so a
 * path can be projected point by point (e.g. to Web Mercator) without wrapping logic. A closed
 * ring does not repeat its first point; the closing segment is implied. Latitudes of Antarctica's
 * ring reach the south pole, so a Mercator projection must clamp latitude (to about ±85.05°).
 */
public final class GeoPath {
  private final double[] lonLat;
  private final boolean closed;
  private final boolean hole;
  private final double minLon;
  private final double maxLon;
  private final double minLat;
  private final double maxLat;

  /** Takes ownership of {@code lonLat}; callers inside the package must not keep it. */
  GeoPath(double[] lonLat, boolean closed, boolean hole) {
    if (lonLat.length < 2 || lonLat.length % 2 != 0) {
      throw new IllegalArgumentException("need an even, non-zero number of coordinates");
    }
    this.lonLat = lonLat;
    this.closed = closed;
    this.hole = hole;
    double minX = Double.POSITIVE_INFINITY;
    double maxX = Double.NEGATIVE_INFINITY;
    double minY = Double.POSITIVE_INFINITY;
    double maxY = Double.NEGATIVE_INFINITY;
    for (int i = 0; i < lonLat.length; i += 2) {
      minX = Math.min(minX, lonLat[i]);
      maxX = Math.max(maxX, lonLat[i]);
      minY = Math.min(minY, lonLat[i + 1]);
      maxY = Math.max(maxY, lonLat[i + 1]);
    }
    this.minLon = minX;
    this.maxLon = maxX;
    this.minLat = minY;
    this.maxLat = maxY;
  }

  /**
   * A path from interleaved coordinates {@code lon0, lat0, lon1, lat1, ...}; the array is copied.
   * Mainly for tests of code that consumes basemap paths.
   */
  public static GeoPath of(boolean closed, double... lonLat) {
    return new GeoPath(lonLat.clone(), closed, false);
  }

  /** True for a ring (the last point joins the first), false for an open polyline. */
  public boolean closed() {
    return closed;
  }

  /**
   * True for a LAND ring that bounds water inside land (e.g. the Caspian Sea). Holes are listed
   * alongside outer rings: filling all LAND rings of a view as one path with the even-odd rule
   * gives the right result without pairing holes to their outer rings.
   */
  public boolean hole() {
    return hole;
  }

  public int size() {
    return lonLat.length / 2;
  }

  public double lon(int i) {
    return lonLat[2 * checkIndex(i)];
  }

  public double lat(int i) {
    return lonLat[2 * checkIndex(i) + 1];
  }

  public double minLon() {
    return minLon;
  }

  public double maxLon() {
    return maxLon;
  }

  public double minLat() {
    return minLat;
  }

  public double maxLat() {
    return maxLat;
  }

  /** Cheap viewport culling: does this path's bounding box overlap the given box? */
  public boolean intersects(double west, double south, double east, double north) {
    return minLon <= east && maxLon >= west && minLat <= north && maxLat >= south;
  }

  /**
   * Copies the coordinates, interleaved as {@code lon0, lat0, lon1, lat1, ...}, into the start of
   * {@code dest}, which must hold at least {@code 2 * size()} values. Lets a renderer reuse one
   * buffer for every path.
   */
  public void copyTo(double[] dest) {
    if (dest.length < lonLat.length) {
      throw new IllegalArgumentException(
          "destination holds " + dest.length + " values, need " + lonLat.length);
    }
    System.arraycopy(lonLat, 0, dest, 0, lonLat.length);
  }

  /** A fresh copy of the interleaved coordinates {@code lon0, lat0, lon1, lat1, ...}. */
  public double[] coordinates() {
    return lonLat.clone();
  }

  /**
   * Even-odd ray casting in the lon/lat plane. Always false for an open polyline. Points exactly
   * on the boundary may go either way.
   */
  public boolean contains(double lon, double lat) {
    if (!closed || lon < minLon || lon > maxLon || lat < minLat || lat > maxLat) {
      return false;
    }
    boolean inside = false;
    int n = size();
    for (int i = 0, j = n - 1; i < n; j = i++) {
      double xi = lonLat[2 * i];
      double yi = lonLat[2 * i + 1];
      double xj = lonLat[2 * j];
      double yj = lonLat[2 * j + 1];
      if ((yi > lat) != (yj > lat) && lon < (xj - xi) * (lat - yi) / (yj - yi) + xi) {
        inside = !inside;
      }
    }
    return inside;
  }

  private int checkIndex(int i) {
    if (i < 0 || i >= size()) {
      throw new IndexOutOfBoundsException("point " + i + " of " + size());
    }
    return i;
  }

  @Override
  public String toString() {
    return (closed ? (hole ? "GeoPath[hole" : "GeoPath[ring") : "GeoPath[line")
        + ", " + size() + " points, lon " + minLon + ".." + maxLon
        + ", lat " + minLat + ".." + maxLat + "]";
  }

  // Equality by content makes paths usable in tests and sets; it is rarely on a hot path.
  @Override
  public boolean equals(Object o) {
    return o instanceof GeoPath other
        && closed == other.closed
        && hole == other.hole
        && Arrays.equals(lonLat, other.lonLat);
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(lonLat) * 31 + (closed ? 1 : 0) + (hole ? 2 : 0);
  }
}
