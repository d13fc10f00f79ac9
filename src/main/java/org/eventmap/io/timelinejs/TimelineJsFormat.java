package org.eventmap.io.timelinejs;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import org.eventmap.geo.ZoneLookup;
import org.eventmap.io.EventFormat;
import org.eventmap.io.FileHead;
import org.eventmap.io.LoadResult;
import org.eventmap.io.ProgressListener;
import org.eventmap.io.ReadOptions;

/**
 * A Knight Lab TimelineJS timeline as JSON: TimelineJS 3 ({@code {"title", "events", "eras", "scale"}}) and
 * the legacy TimelineJS 2 ({@code {"timeline": {"headline", "text", "date": [...], "era": [...]}}}).
 *
 * <p><b>Slides.</b> Each of {@code events} is an event: {@code text.headline} its title (HTML read as
 * text), {@code text.text} its summary (HTML, shown as readable text), {@code group} its category (one
 * category, "Events", for slides without a group), {@code unique_id} its id (made unique; without one, the
 * slide's line), {@code media.url}, {@code media.caption} and {@code media.credit} the attributes Media,
 * Media caption and Media credit (a link, never fetched), {@code display_date} (of the slide, else of its
 * dates) the attribute "Date as written". A {@code location} block ({@code lat}, {@code lon}, {@code
 * name}), which TimelineJS itself ignores, is the event's place; without one the event has no place and
 * is kept, on the timeline and in the list. {@code background}, {@code autolink}, {@code type} and the
 * media's thumbnail are for TimelineJS's slides and are ignored.
 *
 * <p><b>Dates.</b> A date object's {@code year}, {@code month}, {@code day}, {@code hour}, {@code
 * minute}, {@code second}, {@code millisecond} are numbers or strings of digits ({@code "050"},
 * {@code "08"}, {@code "-0030"}); an empty string is a part not given. The precision is the most
 * specific part given; milliseconds are dropped. Years are astronomical, as TimelineJS computes them
 * with JavaScript dates: proleptic Gregorian, year 0 is 1 BC, {@code -30} is 31 BC (TimelineJS labels it
 * "30 BCE"). A time has no zone in TimelineJS (it shows it in the viewer's zone): it is a local time, in
 * the zone of the event's place, UTC without one. {@code format} is how TimelineJS formats the date for
 * display and is ignored. An {@code end_date} equal to the start is dropped, as TimelineJS does.
 *
 * <p><b>The rest.</b> The {@code title} slide gives the dataset's title and description; {@code eras}
 * are the dataset's eras (sorted by start, as TimelineJS draws them); {@code "scale": "cosmological"}
 * reads every date as its year, as TimelineJS does. A slide with no headline, text or media (TimelineJS
 * draws an empty marker, a trick to label a group's row) is not kept, with one warning; a display date
 * of only punctuation ({@code "."}) hides the date in TimelineJS and is not kept as written.
 *
 * <p><b>Problems.</b> A slide without a start date, a date part that is not a whole number, a month 13 or
 * a 31 February, an end before its start: errors where they are written. A year beyond what Eventmap can
 * place ({@link org.eventmap.domain.TimePoint#MIN_YEAR}) leaves that slide out with a warning; a timeline
 * with no event left is an error.
 */
public final class TimelineJsFormat implements EventFormat {
  private static final JsonFactory HEAD_PARSERS = new JsonFactory();
  /** How many of the first slides are looked at for a {@code start_date} before giving up. */
  private static final int SLIDES_LOOKED_AT = 3;

  private final ZoneLookup zones;

  public TimelineJsFormat() {
    this(ZoneLookup.NONE);
  }

  public TimelineJsFormat(ZoneLookup zones) {
    this.zones = Objects.requireNonNull(zones, "zones");
  }

  @Override
  public String name() {
    return "timelinejs";
  }

  @Override
  public String description() {
    return "TimelineJS timeline (JSON)";
  }

  @Override
  public List<String> extensions() {
    return List.of("json");
  }

  /**
   * Certain for a top object whose {@code "events"} hold a slide with a {@code "start_date"} (or no slide
   * at all, so that an empty timeline is told it has no events), and for a
   * TimelineJS 2 {@code {"timeline": {"date": [...]}}}; not ours for our own format ({@code "format"}), a
   * StoryMapJS story ({@code "storymap"}) or GeoJSON ({@code "type"}).
   */
  @Override
  public int recognise(FileHead head) {
    String text = head.textFromFirstNonBlank();
    if (!text.startsWith("{")) {
      return NOT_MINE;
    }
    try (JsonParser parser = HEAD_PARSERS.createParser(text)) {
      parser.nextToken();
      while (parser.nextToken() == JsonToken.FIELD_NAME) {
        String name = parser.currentName();
        JsonToken value = parser.nextToken();
        switch (name) {
          case "format", "storymap", "type", "features" -> {
            return NOT_MINE;
          }
          case "events" -> {
            return value == JsonToken.START_ARRAY && slidesHaveStartDate(parser, "start_date") ? CERTAIN : NOT_MINE;
          }
          case "timeline" -> {
            return value == JsonToken.START_OBJECT && legacyHasDates(parser) ? CERTAIN : NOT_MINE;
          }
          default -> parser.skipChildren();
        }
      }
    } catch (IOException e) {
      // The head ends inside a member, or is not JSON: nothing seen says TimelineJS.
    }
    return NOT_MINE;
  }

  /** Whether one of the first slides has the field, or there are none yet (a timeline being written). */
  private static boolean slidesHaveStartDate(JsonParser parser, String field) throws IOException {
    JsonToken next = parser.nextToken();
    if (next == JsonToken.END_ARRAY) {
      return true;
    }
    for (int i = 0; i < SLIDES_LOOKED_AT && next == JsonToken.START_OBJECT; i++, next = parser.nextToken()) {
      while (parser.nextToken() == JsonToken.FIELD_NAME) {
        if (parser.currentName().equals(field)) {
          return true;
        }
        parser.nextToken();
        parser.skipChildren();
      }
    }
    return false;
  }

  private static boolean legacyHasDates(JsonParser parser) throws IOException {
    while (parser.nextToken() == JsonToken.FIELD_NAME) {
      String name = parser.currentName();
      JsonToken value = parser.nextToken();
      if (name.equals("date")) {
        return value == JsonToken.START_ARRAY;
      }
      parser.skipChildren();
    }
    return false;
  }

  @Override
  public LoadResult read(Path file, ReadOptions options, ProgressListener listener) {
    return TimelineJsReader.read(file, zones, listener);
  }
}
