package org.eventmap.io.timemap;

import org.eventmap.io.LocatedJson;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.eventmap.domain.Approximation;
import org.eventmap.domain.Attribute;
import org.eventmap.domain.Event;
import org.eventmap.domain.Place;
import org.eventmap.domain.TimePoint;
import org.eventmap.geo.ZoneLookup;
import org.eventmap.io.DatasetAssembler;
import org.eventmap.io.IsoDates;
import org.eventmap.io.LoadResult;
import org.eventmap.io.ProgressListener;
import org.eventmap.io.LocatedJson.Arr;
import org.eventmap.io.LocatedJson.Nil;
import org.eventmap.io.LocatedJson.Node;
import org.eventmap.io.LocatedJson.Obj;

/** Reads timemap.js data item by item, through its wrappers; see {@link TimemapJsFormat}. */
final class TimemapJsReader {
  static final String NO_DATASET = "Items";
  private static final Set<String> ITEM_LISTS = Set.of("items", "value");
  private static final Set<String> WRAPPERS = Set.of("data", "options");
  private static final Set<String> OPTIONS_READ = Set.of("description", "infoHtml");

  private final ReadingLog log;
  private final DatasetAssembler assembler;
  private String fileTitle;
  private int items;
  private boolean sawItemList;
  private int withoutPlace;
  private Node firstWithoutPlace;
  private int withoutDate;
  private Node firstWithoutDate;

  private TimemapJsReader(ReadingLog log, ZoneLookup zones) {
    this.log = log;
    this.assembler = new DatasetAssembler(zones);
  }

  static LoadResult read(Path file, ZoneLookup zones, ProgressListener listener) {
    return JsonFileReading.read(file, listener, (parser, log, call) -> new TimemapJsReader(log, zones)
        .readAll(parser, call), true);
  }

  private LoadResult readAll(JsonParser parser, String call) throws IOException {
    if (call != null) {
      log.warning(1, 1, "the data is wrapped in a call to " + call + "(...) for a web page (JSONP): the JSON inside "
          + "is read, the call is never run");
    }
    JsonToken first = parser.nextToken();
    if (first == null) {
      log.error(1, 1, "the file holds no JSON, only blanks");
      return log.result(() -> null);
    }
    int line = parser.currentTokenLocation().getLineNr();
    int column = parser.currentTokenLocation().getColumnNr();
    if (first == JsonToken.START_ARRAY) {
      sawItemList = true;
      items(parser, NO_DATASET);
    } else if (first == JsonToken.START_OBJECT) {
      container(parser, null, true);
    } else {
      Node value = LocatedJson.read(parser);
      log.error(value, "is not timemap.js data: its top is " + value.kind() + ", not an array of items or an object "
          + "with \"items\" or \"datasets\"");
      return log.result(() -> null);
    }
    JsonFileReading.expectEnd(parser, log, call);
    if (!sawItemList) {
      log.error(line, column, "is not timemap.js data: no array of items (top-level, \"items\", "
          + "\"datasets[].data.value\" or \"datasets[].options.items\") was found");
    } else if (items == 0) {
      log.error(line, column, "the timemap.js data holds no items");
    }
    if (log.errors() == 0) {
      warnings();
    }
    String title = fileTitle != null ? fileTitle : JsonFileReading.fileTitle(log.file());
    return log.result(() -> assembler.build(title, Optional.empty()));
  }

  private void warnings() {
    if (withoutPlace > 0) {
      log.warning(firstWithoutPlace, (withoutPlace == 1 ? "this item has" : withoutPlace + " items have")
          + " no point, polyline or polygon" + (withoutPlace == 1 ? "" : " (this is the first)")
          + ": on the timeline and in the list, not on the map");
    }
    if (withoutDate > 0) {
      log.warning(firstWithoutDate, (withoutDate == 1 ? "this item has" : withoutDate + " items have")
          + " no \"start\"" + (withoutDate == 1 ? "" : " (this is the first)")
          + ": on the map at every date and in the list");
    }
    if (assembler.placesWithoutZone() > 0) {
      log.warning(1, 1, assembler.placesWithoutZone() + " places have no known time zone: their days are counted "
          + "in UTC");
    }
  }

  /**
   * The members of an object that may hold items: {@code items} or {@code value} (arrays of items), {@code
   * datasets} (each a container of its own, whose {@code title} names its items' category), {@code data}
   * and {@code options} (wrappers); the rest is the page's settings and skipped.
   */
  private void container(JsonParser parser, String dataset, boolean top) throws IOException {
    String name = dataset;
    while (parser.nextToken() == JsonToken.FIELD_NAME) {
      String member = parser.currentName();
      JsonToken value = parser.nextToken();
      if (ITEM_LISTS.contains(member) && value == JsonToken.START_ARRAY) {
        sawItemList = true;
        items(parser, name != null ? name : NO_DATASET);
      } else if (member.equals("datasets") && value == JsonToken.START_ARRAY) {
        int index = 0;
        while (parser.nextToken() != JsonToken.END_ARRAY) {
          index++;
          if (parser.currentToken() == JsonToken.START_OBJECT) {
            container(parser, "Dataset " + index, false);
          } else {
            Node wrong = LocatedJson.read(parser);
            log.error(wrong, "dataset " + index + " is " + wrong.kind() + ", not an object");
          }
        }
      } else if (WRAPPERS.contains(member) && value == JsonToken.START_OBJECT) {
        container(parser, name, false);
      } else if ((member.equals("title") || member.equals("id")) && value == JsonToken.VALUE_STRING) {
        String text = parser.getText().strip();
        if (top && member.equals("title") && !text.isEmpty()) {
          fileTitle = text;
        } else if (!top && !text.isEmpty() && (member.equals("title") || name == null || name.startsWith("Dataset "))) {
          name = text; // written before its items, as timemap.js's examples write it
        }
      } else {
        parser.skipChildren();
      }
    }
  }

