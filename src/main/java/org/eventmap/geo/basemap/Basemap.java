package org.eventmap.geo.basemap;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;

/**
 * The embedded offline world basemap at one scale: Natural Earth land, coastlines, country
 * borders and country label points (from world-atlas 2.0.2), ready for a renderer.
 *
 * <p>Instances are immutable and safe to share between threads; loading the 1:10m scale decodes
 * about 900,000 points, so callers should load each scale once and keep it.
 */
public final class Basemap {
  private final BasemapScale scale;
  private final List<GeoPath> land;
  private final List<GeoPath> coastlines;
  private final List<GeoPath> borders;
  private final List<CountryLabel> labels;

  Basemap(
      BasemapScale scale,
      List<GeoPath> land,
      List<GeoPath> coastlines,
      List<GeoPath> borders,
      List<CountryLabel> labels) {
    this.scale = scale;
    this.land = List.copyOf(land);
    this.coastlines = List.copyOf(coastlines);
    this.borders = List.copyOf(borders);
    this.labels = List.copyOf(labels);
  }

  /** Loads a scale from the classpath asset {@link BasemapScale#resourcePath()}. */
  public static Basemap load(BasemapScale scale) throws IOException {
    String path = scale.resourcePath();
    try (InputStream in = Basemap.class.getResourceAsStream(path)) {
      if (in == null) {
        throw new IOException("Basemap resource " + path + " is not on the classpath");
      }
      Basemap basemap = read(in);
      if (basemap.scale != scale) {
        throw new IOException(
            "Basemap resource " + path + " holds scale " + basemap.scale + ", expected " + scale);
      }
      return basemap;
    }
  }

  /**
   * Reads a basemap asset (gzip-compressed, format version 1). Does not close the stream.
   *
   * @throws IOException if the stream cannot be read or is not a valid basemap; the message says
   *     what was wrong
   */
  public static Basemap read(InputStream in) throws IOException {
    return BasemapFormat.read(new BufferedInputStream(in, 1 << 16));
  }

  public BasemapScale scale() {
    return scale;
  }

  /**
   * Land polygons as rings: outer boundaries and, flagged by {@link GeoPath#hole()}, the water
   * inside them. Fill all of them together with the even-odd rule.
   */
  public List<GeoPath> land() {
    return land;
  }

  /**
   * Coastlines (the land boundary, including lake and inland-sea shores that Natural Earth cuts
   * out of countries). Islands are closed rings; lines cut at the antimeridian are open.
   */
  public List<GeoPath> coastlines() {
    return coastlines;
  }

  /** Land borders between two countries, each shared stretch once. */
  public List<GeoPath> borders() {
    return borders;
  }

  /** One label per country, largest {@link CountryLabel#area()} first. */
  public List<CountryLabel> labels() {
    return labels;
  }

  @Override
  public String toString() {
    return "Basemap[" + scale + ", " + land.size() + " land rings, " + coastlines.size()
        + " coastlines, " + borders.size() + " borders, " + labels.size() + " labels]";
  }
}
