package org.eventmap.io.geojson;

import org.eventmap.io.LocatedJson;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.eventmap.io.DatasetAssembler;
import org.eventmap.io.LocatedJson.Arr;
import org.eventmap.io.LocatedJson.Node;
import org.eventmap.io.LocatedJson.Num;
import org.eventmap.io.LocatedJson.Obj;
import org.eventmap.io.LocatedJson.Text;

/**
 * Where a feature's geometry puts its event. A Point is its place; a MultiPoint and a LineString keep
 * their points (one event per point, or per stop of a journey); every other geometry is shown at the mean
 * of its vertices (a Polygon's outer ring without its closing vertex, every part of a Multi* or a
 * GeometryCollection), marked as approximate in place. A shape that spans more than half the globe in
 * longitude is averaged across the antimeridian, so a Pacific island group is not shown in Africa. A
 * third coordinate (a height, or the USGS feed's depth) is ignored.
 */
final class Geometry {
  /** A checked position, with where the file wrote it. */
  record Position(double lat, double lon, int line, int column) {}

  /** What a geometry gave: its type, its own points, and the single point it is shown at. */
  record Shape(String type, List<Position> points, Position representative, boolean approximate) {}

  /** Reports a mistake in the geometry at a line and column. */
  interface Mistakes {
    void error(int line, int column, String message);
  }

  private static final List<String> TYPES = List.of("Point", "MultiPoint", "LineString", "MultiLineString", "Polygon",
      "MultiPolygon", "GeometryCollection");

  private Geometry() {}

  static boolean isGeometryType(String type) {
    return TYPES.contains(type);
  }

  /** The shape of a geometry object; null when it has a mistake (reported) or no position at all. */
  static Shape read(Obj geometry, Mistakes mistakes) {
    List<Position> points = new ArrayList<>();
    String type = collect(geometry, points, mistakes, true);
    if (type == null || points.isEmpty()) {
      return null;
    }
    if (points.contains(null)) {
      return null;
    }
    boolean own = type.equals("Point") || type.equals("MultiPoint") || type.equals("LineString");
    Position representative = points.size() == 1 ? points.get(0) : mean(points);
    return new Shape(type, List.copyOf(points), representative, !own);
  }

  /** Adds the geometry's vertices (null for a bad position); its type, or null when it is not a geometry. */
  private static String collect(Obj geometry, List<Position> points, Mistakes mistakes, boolean top) {
    Node typeNode = geometry.get("type");
    if (!(typeNode instanceof Text t) || !isGeometryType(t.text())) {
      mistakes.error(geometry.line(), geometry.column(), typeNode == null
          ? "the geometry has no \"type\" (Point, LineString, Polygon, ...)"
          : "the geometry's \"type\" " + typeNode.kind() + " is not a GeoJSON geometry ("
              + String.join(", ", TYPES) + ")");
      return null;
    }
    String type = t.text();
    if (type.equals("GeometryCollection")) {
      Node parts = geometry.get("geometries");
      if (!(parts instanceof Arr a)) {
        mistakes.error(geometry.line(), geometry.column(), "a GeometryCollection needs a \"geometries\" array");
        return null;
      }
      for (Node part : a.items()) {
        if (!(part instanceof Obj o) || collect(o, points, mistakes, false) == null) {
          if (!(part instanceof Obj)) {
            mistakes.error(part.line(), part.column(), "a member of \"geometries\" is " + part.kind()
                + ", not a geometry");
          }
          points.add(null);
        }
      }
      return type;
    }
    Node coordinates = geometry.get("coordinates");
    if (coordinates == null) {
      mistakes.error(geometry.line(), geometry.column(), "the " + type + " has no \"coordinates\"");
      return null;
    }
    int depth = switch (type) {
      case "Point" -> 0;
      case "MultiPoint", "LineString" -> 1;
      case "MultiLineString", "Polygon" -> 2;
      default -> 3;
    };
    if (!walk(coordinates, depth, type, points, mistakes)) {
      points.add(null);
    }
    return type;
  }