  private void items(JsonParser parser, String dataset) throws IOException {
    while (parser.nextToken() != JsonToken.END_ARRAY) {
      Node item = LocatedJson.read(parser);
      items++;
      if (item instanceof Obj o) {
        item(o, dataset);
      } else {
        log.error(item, "item " + items + " is " + item.kind() + ", not an object");
      }
    }
  }

  private void item(Obj item, String dataset) {
    int errorsBefore = log.errors();
    String title = log.text(item, "title", "\"title\"");
    TimePoint start = time(item, "start");
    TimePoint end = time(item, "end");
    double[] at = null;
    Approximation approximate = null;
    Obj point = object(item, "point");
    String shapeName = item.firstPresent("polyline", "polygon");
    if (point != null) {
      at = log.point(point, "point.", List.of("lat"), List.of("lon", "lng"));
    } else if (shapeName != null) {
      List<double[]> vertices = vertices(item, shapeName);
      if (!vertices.isEmpty()) {
        double lat = 0;
        double lon = 0;
        for (double[] v : vertices) {
          lat += v[0];
          lon += v[1];
        }
        at = new double[] {lat / vertices.size(), lon / vertices.size()};
        approximate = vertices.size() == 1 ? null : new Approximation(false, true, "a " + shapeName + " of "
            + vertices.size() + " points shown at the mean of its vertices");
      }
    }
    Obj options = object(item, "options");
    String description = null;
    List<Attribute> attributes = new ArrayList<>();
    if (options != null) {
      description = log.text(options, "description", "\"options.description\"");
      if (description == null) {
        description = log.text(options, "infoHtml", "\"options.infoHtml\"");
      }
      for (int i = 0; i < options.size(); i++) {
        String shown = OPTIONS_READ.contains(options.name(i)) ? null : LocatedJson.text(options.value(i));
        if (shown != null) {
          attributes.add(new Attribute(options.name(i), shown));
        }
      }
    }
    if (log.errors() > errorsBefore) {
      return;
    }
    if (start == null && end != null) {
      start = end; // "until 1530" is shown when it ended rather than not at all
      end = null;
    }
    String id = assembler.uniqueId(Optional.ofNullable(LocatedJson.text(item.get("id"))), "item-" + items);
    Place place = at == null ? null : assembler.place(at[0], at[1], Optional.empty());
    if (place == null && withoutPlace++ == 0) {
      firstWithoutPlace = item;
    }
    if (start == null && withoutDate++ == 0) {
      firstWithoutDate = item;
    }
    Event.Builder event = Event.builder(id, title != null ? title : "Item " + items).start(start)
        .place(place).category(assembler.category(dataset)).summary(description == null ? "" : description)
        .attributes(attributes);
    if (end != null && !end.equals(start)) {
      event.end(end);
    }
    if (approximate != null) {
      event.approximate(approximate);
    }
    try {
      assembler.add(event.build());
    } catch (IllegalArgumentException e) {
      log.error(item, "the item \"" + LocatedJson.shortened(title == null ? id : title) + "\" ends before it starts ("
          + e.getMessage() + ")");
    }
  }

  private List<double[]> vertices(Obj item, String member) {
    Node value = item.get(member);
    if (!(value instanceof Arr a)) {
      log.error(value, "\"" + member + "\" must be an array of {\"lat\", \"lon\"} points, found " + value.kind());
      return List.of();
    }
    List<double[]> vertices = new ArrayList<>(a.items().size());
    for (int i = 0; i < a.items().size(); i++) {
      Node v = a.items().get(i);
      if (!(v instanceof Obj o)) {
        log.error(v, "point " + (i + 1) + " of \"" + member + "\" is " + v.kind() + ", not {\"lat\", \"lon\"}");
        continue;
      }
      double[] p = log.point(o, member + "[" + i + "].", List.of("lat"), List.of("lon", "lng"));
      if (p != null) {
        vertices.add(p);
      }
    }
    return vertices;
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

  /** A year written as a number, checked against the years Eventmap can place; null (and an error) beyond them. */
  private TimePoint year(String digits, Node at, String member) {
    java.math.BigInteger year = new java.math.BigInteger(digits.startsWith("+") ? digits.substring(1) : digits);
    if (year.compareTo(java.math.BigInteger.valueOf(TimePoint.MIN_YEAR)) < 0) {
      log.error(at, "\"" + member + "\": year " + year + " is before the earliest year Eventmap can place, "
          + TimePoint.MIN_YEAR);
      return null;
    }
    if (year.compareTo(java.math.BigInteger.valueOf(TimePoint.MAX_YEAR)) > 0) {
      log.error(at, "\"" + member + "\": year " + year + " is after the latest year Eventmap can place, "
          + TimePoint.MAX_YEAR);
      return null;
    }
    return TimePoint.ofYear(year.intValueExact());
  }

  /** {@code start} or {@code end}: ISO 8601 at its own precision, as timemap.js reads them; a number is a year. */
  private TimePoint time(Obj item, String member) {
    Node value = item.get(member);
    if (value == null || value instanceof Nil) {
      return null;
    }
    String text = log.text(item, member, "\"" + member + "\"");
    if (text == null) {
      return null;
    }
    try {
      if (text.matches("[+-]?\\d{5,}") && !IsoDates.looksIso(text) || value instanceof LocatedJson.Num
          && text.matches("-?\\d+")) {
        return year(text, value, member);
      }
      return IsoDates.parse(text);
    } catch (IllegalArgumentException e) {
      log.error(value, "\"" + member + "\": " + e.getMessage());
      return null;
    }
  }
}
