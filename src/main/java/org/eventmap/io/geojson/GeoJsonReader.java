package org.eventmap.io.geojson;

import org.eventmap.io.JsonLimits;
import org.eventmap.io.LocatedJson;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadFeature;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.eventmap.domain.Approximation;
import org.eventmap.domain.Attribute;
import org.eventmap.domain.Category;
import org.eventmap.domain.Event;
import org.eventmap.domain.Place;
import org.eventmap.domain.TimePoint;
import org.eventmap.geo.ZoneLookup;
import org.eventmap.io.CharacterColumns;
import org.eventmap.io.DatasetAssembler;
import org.eventmap.io.FileHead;
import org.eventmap.io.LoadResult;
import org.eventmap.io.Problem;
import org.eventmap.io.ProgressInputStream;
import org.eventmap.io.ProgressListener;
import org.eventmap.io.geojson.Geometry.Position;
import org.eventmap.io.geojson.Geometry.Shape;
import org.eventmap.io.LocatedJson.Arr;
import org.eventmap.io.LocatedJson.Member;
import org.eventmap.io.LocatedJson.Nil;
import org.eventmap.io.LocatedJson.Node;
import org.eventmap.io.LocatedJson.Num;
import org.eventmap.io.LocatedJson.Obj;
import org.eventmap.io.LocatedJson.Text;

/**
 * Reads one GeoJSON file feature by feature with Jackson's streaming parser: only the feature being read
 * is ever a tree, so a file of a hundred thousand features does not become one. See {@link GeoJsonFormat}
 * for what becomes of each part of a feature.
 */
