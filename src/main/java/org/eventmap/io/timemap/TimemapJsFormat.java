package org.eventmap.io.timemap;

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
 * Data for Nick Rabinowitz's timemap.js, as its documentation (JsonFormat) and examples write it: items
 * {@code {"title", "start", "end", "point": {"lat", "lon"}, "options": {"description"}}}, or with a
 * {@code "polyline"} or {@code "polygon"} (an array of {@code {"lat", "lon"}}) instead of the point.
 *
 * <p><b>Where the items are.</b> A top-level array of items (what its {@code json_string} loader reads); an
 * object with {@code "items"}; or the {@code datasets} of a {@code TimeMap.init} call written as JSON, each
 * with its items in {@code data.value} (timemap.js 1) or {@code options.items} (2.0), its {@code title} the
 * items' category. A JSONP call around it ({@code callback([...])}, what its {@code jsonp} loader fetches) is
 * read through with a warning, never run.
 *
 * <p><b>Items.</b> {@code start} and {@code end} are ISO 8601 at their own precision (a number is a year);
 * {@code options.description} (else {@code options.infoHtml}) is the summary, HTML kept as written and
 * shown as text; the other options with a value are attributes. A polyline or polygon has one start and end
 * for the whole line, no time per vertex, so it is not a journey: it is shown at the mean of its vertices,
 * marked approximate in place (as a GeoJSON LineString without times is). An item without a point, polyline
 * or polygon has no place; one without a start has no date.
 */
public final class TimemapJsFormat implements EventFormat {
  private static final Pattern POINT = Pattern.compile("\"point\"\\s*:\\s*\\{[^{}\\[\\]]*\"(lat|lon)\"");
  private static final Pattern LINE = Pattern.compile("\"(polyline|polygon)\"\\s*:\\s*\\[\\s*\\{[^{}]*\"lat\"");
  private static final Pattern START = Pattern.compile("\"start\"\\s*:");
  private static final Pattern OTHER_FORMATS =
      Pattern.compile("\"format\"\\s*:\\s*\"eventmap/|\"type\"\\s*:\\s*\"(Feature|FeatureCollection)\"|\"storymap\"\\s*:");

  private final ZoneLookup zones;

  public TimemapJsFormat(ZoneLookup zones) {
    this.zones = Objects.requireNonNull(zones, "zones");
  }

  @Override
  public String name() {
    return "timemapjs";
  }

  @Override
  public String description() {
    return "timemap.js data (JSON)";
  }

  @Override
  public List<String> extensions() {
    return List.of("json", "js");
  }

  /**
   * Certain when the head shows an item with a {@code "point": {"lat"...}} (or a polyline or polygon of such
   * points) and a {@code "start"}; plausible with the point alone; not ours for our own format, GeoJSON or
   * StoryMapJS.
   */
  @Override
  public int recognise(FileHead head) {
    String text = head.textFromFirstNonBlank();
    String[] call = JsonFileReading.call(text);
    String json = call == null ? text : text.substring(Integer.parseInt(call[1]));
    if (json.isEmpty() || json.charAt(0) != '[' && json.charAt(0) != '{') {
      return NOT_MINE;
    }
    if (OTHER_FORMATS.matcher(json).find()) {
      return NOT_MINE;
    }
    boolean shape = POINT.matcher(json).find() || LINE.matcher(json).find();
    if (!shape) {
      return NOT_MINE;
    }
    return START.matcher(json).find() ? CERTAIN : PLAUSIBLE;
  }

  @Override
  public LoadResult read(Path file, ReadOptions options, ProgressListener listener) {
    return TimemapJsReader.read(file, zones, listener);
  }
}
