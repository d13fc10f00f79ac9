package org.eventmap.io.export;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.eventmap.domain.Approximation;
import org.eventmap.domain.Attribute;
import org.eventmap.domain.Dataset;
import org.eventmap.domain.Event;
import org.eventmap.domain.Place;
import org.eventmap.domain.Quote;
import org.eventmap.domain.Source;
import org.eventmap.domain.TimePoint;

/**
 * GeoJSON (RFC 7946): one FeatureCollection, one Feature per event. An event with a place is a Point at
 * [longitude, latitude] in WGS 84 (no {@code crs} member, which RFC 7946 removed); one without a place is
 * a Feature whose {@code geometry} is null (section 3.2 allows it), so that nothing is lost.
 *
 * <p>The properties are named as Eventmap's own GeoJSON reader reads them back (and as GIS tools
 * commonly name them): {@code id}, {@code title}, {@code description} (the summary), {@code start} and
 * {@code end} in ISO 8601 at the event's precision (a month stays {@code 2024-03}, a moment keeps its
 * offset, a local time stays local), {@code precision}, {@code timezone}, {@code place} (the place's
 * name), {@code category}, then {@code actors}, {@code tags}, {@code sources}, {@code quotes},
 * {@code approximate} and {@code disputed} when the event has them, then the event's own attributes by
 * name. An attribute whose name is already taken, or that our reader would take for a field (an
 * undated event's "date"), gets " (2)" after it: a JSON object cannot hold one name twice. The
 * collection's {@code title} and {@code description} are foreign members (section 6.1).
 */
public final class GeoJsonWriter implements DatasetWriter {
  private static final JsonFactory JSON = JsonFactory.builder().build();
  /** The names the writer gives the event's own fields; compared ignoring case, as the reader matches. */
  static final Set<String> OWN_NAMES = Set.of("id", "title", "description", "start", "end", "precision", "timezone",
      "place", "category", "actors", "tags", "sources", "quotes", "approximate", "disputed");
  /**
   * The other names Eventmap's GeoJSON reader takes for a field when the one above is absent (an undated
   * event's "date" would become its date): an attribute of one of these names is renamed too.
   */
  static final Set<String> READ_AS_FIELDS = Set.of("name", "label", "notes", "summary", "type", "event_type", "kind",
      "location", "toponym", "address", "locality", "begin", "time", "datetime", "date", "timestamp", "when", "times",
      "coordtimes", "tz");

  @Override
  public String name() {
    return "geojson";
  }

  @Override
  public String description() {
    return "GeoJSON (RFC 7946), for GIS tools and web maps";
  }

  @Override
  public String extension() {
    return "geojson";
  }

  @Override
  public Written write(Dataset dataset, Writer out) throws IOException {
    return write(dataset, JSON.createGenerator(out));
  }

  /** As UTF-8 bytes straight from the generator: a third faster than through a Writer. */
  @Override
  public Written write(Dataset dataset, OutputStream out) throws IOException {
    return write(dataset, JSON.createGenerator(out, JsonEncoding.UTF8));
  }

  private static Written write(Dataset dataset, JsonGenerator json) throws IOException {
    json.writeStartObject();
    json.writeStringField("type", "FeatureCollection");
    json.writeStringField("title", dataset.title());
    if (dataset.description().isPresent()) {
      json.writeStringField("description", dataset.description().get());
    }
    json.writeArrayFieldStart("features");
    for (Event e : dataset.events()) {
      json.writeRaw('\n');
      feature(json, e);
    }
    json.writeRaw('\n');
    json.writeEndArray();
    json.writeEndObject();
    json.writeRaw('\n');
    json.flush();
    return new Written(dataset.events().size(), List.of());
  }

