package org.eventmap.geo;

/**
 * The Web Mercator projection onto a unit square: longitude -180..180 maps to x 0..1, latitude
 * ±85.0511° maps to y 1..0 (north up, so y grows southwards like screen coordinates). The only place in
 * the code base that does the trigonometry; everything else works in these world units.
 */
public final class WebMercator {
  /** Beyond this latitude the square would be taller than wide; the poles are at infinity. */
  public static final double MAX_LATITUDE = 85.05112877980659;

  private WebMercator() {}

  public static double x(double lon) {
    return (lon + 180.0) / 360.0;
  }

  public static double y(double lat) {
    double clamped = Math.max(-MAX_LATITUDE, Math.min(MAX_LATITUDE, lat));
    double sin = Math.sin(Math.toRadians(clamped));
    return 0.5 - Math.log((1 + sin) / (1 - sin)) / (4 * Math.PI);
  }

  public static double lon(double x) {
    return x * 360.0 - 180.0;
  }

  public static double lat(double y) {
    double n = Math.PI * (1 - 2 * y);
    return Math.toDegrees(Math.atan(Math.sinh(n)));
  }
}
