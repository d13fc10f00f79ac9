package org.eventmap.geo.basemap;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.zip.GZIPInputStream;

/**
 * Decoder for the basemap asset format, version 1. The format is specified in
 * {@code assets/basemap/README.md} and written by {@code src/tools/basemap/convert.mjs}; keep the three
 * in step.
 */
final class BasemapFormat {
  static final byte[] MAGIC = {'E', 'M', 'B', 'M'};
  static final int VERSION = 1;
  static final int LAYER_LAND = 1;
  static final int LAYER_COAST = 2;
  static final int LAYER_BORDERS = 3;
  static final int LAYER_LABELS = 4;
  static final int FLAG_CLOSED = 1;
  static final int FLAG_HOLE = 2;
  private static final int KNOWN_FLAGS = FLAG_CLOSED | FLAG_HOLE;
  /**
   * The largest shipped asset (1:10m) inflates to 1.8 MiB. A point takes 2 bytes or more, and 16 bytes
   * as degrees and 16 more once projected: without a limit, a few kilobytes of gzip that inflate to
   * megabytes of zeros (each the point (0, 0)) made a read allocate 17 times as many bytes.
   */
  static final int MAX_INFLATED_BYTES = 4 << 20;
  /** The converter closes Antarctica along the pole snapped to its grid: up to 0.001° beyond it. */
  private static final double POLE_SLACK_DEGREES = 0.001;

  private BasemapFormat() {}

  static Basemap read(InputStream in) throws IOException {
    // One buffer of the limit: growing one as it fills would allocate twice what it holds.
    byte[] data = new byte[MAX_INFLATED_BYTES + 1];
    int length;
    try {
      length = new GZIPInputStream(in, 1 << 16).readNBytes(data, 0, data.length);
    } catch (IOException e) {
      throw new IOException("Corrupt basemap: gzip layer unreadable (" + e.getMessage() + ")", e);
    }
    if (length > MAX_INFLATED_BYTES) {
      throw new IOException("Corrupt basemap: more than " + (MAX_INFLATED_BYTES >> 20)
          + " MiB once inflated, more than any basemap holds");
    }
    try {
      return decode(new ByteCursor(data, length));
    } catch (IOException e) {
      throw new IOException("Corrupt basemap: " + e.getMessage(), e);
    } catch (RuntimeException e) {
      // Belt and braces: the decoder checks bounds itself, but a caller should only ever have to
      // handle IOException for bad data.
      throw new IOException("Corrupt basemap: " + e, e);
    }
  }

  private static Basemap decode(ByteCursor in) throws IOException {
    for (byte expected : MAGIC) {
      if (in.u8() != (expected & 0xFF)) {
        throw new IOException("not a basemap file (bad magic)");
      }
    }
    int version = in.u8();
    if (version != VERSION) {
      throw new IOException("unsupported format version " + version + " (expected " + VERSION + ")");
    }
    int denominator = in.u8();
    BasemapScale scale = BasemapScale.fromDenominator(denominator);
    if (scale == null) {
      throw new IOException("unknown scale 1:" + denominator + "M");
    }
    Grid grid = Grid.of(in.f64(), in.f64(), in.f64(), in.f64());
    int layerCount = in.varint();

    List<GeoPath> land = null;
    List<GeoPath> coast = null;
    List<GeoPath> borders = null;
    List<CountryLabel> labels = null;
    for (int i = 0; i < layerCount; i++) {
      int id = in.u8();
      int length = in.varint();
      ByteCursor layer = in.slice(length);
      switch (id) {
        case LAYER_LAND -> land = readPaths(layer, grid, "LAND", true);
        case LAYER_COAST -> coast = readPaths(layer, grid, "COAST", false);
        case LAYER_BORDERS -> borders = readPaths(layer, grid, "BORDERS", false);
        case LAYER_LABELS -> labels = readLabels(layer, grid);
        default -> {
          // Unknown layers are skipped so later converters can add layers without a version bump.
        }
      }
    }
    if (!in.atEnd()) {
      throw new IOException(in.remaining() + " unexpected bytes after the last layer");
    }
    if (land == null || coast == null || borders == null || labels == null) {
      throw new IOException("missing layer(s): LAND, COAST, BORDERS and LABELS are all required");
    }
    return new Basemap(scale, land, coast, borders, labels);
  }

