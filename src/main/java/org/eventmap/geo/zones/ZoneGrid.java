package org.eventmap.geo.zones;

import java.io.IOException;
import java.io.InputStream;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import net.iakovlev.timeshape.proto.Geojson;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.apache.commons.compress.compressors.zstandard.ZstdCompressorInputStream;

/**
 * The zone polygons of timezone-boundary-builder (as timeshape ships them) in a grid of cells of a
 * quarter degree, so that telling the zone of a point reads only the polygon edges of its own cell.
 *
 * <p>Each cell knows the polygon that holds its centre. A point is in a polygon when the centre is and
 * the segment from the centre to the point crosses that polygon's edges an even number of times, or the
 * centre is not and the segment crosses them an odd number of times; that segment lies inside the cell,
 * so only the cell's edges can cross it. timeshape's own engine tests whole polygons of up to a hundred
 * thousand vertices per query, which costs milliseconds; this costs microseconds (see {@link OfflineZones}).
 *
 * <p>Immutable once built, so any number of threads may query it.
 */
final class ZoneGrid {
  static final double CELL_DEGREES = 0.25;
  private static final int COLUMNS = (int) (360 / CELL_DEGREES);
  private static final int ROWS = (int) (180 / CELL_DEGREES);

  private final ZoneId[] zones;
  /** Per polygon, its zone in {@link #zones}. */
  private final int[] polygonZone;
  /** Per ring, its first vertex; one more entry past the last ring. Rings are closed (last vertex = first). */
  private final int[] ringStart;
  private final int[] ringPolygon;
  /** Longitude and latitude of every vertex, one pair after the other. */
  private final float[] vertices;
  /** Per cell, where its edges begin in {@link #cellEdges}; one more entry past the last cell. */
  private final int[] cellStart;
  /** Edges by cell, each as the index of its first vertex (the edge runs to the next vertex), ascending. */
  private final int[] cellEdges;
  /**
   * Per cell, where the polygons holding its centre begin in {@link #centrePolygons}; usually one, none
   * in a gap, two where the polygons overlap (the West Bank has both Asia/Hebron and Asia/Jerusalem).
   */
  private final int[] centreStart;
  /** The polygons holding each cell's centre, ascending. */
  private final int[] centrePolygons;

  private ZoneGrid(ZoneId[] zones, int[] polygonZone, int[] ringStart, int[] ringPolygon, float[] vertices) {
    this.zones = zones;
    this.polygonZone = polygonZone;
    this.ringStart = ringStart;
    this.ringPolygon = ringPolygon;
    this.vertices = vertices;
    this.cellStart = new int[COLUMNS * ROWS + 1];
    this.cellEdges = indexEdges();
    this.centreStart = new int[COLUMNS * ROWS + 1];
    this.centrePolygons = fillCentres();
  }

  /** Reads timeshape's archive (a zstd-compressed tar of one protobuf GeoJSON feature per zone). */
  static ZoneGrid read(InputStream archive) throws IOException {
    Polygons polygons = new Polygons();
    try (TarArchiveInputStream tar = new TarArchiveInputStream(new ZstdCompressorInputStream(archive))) {
      for (TarArchiveEntry entry = tar.getNextEntry(); entry != null; entry = tar.getNextEntry()) {
        if (!entry.isFile()) {
          continue;
        }
        Geojson.Feature feature = Geojson.Feature.parseFrom(tar);
        Optional<ZoneId> known = knownZone(feature.getProperties(0).getValueString());
        if (known.isEmpty()) {
          continue;
        }
        ZoneId zone = known.get();
        Geojson.Geometry geometry = feature.getGeometry();
        if (geometry.hasPolygon()) {
          polygons.add(zone, geometry.getPolygon());
        } else if (geometry.hasMultiPolygon()) {
          for (Geojson.Polygon part : geometry.getMultiPolygon().getCoordinatesList()) {
            polygons.add(zone, part);
          }
        }
      }
    }
    return polygons.grid();
  }

