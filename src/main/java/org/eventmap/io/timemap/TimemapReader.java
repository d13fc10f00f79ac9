package org.eventmap.io.timemap;

import org.eventmap.io.LocatedJson;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.eventmap.domain.Attribute;
import org.eventmap.domain.Event;
import org.eventmap.domain.Place;
import org.eventmap.domain.Precision;
import org.eventmap.domain.Source;
import org.eventmap.domain.TimePoint;
import org.eventmap.geo.ZoneLookup;
import org.eventmap.io.DatasetAssembler;
import org.eventmap.io.IsoDates;
import org.eventmap.io.LoadResult;
import org.eventmap.io.ProgressListener;
import org.eventmap.io.LocatedJson.Arr;
import org.eventmap.io.LocatedJson.Bool;
import org.eventmap.io.LocatedJson.Nil;
import org.eventmap.io.LocatedJson.Node;
import org.eventmap.io.LocatedJson.Num;
import org.eventmap.io.LocatedJson.Obj;
import org.eventmap.io.LocatedJson.Text;

/** Reads a Forensic Architecture or Bellingcat timemap export event by event; see {@link TimemapFormat}. */
final class TimemapReader {
  static final String NO_CATEGORY = "Uncategorised";
  static final List<String> LATITUDE = List.of("latitude", "lat");
  static final List<String> LONGITUDE = List.of("longitude", "long", "lng", "lon");
  private static final Pattern MONTH_DAY_YEAR = Pattern.compile("(\\d{1,2})/(\\d{1,2})/(\\d{4})");
  private static final Pattern TIME = Pattern.compile("(\\d{1,2}):(\\d{2})(?::(\\d{2}))?");
  /** Members read into the event's own fields, not shown again as attributes. */
  private static final Set<String> READ = Set.of("id", "title", "date", "time", "latitude", "lat", "longitude", "long",
      "lng", "lon", "location", "description", "desc", "sources", "source", "filters", "associations", "category");

  private final ReadingLog log;
  private final DatasetAssembler assembler;
  private final Map<String, Node> firstUse = new HashMap<>();
  /** Dates repeat from event to event: one shared (immutable) day each. */
  private final Map<String, TimePoint> days = new HashMap<>();
  /** Tags and place names repeat from event to event: one string each, not one per event. */
  private final Map<String, String> sharedTexts = new HashMap<>();
  private int events;
  private int withoutPlace;
  private Node firstWithoutPlace;

  private TimemapReader(ReadingLog log, ZoneLookup zones) {
    this.log = log;
    this.assembler = new DatasetAssembler(zones);
  }

  static LoadResult read(Path file, ZoneLookup zones, ProgressListener listener) {
    return JsonFileReading.read(file, listener, (parser, log, call) -> new TimemapReader(log, zones)
        .readAll(parser, call));
  }

  private LoadResult readAll(JsonParser parser, String call) throws IOException {
    JsonToken first = parser.nextToken();
    if (first == null) {
      log.error(1, 1, "the file holds no JSON, only blanks");
      return log.result(() -> null);
    }
    if (first != JsonToken.START_ARRAY) {
      Node value = LocatedJson.read(parser);
      log.error(value, "is not a timemap export: one is an array of events, this file's top is " + value.kind());
      return log.result(() -> null);
    }
    int line = parser.currentTokenLocation().getLineNr();
    int column = parser.currentTokenLocation().getColumnNr();
    while (parser.nextToken() != JsonToken.END_ARRAY) {
      Node item = LocatedJson.read(parser);
      events++;
      if (item instanceof Obj o) {
        event(o);
      } else {
        log.error(item, "event " + events + " is " + item.kind() + ", not an object");
      }
    }
    JsonFileReading.expectEnd(parser, log, call);
    if (events == 0) {
      log.error(line, column, "the export holds no events (an empty array)");
    }
    if (log.errors() == 0 && withoutPlace > 0) {
      log.warning(firstWithoutPlace, (withoutPlace == 1 ? "this event has" : withoutPlace + " events have")
          + " no latitude and longitude" + (withoutPlace == 1 ? "" : " (this is the first)")
          + ": on the timeline and in the list, not on the map");
    }
    if (log.errors() == 0 && assembler.placesWithoutZone() > 0) {
      log.warning(1, 1, assembler.placesWithoutZone() + " places have no known time zone: their days are counted "
          + "in UTC");
    }
    return log.result(() -> assembler.build(JsonFileReading.fileTitle(log.file()), Optional.empty()));
  }

