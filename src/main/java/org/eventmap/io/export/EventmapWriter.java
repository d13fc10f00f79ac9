package org.eventmap.io.export;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.eventmap.domain.Approximation;
import org.eventmap.domain.Attribute;
import org.eventmap.domain.Category;
import org.eventmap.domain.Dataset;
import org.eventmap.domain.Era;
import org.eventmap.domain.Event;
import org.eventmap.domain.Place;
import org.eventmap.domain.Quote;
import org.eventmap.domain.Source;
import org.eventmap.domain.Story;
import org.eventmap.domain.StoryStep;
import org.eventmap.domain.Precision;
import org.eventmap.domain.TimePoint;

/**
 * Our own format, {@code eventmap/1} (docs/dataset-format.md), with every field a dataset holds: places
 * shared by id, categories, events with their actors, quotes, sources, related events, tags, what is
 * approximate or disputed and their attributes, the eras and the stories. What {@code convert} writes.
 *
 * <p>The format asks more of a file than other formats give, so a dataset read from one is written the
 * way the format wants it, and the notes say what changed:
 *
 * <ul>
 *   <li>ids are lower-case letters, digits and '-': an event, category or story id that is not (a
 *       GeoJSON {@code "Feature 12"}, a KML {@code placemark-3~2}) is made from it, unique, and
 *       {@code related} and story steps follow; places get ids made from their names ("Tel Aviv" gives
 *       {@code tel-aviv}), except those a file of our format named itself, which keep theirs, and a
 *       place that file wrote inside its one event stays inside it;
 *   <li>a time needs an offset: a local time (from a spreadsheet or KML) gets the offset its place's
 *       zone was at then, so it stays the same moment;
 *   <li>a summary is required: an event without one gets its title as its summary;
 *   <li>the zone of a place is its IANA name ({@code UTC} for the zone of a place nobody knew one for).
 * </ul>
 */
public final class EventmapWriter implements DatasetWriter {
  private static final JsonFactory JSON = JsonFactory.builder().build();
  /** The ids the readers of other formats number their places with: replaced by ids made from names. */
  private static final Pattern NUMBERED_PLACE = Pattern.compile("p\\d+");
  /** In the look-up of place ids: a place written inside its event (an identity, never an id). */
  @SuppressWarnings("StringOperationCanBeSimplified")
  private static final String INLINE = new String("inline");

  @Override
  public String name() {
    return "eventmap";
  }

  @Override
  public String description() {
    return "Eventmap dataset (eventmap/1)";
  }

  @Override
  public String extension() {
    return "json";
  }

  @Override
  public Written write(Dataset dataset, Writer out) throws IOException {
    return new Run(dataset).write(JSON.createGenerator(out));
  }

  @Override
  public Written write(Dataset dataset, OutputStream out) throws IOException {
    return new Run(dataset).write(JSON.createGenerator(out, JsonEncoding.UTF8));
  }

  /** One writing of one dataset, with the ids it gives. */
  private static final class Run {
    private final Dataset dataset;
    private final Map<Place, String> placeIds = new LinkedHashMap<>();
    private final Map<Category, String> categoryIds = new LinkedHashMap<>();
    private final Map<Event, String> eventIds = new IdentityHashMap<>();
    /** The same ids by the place and category objects the events hold, found without hashing records. */
    private final Map<Place, String> placeIdsByObject = new IdentityHashMap<>();
    private final Map<Category, String> categoryIdsByObject = new IdentityHashMap<>();
    /** The new id of each old event id (of the first event that had it). */
    private final Map<String, String> renamed = new HashMap<>();
    private int renamedIds;
    private int localTimes;
    private int summariesFromTitles;
    private int relatedDropped;

    Run(Dataset dataset) {
      this.dataset = dataset;
    }