  /**
   * The zone of a polygon as this Java's tz data knows it. The polygons can be newer than the JDK: a zone
   * it does not know yet is replaced by the one its area followed before the split, and otherwise left
   * out (its area then gets the nautical zone).
   */
  static Optional<ZoneId> knownZone(String id) {
    for (String candidate : new String[] {id, NEWER_ZONES.get(id)}) {
      if (candidate != null && java.time.zone.ZoneRulesProvider.getAvailableZoneIds().contains(candidate)) {
        return Optional.of(ZoneId.of(candidate));
      }
    }
    return Optional.empty();
  }

  /** Zones split off after some JDKs' tz data, and the zone their area was part of until then. */
  private static final Map<String, String> NEWER_ZONES = Map.of(
      "America/Coyhaique", "America/Santiago"); // tz 2025b: Aysén Region left Chile's summer time

  /**
   * The zone of the polygon holding the point; empty where no polygon does. Where polygons overlap, the
   * first in the archive's order (alphabetical by zone), so the answer is the same on every run.
   */
  Optional<ZoneId> zoneAt(double lat, double lon) {
    int column = column(lon);
    int row = row(lat);
    int cell = row * COLUMNS + column;
    double cx = centreLon(column);
    double cy = centreLat(row);
    int best = Integer.MAX_VALUE;
    int ringEnd = -1;
    int polygon = -1;
    boolean odd = false;
    for (int k = cellStart[cell]; k < cellStart[cell + 1]; k++) {
      int v = cellEdges[k];
      if (v >= ringEnd) {
        int ring = ringOf(v);
        ringEnd = ringStart[ring + 1] - 1;
        int p = ringPolygon[ring];
        if (p != polygon) {
          if (polygon >= 0 && holdsCentre(cell, polygon) != odd) {
            best = Math.min(best, polygon);
          }
          polygon = p;
          odd = false;
        }
      }
      if (crosses(cx, cy, lon, lat, vertices[2 * v], vertices[2 * v + 1], vertices[2 * v + 2], vertices[2 * v + 3])) {
        odd = !odd;
      }
    }
    if (polygon >= 0 && holdsCentre(cell, polygon) != odd) {
      best = Math.min(best, polygon);
    }
    // A polygon that holds the centre and has no edge in the cell holds the whole cell.
    for (int k = centreStart[cell]; k < centreStart[cell + 1] && centrePolygons[k] < best; k++) {
      if (!hasEdgeIn(cell, centrePolygons[k])) {
        best = centrePolygons[k];
      }
    }
    return best == Integer.MAX_VALUE ? Optional.empty() : Optional.of(zones[polygonZone[best]]);
  }

  private boolean holdsCentre(int cell, int polygon) {
    for (int k = centreStart[cell]; k < centreStart[cell + 1]; k++) {
      if (centrePolygons[k] == polygon) {
        return true;
      }
    }
    return false;
  }

  /** The cell's edges ascend by vertex and a polygon's vertices are one run, so a search finds its first. */
  private boolean hasEdgeIn(int cell, int polygon) {
    int from = cellStart[cell];
    int to = cellStart[cell + 1];
    if (from == to) {
      return false;
    }
    int at = Arrays.binarySearch(cellEdges, from, to, ringStart[firstRing(polygon)]);
    int k = at >= 0 ? at : -at - 1;
    return k < to && ringPolygon[ringOf(cellEdges[k])] == polygon;
  }

  private int firstRing(int polygon) {
    int lo = 0;
    int hi = ringPolygon.length - 1;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (ringPolygon[mid] < polygon) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }

  int zoneCount() {
    return zones.length;
  }

  int vertexCount() {
    return vertices.length / 2;
  }

  private int ringOf(int vertex) {
    int found = Arrays.binarySearch(ringStart, vertex);
    return found >= 0 ? found : -found - 2;
  }

