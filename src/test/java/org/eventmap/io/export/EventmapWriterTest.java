package org.eventmap.io.export;

import org.eventmap.io.ProgressListener;
import org.eventmap.io.ReadOptions;
import org.eventmap.io.LoadResult;
import static org.assertj.core.api.Assertions.assertThat;
import static org.eventmap.io.export.ExportFixtures.byId;
import static org.eventmap.io.export.ExportFixtures.curated;
import static org.eventmap.io.export.ExportFixtures.fixture;
import static org.eventmap.io.export.ExportFixtures.read;
import static org.eventmap.io.export.ExportFixtures.write;

import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.eventmap.domain.Attribute;
import org.eventmap.domain.Category;
import org.eventmap.domain.Dataset;
import org.eventmap.domain.Era;
import org.eventmap.domain.Event;
import org.eventmap.domain.GeoPoint;
import org.eventmap.domain.Place;
import org.eventmap.domain.Precision;
import org.eventmap.domain.Story;
import org.eventmap.domain.StoryStep;
import org.eventmap.domain.TimePoint;
import org.eventmap.geo.ZoneLookup;
import org.eventmap.io.EventFormat;
import org.eventmap.io.EventmapFormat;
import org.eventmap.io.csv.CsvFormat;
import org.eventmap.io.geojson.GeoJsonFormat;
import org.eventmap.io.kml.KmlFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EventmapWriterTest {
  /** Marseille, Berlin and Tokyo, where the fixtures' events are. */
  private static final ZoneLookup FIXTURE_ZONES = (lat, lon) -> Optional.of(ZoneId.of(
      lon < 10 ? "Europe/Paris" : lon < 100 ? "Europe/Berlin" : "Asia/Tokyo"));

  private final EventmapWriter writer = new EventmapWriter();

  @TempDir Path dir;

  private Dataset roundTrip(Dataset dataset) throws IOException {
    return read(new EventmapFormat(), write(writer, dataset, dir.resolve("out.json")));
  }

  @Test
  void theCuratedDatasetComesBackEqualInEveryField() throws IOException {
    Dataset original = curated();
    Dataset back = roundTrip(original);
    assertThat(back.events()).isEqualTo(original.events());
    assertThat(back.places()).isEqualTo(original.places());
    assertThat(back.categories()).isEqualTo(original.categories());
    assertThat(back).isEqualTo(original);
  }

  @Test
  void erasStoriesAndAttributesComeBackEqual() throws IOException {
    Dataset curated = curated();
    List<Event> events = new java.util.ArrayList<>(curated.events());
    Event first = events.get(0);
    events.set(0, Event.builder(first.id(), first.title()).start(first.start().orElseThrow())
        .place(first.place().orElseThrow()).category(first.category()).actors(first.actors())
        .summary(first.summary()).quotes(first.quotes()).sources(first.sources()).related(first.related())
        .tags(first.tags()).attributes(List.of(new Attribute("fatalities", "3"),
            new Attribute(Attribute.DATE_AS_WRITTEN, "early October"), new Attribute("fatalities", "4")))
        .build());
    Dataset original = new Dataset(curated.title(), curated.description(), curated.license(), curated.attribution(),
        curated.openOn(), curated.places(), curated.categories(), events,
        List.of(new Era("The war's first months", TimePoint.parse("2023-10-07"), TimePoint.parse("2023-12")),
            new Era("Ramadan", TimePoint.parse("2024-03-10T18:00+02:00"), TimePoint.parse("2024-04-09"))),
        List.of(new Story("first-and-last", "First and last", "", List.of(
            new StoryStep(first.id(), "Where it starts."),
            new StoryStep(curated.events().get(curated.events().size() - 1).id(), "")))));
    assertThat(roundTrip(original)).isEqualTo(original);
  }

  @Test
  void convertedFilesMatchThePublishedJsonSchema() throws IOException {
    Schema schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
        .getSchema(Files.newInputStream(Path.of("assets/schema/eventmap-dataset.schema.json")));
    for (Dataset dataset : List.of(curated(), fromFixture(new CsvFormat(FIXTURE_ZONES), "harbour-festival.csv"),
        fromFixture(new GeoJsonFormat(FIXTURE_ZONES), "river-survey.geojson"),
        fromFixture(new KmlFormat(FIXTURE_ZONES), "orchard-walks.kml"))) {
      StringWriter out = new StringWriter();
      writer.write(dataset, out);
      assertThat(schema.validate(out.toString(), InputFormat.JSON)).as(dataset.title()).isEmpty();
    }
  }

  private static Dataset fromFixture(EventFormat format, String name) {
    return read(format, fixture(name));
  }

  /**
   * A file of another tool, converted and read back, gives the same events: ids (made valid where they
   * were not), dates with their precision (a local time becomes the same moment with its place's offset),
   * places with their zones, texts and attributes. An event without a summary gets its title as summary.
   */
  @Test
  void aDatasetReadFromCsvGeoJsonOrKmlComesBackTheSame() throws IOException {
    for (Dataset original : List.of(fromFixture(new CsvFormat(FIXTURE_ZONES), "harbour-festival.csv"),
        fromFixture(new GeoJsonFormat(FIXTURE_ZONES), "river-survey.geojson"),
        fromFixture(new KmlFormat(FIXTURE_ZONES), "orchard-walks.kml"))) {
      Dataset back = roundTrip(original);
      assertThat(back.title()).isEqualTo(original.title());
      assertThat(back.events()).hasSameSizeAs(original.events());
      Map<String, Event> readBack = byId(back);
      for (Event e : original.events()) {
        String id = e.id().matches("[a-z0-9][a-z0-9-]*") ? e.id() : Texts.slug(e.id(), "event");
        Event b = readBack.get(id);
        assertThat(b).as(e.id()).isNotNull();
        assertThat(b.title()).isEqualTo(e.title());
        assertThat(b.summary()).isEqualTo(e.summary().isEmpty() ? e.title() : e.summary());
        assertThat(b.start().map(TimePoint::precision)).isEqualTo(e.start().map(TimePoint::precision));
        assertThat(b.earliestInstant()).isEqualTo(e.earliestInstant());
        assertThat(b.latestInstantExclusive()).isEqualTo(e.latestInstantExclusive());
        if (e.start().isPresent() && !e.start().get().isLocal()) {
          assertThat(b.start()).isEqualTo(e.start());
        }
        assertThat(b.place().map(Place::name)).isEqualTo(e.place().map(Place::name));
        assertThat(b.place().map(Place::location)).isEqualTo(e.place().map(Place::location));
        assertThat(b.place().map(Place::zone)).isEqualTo(e.place().map(Place::zone));
        assertThat(b.category().name()).isEqualTo(e.category().name());
        assertThat(b.sources()).isEqualTo(e.sources());
        assertThat(b.actors()).isEqualTo(e.actors());
        assertThat(b.attributes()).isEqualTo(e.attributes());
        assertThat(b.approximate()).isEqualTo(e.approximate());
      }
    }
  }

  @Test
  void aLocalTimeGetsTheOffsetItsPlaceHadThen() throws IOException {
    String text = written(fromFixture(new GeoJsonFormat(FIXTURE_ZONES), "river-survey.geojson"));
    assertThat(text).contains("\"start\": \"2022-04-03T07:15+02:00\""); // Berlin's summer time began on 27 March
    String orchard = written(fromFixture(new KmlFormat(FIXTURE_ZONES), "orchard-walks.kml"));
    assertThat(orchard).contains("\"start\": \"2021-04-02T09:00+09:00\"");
  }

  /**
   * A 100k-slide TimelineJS file converted gave times of 1900 the local mean time their zone had then
   * ("1900-01-12T03:55-04:16:48"), which our reader refuses: the converted file did not open.
   */
  @Test
  void aLocalTimeBeforeItsZoneHadAStandardOffsetIsWrittenInUtcAndReadsBack() throws IOException {
    ZoneId paris = ZoneId.of("Europe/Paris");
    Place marseille = new Place("marseille", "Marseille", new GeoPoint(43.30, 5.37), paris, Optional.empty());
    Category k = new Category("k", "K", Optional.empty());
    TimePoint local = TimePoint.ofLocal(java.time.LocalDateTime.of(1900, 5, 1, 10, 0), Precision.MINUTE);
    Event e = Event.builder("e", "Harbour opening").start(local).place(marseille).category(k).summary("s").build();
    Dataset dataset = new Dataset("t", Optional.empty(), "CC0", Optional.empty(), Optional.empty(),
        List.of(marseille), List.of(k), List.of(e));
    assertThat(paris.getRules().getOffset(e.earliestInstant().orElseThrow()).getTotalSeconds() % 60)
        .as("Paris kept its mean time, +00:09:21, in 1900").isNotZero();

    Path out = write(writer, dataset, dir.resolve("lmt.json"));
    LoadResult result = new EventmapFormat().read(out, ReadOptions.NONE, ProgressListener.NONE);

    assertThat(result.errors()).isEmpty();
    assertThat(result.problems()).noneMatch(p -> p.message().contains("offset"));
    Event back = result.dataset().orElseThrow().event("e").orElseThrow();
    assertThat(back.earliestInstant()).isEqualTo(e.earliestInstant());
    assertThat(java.nio.file.Files.readString(out)).contains("\"start\": \"1900-05-01T09:50:39Z\"");
  }

  @Test
  void placesAreSharedByIdsMadeFromTheirNames() throws IOException {
    Category c = new Category("k", "K", Optional.empty());
    Place pond = new Place("p1", "Tiergarten pond", new GeoPoint(52.5163, 13.3777), ZoneId.of("Europe/Berlin"),
        Optional.empty());
    Place otherPond = new Place("p2", "Tiergarten pond", new GeoPoint(52.5170, 13.3700), ZoneId.of("Europe/Berlin"),
        Optional.empty());
    Place nowhere = new Place("p3", "", new GeoPoint(0, 0), java.time.ZoneOffset.UTC, Optional.empty());
    Dataset dataset = new Dataset("t", Optional.empty(), "l", Optional.empty(), Optional.empty(),
        List.of(pond, otherPond, nowhere), List.of(c), List.of(
            Event.builder("a", "A").place(pond).category(c).summary("s").build(),
            Event.builder("b", "B").place(pond).category(c).summary("s").build(),
            Event.builder("c", "C").place(otherPond).category(c).summary("s").build(),
            Event.builder("d", "D").place(nowhere).category(c).summary("s").build()));
    String text = written(dataset);
    assertThat(text).contains("\"id\": \"tiergarten-pond\"", "\"id\": \"tiergarten-pond-2\"", "\"id\": \"place\"",
        "\"timeZone\": \"UTC\"");
    Dataset back = roundTrip(dataset);
    assertThat(back.places()).extracting(Place::id).containsExactly("tiergarten-pond", "tiergarten-pond-2", "place");
    Map<String, Event> events = byId(back);
    assertThat(events.get("a").place().get()).isSameAs(events.get("b").place().get());
  }

  @Test
  void idsThatAreNotOursAreMadeValidAndRelatedAndStoriesFollow() throws IOException {
    Category c = new Category("Odd Category", "Odd", Optional.of("#112233"));
    Event one = Event.builder("Event One", "One").start(TimePoint.ofLocal(LocalDateTime.of(2024, 1, 5, 10, 0),
        Precision.MINUTE)).category(c).related(List.of("Event Two", "gone")).build();
    Event two = Event.builder("Event Two", "Two").start(TimePoint.ofDay(LocalDate.of(2024, 1, 6))).category(c)
        .summary("second").build();
    Event twoAgain = Event.builder("event-two", "Two again").category(c).summary("third").build();
    Dataset dataset = new Dataset("t", Optional.empty(), "l", Optional.empty(), Optional.empty(), List.of(),
        List.of(c), List.of(one, two, twoAgain), List.of(),
        List.of(new Story("My Story", "S", "", List.of(new StoryStep("Event Two", "then"), new StoryStep("Event One", "")))));
    StringWriter out = new StringWriter();
    Written written = writer.write(dataset, out);
    assertThat(written.notes()).anyMatch(n -> n.startsWith("4 ids")).anyMatch(n -> n.startsWith("1 time was"))
        .anyMatch(n -> n.startsWith("1 event has no summary")).anyMatch(n -> n.startsWith("1 related id"));
    Dataset back = roundTrip(dataset);
    Map<String, Event> events = byId(back);
    assertThat(events.keySet()).containsExactlyInAnyOrder("event-one", "event-two-2", "event-two");
    assertThat(events.get("event-one").related()).containsExactly("event-two-2");
    assertThat(events.get("event-one").start().orElseThrow().text()).isEqualTo("2024-01-05T10:00Z");
    assertThat(events.get("event-two-2").title()).isEqualTo("Two");
    assertThat(back.categories()).extracting(Category::id).containsExactly("odd-category");
    assertThat(back.stories()).hasSize(1);
    assertThat(back.stories().get(0).id()).isEqualTo("my-story");
    assertThat(back.stories().get(0).steps()).containsExactly(new StoryStep("event-two-2", "then"),
        new StoryStep("event-one", ""));
  }

  private String written(Dataset dataset) throws IOException {
    StringWriter out = new StringWriter();
    writer.write(dataset, out);
    return out.toString();
  }
}