    Written write(JsonGenerator json) throws IOException {
      giveIds();
      DefaultPrettyPrinter pretty = new DefaultPrettyPrinter(Separators.createDefaultInstance()
              .withObjectFieldValueSpacing(Separators.Spacing.AFTER))
          .withObjectIndenter(new DefaultIndenter("  ", "\n"))
          .withArrayIndenter(new DefaultIndenter("  ", "\n"));
      json.setPrettyPrinter(pretty);
      json.writeStartObject();
      json.writeStringField("format", "eventmap/1");
      json.writeStringField("title", nonBlank(dataset.title(), "Untitled"));
      if (dataset.description().filter(d -> !d.isBlank()).isPresent()) {
        json.writeStringField("description", dataset.description().get());
      }
      json.writeStringField("license", nonBlank(dataset.license(), "not stated"));
      if (dataset.attribution().filter(a -> !a.isBlank()).isPresent()) {
        json.writeStringField("attribution", dataset.attribution().get());
      }
      if (dataset.openOn().isPresent()) {
        json.writeStringField("openOn", dataset.openOn().get().toString());
      }
      json.writeArrayFieldStart("places");
      for (Map.Entry<Place, String> p : placeIds.entrySet()) {
        if (p.getValue() != null) {
          place(json, p.getKey(), p.getValue());
        }
      }
      json.writeEndArray();
      json.writeArrayFieldStart("categories");
      for (Map.Entry<Category, String> c : categoryIds.entrySet()) {
        json.writeStartObject();
        json.writeStringField("id", c.getValue());
        json.writeStringField("name", nonBlank(c.getKey().name(), c.getValue()));
        if (c.getKey().color().isPresent()) {
          json.writeStringField("color", c.getKey().color().get());
        }
        json.writeEndObject();
      }
      json.writeEndArray();
      json.writeArrayFieldStart("events");
      for (Event e : dataset.events()) {
        event(json, e);
      }
      json.writeEndArray();
      if (!dataset.eras().isEmpty()) {
        json.writeArrayFieldStart("eras");
        for (Era era : dataset.eras()) {
          json.writeStartObject();
          json.writeStringField("title", era.title());
          json.writeStringField("start", withOffset(era.start(), ZoneOffset.UTC));
          json.writeStringField("end", withOffset(era.end(), ZoneOffset.UTC));
          json.writeEndObject();
        }
        json.writeEndArray();
      }
      if (!dataset.stories().isEmpty()) {
        stories(json);
      }
      json.writeEndObject();
      json.writeRaw('\n');
      json.flush();
      return new Written(dataset.events().size(), notes());
    }

    private List<String> notes() {
      List<String> notes = new ArrayList<>();
      if (renamedIds > 0) {
        notes.add(counted(renamedIds, "id of an event, category or story is", "ids of events, categories or stories are")
            + " not lower-case letters, digits and '-' as the format wants: new ids are made from them");
      }
      if (localTimes > 0) {
        notes.add(counted(localTimes, "time was", "times were") + " written without an offset: each gets the offset of "
            + "its place's zone at that moment (UTC without a place)");
      }
      if (summariesFromTitles > 0) {
        notes.add(counted(summariesFromTitles, "event has", "events have") + " no summary, which the format requires: "
            + "the title is written as the summary");
      }
      if (relatedDropped > 0) {
        notes.add(counted(relatedDropped, "related id names", "related ids name") + " no event of the dataset: left out");
      }
      return notes;
    }

    private static String counted(int n, String one, String many) {
      return n + " " + (n == 1 ? one : many);
    }

    private void giveIds() {
      Set<String> placesTaken = new HashSet<>();
      List<Place> places = new ArrayList<>(dataset.places());
      // Events share their place objects: each object is looked at once, not hashed once per event.
      Set<Place> seen = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
      seen.addAll(places);
      for (Event e : dataset.events()) {
        if (e.place().isPresent() && seen.add(e.place().get())) {
          places.add(e.place().get());
        }
      }
      // Ids a file of our own format gave are kept; the others are made from names, after them.
      for (Place p : places) {
        if (!placeIds.containsKey(p) && !p.id().startsWith("@") && keepsPlaceId(p) && placesTaken.add(p.id())) {
          placeIds.put(p, p.id());
        }
      }
      for (Place p : places) {
        if (!placeIds.containsKey(p)) {
          placeIds.put(p, p.id().startsWith("@") ? null : Texts.unique(Texts.slug(p.name(), "place"), placesTaken));
        }
      }
      Set<String> categoriesTaken = new HashSet<>();
      List<Category> categories = new ArrayList<>(dataset.categories());
      Set<Category> seenCategories = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
      seenCategories.addAll(categories);
      for (Event e : dataset.events()) {
        if (seenCategories.add(e.category())) {
          categories.add(e.category());
        }
      }
      for (Category c : new LinkedHashSet<>(categories)) {
        if (Texts.isId(c.id()) && categoriesTaken.add(c.id())) {
          categoryIds.put(c, c.id());
        }
      }
      for (Category c : new LinkedHashSet<>(categories)) {
        if (!categoryIds.containsKey(c)) {
          renamedIds++;
          categoryIds.put(c, Texts.unique(Texts.slug(c.id(), Texts.slug(c.name(), "category")), categoriesTaken));
        }
      }
      Set<String> eventsTaken = new HashSet<>();
      for (Event e : dataset.events()) {
        if (Texts.isId(e.id()) && eventsTaken.add(e.id())) {
          eventIds.put(e, e.id());
          renamed.putIfAbsent(e.id(), e.id());
        }
      }
      for (Event e : dataset.events()) {
        if (!eventIds.containsKey(e)) {
          renamedIds++;
          String id = Texts.unique(Texts.slug(e.id(), "event"), eventsTaken);
          eventIds.put(e, id);
          renamed.putIfAbsent(e.id(), id);
        }
      }
    }

