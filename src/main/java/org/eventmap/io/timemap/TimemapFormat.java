package org.eventmap.io.timemap;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.eventmap.geo.ZoneLookup;
import org.eventmap.io.EventFormat;
import org.eventmap.io.FileHead;
import org.eventmap.io.LoadResult;
import org.eventmap.io.ProgressListener;
import org.eventmap.io.ReadOptions;

/**
 * The events of a Forensic Architecture timemap, or of Bellingcat's fork of it, as its server exports them:
 * a JSON array of {@code {id, date, time, latitude, longitude, location, description, sources, filters,
 * category}} (the shape of timemap's event schema and of its documentation).
 *
 * <p>{@code date} is M/D/YYYY (month first, as timemap's {@code DATE_FMT} writes it; ISO 8601 is read too)
 * and {@code time} HH:MM: together a local time at the place, whose zone comes from its coordinates; a date
 * alone is a day. {@code latitude} or {@code lat}, {@code longitude} or {@code long} are numbers or texts;
 * {@code location} names the place. {@code description} (or {@code desc}) is the summary, and the title
 * when there is no {@code title} (its first line). {@code sources} are source ids, addresses or source
 * objects ({@code id, title, url, paths, author}); {@code filters} or {@code associations} are tags;
 * {@code category} the category ("Uncategorised" without one). Every other member with a value is an
 * attribute. A repeated id is a warning: both events are kept, the second as {@code ID~2}.
 */
public final class TimemapFormat implements EventFormat {
  private static final JsonFactory HEAD_PARSERS = new JsonFactory();
  /** Members only a timemap event has among the JSON arrays people open. */
  private static final Set<String> TIMEMAP_MARKS = Set.of("sources", "associations", "filters", "desc",
      "time_display", "time_precision", "category_full", "narrative___stepStyles");

  private final ZoneLookup zones;

  public TimemapFormat(ZoneLookup zones) {
    this.zones = Objects.requireNonNull(zones, "zones");
  }

  @Override
  public String name() {
    return "timemap";
  }

  @Override
  public String description() {
    return "Forensic Architecture or Bellingcat timemap export (JSON)";
  }

  @Override
  public List<String> extensions() {
    return List.of("json");
  }

  /**
   * A top-level array whose first object has {@code date} and a latitude and a longitude: certain when the
   * date is written M/D/YYYY or a member only timemap writes is there, plausible otherwise.
   */
  @Override
  public int recognise(FileHead head) {
    String text = head.textFromFirstNonBlank();
    if (text.isEmpty() || text.charAt(0) != '[') {
      return NOT_MINE;
    }
    Set<String> names = new HashSet<>();
    String date = null;
    try (JsonParser parser = HEAD_PARSERS.createParser(text)) {
      parser.nextToken();
      if (parser.nextToken() != JsonToken.START_OBJECT) {
        return NOT_MINE;
      }
      while (parser.nextToken() == JsonToken.FIELD_NAME) {
        String name = parser.currentName();
        JsonToken value = parser.nextToken();
        names.add(name);
        if (name.equals("date") && value == JsonToken.VALUE_STRING) {
          date = parser.getText();
        }
        if (name.equals("type") && value == JsonToken.VALUE_STRING && parser.getText().equals("Feature")) {
          return NOT_MINE; // GeoJSON's features in a bare array
        }
        parser.skipChildren();
      }
    } catch (IOException e) {
      // The head ends inside the first event: what was seen decides.
    }
    boolean located = names.stream().anyMatch(TimemapReader.LATITUDE::contains)
        && names.stream().anyMatch(TimemapReader.LONGITUDE::contains);
    if (!names.contains("date") || !located) {
      return NOT_MINE;
    }
    boolean timemapDate = date != null && date.strip().matches("\\d{1,2}/\\d{1,2}/\\d{4}");
    return timemapDate || names.stream().anyMatch(TIMEMAP_MARKS::contains) ? CERTAIN : PLAUSIBLE;
  }

  @Override
  public LoadResult read(Path file, ReadOptions options, ProgressListener listener) {
    return TimemapReader.read(file, zones, listener);
  }
}
