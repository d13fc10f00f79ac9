package org.eventmap.io.storymap;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import org.eventmap.domain.Attribute;
import org.eventmap.domain.Category;
import org.eventmap.domain.Event;
import org.eventmap.domain.Place;
import org.eventmap.domain.Story;
import org.eventmap.domain.StoryStep;
import org.eventmap.domain.TimePoint;
import org.eventmap.geo.ZoneLookup;
import org.eventmap.io.DatasetAssembler;
import org.eventmap.io.LoadResult;
import org.eventmap.io.text.HtmlText;
import org.eventmap.io.timemap.JsonFileReading;
import org.eventmap.io.LocatedJson;
import org.eventmap.io.LocatedJson.Nil;
import org.eventmap.io.LocatedJson.Node;
import org.eventmap.io.LocatedJson.Obj;
import org.eventmap.io.timemap.ReadingLog;

/** Reads one StoryMapJS file slide by slide; see {@link StoryMapFormat} for what becomes of each part. */
final class StoryMapReader {
  static final String CATEGORY = "Slides";

  private final ReadingLog log;
  private final DatasetAssembler assembler;
  private final Category category;
  private final List<String> stepIds = new ArrayList<>();
  /** Place names repeat from slide to slide: one string each. */
  private final java.util.Map<String, String> placeNames = new java.util.HashMap<>();
  private int slides;
  private Obj overview;
  private Node zoomify;
  private Node slidesAt;
  private int withoutDate;
  private Node firstWithoutDate;
  private int withoutPlace;
  private Node firstWithoutPlace;

  private StoryMapReader(ReadingLog log, ZoneLookup zones) {
    this.log = log;
    this.assembler = new DatasetAssembler(zones);
    this.category = assembler.category(CATEGORY);
  }

  static LoadResult read(java.nio.file.Path file, ZoneLookup zones, org.eventmap.io.ProgressListener listener) {
    return JsonFileReading.read(file, listener, (parser, log, call) -> new StoryMapReader(log, zones).readAll(parser));
  }

  private LoadResult readAll(JsonParser parser) throws IOException {
    JsonToken first = parser.nextToken();
    if (first == null) {
      log.error(1, 1, "the file holds no JSON, only blanks");
      return log.result(() -> null);
    }
    if (first != JsonToken.START_OBJECT) {
      Node value = LocatedJson.read(parser);
      log.error(value, "is not a StoryMapJS story: its top is " + value.kind() + ", not an object with \"storymap\"");
      return log.result(() -> null);
    }
    Node top = new Obj(parser.currentTokenLocation().getLineNr(), parser.currentTokenLocation().getColumnNr());
    boolean seen = false;
    while (parser.nextToken() == JsonToken.FIELD_NAME) {
      String name = parser.currentName();
      JsonToken value = parser.nextToken();
      if (name.equals("storymap") && value == JsonToken.START_OBJECT && !seen) {
        seen = true;
        readStorymap(parser);
      } else if (name.equals("storymap") && !seen) {
        Node wrong = LocatedJson.read(parser);
        log.error(wrong, "\"storymap\" must be an object holding \"slides\", found " + wrong.kind());
        seen = true;
      } else {
        parser.skipChildren();
      }
    }
    if (parser.nextToken() != null) {
      log.error(parser.currentTokenLocation().getLineNr(), parser.currentTokenLocation().getColumnNr(),
          "more JSON follows the story, which must be one object");
    }
    if (!seen) {
      log.error(top, "is not a StoryMapJS story: its top object has no \"storymap\"");
      return log.result(() -> null);
    }
    return finish(top);
  }

  private void readStorymap(JsonParser parser) throws IOException {
    long beforeSlides = log.mark();
    while (parser.nextToken() == JsonToken.FIELD_NAME) {
      String name = parser.currentName();
      JsonToken value = parser.nextToken();
      if (name.equals("slides") && value == JsonToken.START_ARRAY && slidesAt == null) {
        slidesAt = new Obj(parser.currentTokenLocation().getLineNr(), parser.currentTokenLocation().getColumnNr());
        while (parser.nextToken() != JsonToken.END_ARRAY) {
          Node slide = LocatedJson.read(parser);
          slides++;
          if (slide instanceof Obj o) {
            slide(o);
          } else {
            log.error(slide, "slide " + slides + " is " + slide.kind() + ", not an object");
          }
        }
      } else {
        Node member = LocatedJson.read(parser);
        if (name.equals("slides")) {
          log.error(member, "\"storymap.slides\" must be an array of slides, found " + member.kind());
          slidesAt = member;
        } else if (zoomify == null && name.equals("map_type") && member instanceof LocatedJson.Text t
            && t.text().strip().toLowerCase(Locale.ROOT).startsWith("zoomify")
            || zoomify == null && name.equals("zoomify") && member instanceof Obj) {
          zoomify = member;
        }
      }
    }
    if (zoomify != null) {
      log.forgetSince(beforeSlides); // the slides' "coordinates" are pixels: saying so once is enough
      log.error(zoomify, "the story is told on a picture, not on a map (\"map_type\": \"zoomify\"): its slides' "
          + "coordinates are positions on that image, not on the Earth, so Eventmap cannot place them");
    }
  }