  private static void feature(JsonGenerator json, Event e) throws IOException {
    json.writeStartObject();
    json.writeStringField("type", "Feature");
    json.writeStringField("id", e.id());
    json.writeFieldName("geometry");
    if (e.place().isPresent()) {
      Place p = e.place().get();
      json.writeStartObject();
      json.writeStringField("type", "Point");
      json.writeArrayFieldStart("coordinates");
      json.writeNumber(Texts.degrees(p.location().lon()));
      json.writeNumber(Texts.degrees(p.location().lat()));
      json.writeEndArray();
      json.writeEndObject();
    } else {
      json.writeNull();
    }
    json.writeObjectFieldStart("properties");
    json.writeStringField("id", e.id());
    json.writeStringField("title", e.title());
    if (!e.summary().isEmpty()) {
      json.writeStringField("description", e.summary());
    }
    if (e.start().isPresent()) {
      json.writeStringField("start", e.start().get().text());
      if (e.end().isPresent()) {
        json.writeStringField("end", e.end().get().text());
      }
      json.writeStringField("precision", e.start().get().precision().name().toLowerCase(Locale.ROOT));
    }
    if (e.place().isPresent()) {
      Place p = e.place().get();
      json.writeStringField("timezone", p.zone().equals(ZoneOffset.UTC) ? "UTC" : p.zone().getId());
      json.writeStringField("place", p.name());
    }
    json.writeStringField("category", e.category().name());
    strings(json, "actors", e.actors());
    strings(json, "tags", e.tags());
    List<Source> sources = e.sources();
    if (!sources.isEmpty()) {
      json.writeArrayFieldStart("sources");
      for (Source s : sources) {
        json.writeStartObject();
        json.writeStringField("title", s.title());
        json.writeStringField("publisher", s.publisher());
        if (s.url().isPresent()) {
          json.writeStringField("url", s.url().get().toString());
        }
        if (s.date().isPresent()) {
          json.writeStringField("date", s.date().get().text());
        }
        if (s.kind().isPresent()) {
          json.writeStringField("kind", s.kind().get().key());
        }
        json.writeEndObject();
      }
      json.writeEndArray();
    }
    if (!e.quotes().isEmpty()) {
      json.writeArrayFieldStart("quotes");
      for (Quote q : e.quotes()) {
        json.writeStartObject();
        json.writeStringField("text", q.text());
        json.writeStringField("speaker", q.speaker());
        if (q.occasion().isPresent()) {
          json.writeStringField("occasion", q.occasion().get());
        }
        if (q.date().isPresent()) {
          json.writeStringField("date", q.date().map(TimePoint::text).get());
        }
        if (q.sourceIndex().isPresent()) {
          json.writeNumberField("source", q.sourceIndex().getAsInt());
        }
        json.writeEndObject();
      }
      json.writeEndArray();
    }
    if (e.approximate().isPresent()) {
      Approximation a = e.approximate().get();
      json.writeObjectFieldStart("approximate");
      json.writeBooleanField("time", a.time());
      json.writeBooleanField("place", a.place());
      json.writeStringField("note", a.note());
      json.writeEndObject();
    }
    if (e.disputed().isPresent()) {
      json.writeStringField("disputed", e.disputed().get());
    }
    List<Attribute> attributes = e.attributes();
    if (!attributes.isEmpty()) {
      Set<String> taken = new HashSet<>();
      for (Attribute a : attributes) {
        json.writeStringField(freeName(a.name(), taken), a.value());
      }
    }
    json.writeEndObject();
    json.writeEndObject();
  }

  /** The attribute's name, or the first of "NAME (2)", "NAME (3)"... that no field or earlier attribute has. */
  private static String freeName(String name, Set<String> taken) {
    String candidate = name;
    for (int n = 2; reserved(candidate) || !taken.add(candidate.toLowerCase(Locale.ROOT)); n++) {
      candidate = name + " (" + n + ")";
    }
    return candidate;
  }

  private static boolean reserved(String name) {
    String lower = name.toLowerCase(Locale.ROOT);
    return OWN_NAMES.contains(lower) || READ_AS_FIELDS.contains(lower);
  }

  private static void strings(JsonGenerator json, String field, List<String> values) throws IOException {
    if (values.isEmpty()) {
      return;
    }
    json.writeArrayFieldStart(field);
    for (String v : values) {
      json.writeString(v);
    }
    json.writeEndArray();
  }
}