    private static boolean keepsPlaceId(Place p) {
      return Texts.isId(p.id()) && !NUMBERED_PLACE.matcher(p.id()).matches();
    }

    private void place(JsonGenerator json, Place p, String id) throws IOException {
      json.writeStartObject();
      if (id != null) {
        json.writeStringField("id", id);
      }
      json.writeStringField("name", nonBlank(p.name(), id == null ? "place" : id));
      json.writeFieldName("lat");
      json.writeNumber(Texts.degrees(p.location().lat()));
      json.writeFieldName("lon");
      json.writeNumber(Texts.degrees(p.location().lon()));
      json.writeStringField("timeZone", zoneName(p.zone()));
      if (p.country().filter(c -> !c.isBlank()).isPresent()) {
        json.writeStringField("country", p.country().get());
      }
      json.writeEndObject();
    }

    /** The IANA name of the zone; a fixed offset as the Etc zone of the same offset when there is one. */
    static String zoneName(ZoneId zone) {
      if (zone instanceof ZoneOffset offset) {
        int seconds = offset.getTotalSeconds();
        if (seconds == 0) {
          return "UTC";
        }
        if (seconds % 3600 == 0 && Math.abs(seconds) <= 12 * 3600) {
          int hours = seconds / 3600;
          return "Etc/GMT" + (hours > 0 ? "-" : "+") + Math.abs(hours); // POSIX signs: Etc/GMT-2 is UTC+2
        }
        return offset.getId();
      }
      return zone.getId().equals("Z") ? "UTC" : zone.getId();
    }

    private void event(JsonGenerator json, Event e) throws IOException {
      ZoneId zone = e.zone();
      json.writeStartObject();
      json.writeStringField("id", eventIds.get(e));
      json.writeStringField("title", nonBlank(e.title(), eventIds.get(e)));
      if (e.start().isPresent()) {
        json.writeStringField("start", writtenTime(e.start().get(), zone));
        if (e.end().isPresent()) {
          json.writeStringField("end", writtenTime(e.end().get(), zone));
        }
      }
      if (e.place().isPresent()) {
        String placeId = placeIdsByObject.computeIfAbsent(e.place().get(), p -> {
          String id = placeIds.get(p);
          return id == null ? INLINE : id;
        });
        if (placeId != INLINE) {
          json.writeStringField("place", placeId);
        } else {
          json.writeFieldName("place");
          place(json, e.place().get(), null);
        }
      }
      json.writeStringField("category", categoryIdsByObject.computeIfAbsent(e.category(), categoryIds::get));
      List<String> actors = e.actors().stream().filter(a -> !a.isBlank()).toList();
      if (!actors.isEmpty()) {
        strings(json, "actors", actors);
      }
      String summary = e.summary();
      if (summary.isBlank()) {
        summariesFromTitles++;
        summary = nonBlank(e.title(), eventIds.get(e));
      }
      json.writeStringField("summary", summary);
      List<Source> sources = e.sources();
      List<Quote> quotes = e.quotes().stream().filter(q -> !q.text().isBlank() && !q.speaker().isBlank()).toList();
      if (!quotes.isEmpty()) {
        json.writeArrayFieldStart("quotes");
        for (Quote q : quotes) {
          json.writeStartObject();
          json.writeStringField("text", q.text());
          json.writeStringField("speaker", q.speaker());
          if (q.occasion().filter(o -> !o.isBlank()).isPresent()) {
            json.writeStringField("occasion", q.occasion().get());
          }
          if (q.date().isPresent()) {
            json.writeStringField("date", withOffset(q.date().get(), zone));
          }
          if (q.sourceIndex().isPresent() && q.sourceIndex().getAsInt() < sources.size()) {
            json.writeNumberField("source", q.sourceIndex().getAsInt());
          }
          json.writeEndObject();
        }
        json.writeEndArray();
      }
      if (!sources.isEmpty()) {
        json.writeArrayFieldStart("sources");
        for (Source s : sources) {
          json.writeStartObject();
          String url = s.url().map(Object::toString).orElse(null);
          json.writeStringField("title", nonBlank(s.title(), nonBlank(s.publisher(), url == null ? "untitled" : url)));
          json.writeStringField("publisher", nonBlank(s.publisher(), "not stated"));
          if (url != null) {
            json.writeStringField("url", url);
          }
          if (s.date().isPresent()) {
            json.writeStringField("date", withOffset(s.date().get(), zone));
          }
          if (s.kind().isPresent()) {
            json.writeStringField("kind", s.kind().get().key());
          }
          if (s.note().filter(n -> !n.isBlank()).isPresent()) {
            json.writeStringField("note", s.note().get());
          }
          json.writeEndObject();
        }
        json.writeEndArray();
      }
      Set<String> related = new LinkedHashSet<>();
      for (String r : e.related()) {
        String id = renamed.get(r);
        if (id == null) {
          relatedDropped++;
        } else {
          related.add(id);
        }
      }
      if (!related.isEmpty()) {
        strings(json, "related", List.copyOf(related));
      }
      Set<String> tags = new LinkedHashSet<>();
      for (String t : e.tags()) {
        if (!t.isBlank()) {
          tags.add(t);
        }
      }
      if (!tags.isEmpty()) {
        strings(json, "tags", List.copyOf(tags));
      }
      if (e.approximate().isPresent() && (e.approximate().get().time() && e.hasDate()
          || e.approximate().get().place() && e.hasPlace())) {
        Approximation a = e.approximate().get();
        json.writeObjectFieldStart("approximate");
        json.writeBooleanField("time", a.time() && e.hasDate());
        json.writeBooleanField("place", a.place() && e.hasPlace());
        json.writeStringField("note", nonBlank(a.note(), "marked approximate by the file it was converted from"));
        json.writeEndObject();
      }
      if (e.disputed().filter(d -> !d.isBlank()).isPresent()) {
        json.writeStringField("disputed", e.disputed().get());
      }
      List<Attribute> attributes = e.attributes();
      if (!attributes.isEmpty()) {
        json.writeArrayFieldStart("attributes");
        for (Attribute a : attributes) {
          json.writeStartObject();
          json.writeStringField("name", a.name());
          json.writeStringField("value", a.value());
          json.writeEndObject();
        }
        json.writeEndArray();
      }
      json.writeEndObject();
    }

