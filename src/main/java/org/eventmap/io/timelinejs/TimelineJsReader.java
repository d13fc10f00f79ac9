package org.eventmap.io.timelinejs;

import org.eventmap.io.JsonLimits;
import org.eventmap.io.LocatedJson;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadFeature;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.eventmap.domain.TimePoint;
import org.eventmap.geo.ZoneLookup;
import org.eventmap.io.CharacterColumns;
import org.eventmap.io.LoadResult;
import org.eventmap.io.Problem;
import org.eventmap.io.ProgressInputStream;
import org.eventmap.io.ProgressListener;
import org.eventmap.io.timelinejs.DateParts.Part;
import org.eventmap.io.LocatedJson.Arr;
import org.eventmap.io.LocatedJson.Nil;
import org.eventmap.io.LocatedJson.Node;
import org.eventmap.io.LocatedJson.Num;
import org.eventmap.io.LocatedJson.Obj;
import org.eventmap.io.LocatedJson.Text;

/**
 * Reads a TimelineJS 3 timeline, or a legacy TimelineJS 2 one, slide by slide with Jackson's streaming
 * parser: only the slide being read is ever a tree. See {@link TimelineJsFormat} for what becomes of what.
 */
final class TimelineJsReader {
  private static final JsonFactory PARSERS =
      JsonFactory.builder().enable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION).build();
  private static final String[] PART_NAMES = {"year", "month", "day", "hour", "minute", "second", "millisecond"};

  private final Timeline timeline;
  private String title;
  private String description;
  private boolean cosmological;
  private boolean sawEvents;
  private int slides;

  private TimelineJsReader(String file, ZoneLookup zones) {
    this.timeline = new Timeline(file, zones);
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
      try (InputStream in = new ProgressInputStream(Files.newInputStream(path), size, listener)) {
        return CharacterColumns.counted(path, new TimelineJsReader(name, zones).readAll(in));
      }
    } catch (NoSuchFileException e) {
      return LoadResult.failure(name, "no such file");
    } catch (ProgressInputStream.Cancelled e) {
      return LoadResult.cancelled(name);
    } catch (IOException e) {
      return LoadResult.failure(name, "cannot be read: " + e.getMessage());
    }
  }


  private LoadResult readAll(InputStream in) throws ProgressInputStream.Cancelled {
    JsonParser opened = null;
    try (JsonParser parser = JsonLimits.locating(PARSERS.createParser(in))) {
      opened = parser;
      JsonToken first = parser.nextToken();
      if (first == null) {
        timeline.error(1, 1, "the file holds no JSON, only blanks");
        return timeline.result(null, null, false);
      }
      if (first != JsonToken.START_OBJECT) {
        Node value = LocatedJson.read(parser);
        timeline.error(value.line(), value.column(), "is not a TimelineJS timeline: that is a JSON object with "
            + "\"events\", this file is " + value.kind());
        return timeline.result(null, null, false);
      }
      Obj titleSlide = null;
      Node eras = null;
      while (parser.nextToken() == JsonToken.FIELD_NAME) {
        String field = parser.currentName();
        JsonToken value = parser.nextToken();
        switch (field) {
          case "events" -> {
            sawEvents = true;
            if (value == JsonToken.START_ARRAY) {
              while (parser.nextToken() != JsonToken.END_ARRAY) {
                slide(LocatedJson.read(parser));
              }
            } else {
              Node v = LocatedJson.read(parser);
              timeline.error(v.line(), v.column(), "\"events\" must be an array of slides, found " + v.kind());
            }
          }
          case "title" -> {
            Node v = LocatedJson.read(parser);
            if (v instanceof Obj o) {
              titleSlide = o;
            } else if (!(v instanceof Nil)) {
              timeline.warning(v.line(), v.column(), "\"title\" should be a slide (an object), found " + v.kind()
                  + ": the file's name is the title");
            }
          }
          case "eras" -> eras = LocatedJson.read(parser);
          case "scale" -> scale(LocatedJson.read(parser));
          case "timeline" -> legacy(parser);
          default -> parser.skipChildren();
        }
      }
      if (parser.nextToken() != null) {
        JsonLocation at = parser.currentTokenLocation();
        timeline.error(at.getLineNr(), at.getColumnNr(), "the file goes on after the timeline's object ends");
      }
      if (!sawEvents) {
        timeline.error(1, 1, "is not a TimelineJS timeline: it has no \"events\" (nor a TimelineJS 2 \"timeline\")");
      }
      if (titleSlide != null) {
        Obj text = object(titleSlide, "text");
        title = text == null ? null : string(text, "headline");
        description = text == null ? null : string(text, "text");
      }
      if (eras != null) {
        eras(eras);
      }
    } catch (ProgressInputStream.Cancelled e) {
      throw e;
    } catch (JsonProcessingException e) {
      JsonLocation at = JsonLimits.where(e, opened);
      timeline.error(at == null ? 1 : Math.max(1, at.getLineNr()), at == null ? 1 : Math.max(1, at.getColumnNr()),
          JsonLimits.limitPassed(e).orElseGet(() -> brokenJson(e)));
    } catch (IOException e) {
      timeline.error(1, 1, "cannot be read: " + e.getMessage());
    } catch (RuntimeException e) {
      // A bug of ours, not the person's mistake: still a message, not a crash, and nothing replaced.
      timeline.error(1, 1, "could not be read because of an error in Eventmap (" + e + "); please report it");
    }
    return timeline.result(title, description, cosmological);
  }

  private static String brokenJson(JsonProcessingException e) {
    String plain = e.getOriginalMessage().replaceAll("\\s*\\n\\s*", " ");
    if (plain.startsWith("Unexpected end-of-input")) {
      return "the file ends in the middle of the JSON (is it cut short?): " + plain;
    }
    if (plain.startsWith("Invalid UTF-8")) {
      return "the text is not UTF-8: " + plain;
    }
    return "broken JSON: " + plain;
  }

  private void scale(Node scale) {
    String written = scale instanceof Text t ? t.text().strip().toLowerCase(Locale.ROOT) : null;
    if ("cosmological".equals(written)) {
      cosmological = true;
      timeline.warning(scale.line(), scale.column(), "the timeline's scale is cosmological: its dates are read as "
          + "years only, as TimelineJS places them");
    } else if (!"human".equals(written) && !(scale instanceof Nil) && !"".equals(written)) {
      timeline.warning(scale.line(), scale.column(), "the scale " + scale.kind() + " is not one TimelineJS knows "
          + "(\"human\" or \"cosmological\"): read as human");
    }
  }

  // TimelineJS 3

  private void slide(Node node) {
    slides++;
    if (!(node instanceof Obj slide)) {
      timeline.error(node.line(), node.column(), "event " + slides + " is " + node.kind() + ", not a slide (an object)");
      return;
    }
    int before = timeline.errors();
    Obj text = objectOrWarn(slide, "text");
    String headline = text == null ? null : string(text, "headline");
    Node startNode = slide.get("start_date");
    if (startNode == null || startNode instanceof Nil) {
      timeline.error(slide.line(), slide.column(), "event " + slides + describe(headline) + " has no \"start_date\": "
          + "TimelineJS needs one for every event");
      return;
    }
    TimePoint start;
    TimePoint end = null;
    try {
      start = date(startNode, "start_date");
      Node endNode = slide.get("end_date");
      if (endNode != null && !(endNode instanceof Nil) && !(endNode instanceof Obj o && isEmpty(o))) {
        end = date(endNode, "end_date");
      }
    } catch (DateParts.Problem p) {
      if (p.outOfRange) {
        timeline.leftOut(p.line, p.column, p.getMessage());
      } else {
        timeline.error(p.line, p.column, p.getMessage());
      }
      return;
    }
    Obj media = objectOrWarn(slide, "media");
    String displayDate = string(slide, "display_date");
    if (!Timeline.given(displayDate)) {
      displayDate = joined(dateDisplay(startNode), dateDisplay(slide.get("end_date")));
    }
    Timeline.Location location = location(slide.get("location"));
    if (timeline.errors() > before) {
      return;
    }
    Node endNode = slide.get("end_date");
    timeline.slide(new Timeline.Slide(slide.line(), slide.column(), string(slide, "unique_id"), headline,
        text == null ? null : string(text, "text"), media == null ? null : string(media, "url"),
        media == null ? null : string(media, "caption"), media == null ? null : string(media, "credit"),
        string(slide, "group"), displayDate, start, end, endNode == null ? slide.line() : endNode.line(),
        endNode == null ? slide.column() : endNode.column(), location, List.of()));
  }

  private static boolean isEmpty(Obj date) {
    for (String part : PART_NAMES) {
      Node v = date.get(part);
      if (v != null && !(v instanceof Nil) && !(v instanceof Text t && t.text().isBlank())) {
        return false;
      }
    }
    return true;
  }

  private static String describe(String headline) {
    String shown = Timeline.plain(headline);
    return shown.isEmpty() ? "" : " (\"" + SlideValues.shortened(shown) + "\")";
  }

  private static String joined(String start, String end) {
    if (!Timeline.given(start)) {
      return end;
    }
    return Timeline.given(end) ? start.strip() + " – " + end.strip() : start;
  }

  private static String dateDisplay(Node date) {
    return date instanceof Obj o ? string(o, "display_date") : null;
  }

  /** A date object: {@code {"year": 1963, "month": "08", "day": "9", ...}}. */
  private TimePoint date(Node node, String field) throws DateParts.Problem {
    if (!(node instanceof Obj date)) {
      throw new DateParts.Problem(new Part(field, "", node.line(), node.column()), "\"" + field + "\" must be a date "
          + "object such as {\"year\": 1963, \"month\": 8, \"day\": 28}, found " + node.kind(), false);
    }
    Part[] parts = new Part[PART_NAMES.length];
    for (int i = 0; i < PART_NAMES.length; i++) {
      parts[i] = part(date, PART_NAMES[i], field);
    }
    if (!parts[0].given()) {
      throw new DateParts.Problem(new Part(field, "", date.line(), date.column()), "\"" + field + "\" has no year",
          false);
    }
    return DateParts.of(parts[0], parts[1], parts[2], parts[3], parts[4], parts[5], parts[6], cosmological);
  }

  private static Part part(Obj date, String name, String field) throws DateParts.Problem {
    Node v = date.get(name);
    if (v == null || v instanceof Nil) {
      return Part.absent(name);
    }
    if (v instanceof Text t) {
      return new Part(name, t.text(), v.line(), v.column());
    }
    if (v instanceof Num n) {
      if (!n.integral()) {
        throw new DateParts.Problem(new Part(name, n.written(), v.line(), v.column()), name + " " + n.written()
            + " in \"" + field + "\" is not a whole number", false);
      }
      return new Part(name, n.written(), v.line(), v.column());
    }
    throw new DateParts.Problem(new Part(name, "", v.line(), v.column()), name + " in \"" + field + "\" must be a "
        + "number or a string of digits, found " + v.kind(), false);
  }

  /** A slide's {@code location}: {@code {"lat": 39.49, "lon": -91.79, "name": "Florida, Missouri"}}, or null. */
  private Timeline.Location location(Node node) {
    if (node == null || node instanceof Nil) {
      return null;
    }
    if (!(node instanceof Obj location)) {
      timeline.error(node.line(), node.column(), "\"location\" must be an object with lat and lon, found "
          + node.kind());
      return null;
    }
    Node lat = location.get("lat");
    Node lon = location.get("lon");
    if (lat == null && lon == null || lat instanceof Nil && lon instanceof Nil) {
      return null;
    }
    Double latitude = coordinate(lat, "lat", location);
    Double longitude = coordinate(lon, "lon", location);
    if (latitude == null || longitude == null) {
      return null;
    }
    String name = string(location, "name");
    return timeline.location(lat.line(), lat.column(), latitude, longitude, Timeline.plain(name));
  }

  private Double coordinate(Node value, String name, Obj location) {
    if (value == null || value instanceof Nil || value instanceof Text t && t.text().isBlank()) {
      timeline.error(location.line(), location.column(), "the location has no \"" + name + "\"");
      return null;
    }
    String written = SlideValues.shown(value).strip();
    if (value instanceof Num || value instanceof Text && written.matches("[+-]?(\\d+\\.?\\d*|\\.\\d+)")) {
      return Double.parseDouble(written);
    }
    timeline.error(value.line(), value.column(), "the location's \"" + name + "\" must be a number, found "
        + value.kind());
    return null;
  }

  private void eras(Node node) {
    if (node instanceof Nil) {
      return;
    }
    if (!(node instanceof Arr list)) {
      timeline.error(node.line(), node.column(), "\"eras\" must be an array of eras, found " + node.kind());
      return;
    }
    int number = 0;
    for (Node item : list.items()) {
      number++;
      if (!(item instanceof Obj era)) {
        timeline.error(item.line(), item.column(), "era " + number + " is " + item.kind() + ", not an object");
        continue;
      }
      Obj text = objectOrWarn(era, "text");
      String headline = text == null ? null : string(text, "headline");
      Node startNode = era.get("start_date");
      Node endNode = era.get("end_date");
      if (startNode == null || endNode == null || startNode instanceof Nil || endNode instanceof Nil) {
        timeline.error(era.line(), era.column(), "era " + number + describe(headline) + " needs a \"start_date\" and "
            + "an \"end_date\" (TimelineJS refuses it too)");
        continue;
      }
      try {
        timeline.era(endNode.line(), endNode.column(), headline, date(startNode, "start_date"),
            date(endNode, "end_date"), number);
      } catch (DateParts.Problem p) {
        if (p.outOfRange) {
          timeline.warning(p.line, p.column, p.getMessage() + ": this era is left out");
        } else {
          timeline.error(p.line, p.column, p.getMessage());
        }
      }
    }
  }

  // TimelineJS 2: {"timeline": {"headline", "text", "date": [...], "era": [...]}}

  private void legacy(JsonParser parser) throws IOException {
    sawEvents = true;
    if (parser.currentToken() != JsonToken.START_OBJECT) {
      Node v = LocatedJson.read(parser);
      timeline.error(v.line(), v.column(), "\"timeline\" (TimelineJS 2) must be an object, found " + v.kind());
      return;
    }
    boolean dates = false;
    while (parser.nextToken() == JsonToken.FIELD_NAME) {
      String field = parser.currentName();
      JsonToken value = parser.nextToken();
      switch (field) {
        case "date" -> {
          dates = true;
          if (value == JsonToken.START_ARRAY) {
            while (parser.nextToken() != JsonToken.END_ARRAY) {
              legacySlide(LocatedJson.read(parser));
            }
          } else {
            Node v = LocatedJson.read(parser);
            timeline.error(v.line(), v.column(), "\"date\" (TimelineJS 2) must be an array of slides, found "
                + v.kind());
          }
        }
        case "headline" -> title = SlideValues.shown(LocatedJson.read(parser));
        case "text" -> description = SlideValues.shown(LocatedJson.read(parser));
        case "era" -> legacyEras(LocatedJson.read(parser));
        default -> parser.skipChildren();
      }
    }
    if (!dates) {
      JsonLocation at = parser.currentTokenLocation();
      timeline.error(at.getLineNr(), at.getColumnNr(), "a TimelineJS 2 timeline without \"date\": it has no slides");
    }
  }

  private void legacySlide(Node node) {
    slides++;
    if (!(node instanceof Obj slide)) {
      timeline.error(node.line(), node.column(), "slide " + slides + " is " + node.kind() + ", not an object");
      return;
    }
    String headline = string(slide, "headline");
    Node startNode = slide.get("startDate");
    if (startNode == null || startNode instanceof Nil || SlideValues.shown(startNode).isBlank()) {
      timeline.error(slide.line(), slide.column(), "slide " + slides + describe(headline) + " has no \"startDate\"");
      return;
    }
    TimePoint start;
    TimePoint end = null;
    Node endNode = slide.get("endDate");
    try {
      start = legacyDate(startNode);
      if (endNode != null && !(endNode instanceof Nil) && !SlideValues.shown(endNode).isBlank()) {
        end = legacyDate(endNode);
      }
    } catch (DateParts.Problem p) {
      if (p.outOfRange) {
        timeline.leftOut(p.line, p.column, p.getMessage());
      } else {
        timeline.error(p.line, p.column, p.getMessage());
      }
      return;
    }
    Obj asset = objectOrWarn(slide, "asset");
    timeline.slide(new Timeline.Slide(slide.line(), slide.column(), null, headline, string(slide, "text"),
        asset == null ? null : string(asset, "media"), asset == null ? null : string(asset, "caption"),
        asset == null ? null : string(asset, "credit"), string(slide, "tag"), null, start, end,
        endNode == null ? slide.line() : endNode.line(), endNode == null ? slide.column() : endNode.column(), null,
        List.of()));
  }

  private void legacyEras(Node node) {
    if (!(node instanceof Arr list)) {
      return;
    }
    int number = 0;
    for (Node item : list.items()) {
      number++;
      if (!(item instanceof Obj era)) {
        continue;
      }
      Node startNode = era.get("startDate");
      Node endNode = era.get("endDate");
      if (startNode == null || endNode == null) {
        timeline.error(era.line(), era.column(), "era " + number + " needs a \"startDate\" and an \"endDate\"");
        continue;
      }
      try {
        timeline.era(endNode.line(), endNode.column(), string(era, "headline"), legacyDate(startNode),
            legacyDate(endNode), number);
      } catch (DateParts.Problem p) {
        timeline.error(p.line, p.column, p.getMessage());
      }
    }
  }

  /**
   * A TimelineJS 2 date: {@code "1963,8,9"} (year, month, day, hour, minute, second, as TimelineJS 2 splits
   * it; a 0 is a part not given, as there), {@code "8/9/1963"} (month/day/year, US order), or a year.
   */
  private static TimePoint legacyDate(Node node) throws DateParts.Problem {
    String written = SlideValues.shown(node).strip();
    int line = node.line();
    int column = node.column();
    String[] parts;
    if (written.contains(",")) {
      parts = written.split(",", -1);
    } else if (written.matches("\\d{1,2}/\\d{1,2}/-?\\d+")) {
      String[] mdy = written.split("/");
      parts = new String[] {mdy[2], mdy[0], mdy[1]};
    } else if (written.matches("[+-]?\\d+")) {
      parts = new String[] {written};
    } else {
      throw new DateParts.Problem(new Part("date", written, line, column), "the TimelineJS 2 date \""
          + SlideValues.shortened(written) + "\" is not \"year,month,day\" (e.g. \"1963,8,28\"), month/day/year or a year",
          false);
    }
    Part[] p = new Part[PART_NAMES.length];
    for (int i = 0; i < PART_NAMES.length; i++) {
      String text = i < parts.length ? parts[i].strip() : null;
      if (i > 0 && i != 3 && text != null && text.matches("0+")) {
        text = null;
      }
      p[i] = new Part(PART_NAMES[i], text, line, column);
    }
    return DateParts.of(p[0], p[1], p[2], p[3], p[4], p[5], p[6], false);
  }

  // Reading fields

  private static String string(Obj o, String name) {
    Node v = o.get(name);
    return v == null ? null : SlideValues.shown(v);
  }

  private static Obj object(Obj o, String name) {
    return o.get(name) instanceof Obj inner ? inner : null;
  }

  /** An object member that should be an object; anything else but null is said, and read as absent. */
  private Obj objectOrWarn(Obj o, String name) {
    Node v = o.get(name);
    if (v == null || v instanceof Nil || v instanceof Obj) {
      return (Obj) (v instanceof Obj ? v : null);
    }
    timeline.warning(v.line(), v.column(), "\"" + name + "\" should be an object, found " + v.kind() + ": left out");
    return null;
  }
}