  /**
   * Whether segment a-b crosses segment p-q. The signs are taken half-open (zero counts as negative) so
   * that a segment passing exactly through a vertex counts it once, not twice.
   */
  private static boolean crosses(double ax, double ay, double bx, double by, double px, double py, double qx,
      double qy) {
    boolean pSide = side(ax, ay, bx, by, px, py) > 0;
    boolean qSide = side(ax, ay, bx, by, qx, qy) > 0;
    if (pSide == qSide) {
      return false;
    }
    return (side(px, py, qx, qy, ax, ay) > 0) != (side(px, py, qx, qy, bx, by) > 0);
  }

  private static double side(double ax, double ay, double bx, double by, double px, double py) {
    return (bx - ax) * (py - ay) - (by - ay) * (px - ax);
  }

  private int[] indexEdges() {
    int[] counts = cellStart;
    forEachEdgeCell((vertex, cell) -> counts[cell + 1]++);
    for (int c = 0; c < COLUMNS * ROWS; c++) {
      counts[c + 1] += counts[c];
    }
    int[] edges = new int[counts[COLUMNS * ROWS]];
    int[] next = Arrays.copyOf(counts, COLUMNS * ROWS);
    forEachEdgeCell((vertex, cell) -> edges[next[cell]++] = vertex);
    return edges;
  }

  private interface EdgeCell {
    void accept(int vertex, int cell);
  }

  /** Every cell that the bounding box of every edge touches, edges in vertex order. */
  private void forEachEdgeCell(EdgeCell action) {
    for (int r = 0; r + 1 < ringStart.length; r++) {
      for (int v = ringStart[r]; v < ringStart[r + 1] - 1; v++) {
        float x1 = vertices[2 * v];
        float y1 = vertices[2 * v + 1];
        float x2 = vertices[2 * v + 2];
        float y2 = vertices[2 * v + 3];
        int c0 = column(Math.min(x1, x2));
        int c1 = column(Math.max(x1, x2));
        int r0 = row(Math.min(y1, y2));
        int r1 = row(Math.max(y1, y2));
        for (int row = r0; row <= r1; row++) {
          for (int column = c0; column <= c1; column++) {
            action.accept(v, row * COLUMNS + column);
          }
        }
      }
    }
  }

  /** Scan lines through the centres of each row of cells: between a polygon's crossings lies its inside. */
  private int[] fillCentres() {
    LongList cellPolygons = new LongList();
    int ring = 0;
    for (int p = 0; p < polygonZone.length; p++) {
      LongList crossings = new LongList();
      for (; ring < ringPolygon.length && ringPolygon[ring] == p; ring++) {
        for (int v = ringStart[ring]; v < ringStart[ring + 1] - 1; v++) {
          double x1 = vertices[2 * v];
          double y1 = vertices[2 * v + 1];
          double x2 = vertices[2 * v + 2];
          double y2 = vertices[2 * v + 3];
          for (int row = row(Math.min(y1, y2)); row <= row(Math.max(y1, y2)); row++) {
            double cy = centreLat(row);
            if ((y1 > cy) != (y2 > cy)) {
              double x = x1 + (cy - y1) * (x2 - x1) / (y2 - y1);
              // Longitudes shifted to be positive, so that their float bits sort as the numbers do.
              crossings.add(((long) row << 32) | Float.floatToIntBits((float) (x + 180)));
            }
          }
        }
      }
      long[] sorted = crossings.sorted();
      for (int i = 0; i + 1 < sorted.length; i += 2) {
        int row = (int) (sorted[i] >>> 32);
        if ((int) (sorted[i + 1] >>> 32) != row) {
          i--; // a row with an odd count (an unclosed ring): cannot happen in well-formed data
          continue;
        }
        double from = Float.intBitsToFloat((int) sorted[i]) - 180;
        double to = Float.intBitsToFloat((int) sorted[i + 1]) - 180;
        for (int column = Math.max(0, column(from) - 1); column <= column(to); column++) {
          double cx = centreLon(column);
          if (cx >= from && cx < to) {
            cellPolygons.add(((long) (row * COLUMNS + column) << 32) | p);
          }
        }
      }
    }
    long[] sorted = cellPolygons.sorted();
    int[] polygonsByCell = new int[sorted.length];
    for (int i = 0; i < sorted.length; i++) {
      centreStart[(int) (sorted[i] >>> 32) + 1]++;
      polygonsByCell[i] = (int) sorted[i];
    }
    for (int c = 0; c < COLUMNS * ROWS; c++) {
      centreStart[c + 1] += centreStart[c];
    }
    return polygonsByCell;
  }