  private void event(Obj item) {
    int errorsBefore = log.errors();
    double[] point = log.point(item, "", LATITUDE, LONGITUDE);
    String placeName = shared(log.text(item, "location", "\"location\""));
    TimePoint start = when(item);
    String descriptionName = item.firstPresent("description", "desc");
    String description = descriptionName == null ? null : log.text(item, descriptionName, "\"" + descriptionName + "\"");
    String categoryName = log.text(item, "category", "\"category\"");
    String ownTitle = log.text(item, "title", "\"title\"");
    List<Source> sources = sources(item);
    List<String> tags = tags(item);
    if (log.errors() > errorsBefore) {
      return;
    }
    String wanted = LocatedJson.text(item.get("id"));
    String id = assembler.uniqueId(Optional.ofNullable(wanted), "event-" + events);
    if (wanted != null) {
      Node first = firstUse.putIfAbsent(wanted, item.get("id"));
      if (first != null) {
        log.warning(item.get("id"), "the id \"" + LocatedJson.shortened(wanted) + "\" is used again (first at line "
            + first.line() + "): both events are kept, this one as \"" + id + "\"");
      }
    }
    String title = ownTitle != null ? ownTitle : description != null ? firstLine(description)
        : placeName != null ? placeName : "Event " + id;
    Place place = point == null ? null : assembler.place(point[0], point[1], Optional.ofNullable(placeName));
    if (place == null && withoutPlace++ == 0) {
      firstWithoutPlace = item;
    }
    assembler.add(Event.builder(id, title).start(start).place(place)
        .category(assembler.category(categoryName == null ? NO_CATEGORY : categoryName))
        .summary(description == null ? "" : description).sources(sources).tags(tags).attributes(attributes(item))
        .build());
  }

  private String shared(String text) {
    if (text == null || sharedTexts.size() >= 50_000) {
      return text;
    }
    String known = sharedTexts.putIfAbsent(text, text);
    return known != null ? known : text;
  }

  /** A title for an event that has none: the first line of its description, shortened. */
  private static String firstLine(String description) {
    String line = description.strip().lines().findFirst().orElse("").strip();
    return line.length() <= 80 ? line : line.substring(0, 77).strip() + "...";
  }

  /** {@code date} as M/D/YYYY (or ISO 8601) with {@code time} as HH:MM: a local time at the place, or a day. */
  private TimePoint when(Obj item) {
    String date = log.text(item, "date", "\"date\"");
    String time = log.text(item, "time", "\"time\"");
    if (date == null) {
      if (time != null) {
        log.warning(item.get("time"), "\"time\" " + time + " is given without a \"date\": the event has no date");
      }
      return null;
    }
    Node dateNode = item.get("date");
    TimePoint day = days.get(date);
    if (day == null) {
      day = day(date, dateNode);
      if (day == null) {
        return null;
      }
      if (days.size() < 100_000) {
        days.put(date, day);
      }
    }
    if (time == null || day.precision() != Precision.DAY) {
      return day;
    }
    Matcher m = TIME.matcher(time);
    if (!m.matches()) {
      log.error(item.get("time"), "\"time\" \"" + LocatedJson.shortened(time) + "\" is not a time of day (HH:MM, "
          + "such as 14:30)");
      return null;
    }
    try {
      LocalDateTime local = day.firstLocalDay(java.time.ZoneOffset.UTC).atTime(Integer.parseInt(m.group(1)),
          Integer.parseInt(m.group(2)), m.group(3) == null ? 0 : Integer.parseInt(m.group(3)));
      return TimePoint.ofLocal(local, m.group(3) == null ? Precision.MINUTE : Precision.SECOND);
    } catch (DateTimeException e) {
      log.error(item.get("time"), "\"time\" \"" + time + "\" is not a time of day: " + e.getMessage());
      return null;
    }
  }

  private TimePoint day(String date, Node at) {
    Matcher m = MONTH_DAY_YEAR.matcher(date);
    try {
      if (m.matches()) {
        int month = Integer.parseInt(m.group(1));
        int dayOfMonth = Integer.parseInt(m.group(2));
        if (month > 12) {
          log.error(at, "\"date\" \"" + date + "\": month " + month + " does not exist (timemap writes dates month "
              + "first, M/D/YYYY)");
          return null;
        }
        return TimePoint.ofDay(LocalDate.of(Integer.parseInt(m.group(3)), month, dayOfMonth));
      }
      if (IsoDates.looksIso(date)) {
        return IsoDates.parse(date);
      }
    } catch (DateTimeException | IllegalArgumentException e) {
      log.error(at, "\"date\" \"" + date + "\" is not a real day: " + e.getMessage());
      return null;
    }
    log.error(at, "\"date\" \"" + LocatedJson.shortened(date) + "\" is not a date timemap writes (M/D/YYYY, "
        + "such as 8/23/2011) nor an ISO 8601 date");
    return null;
  }

