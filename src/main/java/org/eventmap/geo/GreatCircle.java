package org.eventmap.geo;

/**
 * Points along the shortest path on the sphere between two places, for drawing journeys as arcs.
 * Longitudes are unwrapped so that consecutive points never differ by more than 180°: a path across
 * the antimeridian continues past ±180 instead of jumping back across the world.
 */
public final class GreatCircle {
  private GreatCircle() {}

  /**
   * @return {@code segments + 1} points, interleaved longitude, latitude, from the first place to the
   *     second
   */
  public static double[] path(double lon1, double lat1, double lon2, double lat2, int segments) {
    if (segments < 1) {
      throw new IllegalArgumentException("at least one segment");
    }
    double[] a = unitVector(lon1, lat1);
    double[] b = unitVector(lon2, lat2);
    double dot = Math.max(-1, Math.min(1, a[0] * b[0] + a[1] * b[1] + a[2] * b[2]));
    double angle = Math.acos(dot);
    double[] out = new double[(segments + 1) * 2];
    double previousLon = lon1;
    for (int i = 0; i <= segments; i++) {
      double t = (double) i / segments;
      double lon;
      double lat;
      if (angle < 1e-12) {
        lon = lon1;
        lat = lat1;
      } else {
        double wa = Math.sin((1 - t) * angle) / Math.sin(angle);
        double wb = Math.sin(t * angle) / Math.sin(angle);
        double x = wa * a[0] + wb * b[0];
        double y = wa * a[1] + wb * b[1];
        double z = wa * a[2] + wb * b[2];
        lat = Math.toDegrees(Math.atan2(z, Math.hypot(x, y)));
        lon = Math.toDegrees(Math.atan2(y, x));
      }
      if (i == 0) {
        lon = lon1;
        lat = lat1;
      }
      lon += 360 * Math.round((previousLon - lon) / 360);
      previousLon = lon;
      out[i * 2] = lon;
      out[i * 2 + 1] = lat;
    }
    return out;
  }

  /** The angle between two places seen from the earth's centre, in degrees. */
  public static double angularDistance(double lon1, double lat1, double lon2, double lat2) {
    double[] a = unitVector(lon1, lat1);
    double[] b = unitVector(lon2, lat2);
    double dot = Math.max(-1, Math.min(1, a[0] * b[0] + a[1] * b[1] + a[2] * b[2]));
    return Math.toDegrees(Math.acos(dot));
  }

  private static double[] unitVector(double lon, double lat) {
    double phi = Math.toRadians(lat);
    double lambda = Math.toRadians(lon);
    return new double[] {Math.cos(phi) * Math.cos(lambda), Math.cos(phi) * Math.sin(lambda), Math.sin(phi)};
  }
}
