package org.eventmap.io.geojson;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;
import org.eventmap.geo.ZoneLookup;
import org.eventmap.io.EventFormat;
import org.eventmap.io.FileHead;
import org.eventmap.io.LoadResult;
import org.eventmap.io.ProgressListener;
import org.eventmap.io.ReadOptions;

/**
 * GeoJSON (RFC 7946) as people write it: a FeatureCollection, or a single Feature.
 *
 * <p><b>Places.</b> A Point is the event's place. A MultiPoint gives one event per point (ids {@code
 * ID#1}, {@code ID#2}, ...), since each point is somewhere the thing happened; with a {@code times}
 * array as long as its points, each point has its own time. A LineString whose {@code times} or {@code
 * coordTimes} property has a time per vertex is a journey: one event per vertex, all tagged {@code
 * trip:<title>} (our format's journey convention), titled "TITLE (2 of 5)". Any other geometry
 * (LineString without times, Polygon, Multi*, GeometryCollection) is shown at the mean of its vertices and
 * marked approximate in place. A third coordinate (the USGS feed's depth) is ignored. The place's name
 * is the {@code place}, {@code location}, {@code toponym}, {@code address} or {@code locality} property,
 * else its coordinates; its zone comes from the {@link ZoneLookup}.
 *
 * <p><b>Times.</b> The start is the first of {@code start}, {@code begin}, then of {@code time},
 * {@code datetime}, {@code date}, {@code timestamp}, {@code when} (names matched ignoring case); the end is
 * {@code end} (a feature with only an end is shown when it ended). Without any of those, a {@code times}
 * array gives the first and last time. A GeoJSON-T or Linked Places {@code "when": {"timespans": [...]}}
 * on the feature or in its
 * properties counts too. Texts are ISO 8601 at their own precision, with signed years ({@code -0030});
 * numbers from -9999 to 9999 are years and numbers of at least 10^11 are milliseconds since 1970, kept at
 * the offset of the USGS feed's {@code tz} (minutes) when there is one; numbers in between (seconds since
 * 1970? a compact date?) are refused with a message, never guessed ({@link GeoJsonTimes}).
 *
 * <p><b>Other fields.</b> The title is the first of {@code title}, {@code name}, {@code place}, {@code
 * label} (then the feature's own {@code title}, {@code name} or {@code label}, then its id); the summary
 * {@code description}, {@code notes} or {@code summary}; the category {@code category}, {@code type},
 * {@code event_type} or {@code kind} ("Uncategorised" without one). The feature's {@code id} is the
 * event's id. Every other property that is not null is an attribute shown in the detail pane.
 *
 * <p>A file whose {@code crs} (GeoJSON before RFC 7946, and QGIS) names a system other than longitude and
 * latitude (CRS84, EPSG:4326) is refused with one message saying so, rather than one per feature.
 *
 * <p>A feature without a geometry (null, missing, or empty) or without any time is kept, as an event
 * without a place or without a date; one warning per kind says how many, at the first of them.
 *
 * <p><b>JSONP.</b> A file wrapped in a script call ({@code eqfeed_callback({...});}) is unwrapped, with a
 * warning naming the call; the call is never run.
 */
public final class GeoJsonFormat implements EventFormat {
  private static final JsonFactory HEAD_PARSERS = new JsonFactory();
  private static final Pattern OUR_FORMAT = Pattern.compile("\"format\"\\s*:\\s*\"eventmap/");

  private final ZoneLookup zones;

  public GeoJsonFormat() {
    this(ZoneLookup.NONE);
  }

  public GeoJsonFormat(ZoneLookup zones) {
    this.zones = Objects.requireNonNull(zones, "zones");
  }

  @Override
  public String name() {
    return "geojson";
  }

  @Override
  public String description() {
    return "GeoJSON";
  }

  @Override
  public List<String> extensions() {
    return List.of("geojson", "json");
  }

  /**
   * Certain when the top object's {@code "type"} is FeatureCollection or Feature; plausible for a bare
   * array of Features, a top object with {@code "features"} but no type in the head, a bare geometry, and
   * any JSONP call; not ours when the head shows our own format or another {@code "type"}.
   */
  @Override
  public int recognise(FileHead head) {
    String text = head.text();
    Jsonp.Call call = Jsonp.find(text);
    String json = call == null ? text.stripLeading() : text.substring(call.to());
    if (json.isEmpty() || json.charAt(0) != '{' && json.charAt(0) != '[') {
      return NOT_MINE;
    }
    if (OUR_FORMAT.matcher(json).find()) {
      return NOT_MINE;
    }
    int seen = topType(json);
    return call != null ? PLAUSIBLE : seen;
  }

  /** How sure the top of this JSON text makes us; the text may stop anywhere. */
  private static int topType(String json) {
    try (JsonParser parser = HEAD_PARSERS.createParser(json)) {
      JsonToken first = parser.nextToken();
      if (first == JsonToken.START_ARRAY) {
        if (parser.nextToken() != JsonToken.START_OBJECT) {
          return NOT_MINE;
        }
        return topType(parser) == CERTAIN ? PLAUSIBLE : NOT_MINE;
      }
      return first == JsonToken.START_OBJECT ? topType(parser) : NOT_MINE;
    } catch (IOException e) {
      return NOT_MINE;
    }
  }

  /** Reads members of the object the parser is in until its type tells (or the head ends). */
  private static int topType(JsonParser parser) throws IOException {
    boolean features = false;
    try {
      while (parser.nextToken() == JsonToken.FIELD_NAME) {
        String name = parser.currentName();
        JsonToken value = parser.nextToken();
        if (name.equals("type") && value == JsonToken.VALUE_STRING) {
          String type = parser.getText();
          if (type.equals("FeatureCollection") || type.equals("Feature")) {
            return CERTAIN;
          }
          return Geometry.isGeometryType(type) ? PLAUSIBLE : NOT_MINE;
        }
        features |= name.equals("features") && value == JsonToken.START_ARRAY;
        parser.skipChildren();
      }
    } catch (IOException e) {
      // The head ends inside a member: what was seen so far decides.
    }
    return features ? PLAUSIBLE : NOT_MINE;
  }

  @Override
  public LoadResult read(Path file, ReadOptions options, ProgressListener listener) {
    return GeoJsonReader.read(file, zones, listener);
  }
}