  private void slide(Obj slide) {
    String type = LocatedJson.text(slide.get("type"));
    if (overview == null && "overview".equalsIgnoreCase(type)) {
      overview = slide;
      return;
    }
    int errorsBefore = log.errors();
    Obj text = object(slide, "text");
    String headline = text == null ? null : plain(log.text(text, "headline", "\"text.headline\""));
    String body = text == null ? null : log.text(text, "text", "\"text.text\"");

    Obj location = object(slide, "location");
    double[] point = location == null ? null
        : log.point(location, "location.", List.of("lat"), List.of("lon"));
    String placeName = location == null ? null : plain(log.text(location, "name", "\"location.name\""));
    if (placeName != null && placeNames.size() < 50_000) {
      placeName = placeNames.computeIfAbsent(placeName, n -> n);
    }

    Node dateNode = slide.get("date");
    String dateWritten = dateNode instanceof Obj || dateNode instanceof LocatedJson.Arr ? null
        : LocatedJson.text(dateNode);
    if (dateNode instanceof Obj || dateNode instanceof LocatedJson.Arr) {
      log.error(dateNode, "\"date\" must be a text, found " + dateNode.kind());
    }
    TimePoint start = null;
    if (dateWritten != null) {
      try {
        start = FreeTextDates.read(dateWritten).orElse(null);
      } catch (IllegalArgumentException e) {
        log.warning(dateNode, "\"date\": " + e.getMessage() + "; kept as written, not on the timeline");
      }
    }

    List<Attribute> attributes = new ArrayList<>(4);
    if (dateWritten != null) {
      attributes.add(new Attribute(Attribute.DATE_AS_WRITTEN, dateWritten));
    }
    Obj media = object(slide, "media");
    if (media != null) {
      addAttribute(attributes, Attribute.MEDIA, log.text(media, "url", "\"media.url\""));
      addAttribute(attributes, Attribute.MEDIA_CAPTION, log.text(media, "caption", "\"media.caption\""));
      addAttribute(attributes, Attribute.MEDIA_CREDIT, log.text(media, "credit", "\"media.credit\""));
    }
    if (log.errors() > errorsBefore) {
      return;
    }
    String id = assembler.uniqueId(Optional.ofNullable(LocatedJson.text(slide.get("unique_id"))), "slide-" + slides);
    String title = headline != null ? headline : placeName != null ? placeName : dateWritten != null ? dateWritten
        : "Slide " + slides;
    Place place = point == null ? null : assembler.place(point[0], point[1], Optional.ofNullable(placeName));
    if (place == null && withoutPlace++ == 0) {
      firstWithoutPlace = slide;
    }
    if (start == null && withoutDate++ == 0) {
      firstWithoutDate = slide;
    }
    assembler.add(Event.builder(id, title).start(start).place(place).category(category)
        .summary(body == null ? "" : body).attributes(attributes).build());
    stepIds.add(id);
  }

  private Obj object(Obj holder, String member) {
    Node value = holder.get(member);
    if (value == null || value instanceof Nil) {
      return null;
    }
    if (value instanceof Obj o) {
      return o;
    }
    log.error(value, "\"" + member + "\" must be an object, found " + value.kind());
    return null;
  }

  private static void addAttribute(List<Attribute> attributes, String name, String value) {
    if (value != null) {
      attributes.add(new Attribute(name, value));
    }
  }

  /** A headline or a name as a person reads it: StoryMapJS lets authors write HTML in them. */
  static String plain(String html) {
    if (html == null) {
      return null;
    }
    String text = HtmlText.blocks(html).stream().map(HtmlText.Block::plainText).map(String::strip)
        .filter(s -> !s.isEmpty()).collect(Collectors.joining("\n"));
    return text.isEmpty() ? null : text;
  }

  private LoadResult finish(Node top) {
    if (log.errors() > 0) {
      return log.result(() -> null);
    }
    if (slidesAt == null) {
      log.error(top, "the story has no \"storymap.slides\": there is nothing to show");
      return log.result(() -> null);
    }
    if (stepIds.isEmpty()) {
      log.error(slidesAt, slides == 0 ? "the story has no slides: there is nothing to show"
          : "the story has only its overview slide, and no slide with a place or a date to show");
      return log.result(() -> null);
    }
    if (withoutDate > 0) {
      log.warning(firstWithoutDate, counted(withoutDate, "no date Eventmap can read without guessing (such as \"Aug 23\", "
          + "which names no year)") + ": the date is kept as written; not on the timeline");
    }
    if (withoutPlace > 0) {
      log.warning(firstWithoutPlace, counted(withoutPlace, "no location") + ": on the timeline and in the list, "
          + "not on the map");
    }
    if (assembler.placesWithoutZone() > 0) {
      log.warning(1, 1, assembler.placesWithoutZone() + " places have no known time zone: their days are counted "
          + "in UTC");
    }
    String file = log.file();
    String headline = overview == null ? null : overviewText("headline");
    String description = overview == null ? null : overviewText("text");
    String title = headline != null ? headline : JsonFileReading.fileTitle(file);
    List<StoryStep> steps = stepIds.stream().map(id -> new StoryStep(id, "")).toList();
    Story story = new Story(JsonFileReading.fileId(file, "story"), title, description == null ? "" : description,
        steps);
    return log.result(() -> assembler.build(title, Optional.ofNullable(description))
        .withErasAndStories(List.of(), List.of(story)));
  }

  private String overviewText(String member) {
    return overview.get("text") instanceof Obj text ? plain(LocatedJson.text(text.get(member))) : null;
  }

  private static String counted(int n, String lacking) {
    return n == 1 ? "this slide has " + lacking : n + " slides have " + lacking + " (this is the first)";
  }
}
