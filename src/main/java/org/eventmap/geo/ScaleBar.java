package org.eventmap.geo;

/** The length a map's scale bar shows: a round distance that fits in the room given. */
public record ScaleBar(double meters, double pixels, String label) {
  /** The earth's circumference at the equator in the Web Mercator sphere, in metres. */
  public static final double EQUATOR_METERS = 40_075_016.686;

  /**
   * @param viewport the view; the scale is measured at its centre latitude, where Mercator is exact
   * @param maxPixels the longest the bar may be
   */
  public static ScaleBar of(Viewport viewport, double maxPixels) {
    double lat = WebMercator.lat(viewport.centerY());
    double metersPerPixel = EQUATOR_METERS * Math.cos(Math.toRadians(lat)) / viewport.scale();
    double maxMeters = metersPerPixel * maxPixels;
    double magnitude = Math.pow(10, Math.floor(Math.log10(maxMeters)));
    double meters = magnitude;
    for (double step : new double[] {5, 2, 1}) {
      if (step * magnitude <= maxMeters) {
        meters = step * magnitude;
        break;
      }
    }
    String label = meters >= 1000 ? format(meters / 1000) + " km" : format(meters) + " m";
    return new ScaleBar(meters, meters / metersPerPixel, label);
  }

  private static String format(double value) {
    return value == Math.rint(value) ? String.format(java.util.Locale.ROOT, "%,d", (long) value).replace(',', ' ')
        : String.valueOf(value);
  }
}