  /** {@code sources}: ids of the export's sources, addresses, or source objects ({@code id, title, url, paths}). */
  private List<Source> sources(Obj item) {
    String name = item.firstPresent("sources", "source");
    if (name == null) {
      return List.of();
    }
    Node value = item.get(name);
    List<Node> listed = value instanceof Arr a ? a.items() : List.of(value);
    List<Source> sources = new ArrayList<>(listed.size());
    for (Node s : listed) {
      if (s instanceof Obj o) {
        String url = LocatedJson.text(o.get("url"));
        if (url == null && o.get("paths") instanceof Arr paths && !paths.items().isEmpty()) {
          url = LocatedJson.text(paths.items().get(0));
        }
        String title = firstText(o, "title", "id", "url");
        String publisher = firstText(o, "author", "type");
        sources.add(source(title != null ? title : url != null ? url : "source", publisher, url, s));
      } else if (s instanceof Text || s instanceof Num) {
        String text = LocatedJson.text(s);
        if (text != null) {
          boolean address = text.startsWith("http://") || text.startsWith("https://");
          sources.add(source(text, null, address ? text : null, s));
        }
      } else if (!(s instanceof Nil)) {
        log.error(s, "a source must be an id, an address or an object, found " + s.kind());
      }
    }
    return sources;
  }

  private Source source(String title, String publisher, String url, Node at) {
    URI address = null;
    if (url != null) {
      try {
        URI u = new URI(url);
        if (u.getScheme() != null && (u.getScheme().equalsIgnoreCase("http") || u.getScheme().equalsIgnoreCase("https"))) {
          address = u;
        }
      } catch (URISyntaxException e) {
        log.warning(at, "the source address \"" + LocatedJson.shortened(url) + "\" is not a web address: kept "
            + "as its title only");
      }
    }
    return Source.of(title, publisher == null ? "" : publisher, address, null);
  }

  private static String firstText(Obj o, String... names) {
    for (String n : names) {
      String t = LocatedJson.text(o.get(n));
      if (t != null) {
        return t;
      }
    }
    return null;
  }

  /** {@code filters} (or the newer {@code associations}): a list, or a text of comma-separated names. */
  private List<String> tags(Obj item) {
    String name = item.firstPresent("filters", "associations");
    if (name == null) {
      return List.of();
    }
    Node value = item.get(name);
    List<String> tags = new ArrayList<>();
    if (value instanceof Arr a) {
      for (Node n : a.items()) {
        String t = n instanceof Obj o ? firstText(o, "title", "id", "key") : LocatedJson.text(n);
        if (t != null && !tags.contains(t)) {
          tags.add(shared(t));
        }
      }
    } else if (value instanceof Text t) {
      for (String part : t.text().split(",")) {
        String p = part.strip();
        if (!p.isEmpty() && !tags.contains(p)) {
          tags.add(shared(p));
        }
      }
    } else {
      log.error(value, "\"" + name + "\" must be a list of names, found " + value.kind());
    }
    return tags.isEmpty() ? List.of() : List.copyOf(tags);
  }

  /** Every other member with a value, as written: a timemap's own columns (type, comments, time_display...). */
  private static List<Attribute> attributes(Obj item) {
    List<Attribute> attributes = new ArrayList<>();
    for (int i = 0; i < item.size(); i++) {
      if (READ.contains(item.name(i))) {
        continue;
      }
      Node value = item.value(i);
      String shown = value instanceof Bool b ? Boolean.toString(b.value()) : LocatedJson.text(value);
      if (value instanceof Arr a) {
        List<String> parts = new ArrayList<>();
        a.items().forEach(n -> {
          String t = LocatedJson.text(n);
          if (t != null) {
            parts.add(t);
          }
        });
        shown = parts.isEmpty() ? null : String.join(", ", parts);
      }
      if (shown != null) {
        attributes.add(new Attribute(item.name(i), shown));
      }
    }
    return attributes;
  }
}
