package org.eventmap.io.storymap;

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
 * Knight Lab's StoryMapJS story: {@code {"storymap": {"slides": [...]}}}.
 *
 * <p><b>The overview.</b> The first slide of {@code "type": "overview"} (usually the first slide) gives the
 * dataset's title ({@code text.headline}) and description ({@code text.text}, HTML read as text); it is
 * not an event. A later overview slide is a slide like the others.
 *
 * <p><b>Slides are events</b>, in the file's order: {@code location.lat} and {@code lon} (numbers or
 * texts) the place, {@code location.name} its name, {@code text.headline} the title (HTML read as text),
 * {@code text.text} the summary (HTML kept as written and shown as text), {@code media.url}, {@code
 * caption} and {@code credit} the attributes {@code Media}, {@code Media caption}, {@code Media credit}
 * (a link, never fetched). {@code date} is free text, always kept as {@code Date as written}; it is read
 * only when it names a date without guessing ({@link FreeTextDates}): "Aug 23" has no year, so the slide
 * has no date. A slide without a location is an event without a place. The id is the slide's {@code
 * unique_id}, else {@code slide-N} (N counting every slide of the file from 1).
 *
 * <p><b>The story.</b> The slides' order is kept as one story whose id is the file's name (lower case,
 * {@code story} when nothing is left of it), titled as the overview. A step's caption is empty: a slide's
 * own words are the event's summary, and StoryMapJS has nothing else to say of a slide's place in the story.
 *
 * <p>A story told on a picture ({@code "map_type": "zoomify"}, StoryMapJS's gigapixel mode) is refused once:
 * its coordinates are positions on the image, not on the Earth. A story without slides is refused with a
 * message.
 */
public final class StoryMapFormat implements EventFormat {
  private static final JsonFactory HEAD_PARSERS = new JsonFactory();
  private final ZoneLookup zones;

  public StoryMapFormat(ZoneLookup zones) {
    this.zones = Objects.requireNonNull(zones, "zones");
  }

  @Override
  public String name() {
    return "storymap";
  }

  @Override
  public String description() {
    return "StoryMapJS story (JSON)";
  }

  @Override
  public List<String> extensions() {
    return List.of("json");
  }

  /**
   * Certain when a top-level member {@code "storymap"} is an object whose {@code "slides"} is an array;
   * plausible when the head ends inside {@code "storymap"} before showing its slides, or {@code "storymap"} is
   * not an object (the reader then says so); not ours otherwise.
   */
  @Override
  public int recognise(FileHead head) {
    String text = head.textFromFirstNonBlank();
    if (text.isEmpty() || text.charAt(0) != '{' || !text.contains("\"storymap\"")) {
      return NOT_MINE;
    }
    try (JsonParser parser = HEAD_PARSERS.createParser(text)) {
      parser.nextToken();
      while (parser.nextToken() == JsonToken.FIELD_NAME) {
        String name = parser.currentName();
        JsonToken value = parser.nextToken();
        if (name.equals("storymap")) {
          // Not an object: still StoryMapJS's mark, read so that the reader says what is wrong with it.
          return value == JsonToken.START_OBJECT ? slides(parser) : PLAUSIBLE;
        }
        parser.skipChildren();
      }
    } catch (IOException e) {
      // The head ended before "storymap" was reached at the top: its mention was deeper.
    }
    return NOT_MINE;
  }

  private static int slides(JsonParser parser) {
    try {
      while (parser.nextToken() == JsonToken.FIELD_NAME) {
        String name = parser.currentName();
        JsonToken value = parser.nextToken();
        if (name.equals("slides")) {
          return value == JsonToken.START_ARRAY ? CERTAIN : NOT_MINE;
        }
        parser.skipChildren();
      }
      return PLAUSIBLE; // a storymap object without slides: read, to say so
    } catch (IOException e) {
      return PLAUSIBLE;
    }
  }

  @Override
  public LoadResult read(Path file, ReadOptions options, ProgressListener listener) {
    return StoryMapReader.read(file, zones, listener);
  }
}
