package org.eventmap.geo.basemap;

import java.util.Objects;

/**
 * Where to write a country's name.
 *
 * @param name the Natural Earth short name, e.g. "Israel", "United States of America"
 * @param lon longitude of a point well inside the country's largest polygon
 * @param lat latitude of that point
 * @param area the country's area in equatorial square degrees (one unit is a 1°×1° cell at the
 *     equator, about 12,364 km²); use it to label bigger countries first
 */
public record CountryLabel(String name, double lon, double lat, double area) {
  public CountryLabel {
    Objects.requireNonNull(name, "name");
  }
}
