package org.eventmap.io.kml;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.eventmap.bench.KmlBenchmark;
import org.eventmap.domain.Attribute;
import org.eventmap.domain.Dataset;
import org.eventmap.domain.Event;
import org.eventmap.domain.Precision;
import org.eventmap.geo.ZoneLookup;
import org.eventmap.io.FileHead;
import org.eventmap.io.LoadResult;
import org.eventmap.io.Problem;
import org.eventmap.io.ProgressListener;
import org.eventmap.io.ReadOptions;
import org.eventmap.io.formats.FormatRegistry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class KmlFormatTest {
  @TempDir Path dir;

  /** Lisbon, Porto, Coimbra and Faro are in Europe/Lisbon; anywhere else in a made-up zone. */
  private static final ZoneLookup PORTUGAL = (lat, lon) -> Optional.of(
      lon > -10 && lon < -6 && lat > 36 && lat < 42.5 ? ZoneId.of("Europe/Lisbon") : ZoneId.of("Asia/Tokyo"));

  static Path fixture(String name) {
    try {
      return Path.of(KmlFormatTest.class.getResource("/formats/kml/" + name).toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  private static LoadResult read(Path file) {
    return new KmlFormat(PORTUGAL).read(file, ReadOptions.NONE, ProgressListener.NONE);
  }

  private static Dataset dataset(String fixture) {
    LoadResult result = read(fixture(fixture));
    assertThat(result.errors()).isEmpty();
    return result.dataset().orElseThrow();
  }

  private static Map<String, Event> byId(Dataset dataset) {
    return dataset.events().stream().collect(Collectors.toMap(Event::id, e -> e));
  }

  private Path write(String name, String text) throws IOException {
    Path file = dir.resolve(name);
    Files.writeString(file, text, StandardCharsets.UTF_8);
    return file;
  }

  @Test
  void aWhenKeepsThePrecisionItIsWrittenAt() {
    Map<String, Event> events = byId(dataset("dates-and-folders.kml"));

    assertThat(events.get("year").start().orElseThrow().text()).isEqualTo("1871");
    assertThat(events.get("year").start().orElseThrow().precision()).isEqualTo(Precision.YEAR);
    assertThat(events.get("month").start().orElseThrow().text()).isEqualTo("1876-12");
    assertThat(events.get("month").start().orElseThrow().precision()).isEqualTo(Precision.MONTH);
    assertThat(events.get("day").start().orElseThrow().text()).isEqualTo("1880-05-03");
    assertThat(events.get("utc").start().orElseThrow().text()).isEqualTo("1885-02-11T14:20:05Z");
    assertThat(events.get("offset").start().orElseThrow().text()).isEqualTo("1885-02-12T08:15:00+01:00");
  }

  @Test
  void aTimeWithoutAZoneIsLocalToThePlaceTheLookupGives() {
    Event bells = byId(dataset("dates-and-folders.kml")).get("local");

    assertThat(bells.start().orElseThrow().isLocal()).isTrue();
    assertThat(bells.place().orElseThrow().zone()).isEqualTo(ZoneId.of("Europe/Lisbon"));
    // Noon in Porto in February 1885 was noon at Lisbon's mean time, 36:45 behind UTC.
    assertThat(bells.earliestInstant()).contains(
        java.time.LocalDateTime.of(1885, 2, 13, 12, 0).atZone(ZoneId.of("Europe/Lisbon")).toInstant());
  }

  @Test
  void aDayIsTheDayAtThePlace() {
    Event market = byId(dataset("dates-and-folders.kml")).get("day");

    assertThat(market.place().orElseThrow().zone()).isEqualTo(ZoneId.of("Europe/Lisbon"));
    assertThat(market.firstLocalDay()).contains(LocalDate.of(1880, 5, 3));
    assertThat(market.earliestInstant()).contains(LocalDate.of(1880, 5, 3).atStartOfDay(ZoneId.of("Europe/Lisbon"))
        .toInstant());
  }

  @Test
  void aSpanWithBothEndsIsAnEventFromBeginToEnd() {
    Event fair = byId(dataset("dates-and-folders.kml")).get("both");

    assertThat(fair.start().orElseThrow().text()).isEqualTo("1890-06-01");
    assertThat(fair.end()).map(t -> t.text()).contains("1890-06-15");
    assertThat(fair.approximate()).isEmpty();
  }

  @Test
  void aSpanOpenAtItsEndStartsAtItsBeginAndSaysTheEndIsOpen() {
    Event mill = byId(dataset("dates-and-folders.kml")).get("open-end");

    assertThat(mill.start().orElseThrow().text()).isEqualTo("1891-03");
    assertThat(mill.end()).isEmpty();
    assertThat(mill.attributes()).contains(new Attribute("End", "open: the TimeSpan gives no end"));
  }

  @Test
  void aSpanOpenAtItsBeginIsShownAtItsEndAsApproximateInTime() {
    Event quay = byId(dataset("dates-and-folders.kml")).get("open-begin");

    assertThat(quay.start().orElseThrow().text()).isEqualTo("1892");
    assertThat(quay.end()).isEmpty();
    assertThat(quay.approximate()).hasValueSatisfying(a -> {
      assertThat(a.time()).isTrue();
      assertThat(a.place()).isFalse();
      assertThat(a.note()).contains("without a begin");
    });
  }

  @Test
  void aSpanFromADateToTheSameDateIsThatDate() {
    Event census = byId(dataset("dates-and-folders.kml")).get("same");

    assertThat(census.start().orElseThrow().text()).isEqualTo("1893");
    assertThat(census.end()).isEmpty();
  }

  @Test
  void aPlacemarkWithoutATimeTakesTheTimeOfTheNearestFolderThatHasOne() {
    Map<String, Event> events = byId(dataset("dates-and-folders.kml"));

    assertThat(events.get("from-folder").start().orElseThrow().text()).isEqualTo("1895-09-20");
    assertThat(events.get("from-folder").attributes()).contains(new Attribute("Time", "from Folder 'Inherited'"));
    assertThat(events.get("from-outer-folder").start().orElseThrow().text()).isEqualTo("1895-09-20");
  }

  @Test
  void aPlacemarksOwnTimeWinsOverItsFolders() {
    assertThat(byId(dataset("dates-and-folders.kml")).get("own-wins").start().orElseThrow().text()).isEqualTo("1896-01-02");
  }

  @Test
  void aPlacemarkOutsideAnyTimedFolderTakesTheDocumentsTime() {
    Event roads = byId(dataset("dates-and-folders.kml")).get("from-document");

    assertThat(roads.start().orElseThrow().text()).isEqualTo("1850");
    assertThat(roads.end()).map(t -> t.text()).contains("1900");
    assertThat(roads.attributes()).contains(new Attribute("Time", "from Document 'River towns, as written in KML'"));
  }

  @Test
  void foldersAreCategoriesAndAStyleIsOneOutsideAnyFolder() {
    Dataset dataset = dataset("dates-and-folders.kml");
    Map<String, Event> events = byId(dataset);

    assertThat(dataset.categories()).extracting(c -> c.name())
        .containsExactlyInAnyOrder("Precisions", "Spans", "Inherited", "Inner", "works");
    assertThat(events.get("year").category().name()).isEqualTo("Precisions");
    assertThat(events.get("from-outer-folder").category().name()).isEqualTo("Inner");
    assertThat(events.get("from-document").category().name()).isEqualTo("works");
  }

  @Test
  void theDocumentsNameIsTheTitleAndPlacesAreSharedPerPoint() {
    Dataset dataset = dataset("dates-and-folders.kml");

    assertThat(dataset.title()).isEqualTo("River towns, as written in KML");
    assertThat(dataset.events()).hasSize(14);
    assertThat(dataset.places()).hasSize(4);
  }

  @Test
  void extendedDataIsShownByItsDisplayNameAndADescriptionKeepsItsMarkup() {
    Event roads = byId(dataset("dates-and-folders.kml")).get("from-document");

    assertThat(roads.attributes()).startsWith(new Attribute("Cost (reis)", "12000"),
        new Attribute("contractor", "Silva & Filhos"));
    assertThat(roads.summary()).isEqualTo("Across the <b>whole</b> region");
  }

  @Test
  void aSpaceAfterTheCommaOfACoordinateIsForgiven() {
    Event roads = byId(dataset("dates-and-folders.kml")).get("from-document");

    assertThat(roads.place().orElseThrow().location().lat()).isEqualTo(41.1496);
    assertThat(roads.place().orElseThrow().location().lon()).isEqualTo(-8.6110);
  }

  @Test
  void aOneLineKml21FileWithEscapedHtmlOpensWithItsPointsShared() {
    LoadResult result = read(fixture("one-line-2.1.kml"));
    Dataset dataset = result.dataset().orElseThrow();

    assertThat(dataset.events()).hasSize(9);
    assertThat(dataset.places()).hasSize(3);
    Event first = dataset.events().get(0);
    assertThat(first.title()).isEqualTo("Road blocked near the market...");
    assertThat(first.summary())
        .isEqualTo("<a href=\"https://reports.example.org/r?id=100\" target=\"_blank\">read the report >></a>");
    assertThat(first.category().name()).isEqualTo("Placemarks");
    // Its title comes from the file's name, as it names no Document.
    assertThat(dataset.title()).isEqualTo("one-line-2.1");
  }

  @Test
  void aOneLineFileGivesEveryPlacemarkAnIdOfItsOwnNotOfItsLine() {
    Dataset dataset = read(fixture("one-line-2.1.kml")).dataset().orElseThrow();

    assertThat(dataset.events()).extracting(Event::id).doesNotHaveDuplicates()
        .allSatisfy(id -> assertThat(id).matches("placemark-\\d+"));
  }

  @Test
  void aTrackIsAJourneyOfOneEventPerPointTaggedWithItsTrip() {
    LoadResult result = read(fixture("journey.kml"));
    List<Event> events = result.dataset().orElseThrow().events();

    assertThat(result.problems()).isEmpty();
    assertThat(events).hasSize(3);
    assertThat(events).allSatisfy(e -> assertThat(e.tags()).containsExactly("trip:canal-walk"));
    assertThat(events).extracting(e -> e.start().orElseThrow().text())
        .containsExactly("2021-04-10T09:00:00Z", "2021-04-10T09:20:00Z", "2021-04-10T09:45:00Z");
    assertThat(events).extracting(Event::title)
        .containsExactly("Canal Walk (1 of 3)", "Canal Walk (2 of 3)", "Canal Walk (3 of 3)");
    assertThat(events.get(2).place().orElseThrow().location().lat()).isEqualTo(52.3676);
    assertThat(events.get(2).place().orElseThrow().location().lon()).isEqualTo(4.9041);
  }

  @Test
  void aGxPrefixThatIsNeverDeclaredStillMakesATrack() throws IOException {
    LoadResult result = read(write("undeclared-gx.kml", """
        <kml xmlns="http://www.opengis.net/kml/2.2">
          <Placemark><name>Ride</name><gx:Track>
            <when>2022-08-01T10:00Z</when><when>2022-08-01T11:00Z</when>
            <gx:coord>13.40 52.52 0</gx:coord><gx:coord>13.30 52.50 0</gx:coord>
          </gx:Track></Placemark>
        </kml>
        """));

    assertThat(result.errors()).isEmpty();
    assertThat(result.dataset().orElseThrow().events()).extracting(e -> e.start().orElseThrow().text())
        .containsExactly("2022-08-01T10:00Z", "2022-08-01T11:00Z");
  }

  @Test
  void aRootDocumentInTheKmlNamespaceIsReadWithoutAKmlElement() throws IOException {
    LoadResult result = read(write("bare-document.kml", """
        <Document xmlns="http://www.opengis.net/kml/2.2"><name>Bare</name>
          <Placemark><name>One</name><TimeStamp><when>2001</when></TimeStamp><Point><coordinates>1,2</coordinates></Point></Placemark>
        </Document>
        """));

    assertThat(result.dataset().orElseThrow().title()).isEqualTo("Bare");
    assertThat(result.dataset().orElseThrow().events()).hasSize(1);
  }

  @Test
  void otherGeometriesArePlacedAtARepresentativePointMarkedApproximate() {
    LoadResult result = read(fixture("geometries.kml"));
    Map<String, Event> events = result.dataset().orElseThrow().events().stream()
        .collect(Collectors.toMap(Event::title, e -> e));

    Event parade = events.get("Parade route");
    assertThat(parade.place().orElseThrow().location().lat()).isEqualTo(52);
    assertThat(parade.place().orElseThrow().location().lon()).isEqualTo(12);
    assertThat(parade.approximate()).hasValueSatisfying(a -> assertThat(a.note()).contains("middle vertex"));
    Event area = events.get("Closed area");
    assertThat(area.place().orElseThrow().location().lat()).isEqualTo(11);
    assertThat(area.place().orElseThrow().location().lon()).isEqualTo(21);
    assertThat(area.approximate()).hasValueSatisfying(a -> assertThat(a.place()).isTrue());
    Event sites = events.get("Two sites");
    assertThat(sites.place().orElseThrow().location().lat()).isEqualTo(-5);
    assertThat(sites.place().orElseThrow().location().lon()).isEqualTo(30);
  }

  @Test
  void aPlacemarkWithoutAGeometryIsKeptWithoutAPlace() {
    Map<String, Event> events = read(fixture("geometries.kml")).dataset().orElseThrow().events().stream()
        .collect(Collectors.toMap(Event::title, e -> e));

    Event nowhere = events.get("Nowhere in particular");
    assertThat(nowhere.place()).isEmpty();
    assertThat(nowhere.start().orElseThrow().text()).isEqualTo("2015-07-07");
    assertThat(nowhere.approximate()).isEmpty();
  }

  @Test
  void aPlacemarkWithoutATimeAnywhereIsKeptWithoutADate() {
    Map<String, Event> events = read(fixture("geometries.kml")).dataset().orElseThrow().events().stream()
        .collect(Collectors.toMap(Event::title, e -> e));

    Event whenever = events.get("Whenever");
    assertThat(whenever.start()).isEmpty();
    assertThat(whenever.place().orElseThrow().location().lat()).isEqualTo(1);
  }

  @Test
  void eventsKeptWithoutAPlaceOrADateAreCountedInOneWarningEach() {
    LoadResult result = read(fixture("geometries.kml"));

    assertThat(result.ok()).isTrue();
    assertThat(result.warnings()).extracting(Problem::toString)
        .anySatisfy(w -> assertThat(w).contains("geometries.kml:28:").contains("1 placemark has no Point")
            .contains("('Nowhere in particular')").contains("not on the map"))
        .anySatisfy(w -> assertThat(w).contains("geometries.kml:32:").contains("1 event has no TimeStamp")
            .contains("('Whenever')").contains("not on the timeline"));
  }

  @Test
  void aPlacemarkLeftOutLeavesNoPlaceBehind() {
    Dataset dataset = read(fixture("geometries.kml")).dataset().orElseThrow();

    assertThat(dataset.places()).containsExactlyInAnyOrderElementsOf(
        dataset.events().stream().map(Event::place).flatMap(Optional::stream).distinct().toList());
  }

  @Test
  void aTruncatedFileIsAnErrorWhereItStops() {
    LoadResult result = read(fixture("truncated.kml"));

    assertThat(result.ok()).isFalse();
    assertThat(result.errors()).singleElement().satisfies(e -> {
      assertThat(e.line()).isEqualTo(10);
      assertThat(e.message()).contains("cut short");
      assertThat(e.toString()).startsWith(fixture("truncated.kml") + ":10:");
    });
  }

  @Test
  void badValuesAreErrorsAtTheirElements() {
    LoadResult result = read(fixture("bad-values.kml"));

    assertThat(result.ok()).isFalse();
    assertThat(result.errors()).extracting(p -> p.line() + ": " + p.message()).containsExactly(
        "6: <when>: 'last Tuesday' is not an ISO 8601 date (such as 2024, 2024-03, 2024-03-22 or 2024-03-22T09:50+02:00)",
        "12: Placemark 'Too far north': latitude 123 is not between -90 and 90 (KML writes the longitude first: was "
            + "latitude,longitude written?)",
        "16: Placemark 'Backwards': its TimeSpan ends (2020-04-01) before it begins (2020-05-01)");
  }

  @Test
  void anEmptyFileIsAnErrorSayingSo() throws IOException {
    LoadResult result = read(write("empty.kml", ""));

    assertThat(result.errors()).extracting(Problem::message).containsExactly("the file is empty");
  }

  @Test
  void aBlankFileIsAnErrorNotAStackTrace() throws IOException {
    LoadResult result = read(write("blank.kml", "  \n\n"));

    assertThat(result.ok()).isFalse();
    assertThat(result.errors()).singleElement().satisfies(e -> assertThat(e.message()).doesNotContain("Exception"));
  }

  @Test
  void aBlankFileSaysItHoldsNoXmlNotThatItIsCutShort() throws IOException {
    LoadResult result = read(write("blank2.kml", "   \n\n"));

    assertThat(result.errors()).extracting(Problem::message).containsExactly("the file holds no XML element: is it blank?");
  }

  private Path writeBytes(String name, String prefix, byte[] middle, String suffix) throws IOException {
    Path file = dir.resolve(name);
    java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
    bytes.writeBytes(prefix.getBytes(StandardCharsets.UTF_8));
    bytes.writeBytes(middle);
    bytes.writeBytes(suffix.getBytes(StandardCharsets.UTF_8));
    Files.write(file, bytes.toByteArray());
    return file;
  }

  private static final String BEFORE_NAME = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
      + "<kml xmlns=\"http://www.opengis.net/kml/2.2\">\n  <Placemark><name>Caf";
  private static final String AFTER_NAME = "</name><TimeStamp><when>2001</when></TimeStamp>"
      + "<Point><coordinates>1,2</coordinates></Point></Placemark>\n</kml>\n";

  @Test
  void aFileThatIsNotUtf8IsAnErrorAtTheByteAndPrintsNothingToTheConsole() throws IOException {
    // "Café" in windows-1252, in a file whose declaration says UTF-8.
    Path file = writeBytes("latin.kml", BEFORE_NAME, new byte[] {(byte) 0xE9}, AFTER_NAME);
    java.io.PrintStream console = System.err;
    java.io.ByteArrayOutputStream printed = new java.io.ByteArrayOutputStream();
    LoadResult result;
    System.setErr(new java.io.PrintStream(printed, true, StandardCharsets.UTF_8));
    try {
      result = read(file);
    } finally {
      System.setErr(console);
    }

    assertThat(printed.toString(StandardCharsets.UTF_8)).isEmpty();
    assertThat(result.errors()).singleElement().satisfies(e -> {
      assertThat(e.line()).isEqualTo(3);
      assertThat(e.column()).isEqualTo(23);
      assertThat(e.message()).startsWith("the byte 0xE9 is not UTF-8");
    });
  }

  @Test
  void theEncodingADeclarationNamesIsTheOneRead() throws IOException {
    Path file = writeBytes("cp1252.kml", BEFORE_NAME.replace("UTF-8", "windows-1252"),
        new byte[] {(byte) 0xE9, ' ', (byte) 0x80}, AFTER_NAME);

    assertThat(read(file).dataset().orElseThrow().events().get(0).title()).isEqualTo("Café €");
  }

  @Test
  void utf16WithItsByteOrderMarkIsRecognisedAndRead() throws IOException {
    Path file = dir.resolve("utf16.kml");
    java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
    bytes.writeBytes(new byte[] {(byte) 0xFF, (byte) 0xFE});
    bytes.writeBytes((BEFORE_NAME.replace("UTF-8", "UTF-16") + "é" + AFTER_NAME).getBytes(StandardCharsets.UTF_16LE));
    Files.write(file, bytes.toByteArray());

    assertThat(FormatRegistry.recognise(FileHead.of(file))).containsInstanceOf(KmlFormat.class);
    assertThat(FormatRegistry.read(file).dataset().orElseThrow().events().get(0).title()).isEqualTo("Café");
  }

  @Test
  void xmlThatIsNotKmlIsAnErrorNamingItsRoot() throws IOException {
    LoadResult result = read(write("other.kml", "<?xml version=\"1.0\"?>\n<gpx version=\"1.1\"><wpt/></gpx>\n"));

    assertThat(result.errors()).singleElement().satisfies(e -> {
      assertThat(e.line()).isEqualTo(2);
      assertThat(e.message()).contains("<gpx>").contains("not a KML file");
    });
  }

  @Test
  void manyProblemsOfOneKindAreListedTenTimesAndThenCounted() throws IOException {
    StringBuilder kml = new StringBuilder("<kml xmlns=\"http://www.opengis.net/kml/2.2\"><Document>\n");
    for (int i = 0; i < 25; i++) {
      kml.append("<Placemark><name>n").append(i).append("</name><TimeStamp><when>someday</when></TimeStamp>"
          + "<Point><coordinates>1,1</coordinates></Point></Placemark>\n");
    }
    LoadResult result = read(write("undated.kml", kml.append("</Document></kml>\n").toString()));

    assertThat(result.errors()).hasSize(11);
    assertThat(result.errors().get(10).message()).isEqualTo("and 15 more like the 10 above, from here on");
    assertThat(result.errors().get(10).line()).isEqualTo(12);
  }

  @Test
  void aTrackWithoutTimesIsAJourneyWithoutDates() throws IOException {
    LoadResult result = read(write("untimed-track.kml", """
        <kml xmlns="http://www.opengis.net/kml/2.2" xmlns:gx="http://www.google.com/kml/ext/2.2">
          <Placemark><name>Route</name><gx:Track><gx:coord>1 2 0</gx:coord><gx:coord>3 4 0</gx:coord></gx:Track>
          </Placemark>
        </kml>
        """));

    assertThat(result.dataset().orElseThrow().events()).hasSize(2).allSatisfy(e -> {
      assertThat(e.start()).isEmpty();
      assertThat(e.tags()).containsExactly("trip:route");
    });
    assertThat(result.warnings()).extracting(Problem::message)
        .anySatisfy(w -> assertThat(w).contains("has 0 <when> and 2 <gx:coord>"))
        .anySatisfy(w -> assertThat(w).startsWith("2 events have no TimeStamp"));
  }

  @Test
  void aNetworkLinkIsNotFollowedAndTheWarningSaysSo() throws IOException {
    LoadResult result = read(write("linked.kml", """
        <kml xmlns="http://www.opengis.net/kml/2.2"><Document>
          <NetworkLink><Link><href>https://example.org/live.kml</href></Link></NetworkLink>
        </Document></kml>
        """));

    assertThat(result.ok()).isTrue();
    assertThat(result.warnings()).extracting(Problem::message).containsExactly(
        "a NetworkLink is not followed: Eventmap opens only what is in the file, never an address it names (open "
            + "the linked file itself)",
        "the file has no Placemark, so no events");
  }

  @Test
  void recognisesEveryKmlNamespaceAndABareKmlRoot() {
    KmlFormat kml = new KmlFormat(ZoneLookup.NONE);
    for (String ns : List.of("http://earth.google.com/kml/2.0", "http://earth.google.com/kml/2.1",
        "http://earth.google.com/kml/2.2", "http://www.opengis.net/kml/2.2")) {
      assertThat(kml.recognise(head("a.xml", "<?xml version=\"1.0\"?>\n<kml xmlns=\"" + ns + "\"><Document/></kml>")))
          .as(ns).isEqualTo(KmlFormat.CERTAIN);
    }
    assertThat(kml.recognise(head("a.txt", "\uFEFF<!-- made by hand -->\n<kml><Placemark/></kml>")))
        .isEqualTo(KmlFormat.CERTAIN);
    assertThat(kml.recognise(head("a.kml", "<kml:kml xmlns:kml=\"http://www.opengis.net/kml/2.2\"/>")))
        .isEqualTo(KmlFormat.CERTAIN);
    assertThat(kml.recognise(head("a.kml", "{\"type\": \"FeatureCollection\"}"))).isEqualTo(KmlFormat.NOT_MINE);
    assertThat(kml.recognise(head("a.kml", "<?xml version=\"1.0\"?><gpx/>"))).isEqualTo(KmlFormat.NOT_MINE);
  }

  @Test
  void theRegistryOpensKmlByItsContentWhateverItsName() throws IOException {
    Path renamed = dir.resolve("export.xml");
    Files.copy(fixture("journey.kml"), renamed);

    assertThat(FormatRegistry.recognise(FileHead.of(renamed))).containsInstanceOf(KmlFormat.class);
    assertThat(FormatRegistry.read(renamed).dataset().orElseThrow().events()).hasSize(3);
  }

  @Test
  void placesOpenedThroughTheRegistryHaveTheZoneOfTheirCoordinates() {
    LoadResult result = FormatRegistry.read(fixture("one-line-2.1.kml"));

    assertThat(result.problems()).isEmpty();
    assertThat(result.dataset().orElseThrow().places()).extracting(p -> p.zone().getId())
        .containsOnly("Africa/Nairobi");
    Event first = result.dataset().orElseThrow().events().get(0);
    assertThat(first.earliestInstant()).contains(LocalDate.of(2011, 3, 1).atStartOfDay(ZoneId.of("Africa/Nairobi"))
        .toInstant());
  }

  private static FileHead head(String name, String text) {
    byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
    return new FileHead(name, bytes, bytes.length);
  }

  @Test
  void progressGoesUpToTheSizeOfTheFile() throws IOException {
    Path file = dir.resolve("many.kml");
    KmlBenchmark.write(file, 8000);
    List<long[]> calls = new ArrayList<>();

    LoadResult result = new KmlFormat(ZoneLookup.NONE).read(file, ReadOptions.NONE, (read, total) -> calls.add(new long[] {read, total}));

    assertThat(result.dataset().orElseThrow().events()).hasSize(8000);
    assertThat(calls).hasSizeGreaterThan(2);
    assertThat(calls).allSatisfy(c -> assertThat(c[1]).isEqualTo(Files.size(file)));
    assertThat(calls.get(calls.size() - 1)[0]).isEqualTo(Files.size(file));
  }

  @Test
  void aListenerCanCancelAndTheResultSaysSo() throws IOException {
    Path file = dir.resolve("many.kml");
    KmlBenchmark.write(file, 8000);

    LoadResult result = new KmlFormat(ZoneLookup.NONE).read(file, ReadOptions.NONE, (read, total) -> read < total / 2);

    assertThat(result.cancelled()).isTrue();
    assertThat(result.dataset()).isEmpty();
    assertThat(result.problems()).isEmpty();
  }
}
