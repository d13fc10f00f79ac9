package org.eventmap.io.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.eventmap.io.export.ExportFixtures.byId;
import static org.eventmap.io.export.ExportFixtures.curated;
import static org.eventmap.io.export.ExportFixtures.fixture;
import static org.eventmap.io.export.ExportFixtures.read;
import static org.eventmap.io.export.ExportFixtures.write;
import static org.eventmap.io.export.ExportFixtures.zonesOf;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.eventmap.domain.Attribute;
import org.eventmap.domain.Category;
import org.eventmap.domain.Dataset;
import org.eventmap.domain.Event;
import org.eventmap.domain.Precision;
import org.eventmap.domain.TimePoint;
import org.eventmap.geo.ZoneLookup;
import org.eventmap.io.csv.CsvFormat;
import org.eventmap.io.geojson.GeoJsonFormat;
import org.eventmap.io.kml.KmlFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class KmlWriterTest {
  private final KmlWriter writer = new KmlWriter();

  @TempDir Path dir;

  @Test
  void theCuratedDatasetValidatesAgainstTheOgcKml22Schema() throws Exception {
    Path file = write(writer, curated(), dir.resolve("curated.kml"));
    assertThat(Kml22Schema.errors(file)).isEmpty();
  }

  @Test
  void theFixturesValidateAgainstTheOgcKml22Schema() throws Exception {
    for (Dataset dataset : List.of(read(new GeoJsonFormat(ZoneLookup.NONE), fixture("river-survey.geojson")),
        read(new KmlFormat(ZoneLookup.NONE), fixture("orchard-walks.kml")),
        read(new CsvFormat(ZoneLookup.NONE), fixture("harbour-festival.csv")))) {
      Path file = write(writer, dataset, dir.resolve("fixture.kml"));
      assertThat(Kml22Schema.errors(file)).as(dataset.title()).isEmpty();
    }
  }

  @Test
  void theSchemaCheckCatchesWhatKmlForbids() throws Exception {
    // The check is only worth something if it fails: a time to the minute is not an xsd:dateTime, and an
    // id that starts with a digit is not an XML name.
    Path file = dir.resolve("broken.kml");
    Files.writeString(file, """
        <?xml version="1.0" encoding="UTF-8"?>
        <kml xmlns="http://www.opengis.net/kml/2.2"><Document>
        <Placemark id="2024-event"><name>x</name><TimeStamp><when>2024-03-22T09:50+02:00</when></TimeStamp>
        <Point><coordinates>34.78,32.08</coordinates></Point></Placemark></Document></kml>
        """);
    assertThat(Kml22Schema.errors(file)).hasSizeGreaterThanOrEqualTo(2);
  }

  @Test
  void datesAreWrittenInTheXmlSchemaTypeOfTheirPrecision() {
    assertThat(KmlWriter.when(TimePoint.parse("2024"))).isEqualTo("2024");
    assertThat(KmlWriter.when(TimePoint.parse("-0030"))).isEqualTo("-0030");
    assertThat(KmlWriter.when(TimePoint.parse("2024-03"))).isEqualTo("2024-03");
    assertThat(KmlWriter.when(TimePoint.parse("2024-03-22"))).isEqualTo("2024-03-22");
    assertThat(KmlWriter.when(TimePoint.parse("2024-03-22T09:50+02:00"))).isEqualTo("2024-03-22T09:50:00+02:00");
    assertThat(KmlWriter.when(TimePoint.parse("2024-03-22T09:50:30Z"))).isEqualTo("2024-03-22T09:50:30Z");
    assertThat(KmlWriter.when(TimePoint.ofLocal(java.time.LocalDateTime.of(2021, 4, 2, 9, 0), Precision.MINUTE)))
        .isEqualTo("2021-04-02T09:00:00");
  }

  @Test
  void categoriesAreFoldersWithAStyleOfTheirColour() throws IOException {
    StringWriter out = new StringWriter();
    writer.write(curated(), out);
    Category coloured = curated().categories().stream().filter(c -> c.color().isPresent()).findFirst().orElseThrow();
    String css = coloured.color().get().toLowerCase(java.util.Locale.ROOT);
    String kml = "ff" + css.substring(5, 7) + css.substring(3, 5) + css.substring(1, 3);
    assertThat(out.toString()).contains("<Style id=\"style-" + coloured.id() + "\"><IconStyle><color>" + kml + "</color>")
        .contains("<Folder>\n<name>" + coloured.name().replace("&", "&amp;") + "</name>")
        .contains("<styleUrl>#style-" + coloured.id() + "</styleUrl>");
  }

  @Test
  void charactersXmlCannotHoldDoNotBreakTheFile() throws Exception {
    Category c = new Category("c", "C", Optional.empty());
    Event e = Event.builder("e1", "Bell \u0007 rang & <stopped>").category(c).summary("tab\there \uD800 lone").build();
    Dataset dataset = new Dataset("t", Optional.empty(), "l", Optional.empty(), Optional.empty(), List.of(), List.of(c),
        List.of(e));
    Path file = write(writer, dataset, dir.resolve("odd.kml"));
    assertThat(Kml22Schema.errors(file)).isEmpty();
    Event back = read(new KmlFormat(ZoneLookup.NONE), file).events().get(0);
    assertThat(back.title()).isEqualTo("Bell \uFFFD rang & <stopped>");
    assertThat(back.summary()).isEqualTo(e.summary()); // the event keeps its texts as UTF-8: a lone surrogate is '?'
    StringBuilder escaped = new StringBuilder();
    Texts.appendXml(escaped, "a\uD800b\u0001c\uD83D\uDE00");
    assertThat(escaped.toString()).isEqualTo("a\uFFFDb\uFFFDc\uD83D\uDE00");
  }

  /**
   * What KML carries back into Eventmap: every event, its title, summary (as plain text), dates at their
   * precision, except that a time to the minute comes back to the second (xsd:dateTime has seconds), its
   * place (address, point, and the zone of its coordinates) and category (the Folder). An id that is not
   * an XML name (the curated ids start with the year) cannot be a Placemark's id: it travels as
   * {@code Data name="id"}, which the reader takes as the event's id (the curated ids came back as an
   * attribute "id" until it did). Actors, tags, sources, quotes, approximate and disputed come back as attributes.
   */
  @Test
  void aRoundTripThroughKmlKeepsEveryEventDatePlaceAndText() throws IOException {
    for (Dataset original : List.of(curated(), read(new KmlFormat(ZoneLookup.NONE), fixture("orchard-walks.kml")))) {
      Path file = write(writer, original, dir.resolve("out.kml"));
      Dataset back = read(new KmlFormat(zonesOf(original)), file);
      assertThat(back.title()).isEqualTo(original.title());
      assertThat(back.events()).hasSameSizeAs(original.events());
      Map<String, Event> readBack = new java.util.HashMap<>();
      for (Event b : back.events()) {
        assertThat(b.attributes()).as("the id is the event's, not an attribute").noneMatch(a -> a.name().equals("id"));
        readBack.put(b.id(), b);
      }
      for (Event e : original.events()) {
        Event b = readBack.get(e.id());
        assertThat(b).as(e.id()).isNotNull();
        assertThat(b.title()).isEqualTo(e.title());
        assertThat(b.summary()).isEqualTo(e.summary());
        assertThat(b.start().map(KmlWriterTest::toSeconds)).isEqualTo(e.start().map(KmlWriterTest::toSeconds));
        assertThat(b.end().map(KmlWriterTest::toSeconds)).isEqualTo(e.end().map(KmlWriterTest::toSeconds));
        assertThat(b.category().name()).isEqualTo(e.category().name());
        assertThat(b.place().isPresent()).isEqualTo(e.place().isPresent());
        if (e.place().isPresent()) {
          assertThat(b.place().get().name()).isEqualTo(e.place().get().name());
          assertThat(b.place().get().zone()).isEqualTo(e.place().get().zone());
          assertThat(b.place().get().location().lat()).isCloseTo(e.place().get().location().lat(), within(1e-7));
          assertThat(b.place().get().location().lon()).isCloseTo(e.place().get().location().lon(), within(1e-7));
        }
        assertThat(b.attributes()).as(e.id()).containsAll(e.attributes());
        if (!e.actors().isEmpty()) {
          assertThat(b.attributes()).contains(new Attribute("actors", String.join("; ", e.actors())));
        }
      }
    }
  }

  /** A time to the minute as KML gives it back: the same moment, to the second. */
  private static TimePoint toSeconds(TimePoint t) {
    if (t.precision() != Precision.MINUTE) {
      return t;
    }
    return t.moment().map(m -> TimePoint.ofMoment(m, Precision.SECOND))
        .orElseGet(() -> TimePoint.ofLocal(t.localTime().orElseThrow(), Precision.SECOND));
  }
}