    private void stories(JsonGenerator json) throws IOException {
      Set<String> taken = new HashSet<>();
      json.writeArrayFieldStart("stories");
      for (Story story : dataset.stories()) {
        String id;
        if (Texts.isId(story.id()) && taken.add(story.id())) {
          id = story.id();
        } else {
          renamedIds++;
          id = Texts.unique(Texts.slug(story.id(), "story"), taken);
        }
        json.writeStartObject();
        json.writeStringField("id", id);
        json.writeStringField("title", nonBlank(story.title(), id));
        if (!story.description().isBlank()) {
          json.writeStringField("description", story.description());
        }
        json.writeArrayFieldStart("steps");
        for (StoryStep step : story.steps()) {
          json.writeStartObject();
          json.writeStringField("event", renamed.getOrDefault(step.eventId(), step.eventId()));
          if (!step.caption().isBlank()) {
            json.writeStringField("caption", step.caption());
          }
          json.writeEndObject();
        }
        json.writeEndArray();
        json.writeEndObject();
      }
      json.writeEndArray();
    }

    /** The date as written, a local time counted as one with the offset its zone had then. */
    private String writtenTime(TimePoint time, ZoneId zone) {
      if (time.isLocal()) {
        localTimes++;
      }
      return withOffset(time, zone);
    }

    private static String withOffset(TimePoint time, ZoneId zone) {
      if (!time.isLocal()) {
        return time.text();
      }
      java.time.Instant at = time.earliest(zone);
      OffsetDateTime moment = OffsetDateTime.ofInstant(at, zone.getRules().getOffset(at));
      if (moment.getOffset().getTotalSeconds() % 60 != 0) {
        // Before standard time a zone kept its local mean time (Paris +00:09:21 until 1911), an offset ISO
        // cannot write: the same instant in UTC, to the second when the minute is not whole there.
        OffsetDateTime utc = moment.withOffsetSameInstant(ZoneOffset.UTC);
        Precision precision = utc.getSecond() != 0 ? Precision.SECOND : time.precision();
        return TimePoint.ofMoment(utc, precision).text();
      }
      return TimePoint.ofMoment(moment, time.precision()).text();
    }

    private static void strings(JsonGenerator json, String field, List<String> values) throws IOException {
      json.writeArrayFieldStart(field);
      for (String v : values) {
        json.writeString(v);
      }
      json.writeEndArray();
    }

    private static String nonBlank(String text, String otherwise) {
      return text == null || text.isBlank() ? otherwise : text;
    }
  }
}
