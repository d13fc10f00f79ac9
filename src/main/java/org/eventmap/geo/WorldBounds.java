package org.eventmap.geo;

/** A rectangle in Web Mercator world units (0..1 each way, y growing southwards). */
public record WorldBounds(double minX, double minY, double maxX, double maxY) {
  public WorldBounds {
    if (!(minX <= maxX && minY <= maxY)) {
      throw new IllegalArgumentException("empty bounds " + minX + "," + minY + " " + maxX + "," + maxY);
    }
  }

  /** The smallest bounds around the given longitudes and latitudes (interleaved lon, lat). */
  public static WorldBounds around(double[] lonLat) {
    if (lonLat.length < 2) {
      throw new IllegalArgumentException("no points");
    }
    double minX = Double.MAX_VALUE, minY = Double.MAX_VALUE, maxX = -Double.MAX_VALUE, maxY = -Double.MAX_VALUE;
    for (int i = 0; i + 1 < lonLat.length; i += 2) {
      double x = WebMercator.x(lonLat[i]);
      double y = WebMercator.y(lonLat[i + 1]);
      minX = Math.min(minX, x);
      maxX = Math.max(maxX, x);
      minY = Math.min(minY, y);
      maxY = Math.max(maxY, y);
    }
    return new WorldBounds(minX, minY, maxX, maxY);
  }

  public double width() {
    return maxX - minX;
  }

  public double height() {
    return maxY - minY;
  }

  public double centerX() {
    return (minX + maxX) / 2;
  }

  public double centerY() {
    return (minY + maxY) / 2;
  }

  public boolean intersects(double otherMinX, double otherMinY, double otherMaxX, double otherMaxY) {
    return otherMaxX >= minX && otherMinX <= maxX && otherMaxY >= minY && otherMinY <= maxY;
  }
}