  private static List<GeoPath> readPaths(ByteCursor in, Grid grid, String layer, boolean allowHoles)
      throws IOException {
    int count = in.varint();
    // Each path takes at least 7 bytes; refusing absurd counts avoids huge allocations.
    if (count > in.remaining() / 7 + 1) {
      throw new IOException(layer + ": path count " + count + " exceeds the layer size");
    }
    List<GeoPath> paths = new ArrayList<>(count);
    for (int p = 0; p < count; p++) {
      int flags = in.u8();
      if ((flags & ~KNOWN_FLAGS) != 0 || (!allowHoles && (flags & FLAG_HOLE) != 0)) {
        throw new IOException(layer + " path " + p + ": invalid flags " + flags);
      }
      boolean closed = (flags & FLAG_CLOSED) != 0;
      int points = in.varint();
      if (points < (closed ? 3 : 2) || points > in.remaining() / 2) {
        throw new IOException(layer + " path " + p + ": invalid point count " + points);
      }
      int minX = in.zigzag();
      int minY = in.zigzag();
      int maxX = minX + in.varint();
      int maxY = minY + in.varint();
      double[] lonLat = new double[points * 2];
      int x = 0;
      int y = 0;
      int seenMinX = Integer.MAX_VALUE;
      int seenMinY = Integer.MAX_VALUE;
      int seenMaxX = Integer.MIN_VALUE;
      int seenMaxY = Integer.MIN_VALUE;
      for (int i = 0; i < points; i++) {
        x += in.zigzag();
        y += in.zigzag();
        seenMinX = Math.min(seenMinX, x);
        seenMaxX = Math.max(seenMaxX, x);
        seenMinY = Math.min(seenMinY, y);
        seenMaxY = Math.max(seenMaxY, y);
        lonLat[2 * i] = grid.lon(x);
        lonLat[2 * i + 1] = grid.lat(y);
        if (!onTheMap(lonLat[2 * i], lonLat[2 * i + 1])) {
          throw new IOException(layer + " path " + p + " point " + i + " is off the map"
              + where(lonLat[2 * i], lonLat[2 * i + 1]));
        }
        if (i > 0 && tooWide(lonLat[2 * i - 2], lonLat[2 * i])) {
          throw new IOException(layer + " path " + p + " point " + i + " spans more than 180° of longitude");
        }
      }
      if (closed && tooWide(lonLat[2 * points - 2], lonLat[0])) {
        throw new IOException(layer + " path " + p + ", from its last point to its first, spans more than 180°"
            + " of longitude");
      }
      // The stored box is redundant with the points, which makes it a cheap integrity check.
      if (seenMinX != minX || seenMinY != minY || seenMaxX != maxX || seenMaxY != maxY) {
        throw new IOException(layer + " path " + p + ": bounding box does not match its points");
      }
      paths.add(new GeoPath(lonLat, closed, (flags & FLAG_HOLE) != 0));
    }
    requireConsumed(in, layer);
    return Collections.unmodifiableList(paths);
  }

  private static List<CountryLabel> readLabels(ByteCursor in, Grid grid) throws IOException {
    int count = in.varint();
    if (count > in.remaining() / 7 + 1) {
      throw new IOException("LABELS: label count " + count + " exceeds the layer size");
    }
    List<CountryLabel> labels = new ArrayList<>(count);
    double previousArea = Double.POSITIVE_INFINITY;
    for (int i = 0; i < count; i++) {
      String name = in.utf8(in.varint());
      double lon = grid.lon(in.zigzag());
      double lat = grid.lat(in.zigzag());
      double area = in.f32();
      if (name.isEmpty() || !Double.isFinite(area) || area < 0) {
        throw new IOException("LABELS: label " + i + " is invalid");
      }
      if (!onTheMap(lon, lat)) {
        throw new IOException("LABELS: label " + i + " is off the map" + where(lon, lat));
      }
      // The renderer labels the largest countries first and stops when the map is full.
      if (area > previousArea) {
        throw new IOException("LABELS: label " + i + " is larger than the one before it: labels come largest first");
      }
      previousArea = area;
      labels.add(new CountryLabel(name, lon, lat, area));
    }
    requireConsumed(in, "LABELS");
    return Collections.unmodifiableList(labels);
  }

  /** GeoPath promises the renderer coordinates on the map, so that it needs no wrapping... */
  private static boolean onTheMap(double lon, double lat) {
    return lon >= -180 && lon <= 180 && Math.abs(lat) <= 90 + POLE_SLACK_DEGREES;
  }

  /** ...and no segment wider than half the world, which would be drawn the wrong way round. */
  private static boolean tooWide(double fromLon, double toLon) {
    return Math.abs(toLon - fromLon) > 180;
  }

  private static String where(double lon, double lat) {
    return " (longitude " + lon + ", latitude " + lat + ")";
  }

  private static void requireConsumed(ByteCursor in, String layer) throws IOException {
    if (!in.atEnd()) {
      throw new IOException(layer + ": " + in.remaining() + " bytes left over at the end of the layer");
    }
  }

  /** The quantisation grid: integer x, y map to degrees as x * scale + origin. */
  private record Grid(double lonStep, double latStep, double lonOrigin, double latOrigin) {
    static Grid of(double lonStep, double latStep, double lonOrigin, double latOrigin) throws IOException {
      if (!(lonStep > 0 && latStep > 0 && lonStep < 1 && latStep < 1)
          || !Double.isFinite(lonOrigin)
          || !Double.isFinite(latOrigin)) {
        throw new IOException("invalid quantisation grid: its steps must be between 0 and 1 degree and its"
            + " origin a place (steps " + lonStep + ", " + latStep + "; origin " + lonOrigin + ", " + latOrigin + ")");
      }
      return new Grid(lonStep, latStep, lonOrigin, latOrigin);
    }

    double lon(int x) {
      return x * lonStep + lonOrigin;
    }

    double lat(int y) {
      return y * latStep + latOrigin;
    }
  }
}