  private static int column(double lon) {
    return Math.min(COLUMNS - 1, Math.max(0, (int) Math.floor((lon + 180) / CELL_DEGREES)));
  }

  private static int row(double lat) {
    return Math.min(ROWS - 1, Math.max(0, (int) Math.floor((lat + 90) / CELL_DEGREES)));
  }

  private static double centreLon(int column) {
    return -180 + (column + 0.5) * CELL_DEGREES;
  }

  private static double centreLat(int row) {
    return -90 + (row + 0.5) * CELL_DEGREES;
  }

  /** The polygons as read, before the grid is made. */
  private static final class Polygons {
    private final Map<ZoneId, Integer> zoneIndex = new HashMap<>();
    private final List<ZoneId> zones = new ArrayList<>();
    private final IntList polygonZone = new IntList();
    private final IntList ringStart = new IntList();
    private final IntList ringPolygon = new IntList();
    private float[] vertices = new float[1 << 20];
    private int vertexCount;

    void add(ZoneId zone, Geojson.Polygon polygon) {
      int z = zoneIndex.computeIfAbsent(zone, k -> {
        zones.add(k);
        return zones.size() - 1;
      });
      int p = polygonZone.size();
      polygonZone.add(z);
      for (Geojson.LineString ring : polygon.getCoordinatesList()) {
        int n = ring.getCoordinatesCount();
        if (n < 3) {
          continue;
        }
        ringStart.add(vertexCount);
        ringPolygon.add(p);
        for (int i = 0; i < n; i++) {
          Geojson.Position at = ring.getCoordinates(i);
          addVertex(at.getLon(), at.getLat());
        }
        Geojson.Position first = ring.getCoordinates(0);
        Geojson.Position last = ring.getCoordinates(n - 1);
        if (first.getLon() != last.getLon() || first.getLat() != last.getLat()) {
          addVertex(first.getLon(), first.getLat());
        }
      }
    }

    private void addVertex(float lon, float lat) {
      if (2 * vertexCount + 2 > vertices.length) {
        vertices = Arrays.copyOf(vertices, vertices.length * 2);
      }
      vertices[2 * vertexCount] = lon;
      vertices[2 * vertexCount + 1] = lat;
      vertexCount++;
    }

    ZoneGrid grid() {
      ringStart.add(vertexCount);
      return new ZoneGrid(zones.toArray(ZoneId[]::new), polygonZone.toArray(), ringStart.toArray(),
          ringPolygon.toArray(), Arrays.copyOf(vertices, 2 * vertexCount));
    }
  }

  private static final class IntList {
    private int[] values = new int[1024];
    private int size;

    void add(int value) {
      if (size == values.length) {
        values = Arrays.copyOf(values, size * 2);
      }
      values[size++] = value;
    }

    int size() {
      return size;
    }

    int[] toArray() {
      return Arrays.copyOf(values, size);
    }
  }

  private static final class LongList {
    private long[] values = new long[64];
    private int size;

    void add(long value) {
      if (size == values.length) {
        values = Arrays.copyOf(values, size * 2);
      }
      values[size++] = value;
    }

    long[] sorted() {
      long[] copy = Arrays.copyOf(values, size);
      Arrays.sort(copy);
      return copy;
    }
  }
}