final class GeoJsonReader {
  private static final JsonFactory PARSERS =
      JsonFactory.builder().enable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION).build();

  /** Past this many errors (or warnings) per file, only their number is told: nobody reads a thousand. */
  static final int MOST_TOLD = 100;

  static final List<String> TITLE = List.of("title", "name", "place", "label");
  static final List<String> FEATURE_TITLE = List.of("title", "name", "label");
  static final List<String> SUMMARY = List.of("description", "notes", "summary");
  static final List<String> CATEGORY = List.of("category", "type", "event_type", "kind");
  static final List<String> PLACE_NAME = List.of("place", "location", "toponym", "address", "locality");
  static final List<String> START = List.of("start", "begin");
  static final List<String> END = List.of("end");
  static final List<String> TIME = List.of("time", "datetime", "date", "timestamp", "when");
  static final List<String> TIMES = List.of("times", "coordtimes");
  static final List<String> TZ = List.of("tz");
  static final List<String> WHEN = List.of("when");
  static final List<String> ID = List.of("id");
  static final String NO_CATEGORY = "Uncategorised";

  private final String file;
  private final DatasetAssembler assembler;
  private final List<Problem> problems = new ArrayList<>();
  private int errors;
  private int warnings;
  private int features;
  private int withoutPlace;
  private int withoutTime;
  private Obj firstWithoutPlace;
  private Obj firstWithoutTime;
  /** The coordinate system the file names when it is not longitude and latitude; null otherwise. */
  private String otherCrs;
  /** Times written without a time of day, by their text. */
  private final Map<String, TimePoint> days = new HashMap<>();
  /** Per property name, its values as attributes shared between features. */
  private final Map<String, AttributeValues> attributeValues = new HashMap<>();

  private GeoJsonReader(String file, ZoneLookup zones) {
    this.file = file;
    this.assembler = new DatasetAssembler(zones);
  }

  static LoadResult read(Path path, ZoneLookup zones, ProgressListener listener) {
    String name = path.toString();
    try {
      if (Files.isDirectory(path)) {
        return LoadResult.failure(name, "is a folder, not a file");
      }
      long size = Files.size(path);
      if (size == 0) {
        return LoadResult.failure(name, "the file is empty");
      }
      Jsonp.Call call;
      try (InputStream in = Files.newInputStream(path)) {
        call = Jsonp.find(new String(in.readNBytes(FileHead.BYTES), StandardCharsets.UTF_8));
      }
      try (InputStream in = Files.newInputStream(path)) {
        InputStream counted = new ProgressInputStream(in, size, listener);
        LoadResult result = new GeoJsonReader(name, zones).readAll(call == null ? counted : Jsonp.blanked(counted, call),
            call);
        return CharacterColumns.counted(path, result);
      }
    } catch (NoSuchFileException e) {
      return LoadResult.failure(name, "no such file");
    } catch (ProgressInputStream.Cancelled e) {
      return LoadResult.cancelled(name);
    } catch (IOException e) {
      return LoadResult.failure(name, "cannot be read: " + e.getMessage());
    }
  }


  private LoadResult readAll(InputStream in, Jsonp.Call call) throws ProgressInputStream.Cancelled {
    String title = null;
    String description = null;
    JsonParser opened = null;
    try (JsonParser parser = JsonLimits.locating(PARSERS.createParser(in))) {
      opened = parser;
      if (call != null) {
        warning(1, call.from() + 1, "the file is JSONP, GeoJSON wrapped in a call to " + call.name()
            + "(...) for a web page: the GeoJSON inside is read, the call is never run");
      }
      JsonToken first = parser.nextToken();
      if (first == null) {
        error(1, 1, call == null ? "the file holds no JSON, only blanks" : "the JSONP call holds no GeoJSON");
        return result(null, null);
      }
      if (first == JsonToken.START_ARRAY) {
        warning(line(parser.currentTokenLocation()), column(parser.currentTokenLocation()),
            "the file is a bare array, not a FeatureCollection: its members are read as features");
        readFeatures(parser);
      } else if (first != JsonToken.START_OBJECT) {
        Node value = LocatedJson.read(parser);
        error(value.line(), value.column(), "is not GeoJSON: a GeoJSON file is an object "
            + "(a FeatureCollection or a Feature), this one is " + value.kind());
        return result(null, null);
      } else {
        Obj top = readTop(parser);
        title = text(top, List.of("name", "title"));
        Member about = top.firstOf(List.of("metadata", "attributes", "properties"));
        Node metadata = about == null ? null : about.value();
        if (title == null && metadata instanceof Obj m) {
          title = text(m, List.of("title", "name"));
        }
        description = text(top, List.of("description"));
        if (description == null && metadata instanceof Obj m) {
          description = text(m, List.of("description"));
        }
      }
      checkEnd(parser, in, call);
    } catch (ProgressInputStream.Cancelled e) {
      throw e;
    } catch (JsonProcessingException e) {
      JsonLocation at = JsonLimits.where(e, opened);
      error(at == null ? 1 : line(at), at == null ? 1 : column(at),
          JsonLimits.limitPassed(e).orElseGet(() -> brokenJson(e.getOriginalMessage())));
    } catch (IOException e) {
      error(1, 1, "cannot be read: " + e.getMessage());
    } catch (RuntimeException e) {
      // A bug of ours, not the person's mistake: still a message, not a crash, and nothing replaced.
      error(1, 1, "could not be read because of an error in Eventmap (" + e + "); please report it");
    }
    return result(title, description);
  }

  private static String brokenJson(String message) {
    String plain = message.replaceAll("\\[Source: [^\\]]*?; line: (\\d+), column: (\\d+)\\]", "line $1, column $2")
        .replaceAll("\\s*\\n\\s*", " ");
    if (plain.startsWith("Invalid UTF-8")) {
      return "the text is not UTF-8, as GeoJSON must be (RFC 7946): " + plain;
    }
    if (plain.startsWith("Unexpected end-of-input")) {
      return "the file ends in the middle of the JSON (is it cut short?): " + plain;
    }
    return "broken JSON: " + plain;
  }

  /** After the top value: nothing but blanks, or, for JSONP, the call's closing parenthesis. */
  private void checkEnd(JsonParser parser, InputStream in, Jsonp.Call call) throws IOException {
    JsonLocation end = parser.currentLocation();
    if (call == null) {
      JsonToken more = parser.nextToken();
      if (more != null) {
        JsonLocation at = parser.currentTokenLocation();
        error(line(at), column(at), "more JSON follows the GeoJSON, which must be one value");
      }
      return;
    }
    ByteArrayOutputStream rest = new ByteArrayOutputStream();
    parser.releaseBuffered(rest);
    rest.write(in.readNBytes(4096));
    if (in.read() >= 0 || !Jsonp.closes(rest.toString(StandardCharsets.UTF_8))) {
      error(line(end), column(end), "the JSONP call " + call.name() + "( is not closed by ')' after the GeoJSON");
    }
  }

  /** Reads the top object; its features as they come, the rest as small trees. */
  private Obj readTop(JsonParser parser) throws IOException {
    JsonLocation at = parser.currentTokenLocation();
    Obj top = new Obj(line(at), column(at));
    boolean streamedFeatures = false;
    while (parser.nextToken() == JsonToken.FIELD_NAME) {
      String name = parser.currentName();
      JsonToken value = parser.nextToken();
      if (name.equals("features") && value == JsonToken.START_ARRAY) {
        streamedFeatures = true;
        readFeatures(parser);
      } else {
        Node member = LocatedJson.read(parser);
        top.add(name, member);
        if (name.equals("crs")) {
          checkCrs(member);
        }
      }
    }
    Node type = top.get("type");
    Node format = top.get("format");
    if (format instanceof Text f && f.text().startsWith("eventmap/")) {
      error(top.line(), top.column(), "is an Eventmap dataset (" + f.text() + "), not GeoJSON: open it without "
          + "--format geojson");
    } else if (type == null) {
      if (streamedFeatures) {
        warning(top.line(), top.column(), "the top object has no \"type\": read as a FeatureCollection");
      } else {
        error(top.line(), top.column(), "is not GeoJSON: its top object has no \"type\" (a GeoJSON file is a "
            + "FeatureCollection or a Feature)");
      }
    } else if (!(type instanceof Text t)) {
      error(type.line(), type.column(), "\"type\" is " + type.kind() + ", not FeatureCollection or Feature");
    } else if (t.text().equals("FeatureCollection")) {
      Node listed = top.get("features");
      if (listed != null && !streamedFeatures) {
        error(listed.line(), listed.column(), "\"features\" must be an array of Features, found " + listed.kind());
      } else if (!streamedFeatures) {
        warning(top.line(), top.column(), "the FeatureCollection has no \"features\"");
      }
    } else if (t.text().equals("Feature")) {
      feature(top);
    } else if (Geometry.isGeometryType(t.text())) {
      error(type.line(), type.column(), "the file is a bare " + t.text() + " geometry, not a Feature: with no "
          + "properties there is no name or time for an event (wrap it in a Feature)");
    } else {
      error(type.line(), type.column(), "is not GeoJSON: its \"type\" is \"" + t.text() + "\" (GeoJSON's is "
          + "FeatureCollection or Feature)");
    }
    return top;
  }

  /**
   * GeoJSON before RFC 7946 could name another coordinate system, and QGIS still writes one: its features'
   * numbers are then metres or the like, which no message per feature would explain.
   */
  private void checkCrs(Node crs) {
    if (!(crs instanceof Obj o) || !(o.get("properties") instanceof Obj p) || !(p.get("name") instanceof Text name)) {
      return;
    }
    String n = name.text().strip();
    boolean longitudeLatitude = n.endsWith("CRS84") || n.matches("(?i).*EPSG:+4326|.*EPSG:+4979|WGS ?84");
    if (!longitudeLatitude) {
      otherCrs = n;
      error(name.line(), name.column(), "the coordinates are in " + n + ", not in longitude and latitude (WGS 84): "
          + "export the file again in EPSG:4326 (QGIS: Export, Save Features As, CRS EPSG:4326)");
    }
  }

  private void readFeatures(JsonParser parser) throws IOException {
    while (parser.nextToken() != JsonToken.END_ARRAY) {
      Node node = LocatedJson.read(parser);
      if (node instanceof Obj o) {
        feature(o);
      } else {
        features++;
        error(node.line(), node.column(), "feature " + features + " is " + node.kind() + ", not a Feature object");
      }
    }
  }

  /** Maps one feature to its events (none, one, or one per point or stop). */
  private void feature(Obj feature) {
    features++;
    if (otherCrs != null) {
      return; // said once for the whole file
    }
    Node type = feature.get("type");
    if (type != null && !(type instanceof Text t && t.text().equals("Feature"))) {
      error(feature.line(), feature.column(), "feature " + features + " has the \"type\" "
          + (type instanceof Text t2 ? "\"" + t2.text() + "\"" : type.kind()) + ", not \"Feature\"");
      return;
    }
    Obj properties;
    Node p = feature.get("properties");
    if (p == null || p instanceof Nil) {
      properties = new Obj(feature.line(), feature.column());
    } else if (p instanceof Obj o) {
      properties = o;
    } else {
      error(p.line(), p.column(), "\"properties\" must be an object or null, found " + p.kind());
      return;
    }
    boolean[] used = new boolean[properties.size()];
    int errorsBefore = errors;

    Shape shape = null;
    Node g = feature.get("geometry");
    if (g instanceof Obj geometry) {
      shape = Geometry.read(geometry, this::error);
    } else if (g != null && !(g instanceof Nil)) {
      error(g.line(), g.column(), "\"geometry\" must be an object or null, found " + g.kind());
    }
    if (errors > errorsBefore) {
      return;
    }

    String id = idOf(feature, properties, used);
    String title = orElse(take(properties, TITLE, used), text(feature, FEATURE_TITLE));
    String placeName = take(properties, PLACE_NAME, used);
    String summary = orElse(take(properties, SUMMARY, used), "");
    String categoryName = orElse(take(properties, CATEGORY, used), NO_CATEGORY);
    Integer offsetMinutes = null;
    Member tz = properties.firstOf(TZ);
    if (tz != null && GeoJsonTimes.isOffsetMinutes(tz.value())) {
      offsetMinutes = (int) ((Num) tz.value()).value();
      used[tz.index()] = true;
    }

    TimePoint start = time(properties, START, offsetMinutes, used);
    if (start == null) {
      start = time(properties, TIME, offsetMinutes, used);
    }
    TimePoint end = time(properties, END, offsetMinutes, used);
    Member propertiesWhen = properties.firstOf(WHEN);
    if (end == null && propertiesWhen != null && used[propertiesWhen.index()]
        && propertiesWhen.value() instanceof Obj w) {
      end = timespan(w, offsetMinutes, false)[1];
    }
    Node featureWhen = feature.get("when");
    if (start == null && featureWhen instanceof Obj when) {
      TimePoint[] span = timespan(when, offsetMinutes, true);
      start = span[0];
      end = end != null ? end : span[1];
    }
    Member timesEntry = properties.firstOf(TIMES);
    List<TimePoint> times = null;
    if (timesEntry != null && timesEntry.value() instanceof Arr timesArray) {
      used[timesEntry.index()] = true;
      times = timeList(timesArray, offsetMinutes);
    }
    if (errors > errorsBefore) {
      return;
    }
    if (id == null) {
      id = assembler.uniqueId(Optional.empty(), "line-" + feature.line());
    } else {
      id = assembler.uniqueId(Optional.of(id), "line-" + feature.line());
    }
    if (title == null) {
      title = id;
    }
    List<Attribute> attributes = attributes(properties, used);
    Category category = assembler.category(categoryName);
    List<Position> points = shape == null ? List.of() : shape.points();
    boolean multiPoint = shape != null && shape.type().equals("MultiPoint") && points.size() > 1;
    boolean timePerPoint = times != null && times.size() == points.size() && points.size() > 1;
    boolean journey = shape != null && shape.type().equals("LineString") && timePerPoint;
    if (times != null && !timePerPoint) {
      if (shape != null && shape.type().equals("LineString") && times.size() > 1) {
        warning(timesEntry.value().line(), timesEntry.value().column(), "\"" + timesEntry.name() + "\" has "
            + times.size() + " times for the LineString's " + points.size() + " vertices: not read as a journey");
      }
      if (start == null && !times.isEmpty()) {
        start = times.get(0);
        end = end != null ? end : times.get(times.size() - 1);
      }
    }
    if (start == null && end != null) {
      start = end; // "until 1530" is shown when it ended rather than not at all
      end = null;
    }
    if (!multiPoint && !journey) {
      Position at = shape == null ? null : shape.representative();
      Approximation approximate = shape != null && shape.approximate()
          ? new Approximation(false, true, "a " + shape.type() + " shown at the mean of its vertices") : null;
      add(feature, id, title, start, end, at, placeName, category, summary, List.of(), approximate, attributes);
      return;
    }
    List<String> tags = journey ? List.of("trip:" + title) : List.of();
    for (int i = 0; i < points.size(); i++) {
      String pointId = assembler.uniqueId(Optional.of(id + "#" + (i + 1)), "line-" + feature.line());
      String pointTitle = title + " (" + (i + 1) + " of " + points.size() + ")";
      add(feature, pointId, pointTitle, timePerPoint ? times.get(i) : start, timePerPoint ? null : end, points.get(i),
          placeName, category, summary, tags, null, attributes);
    }
  }

  private void add(Obj feature, String id, String title, TimePoint start, TimePoint end, Position at, String placeName,
      Category category, String summary, List<String> tags, Approximation approximate, List<Attribute> attributes) {
    if (at == null && withoutPlace++ == 0) {
      firstWithoutPlace = feature;
    }
    if (start == null && withoutTime++ == 0) {
      firstWithoutTime = feature;
    }
    Place place = at == null ? null : assembler.place(at.lat(), at.lon(), Optional.ofNullable(placeName));
    Event.Builder event = Event.builder(id, title).start(start).place(place).category(category).summary(summary)
        .tags(tags).attributes(attributes);
    if (end != null && !end.equals(start)) {
      event.end(end);
    }
    if (approximate != null) {
      event.approximate(approximate);
    }
    try {
      assembler.add(event.build());
    } catch (IllegalArgumentException e) {
      error(feature.line(), feature.column(), "the feature \"" + Json.shortened(title) + "\" ends before it starts ("
          + e.getMessage() + ")");
    }
  }

  private String idOf(Obj feature, Obj properties, boolean[] used) {
    Node id = feature.get("id");
    if (id == null || id instanceof Nil) {
      Member own = properties.firstOf(ID);
      if (own == null || own.value() instanceof Nil) {
        return null;
      }
      used[own.index()] = true;
      id = own.value();
    }
    String shown = Json.shown(id).strip();
    return shown.isEmpty() ? null : shown;
  }

  /** The first of these properties as text (marked used), or null when none has a value. */
  private static String take(Obj properties, List<String> names, boolean[] used) {
    Member m = properties.firstOf(names);
    if (m == null || m.value() instanceof Nil) {
      return null;
    }
    String shown = Json.shown(m.value()).strip();
    if (shown.isEmpty()) {
      return null;
    }
    used[m.index()] = true;
    return shown;
  }

  private static String text(Obj object, List<String> names) {
    return take(object, names, new boolean[object.size()]);
  }

  private static String orElse(String value, String otherwise) {
    return value != null ? value : otherwise;
  }

  /** The first of these time properties that has a value; a bad one is reported where it is written. */
  private TimePoint time(Obj properties, List<String> names, Integer offsetMinutes, boolean[] used) {
    Member m = properties.firstOf(names);
    if (m == null || m.value() instanceof Nil) {
      return null;
    }
    used[m.index()] = true;
    if (m.value() instanceof Obj when) { // GeoJSON-T and Linked Places write "when" as an object
      return timespan(when, offsetMinutes, true)[0];
    }
    return time(m.name(), m.value(), offsetMinutes);
  }

  private TimePoint time(String name, Node value, Integer offsetMinutes) {
    try {
      if (value instanceof Text t && t.text().length() <= 10 && days.size() < 100_000) {
        // Days and years repeat from feature to feature: one shared (immutable) time each.
        TimePoint known = days.get(t.text());
        if (known == null) {
          known = GeoJsonTimes.parse(value, offsetMinutes);
          if (known != null) {
            days.put(t.text(), known);
          }
        }
        return known;
      }
      return GeoJsonTimes.parse(value, offsetMinutes);
    } catch (IllegalArgumentException e) {
      error(value.line(), value.column(), "\"" + name + "\": " + e.getMessage());
      return null;
    }
  }

  private List<TimePoint> timeList(Arr times, Integer offsetMinutes) {
    List<TimePoint> list = new ArrayList<>(times.items().size());
    for (Node item : times.items()) {
      list.add(time("times", item, offsetMinutes));
    }
    return list;
  }

  /**
   * The start and end of a GeoJSON-T or Linked Places {@code "when"}: {@code {"timespans": [{"start": ..., "end":
   * ...}]}} (the first span's start, the last one's end), the start and end written as a time or as an object
   * with {@code in}, {@code earliest} or {@code latest}.
   */
  private TimePoint[] timespan(Obj when, Integer offsetMinutes, boolean withStart) {
    Obj first = when;
    Obj last = when;
    if (when.get("timespans") instanceof Arr spans && !spans.items().isEmpty()
        && spans.items().get(0) instanceof Obj f && spans.items().get(spans.items().size() - 1) instanceof Obj l) {
      first = f;
      last = l;
    }
    return new TimePoint[] {withStart ? bound(first.get("start"), "earliest", offsetMinutes) : null,
        bound(last.get("end"), "latest", offsetMinutes)};
  }

  private TimePoint bound(Node value, String outer, Integer offsetMinutes) {
    if (value instanceof Obj o) {
      Node in = o.get("in") != null ? o.get("in") : o.get(outer);
      return in == null ? null : time(outer, in, offsetMinutes);
    }
    return value == null || value instanceof Nil ? null : time("when", value, offsetMinutes);
  }

  /** Every property not read into a field, as the file wrote it; nulls say nothing and are left out. */
  private List<Attribute> attributes(Obj properties, boolean[] used) {
    List<Attribute> attributes = new ArrayList<>(properties.size());
    for (int i = 0; i < properties.size(); i++) {
      Node value = properties.value(i);
      if (used[i] || value instanceof Nil) {
        continue;
      }
      attributes.add(valuesOf(properties.name(i)).attribute(Json.shown(value)));
    }
    return attributes;
  }

  private AttributeValues valuesOf(String name) {
    AttributeValues values = attributeValues.get(name);
    if (values == null) {
      values = new AttributeValues(name);
      attributeValues.put(name, values);
    }
    return values;
  }

  /**
   * One property's values, shared between the features that repeat them ({@code "status": "reviewed"} in
   * every feature of a feed costs one attribute, not a hundred thousand). A property whose values are
   * mostly different (an address, a code) soon stops being looked up, so that it costs no map.
   */
  private static final class AttributeValues {
    private static final int TRIAL = 512;
    private final String name;
    private Map<String, Attribute> shared = new HashMap<>();
    private int asked;
    private int found;

    AttributeValues(String name) {
      this.name = name;
    }

    Attribute attribute(String value) {
      if (shared == null || value.length() > 64) {
        return new Attribute(name, value);
      }
      asked++;
      Attribute known = shared.get(value);
      if (known != null) {
        found++;
        return known;
      }
      if (asked >= TRIAL && found < asked / 2 || shared.size() >= 50_000) {
        shared = found < asked / 2 ? null : shared; // a full map of values that repeat is still worth keeping
        return new Attribute(name, value);
      }
      Attribute made = new Attribute(name, value);
      shared.put(value, made);
      return made;
    }
  }

  private LoadResult result(String title, String description) {
    if (errors > MOST_TOLD) {
      problems.add(new Problem(Problem.Severity.ERROR, file, 1, 1, "and " + (errors - MOST_TOLD) + " more errors"));
    }
    if (warnings > MOST_TOLD) {
      problems.add(new Problem(Problem.Severity.WARNING, file, 1, 1, "and " + (warnings - MOST_TOLD)
          + " more warnings"));
    }
    if (errors > 0) {
      return new LoadResult(file, Optional.empty(), problems);
    }
    if (withoutPlace > 0) {
      problems.add(new Problem(Problem.Severity.WARNING, file, firstWithoutPlace.line(), firstWithoutPlace.column(),
          counted(withoutPlace, "no geometry") + ": on the timeline and in the list, not on the map"));
    }
    if (withoutTime > 0) {
      problems.add(new Problem(Problem.Severity.WARNING, file, firstWithoutTime.line(), firstWithoutTime.column(),
          counted(withoutTime, "no time") + " (none of " + String.join(", ", START) + ", " + String.join(", ", TIME)
              + ", times in the properties): on the map at every date and in the list"));
    }
    if (assembler.placesWithoutZone() > 0) {
      problems.add(new Problem(Problem.Severity.WARNING, file, 1, 1, assembler.placesWithoutZone()
          + " places have no known time zone: their days are counted in UTC"));
    }
    String shownTitle = title != null ? title : fileTitle();
    return new LoadResult(file, Optional.of(assembler.build(shownTitle, Optional.ofNullable(description))), problems);
  }

  private static String counted(int n, String lacking) {
    return n == 1 ? "this feature has " + lacking + ", kept" : n + " features have " + lacking
        + " (this is the first), kept";
  }

  private String fileTitle() {
    String name = Path.of(file).getFileName() == null ? file : Path.of(file).getFileName().toString();
    int dot = name.lastIndexOf('.');
    return dot > 0 ? name.substring(0, dot) : name;
  }

  private void error(int line, int column, String message) {
    if (++errors <= MOST_TOLD) {
      problems.add(new Problem(Problem.Severity.ERROR, file, line, column, message));
    }
  }

  private void warning(int line, int column, String message) {
    if (++warnings <= MOST_TOLD) {
      problems.add(new Problem(Problem.Severity.WARNING, file, line, column, message));
    }
  }

  private static int line(JsonLocation at) {
    return Math.max(1, at.getLineNr());
  }

  private static int column(JsonLocation at) {
    return Math.max(1, at.getColumnNr());
  }
}
