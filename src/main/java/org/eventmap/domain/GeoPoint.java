package org.eventmap.domain;

/** A position on the WGS 84 ellipsoid, in degrees. */
public record GeoPoint(double lat, double lon) {
  public GeoPoint {
    if (!(lat >= -90 && lat <= 90)) {
      throw new IllegalArgumentException("latitude " + lat + " is outside [-90, 90]");
    }
    if (!(lon >= -180 && lon <= 180)) {
      throw new IllegalArgumentException("longitude " + lon + " is outside [-180, 180]");
    }
  }
}
