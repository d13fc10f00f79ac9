package org.eventmap.io.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.eventmap.io.export.ExportFixtures.byId;
import static org.eventmap.io.export.ExportFixtures.curated;
import static org.eventmap.io.export.ExportFixtures.fixture;
import static org.eventmap.io.export.ExportFixtures.read;
import static org.eventmap.io.export.ExportFixtures.write;
import static org.eventmap.io.export.ExportFixtures.zonesOf;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.eventmap.domain.Attribute;
import org.eventmap.domain.Dataset;
import org.eventmap.domain.Event;
import org.eventmap.domain.Precision;
import org.eventmap.geo.ZoneLookup;
import org.eventmap.io.geojson.GeoJsonFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GeoJsonWriterTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private final GeoJsonWriter writer = new GeoJsonWriter();

  @TempDir Path dir;

  private JsonNode written(Dataset dataset) throws IOException {
    StringWriter out = new StringWriter();
    writer.write(dataset, out);
    return JSON.readTree(out.toString());
  }

  /** The checks of RFC 7946 that a file of ours can break; the sections are named at each. */
  private static void assertRfc7946(JsonNode root, Dataset dataset) {
    // 3.3: a FeatureCollection has "type": "FeatureCollection" and "features", an array of Features.
    assertThat(root.isObject()).isTrue();
    assertThat(root.path("type").asText()).isEqualTo("FeatureCollection");
    assertThat(root.get("features").isArray()).isTrue();
    assertThat(root.get("features")).hasSize(dataset.events().size());
    // 4 and appendix B.1: coordinates are WGS 84 longitude and latitude; the "crs" member is gone.
    assertNoMemberNamed(root, "crs");
    Map<String, Event> events = byId(dataset);
    for (JsonNode feature : root.get("features")) {
      // 3.2: "type": "Feature", a "geometry" member (a geometry or null), a "properties" member (an
      // object or null), and an "id", when there is one, that is a string or a number.
      assertThat(feature.path("type").asText()).isEqualTo("Feature");
      assertThat(feature.has("geometry")).isTrue();
      assertThat(feature.get("properties").isObject()).isTrue();
      assertThat(feature.get("id").isTextual() || feature.get("id").isNumber()).isTrue();
      // 7.1: the members that carry the meaning of other types are not in a Feature.
      assertThat(feature.has("coordinates") || feature.has("geometries") || feature.has("features")).isFalse();
      Event event = events.get(feature.get("id").asText());
      assertThat(event).as(feature.get("id").asText()).isNotNull();
      JsonNode geometry = feature.get("geometry");
      if (event.place().isEmpty()) {
        assertThat(geometry.isNull()).isTrue(); // 3.2: an unlocated feature has a null geometry
        continue;
      }
      // 3.1.2: a Point's "coordinates" is one position; 3.1.1: a position is two or three numbers,
      // longitude first, then latitude (section 9 shows the order with an example).
      assertThat(geometry.path("type").asText()).isEqualTo("Point");
      JsonNode position = geometry.get("coordinates");
      assertThat(position.isArray()).isTrue();
      assertThat(position).hasSize(2);
      assertThat(position.get(0).isNumber() && position.get(1).isNumber()).isTrue();
      double lon = position.get(0).asDouble();
      double lat = position.get(1).asDouble();
      assertThat(lon).isBetween(-180.0, 180.0);
      assertThat(lat).isBetween(-90.0, 90.0);
      assertThat(lon).isCloseTo(event.place().get().location().lon(), within(1e-7));
      assertThat(lat).isCloseTo(event.place().get().location().lat(), within(1e-7));
      // 11.2: no more decimals than the position needs (7 is about a centimetre).
      for (JsonNode number : position) {
        String text = number.asText();
        assertThat(text).doesNotContain("E", "e");
        assertThat(text.contains(".") ? text.length() - text.indexOf('.') - 1 : 0).isLessThanOrEqualTo(7);
      }
    }
  }

  private static void assertNoMemberNamed(JsonNode node, String name) {
    if (node.isObject()) {
      assertThat(node.has(name)).as("a \"" + name + "\" member").isFalse();
      for (Iterator<JsonNode> it = node.elements(); it.hasNext(); ) {
        assertNoMemberNamed(it.next(), name);
      }
    } else if (node.isArray()) {
      node.forEach(n -> assertNoMemberNamed(n, name));
    }
  }

  @Test
  void theCuratedDatasetIsWrittenAsRfc7946GeoJson() throws IOException {
    Dataset dataset = curated();
    assertRfc7946(written(dataset), dataset);
  }

  @Test
  void eventsWithoutAPlaceAreFeaturesWithANullGeometry() throws IOException {
    Dataset dataset = read(new GeoJsonFormat(ZoneLookup.NONE), fixture("river-survey.geojson"));
    JsonNode root = written(dataset);
    assertRfc7946(root, dataset);
    JsonNode unplaced = null;
    for (JsonNode f : root.get("features")) {
      if (f.get("id").asText().equals("17")) {
        unplaced = f;
      }
    }
    assertThat(unplaced).isNotNull();
    assertThat(unplaced.get("geometry").isNull()).isTrue();
    assertThat(unplaced.get("properties").get("start").asText()).isEqualTo("2022-05-02T16:40:05+02:00");
  }

  @Test
  void datesKeepTheirPrecisionOffsetAndLocalness() throws IOException {
    Dataset dataset = read(new GeoJsonFormat(ZoneLookup.NONE), fixture("river-survey.geojson"));
    Map<String, JsonNode> properties = new java.util.HashMap<>();
    for (JsonNode f : written(dataset).get("features")) {
      properties.put(f.get("id").asText(), f.get("properties"));
    }
    assertThat(properties.get("Station B").get("start").asText()).isEqualTo("2022-04");
    assertThat(properties.get("Station B").get("precision").asText()).isEqualTo("month");
    assertThat(properties.get("Station A").get("start").asText()).isEqualTo("2022-04-03T07:15");
    assertThat(properties.get("17").get("end").asText()).isEqualTo("2022-05-02T17:05:00+02:00");
    JsonNode curated = written(curated());
    String moment = null;
    for (JsonNode f : curated.get("features")) {
      if (f.get("id").asText().equals("2024-03-22-blinken-arrives-tel-aviv")) {
        moment = f.get("properties").get("start").asText();
      }
    }
    assertThat(moment).isEqualTo("2024-03-22T10:00+02:00");
  }

  @Test
  void theOtherFieldsAreNamedPropertiesAndSourcesAreObjects() throws IOException {
    JsonNode root = written(curated());
    JsonNode withQuotes = null;
    for (JsonNode f : root.get("features")) {
      if (f.get("properties").has("quotes") && f.get("properties").has("approximate")) {
        withQuotes = f.get("properties");
      }
    }
    assertThat(withQuotes).isNotNull();
    assertThat(withQuotes.get("sources").get(0).get("publisher").isTextual()).isTrue();
    assertThat(withQuotes.get("quotes").get(0).get("speaker").isTextual()).isTrue();
    assertThat(withQuotes.get("approximate").get("note").isTextual()).isTrue();
    assertThat(withQuotes.get("actors").isArray()).isTrue();
    assertThat(withQuotes.get("timezone").asText()).contains("/");
    assertThat(withQuotes.get("category").isTextual()).isTrue();
  }

  /**
   * What GeoJSON carries back into Eventmap: every event with its id, title, summary, dates (precision,
   * offset or local time), place (name, point, and its zone from the coordinates) and category, and its
   * attributes. Our GeoJSON reader has no fields for actors, tags, sources, quotes, approximate and
   * disputed: they come back as attributes of those names, as JSON text.
   */
  @Test
  void aRoundTripThroughGeoJsonKeepsEveryEventDatePlaceAndText() throws IOException {
    for (Dataset original : List.of(curated(), read(new GeoJsonFormat(ZoneLookup.NONE),
        fixture("river-survey.geojson")))) {
      Path file = write(writer, original, dir.resolve("out.geojson"));
      Dataset back = read(new GeoJsonFormat(zonesOf(original)), file);
      assertThat(back.title()).isEqualTo(original.title());
      assertThat(back.events()).hasSameSizeAs(original.events());
      Map<String, Event> readBack = byId(back);
      for (Event e : original.events()) {
        Event b = readBack.get(e.id());
        assertThat(b).as(e.id()).isNotNull();
        assertThat(b.title()).isEqualTo(e.title());
        assertThat(b.summary()).isEqualTo(e.summary());
        assertThat(b.start()).isEqualTo(e.start());
        assertThat(b.end()).isEqualTo(e.end());
        assertThat(b.category().name()).isEqualTo(e.category().name());
        assertThat(b.place().isPresent()).isEqualTo(e.place().isPresent());
        if (e.place().isPresent()) {
          assertThat(b.place().get().name()).isEqualTo(e.place().get().name());
          assertThat(b.place().get().zone()).isEqualTo(e.place().get().zone());
          assertThat(b.place().get().location().lat()).isCloseTo(e.place().get().location().lat(), within(1e-7));
          assertThat(b.place().get().location().lon()).isCloseTo(e.place().get().location().lon(), within(1e-7));
        }
        List<Attribute> own = b.attributes().stream()
            .filter(a -> !GeoJsonWriter.OWN_NAMES.contains(a.name())).toList();
        assertThat(own).as(e.id()).isEqualTo(e.attributes().stream()
            .map(a -> a.name().equalsIgnoreCase("title") ? new Attribute(a.name() + " (2)", a.value()) : a)
            .toList());
        if (!e.actors().isEmpty()) {
          assertThat(b.attributes()).extracting(Attribute::name).contains("actors");
        }
        if (e.start().isPresent()) {
          assertThat(b.attributes()).contains(new Attribute("precision",
              e.start().get().precision().name().toLowerCase(java.util.Locale.ROOT)));
        }
      }
    }
  }

  /**
   * An attribute named like a property our reader takes for a field ("date", "time", "notes", "type"...)
   * was written under its own name: for an event without a date, "date": "sometime in spring" was then
   * read back as the event's date, and the whole file refused as an error.
   */
  @Test
  void anUndatedEventsDateAttributeIsNotReadAsItsDate() throws IOException {
    org.eventmap.domain.Category c = new org.eventmap.domain.Category("k", "K", java.util.Optional.empty());
    Event undated = Event.builder("u", "Undated").category(c).attributes(List.of(
        new Attribute("date", "sometime in spring"), new Attribute("Notes", "not the summary"),
        new Attribute("begin", "before the rains"))).build();
    Dataset dataset = new Dataset("t", java.util.Optional.empty(), "l", java.util.Optional.empty(),
        java.util.Optional.empty(), List.of(), List.of(c), List.of(undated));
    Path file = write(writer, dataset, dir.resolve("undated.geojson"));
    Event back = read(new GeoJsonFormat(ZoneLookup.NONE), file).events().get(0);
    assertThat(back.start()).isEmpty();
    assertThat(back.summary()).isEmpty();
    assertThat(back.attributes()).contains(new Attribute("date (2)", "sometime in spring"),
        new Attribute("Notes (2)", "not the summary"), new Attribute("begin (2)", "before the rains"));
  }

  @Test
  void anAttributeNamedLikeAFieldIsWrittenUnderAnotherName() throws IOException {
    Dataset dataset = read(new GeoJsonFormat(ZoneLookup.NONE), fixture("river-survey.geojson"));
    JsonNode heron = null;
    for (JsonNode f : written(dataset).get("features")) {
      if (f.get("id").asText().equals("Station B")) {
        heron = f.get("properties");
      }
    }
    assertThat(heron.get("title").asText()).isEqualTo("Heron nest counted");
    assertThat(heron.get("Title (2)").asText()).isEqualTo("second title kept as an attribute");
    assertThat(heron.get("nests").asText()).isEqualTo("4");
    assertThat(dataset.events().stream().filter(e -> e.id().equals("Station B")).findFirst().orElseThrow()
        .start().orElseThrow().precision()).isEqualTo(Precision.MONTH);
  }
}