  /** Walks nested arrays down to positions; for polygons only each outer ring counts. */
  private static boolean walk(Node node, int depth, String type, List<Position> points, Mistakes mistakes) {
    if (depth == 0) {
      if (node instanceof Arr empty && empty.items().isEmpty()) {
        return true; // an empty Point, as some tools write one: no place
      }
      Position p = position(node, mistakes);
      if (p == null) {
        return false;
      }
      points.add(p);
      return true;
    }
    if (!(node instanceof Arr a)) {
      mistakes.error(node.line(), node.column(), "the coordinates of a " + type + " are " + nesting(depth)
          + ", found " + node.kind());
      return false;
    }
    boolean polygon = (type.equals("Polygon") || type.equals("MultiPolygon")) && depth == 2;
    if (polygon) {
      if (a.items().isEmpty()) {
        return true;
      }
      int before = points.size();
      boolean ok = walk(a.items().get(0), 1, type, points, mistakes);
      if (ok && points.size() - before > 1) {
        Position first = points.get(before);
        Position last = points.get(points.size() - 1);
        if (first.lat() == last.lat() && first.lon() == last.lon()) {
          points.remove(points.size() - 1); // a ring's closing vertex repeats its first
        }
      }
      return ok;
    }
    boolean ok = true;
    for (Node item : a.items()) {
      ok &= walk(item, depth - 1, type, points, mistakes);
    }
    return ok;
  }

  private static String nesting(int depth) {
    return switch (depth) {
      case 1 -> "an array of positions";
      case 2 -> "an array of arrays of positions";
      default -> "an array of arrays of arrays of positions";
    };
  }

  /** A {@code [longitude, latitude]} position, checked; null when it is not one (reported). */
  static Position position(Node node, Mistakes mistakes) {
    if (!(node instanceof Arr a) || a.items().size() < 2 || !(a.items().get(0) instanceof Num lonNode)
        || !(a.items().get(1) instanceof Num latNode)) {
      mistakes.error(node.line(), node.column(), "a position is [longitude, latitude] (two numbers), found "
          + (node instanceof Arr a2 ? "[" + shortList(a2) + "]" : node.kind()));
      return null;
    }
    double lon = lonNode.value();
    double lat = latNode.value();
    Optional<String> problem = DatasetAssembler.coordinateProblem(lat, lon);
    if (problem.isPresent()) {
      String written = "[" + lonNode.written() + ", " + latNode.written() + "]";
      String which = lat < -90 || lat > 90 ? "the second number of " + written + ", the latitude"
          : "the first number of " + written + ", the longitude";
      String swapped = (lat < -90 || lat > 90) && Math.abs(lon) <= 90
          ? "; GeoJSON writes [longitude, latitude]: are the two swapped?" : "";
      Num wrong = lat < -90 || lat > 90 ? latNode : lonNode;
      mistakes.error(wrong.line(), wrong.column(), problem.get() + " (" + which + ")" + swapped);
      return null;
    }
    return new Position(lat, lon, node.line(), node.column());
  }

  private static String shortList(Arr a) {
    String shown = Json.shown(a);
    return Json.shortened(shown.substring(1, shown.length() - 1));
  }

  private static Position mean(List<Position> points) {
    double minLon = Double.MAX_VALUE;
    double maxLon = -Double.MAX_VALUE;
    for (Position p : points) {
      minLon = Math.min(minLon, p.lon());
      maxLon = Math.max(maxLon, p.lon());
    }
    boolean acrossAntimeridian = maxLon - minLon > 180;
    double lat = 0;
    double lon = 0;
    for (Position p : points) {
      lat += p.lat();
      lon += acrossAntimeridian && p.lon() < 0 ? p.lon() + 360 : p.lon();
    }
    lat /= points.size();
    lon /= points.size();
    if (lon > 180) {
      lon -= 360;
    }
    Position first = points.get(0);
    return new Position(lat, lon, first.line(), first.column());
  }
}
