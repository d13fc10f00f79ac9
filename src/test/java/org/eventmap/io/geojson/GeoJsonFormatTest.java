package org.eventmap.io.geojson;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.eventmap.domain.Attribute;
import org.eventmap.domain.Dataset;
import org.eventmap.domain.Event;
import org.eventmap.domain.Precision;
import org.eventmap.geo.ZoneLookup;
import org.eventmap.io.EventFormat;
import org.eventmap.io.FileHead;
import org.eventmap.io.LoadResult;
import org.eventmap.io.Problem;
import org.eventmap.io.ProgressListener;
import org.eventmap.io.ReadOptions;
import org.eventmap.io.formats.FormatRegistry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GeoJsonFormatTest {
  /** Israel's zone east of 34° E and north of 29° N, none elsewhere: enough to tell a local time from UTC. */
  private static final ZoneLookup FAKE_ZONES = (lat, lon) -> lon > 34 && lon < 36 && lat > 29 && lat < 34
      ? Optional.of(ZoneId.of("Asia/Jerusalem")) : Optional.empty();

  private final GeoJsonFormat format = new GeoJsonFormat(FAKE_ZONES);

  @TempDir Path dir;

  static Path fixture(String name) {
    try {
      return Path.of(GeoJsonFormatTest.class.getResource("/formats/geojson/" + name).toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  private LoadResult read(Path file) {
    return format.read(file, ReadOptions.NONE, ProgressListener.NONE);
  }

  private Dataset dataset(String fixture) {
    LoadResult result = read(fixture(fixture));
    assertThat(result.errors()).isEmpty();
    return result.dataset().orElseThrow();
  }

  private Path write(String name, String text) throws IOException {
    Path file = dir.resolve(name);
    Files.writeString(file, text, StandardCharsets.UTF_8);
    return file;
  }

  private static FileHead head(String name, String text) {
    byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
    return new FileHead(name, bytes, bytes.length);
  }

  private static List<String> lines(LoadResult result) {
    return result.problems().stream().map(Problem::toString).toList();
  }

  private static Event event(Dataset d, String id) {
    return d.event(id).orElseThrow(() -> new AssertionError("no event " + id + " in " + d.events()));
  }

  // Recognising

  @Test
  void aFeatureCollectionOrAFeatureAtTheTopIsCertainlyGeoJson() {
    assertThat(format.recognise(head("x.json", "{\"type\": \"FeatureCollection\", \"features\": []}")))
        .isEqualTo(EventFormat.CERTAIN);
    assertThat(format.recognise(head("x.txt", "\uFEFF\n  {\"id\": 1, \"type\":\"Feature\", \"geometry\": null}")))
        .isEqualTo(EventFormat.CERTAIN);
  }

  @Test
  void theTypeIsFoundAfterMembersBeforeIt() {
    assertThat(format.recognise(head("x.json",
        "{\"metadata\": {\"type\": \"not this one\", \"list\": [1, {\"type\": \"x\"}]}, \"type\": \"FeatureCollection\"}")))
        .isEqualTo(EventFormat.CERTAIN);
  }

  @Test
  void aTypeDeeperThanTheTopDoesNotCount() {
    assertThat(format.recognise(head("x.json", "{\"data\": {\"type\": \"FeatureCollection\"}, \"type\": \"Topology\"}")))
        .isEqualTo(EventFormat.NOT_MINE);
    assertThat(format.recognise(head("x.json", "{\"data\": {\"type\": \"FeatureCollection\"}}")))
        .isEqualTo(EventFormat.NOT_MINE);
  }

  @Test
  void ourOwnFormatIsNotGeoJson() {
    assertThat(format.recognise(head("d.json",
        "{\"format\": \"eventmap/1\", \"title\": \"t\", \"type\": \"FeatureCollection\"}")))
        .isEqualTo(EventFormat.NOT_MINE);
  }

  @Test
  void aHeadCutInsideTheFeaturesIsPlausibleWhenTheTypeIsNotSeenYet() {
    assertThat(format.recognise(head("x.json", "{\"features\": [{\"type\": \"Feature\", \"properties\": {\"na")))
        .isEqualTo(EventFormat.PLAUSIBLE);
  }

  @Test
  void aJsonpHeadIsPlausible() {
    assertThat(format.recognise(head("feed.js", "eqfeed_callback({\"type\":\"FeatureCollection\",\"features\":[")))
        .isEqualTo(EventFormat.PLAUSIBLE);
    assertThat(format.recognise(head("x.js", "var x = 1;"))).isEqualTo(EventFormat.NOT_MINE);
  }

  @Test
  void theRegistryOpensGeoJsonByItsContentWhateverItsName() throws IOException {
    Path file = write("quakes.txt", Files.readString(fixture("quakes-feed.geojson")));

    LoadResult result = FormatRegistry.read(file);

    assertThat(result.errors()).isEmpty();
    assertThat(result.dataset().orElseThrow().events()).hasSize(3);
  }

  // Places and times

  @Test
  void aUsgsFeedKeepsTheOffsetOfItsTzAndIgnoresTheDepth() {
    Dataset d = dataset("quakes-feed.geojson");

    assertThat(d.title()).isEqualTo("Invented quakes, one week");
    assertThat(d.events()).hasSize(3);
    Event q1 = event(d, "q1");
    assertThat(q1.title()).isEqualTo("M 5.8 - 40km S of Nowhere Bay");
    assertThat(q1.start().orElseThrow().text()).isEqualTo("2024-03-22T11:40:00+02:00");
    assertThat(q1.earliestInstant()).hasValue(Instant.ofEpochMilli(1711100400000L));
    assertThat(q1.place().orElseThrow().name()).isEqualTo("40km S of Nowhere Bay");
    assertThat(q1.place().orElseThrow().location().lat()).isEqualTo(31.25);
    assertThat(q1.place().orElseThrow().location().lon()).isEqualTo(34.5);
    assertThat(q1.place().orElseThrow().zone()).isEqualTo(ZoneId.of("Asia/Jerusalem"));
    assertThat(q1.category().name()).isEqualTo("earthquake");
    Event q2 = event(d, "q2");
    assertThat(q2.start().orElseThrow().offset()).hasValue(ZoneOffset.ofHours(-5));
    assertThat(q2.start().orElseThrow().precision()).isEqualTo(Precision.SECOND);
    assertThat(event(d, "q3").start().orElseThrow().offset()).hasValue(ZoneOffset.UTC);
    assertThat(event(d, "q3").category().name()).isEqualTo("quarry blast");
  }

  @Test
  void otherPropertiesAreShownAsTheFileWroteThemAndNullsAreLeftOut() {
    Event q1 = event(dataset("quakes-feed.geojson"), "q1");

    assertThat(q1.attributes()).containsExactly(new Attribute("mag", "5.8"), new Attribute("updated", "1711101000000"),
        new Attribute("url", "https://example.org/quakes/q1"), new Attribute("alert", "green"),
        new Attribute("status", "reviewed"), new Attribute("tsunami", "0"));
    Event span = event(dataset("times-of-every-kind.geojson"), "span");
    assertThat(span.attributes()).containsExactly(new Attribute("attendance", "120"),
        new Attribute("delegations", "[\"north\", \"south\"]"));
    assertThat(span.summary()).isEqualTo("Three days of talks.");
    assertThat(span.category().name()).isEqualTo("talks");
  }

  @Test
  void signedYearStringsOfAGeoJsonTWhenAreYears() {
    Dataset d = dataset("coin-hoards.geojson");

    assertThat(d.title()).isEqualTo("Invented coin hoards");
    assertThat(d.description()).hasValue("Where coins of one invented issue were found");
    Event olm = event(d, "hoard-olm");
    assertThat(olm.title()).isEqualTo("Hoard of the Old Mill (OLM)");
    assertThat(olm.start().orElseThrow().text()).isEqualTo("-0030");
    assertThat(olm.start().orElseThrow().precision()).isEqualTo(Precision.YEAR);
    assertThat(olm.end()).isEmpty();
    assertThat(olm.place().orElseThrow().name()).isEqualTo("Old Mill (Italy)");
    assertThat(olm.attributes()).containsExactly(new Attribute("finder", "a farmer"));
    Event riv = event(d, "hoard-riv");
    assertThat(riv.start().orElseThrow().text()).isEqualTo("-0044");
    assertThat(riv.end().orElseThrow().text()).isEqualTo("0014");
    assertThat(event(d, "hoard-hill").start().orElseThrow().text()).isEqualTo("0004");
    assertThat(d.events()).extracting(Event::id).containsExactly("hoard-riv", "hoard-olm", "hoard-hill");
  }

  @Test
  void numbersAreYearsOrEpochMillisecondsByTheirSize() {
    Dataset d = dataset("times-of-every-kind.geojson");

    assertThat(event(d, "year-number").start().orElseThrow().text()).isEqualTo("1848");
    assertThat(event(d, "year-number").start().orElseThrow().precision()).isEqualTo(Precision.YEAR);
    assertThat(event(d, "bc-number").start().orElseThrow().text()).isEqualTo("-0044");
    Event millis = event(d, "millis-utc");
    assertThat(millis.start().orElseThrow().text()).isEqualTo("2024-03-22T09:50:00Z");
    assertThat(millis.start().orElseThrow().offset()).hasValue(ZoneOffset.UTC);
  }

  @Test
  void aTimeWithoutAZoneIsLocalToThePlace() {
    Dataset d = dataset("times-of-every-kind.geojson");

    Event local = event(d, "local-time");
    assertThat(local.start().orElseThrow().isLocal()).isTrue();
    assertThat(local.earliestInstant()).hasValue(Instant.parse("2024-03-22T07:50:00Z"));
    Event offset = event(d, "offset-time");
    assertThat(offset.start().orElseThrow().offset()).hasValue(ZoneOffset.ofHours(2));
    assertThat(offset.earliestInstant()).hasValue(Instant.parse("2024-03-22T07:50:30Z"));
  }

  @Test
  void beginAndEndMakeASpanAndWhenMayBeText() {
    Dataset d = dataset("times-of-every-kind.geojson");

    Event span = event(d, "span");
    assertThat(span.start().orElseThrow().text()).isEqualTo("2024-03-20");
    assertThat(span.end().orElseThrow().text()).isEqualTo("2024-03-24");
    Event when = event(d, "when-text");
    assertThat(when.title()).isEqualTo("When as text");
    assertThat(when.start().orElseThrow().precision()).isEqualTo(Precision.MONTH);
  }

  @Test
  void aLinkedPlacesWhenInThePropertiesGivesStartAndEnd() throws IOException {
    Path file = write("lp.geojson", "{\"type\":\"Feature\",\"geometry\":{\"type\":\"Point\",\"coordinates\":[1,2]},"
        + "\"properties\":{\"title\":\"Siege\",\"when\":{\"timespans\":[{\"start\":{\"in\":\"1520\"},"
        + "\"end\":{\"latest\":\"1530-06\"}}]}}}");

    Event siege = read(file).dataset().orElseThrow().events().get(0);

    assertThat(siege.start().orElseThrow().text()).isEqualTo("1520");
    assertThat(siege.end().orElseThrow().text()).isEqualTo("1530-06");
    assertThat(siege.attributes()).isEmpty();
  }

  @Test
  void aSingleFeatureIsOneEventWithItsNumericId() {
    Dataset d = dataset("one-feature.geojson");

    assertThat(d.events()).singleElement().satisfies(e -> {
      assertThat(e.id()).isEqualTo("42");
      assertThat(e.title()).isEqualTo("A single feature");
      assertThat(e.start().orElseThrow().text()).isEqualTo("2024-03-22T12:00:00Z");
      assertThat(e.category().name()).isEqualTo("meeting");
    });
  }

  @Test
  void aLineStringWithATimePerVertexIsAJourneyOfStops() {
    Dataset d = dataset("shapes.geojson");

    List<Event> walk = d.events().stream().filter(e -> e.id().startsWith("walk")).toList();
    assertThat(walk).extracting(Event::id).containsExactly("walk#1", "walk#2", "walk#3");
    assertThat(walk).allSatisfy(e -> assertThat(e.tags()).containsExactly("trip:Morning walk"));
    assertThat(walk).extracting(e -> e.start().orElseThrow().text())
        .containsExactly("2024-03-22T07:00:00Z", "2024-03-22T07:30:00Z", "2024-03-22T08:15:00Z");
    assertThat(walk.get(2).place().orElseThrow().location().lon()).isEqualTo(35.23);
    assertThat(walk.get(0).title()).isEqualTo("Morning walk (1 of 3)");
    assertThat(walk.get(0).approximate()).isEmpty();
  }

  @Test
  void aMultiPointIsOneEventPerPoint() {
    Dataset d = dataset("shapes.geojson");

    assertThat(event(d, "two-stops#1").place().orElseThrow().location().lat()).isEqualTo(2);
    assertThat(event(d, "two-stops#2").place().orElseThrow().location().lon()).isEqualTo(3);
    assertThat(event(d, "two-stops#2").category().name()).isEqualTo("market");
    assertThat(event(d, "two-stops#2").tags()).isEmpty();
  }

  @Test
  void otherShapesAreShownAtTheMeanOfTheirVerticesAsApproximatePlaces() {
    Dataset d = dataset("shapes.geojson");

    Event square = event(d, "square");
    assertThat(square.place().orElseThrow().location().lat()).isEqualTo(41);
    assertThat(square.place().orElseThrow().location().lon()).isEqualTo(11);
    assertThat(square.approximate()).hasValueSatisfying(a -> {
      assertThat(a.place()).isTrue();
      assertThat(a.time()).isFalse();
      assertThat(a.note()).contains("Polygon");
    });
    Event road = event(d, "road");
    assertThat(road.place().orElseThrow().location().lon()).isEqualTo(2);
    assertThat(road.tags()).isEmpty();
    Event mixed = event(d, "mixed");
    assertThat(mixed.place().orElseThrow().location().lon()).isEqualTo(7);
  }

  @Test
  void aShapeAcrossTheAntimeridianIsShownNearIt() {
    Event islands = event(dataset("shapes.geojson"), "islands");

    assertThat(Math.abs(islands.place().orElseThrow().location().lon())).isGreaterThan(179);
  }

  @Test
  void aMultiPointWithATimePerPointGivesEachItsTime() throws IOException {
    Path file = write("mp.geojson", "{\"type\":\"Feature\",\"id\":\"m\",\"geometry\":{\"type\":\"MultiPoint\","
        + "\"coordinates\":[[1,2],[3,4]]},\"properties\":{\"name\":\"Two sightings\",\"times\":[\"2024-03-01\",\"2024-03-05\"]}}");

    Dataset d = read(file).dataset().orElseThrow();

    assertThat(d.events()).extracting(e -> e.start().orElseThrow().text()).containsExactly("2024-03-01", "2024-03-05");
    assertThat(d.events()).extracting(Event::title).containsExactly("Two sightings (1 of 2)", "Two sightings (2 of 2)");
    assertThat(d.events()).allSatisfy(e -> assertThat(e.tags()).isEmpty());
  }

  @Test
  void aLineStringWithTooFewTimesIsNotAJourneyAndSaysSo() throws IOException {
    Path file = write("few.geojson", "{\"type\":\"Feature\",\"id\":\"r\",\"geometry\":{\"type\":\"LineString\","
        + "\"coordinates\":[[1,2],[3,4],[5,6]]},\"properties\":{\"name\":\"Route\",\"times\":[\"2024-03-01\",\"2024-03-05\"]}}");

    LoadResult result = read(file);

    assertThat(lines(result)).anySatisfy(l -> assertThat(l).contains("warning: \"times\" has 2 times for the "
        + "LineString's 3 vertices: not read as a journey"));
    Event route = result.dataset().orElseThrow().events().get(0);
    assertThat(route.id()).isEqualTo("r");
    assertThat(route.start().orElseThrow().text()).isEqualTo("2024-03-01");
    assertThat(route.end().orElseThrow().text()).isEqualTo("2024-03-05");
  }

  @Test
  void aFeatureWithOnlyAnEndIsShownWhenItEnded() throws IOException {
    Path file = write("end.geojson", "{\"type\":\"Feature\",\"geometry\":{\"type\":\"Point\",\"coordinates\":[1,2]},"
        + "\"properties\":{\"name\":\"Treaty\",\"end\":\"1648\"}}");

    Event treaty = read(file).dataset().orElseThrow().events().get(0);

    assertThat(treaty.start().orElseThrow().text()).isEqualTo("1648");
    assertThat(treaty.end()).isEmpty();
  }

  @Test
  void aBareArrayOfFeaturesIsReadWithAWarning() throws IOException {
    Path file = write("array.json", "[{\"type\":\"Feature\",\"geometry\":{\"type\":\"Point\",\"coordinates\":[1,2]},"
        + "\"properties\":{\"date\":\"2024\"}}, 7]");

    LoadResult result = read(file);

    assertThat(lines(result)).anySatisfy(l -> assertThat(l).contains("array.json:1:1: warning: the file is a bare array"));
    assertThat(lines(result)).anySatisfy(l -> assertThat(l).contains("array.json:1:99: feature 2 is the number 7, "
        + "not a Feature object"));
  }

  // JSONP

  @Test
  void jsonpIsUnwrappedWithAWarningNamingTheCall() {
    LoadResult result = read(fixture("wrapped-feed.js"));

    assertThat(result.errors()).isEmpty();
    assertThat(lines(result)).anySatisfy(l -> assertThat(l).contains(":1:1: warning:").contains("JSONP")
        .contains("eqfeed_callback").contains("never run"));
    Event quake = result.dataset().orElseThrow().events().get(0);
    assertThat(quake.title()).isEqualTo("Wrapped quake");
    assertThat(quake.start().orElseThrow().text()).isEqualTo("2024-03-22T09:40:00Z");
  }

  @Test
  void jsonpKeepsTheColumnsOfTheFile() throws IOException {
    Path file = write("bad.js", "cb({\"type\":\"FeatureCollection\",\"features\":[{\"type\":\"Feature\",\"geometry\":"
        + "{\"type\":\"Point\",\"coordinates\":[1,95]},\"properties\":{\"date\":\"2024\"}}]})");

    assertThat(lines(read(file))).anySatisfy(l -> assertThat(l).contains("bad.js:1:106: latitude 95"));
  }

  @Test
  void aJsonpCallThatIsNotClosedIsAnError() throws IOException {
    Path file = write("open.js", "cb({\"type\":\"FeatureCollection\",\"features\":[]}\n");

    LoadResult result = read(file);

    assertThat(result.ok()).isFalse();
    assertThat(result.errors()).singleElement().satisfies(p -> assertThat(p.message()).contains("cb(")
        .contains("not closed"));
  }

  // Bad input

  @Test
  void aLatitudeOf123IsReportedAtItsNumberSayingGeoJsonIsLongitudeFirst() {
    LoadResult result = read(fixture("swapped-coordinates.geojson"));

    assertThat(result.ok()).isFalse();
    assertThat(lines(result)).singleElement().satisfies(l -> assertThat(l)
        .endsWith("swapped-coordinates.geojson:4:92: latitude 123 is not between -90 and 90 (the second number of "
            + "[45.1, 123], the latitude); GeoJSON writes [longitude, latitude]: are the two swapped?"));
  }

  @Test
  void aColumnAfterNonAsciiTextCountsCharactersNotBytes() throws IOException {
    // "é" is two bytes in UTF-8 and "☕" three: an editor counts each as one column.
    Path file = write("accents.geojson", "{\"type\":\"Feature\",\"properties\":{\"name\":\"Café ☕\",\"date\":\"2024\"},"
        + "\"geometry\":{\"type\":\"Point\",\"coordinates\":[1,95]}}\n");

    assertThat(lines(read(file))).singleElement().satisfies(l -> assertThat(l).contains("accents.geojson:1:108: latitude 95"));
  }

  @Test
  void columnsAreCountedInCharactersOnEveryLineOfAWindowsFile() throws IOException {
    Path file = write("crlf.geojson", "{\"type\":\"Feature\",\r\n\"properties\":{\"name\":\"Ünïcödé\",\r\n\"note\":\"ïï\",\"date\":\"2024\"},"
        + "\"geometry\":{\"type\":\"Point\",\"coordinates\":[1,95]}}\r\n");

    assertThat(lines(read(file))).singleElement().satisfies(l -> assertThat(l).contains("crlf.geojson:3:72: latitude 95"));
  }

  @Test
  void aByteOrderMarkDoesNotShiftTheColumns() throws IOException {
    Path file = write("bom.geojson", "\uFEFF{\"type\":\"Feature\",\"geometry\":{\"type\":\"Point\",\"coordinates\":[1,95]},"
        + "\"properties\":{\"date\":\"2024\"}}\n");

    assertThat(lines(read(file))).singleElement().satisfies(l -> assertThat(l).contains("bom.geojson:1:63: latitude 95"));
  }

  @Test
  void aLongitudeOutOfRangeSaysItIsTheFirstNumber() throws IOException {
    Path file = write("lon.geojson", "{\"type\":\"Feature\",\"geometry\":{\"type\":\"Point\",\"coordinates\":[200.5,10]},"
        + "\"properties\":{\"date\":\"2024\"}}");

    assertThat(lines(read(file))).singleElement().satisfies(l -> assertThat(l)
        .contains("lon.geojson:1:61: longitude 200.5 is not between -180 and 180 (the first number of [200.5, 10]"));
  }

  @Test
  void coordinatesInAnotherSystemAreSaidOnceForTheFile() {
    LoadResult result = read(fixture("projected-metres.geojson"));

    assertThat(result.ok()).isFalse();
    assertThat(lines(result)).singleElement().satisfies(l -> assertThat(l)
        .contains("projected-metres.geojson:4:50: the coordinates are in urn:ogc:def:crs:EPSG::3857, not in longitude "
            + "and latitude (WGS 84)"));
  }

  @Test
  void theCrsQgisWritesForLongitudeAndLatitudeIsFine() throws IOException {
    Path file = write("qgis.geojson", "{\"type\":\"FeatureCollection\",\"name\":\"sites\",\"crs\":{\"type\":\"name\","
        + "\"properties\":{\"name\":\"urn:ogc:def:crs:OGC:1.3:CRS84\"}},\"features\":[{\"type\":\"Feature\","
        + "\"properties\":{\"name\":\"Site\",\"date\":\"2024-03-22\"},\"geometry\":{\"type\":\"Point\",\"coordinates\":[34.5,31.5]}}]}");

    LoadResult result = read(file);

    assertThat(result.errors()).isEmpty();
    assertThat(result.dataset().orElseThrow().title()).isEqualTo("sites");
  }

  @Test
  void aTimeThatIsNotATimeIsReportedWhereItIsWritten() {
    LoadResult result = read(fixture("bad-times.geojson"));

    assertThat(result.ok()).isFalse();
    assertThat(lines(result)).anySatisfy(l -> assertThat(l)
        .contains("bad-times.geojson:3:49: \"date\": 'next Tuesday' is not an ISO 8601 date"));
  }

  @Test
  void epochSecondsAreRefusedRatherThanGuessed() {
    LoadResult result = read(fixture("bad-times.geojson"));

    assertThat(lines(result)).anySatisfy(l -> assertThat(l).contains("bad-times.geojson:5:52:")
        .contains("1711100400 is neither a year").contains("seconds since 1970"));
  }

  @Test
  void aFileCutShortSaysWhereItEnds() {
    LoadResult result = read(fixture("cut-short.geojson"));

    assertThat(result.ok()).isFalse();
    assertThat(lines(result)).singleElement().satisfies(l -> assertThat(l).contains("cut-short.geojson:4:")
        .contains("ends in the middle").doesNotContain("Source:").doesNotContain("Exception"));
  }

  @Test
  void anEmptyFileSaysItIsEmpty() throws IOException {
    assertThat(lines(read(fixture("empty.geojson")))).singleElement()
        .satisfies(l -> assertThat(l).endsWith("empty.geojson:1:1: the file is empty"));
    assertThat(lines(read(write("blank.geojson", " \n\n ")))).singleElement()
        .satisfies(l -> assertThat(l).contains("holds no JSON"));
  }

  @Test
  void textThatIsNotUtf8IsSaidToBeSo() throws IOException {
    Path file = dir.resolve("latin1.geojson");
    Files.write(file, "{\"type\":\"Feature\",\"properties\":{\"name\":\"Caf\u00e9\"}}"
        .getBytes(StandardCharsets.ISO_8859_1));

    assertThat(lines(read(file))).singleElement().satisfies(l -> assertThat(l).contains("latin1.geojson:1:")
        .contains("not UTF-8"));
  }

  @Test
  void aBareGeometryIsExplained() throws IOException {
    Path file = write("point.geojson", "{\"type\": \"Point\", \"coordinates\": [1, 2]}");

    assertThat(lines(read(file))).singleElement().satisfies(l -> assertThat(l)
        .contains("point.geojson:1:10: the file is a bare Point geometry, not a Feature"));
  }

  @Test
  void ourOwnDatasetForcedAsGeoJsonIsExplained() throws IOException {
    Path file = write("ours.json", "{\"format\": \"eventmap/1\", \"title\": \"t\", \"events\": []}");

    assertThat(lines(read(file))).singleElement().satisfies(l -> assertThat(l)
        .contains("is an Eventmap dataset (eventmap/1), not GeoJSON"));
  }

  @Test
  void aFeatureEndingBeforeItStartsIsAnError() throws IOException {
    Path file = write("backwards.geojson", "{\"type\":\"FeatureCollection\",\"features\":[\n{\"type\":\"Feature\","
        + "\"geometry\":{\"type\":\"Point\",\"coordinates\":[1,2]},\"properties\":{\"name\":\"Backwards\","
        + "\"start\":\"2024-03-22\",\"end\":\"2024-03-20\"}}]}");

    assertThat(lines(read(file))).singleElement().satisfies(l -> assertThat(l)
        .contains("backwards.geojson:2:1: the feature \"Backwards\" ends before it starts"));
  }

  @Test
  void aPositionThatIsNotTwoNumbersIsAnError() throws IOException {
    Path file = write("text.geojson", "{\"type\":\"Feature\",\"geometry\":{\"type\":\"Point\",\"coordinates\":"
        + "[\"1\",\"2\"]},\"properties\":{\"date\":\"2024\"}}");

    assertThat(lines(read(file))).singleElement().satisfies(l -> assertThat(l)
        .contains("text.geojson:1:60: a position is [longitude, latitude] (two numbers), found [\"1\", \"2\"]"));
  }

  @Test
  void aFileThatIsNotJsonAtAllIsBrokenJson() throws IOException {
    Path file = write("words.geojson", "{\"type\": \"FeatureCollection\", \"features\": [oops]}");

    assertThat(lines(read(file))).singleElement().satisfies(l -> assertThat(l)
        .contains("words.geojson:1:").contains("broken JSON"));
  }

  @Test
  void featuresWithoutAGeometryOrATimeAreKeptAndSaidOnce() {
    LoadResult result = read(fixture("without-geometry-or-time.geojson"));

    assertThat(result.errors()).isEmpty();
    Dataset d = result.dataset().orElseThrow();
    assertThat(d.events()).extracting(Event::id).containsExactlyInAnyOrder("complete", "nowhere", "never");
    assertThat(event(d, "nowhere").place()).isEmpty();
    assertThat(event(d, "nowhere").start().orElseThrow().text()).isEqualTo("2024-03-22");
    assertThat(event(d, "never").start()).isEmpty();
    assertThat(event(d, "never").place().orElseThrow().location().lon()).isEqualTo(2);
    assertThat(lines(result)).anySatisfy(l -> assertThat(l).contains(":4:3: warning: this feature has no geometry, kept"));
    assertThat(lines(result)).anySatisfy(l -> assertThat(l).contains(":6:3: warning: this feature has no time"));
  }

  @Test
  void manyFeaturesWithoutAGeometryAreCountedInOneWarning() throws IOException {
    StringBuilder json = new StringBuilder("{\"type\":\"FeatureCollection\",\"features\":[");
    for (int i = 0; i < 250; i++) {
      json.append(i == 0 ? "" : ",\n").append("{\"type\":\"Feature\",\"geometry\":null,\"properties\":{\"date\":\"2024\"}}");
    }
    LoadResult result = read(write("nowhere.geojson", json.append("]}").toString()));

    assertThat(result.dataset().orElseThrow().events()).hasSize(250);
    assertThat(result.warnings()).singleElement().satisfies(p -> {
      assertThat(p.line()).isEqualTo(1);
      assertThat(p.message()).startsWith("250 features have no geometry (this is the first), kept");
    });
  }

  @Test
  void manyBadFeaturesAreToldUpToALimit() throws IOException {
    StringBuilder json = new StringBuilder("{\"type\":\"FeatureCollection\",\"features\":[");
    for (int i = 0; i < 250; i++) {
      json.append(i == 0 ? "" : ",\n").append("{\"type\":\"Feature\",\"geometry\":{\"type\":\"Point\",\"coordinates\":"
          + "[1,99]},\"properties\":{\"date\":\"2024\"}}");
    }
    LoadResult result = read(write("many.geojson", json.append("]}").toString()));

    assertThat(result.errors()).hasSize(GeoJsonReader.MOST_TOLD + 1);
    assertThat(result.errors().get(GeoJsonReader.MOST_TOLD).message()).isEqualTo("and 150 more errors");
  }

  // Progress

  private Path bigFile(int features) throws IOException {
    StringBuilder json = new StringBuilder("{\"type\":\"FeatureCollection\",\"features\":[");
    for (int i = 0; i < features; i++) {
      json.append(i == 0 ? "" : ",\n").append("{\"type\":\"Feature\",\"id\":\"f").append(i)
          .append("\",\"geometry\":{\"type\":\"Point\",\"coordinates\":[10,20]},\"properties\":{\"date\":\"2024-03-22\","
              + "\"notes\":\"").append("x".repeat(400)).append("\"}}");
    }
    return write("big.geojson", json.append("]}").toString());
  }

  @Test
  void progressGoesUpToTheSizeOfTheFile() throws IOException {
    Path file = bigFile(10_000);
    long size = Files.size(file);
    List<Long> seen = new java.util.ArrayList<>();

    LoadResult result = format.read(file, ReadOptions.NONE, (read, total) -> {
      assertThat(total).isEqualTo(size);
      seen.add(read);
      return true;
    });

    assertThat(result.ok()).isTrue();
    assertThat(seen.size()).isGreaterThan(3);
    assertThat(seen).isSorted();
    assertThat(seen.get(seen.size() - 1)).isEqualTo(size);
  }

  @Test
  void theListenerCanCancelAndNothingIsKept() throws IOException {
    Path file = bigFile(10_000);

    LoadResult result = format.read(file, ReadOptions.NONE, (read, total) -> read < 2_000_000);

    assertThat(result.cancelled()).isTrue();
    assertThat(result.dataset()).isEmpty();
    assertThat(result.problems()).isEmpty();
  }

  @Test
  void anInterruptedReadingThreadCancels() throws IOException {
    Path file = bigFile(5_000);

    Thread.currentThread().interrupt();
    LoadResult result;
    try {
      result = format.read(file, ReadOptions.NONE, ProgressListener.NONE);
    } finally {
      Thread.interrupted();
    }

    assertThat(result.cancelled()).isTrue();
  }

  // The real files of other tools, when they are there (never copied into the project)

  private static Path sample(String ending) throws IOException {
    Path samples = Path.of("..", "shared", "samples", "formats");
    assumeThat(Files.isDirectory(samples)).as("the shared samples are here").isTrue();
    try (var files = Files.list(samples)) {
      Optional<Path> found = files.filter(f -> f.getFileName().toString().endsWith(ending)).findFirst();
      assumeThat(found).as(ending).isPresent();
      return found.get();
    }
  }

  @Test
  void theUsgsSignificantMonthOpensWithItsOffsets() throws IOException {
    LoadResult result = read(sample("significant_month.geojson"));

    assertThat(result.errors()).isEmpty();
    Dataset d = result.dataset().orElseThrow();
    assertThat(d.events()).hasSize(12);
    Event first = d.events().get(0);
    assertThat(first.title()).startsWith("M 6.2");
    assertThat(first.start().orElseThrow().offset()).hasValue(ZoneOffset.ofHours(-6));
    assertThat(d.categories()).extracting(c -> c.name()).containsExactly("earthquake");
  }

  @Test
  void theHoardsWithSignedYearsOpenBeforeOurEra() throws IOException {
    LoadResult result = read(sample("hoards.geojson"));

    assertThat(result.errors()).isEmpty();
    Dataset d = result.dataset().orElseThrow();
    assertThat(d.events()).hasSize(17);
    assertThat(d.events().get(0).start().orElseThrow().text()).isEqualTo("-0054");
    assertThat(d.events().get(d.events().size() - 1).start().orElseThrow().text()).isEqualTo("0014");
  }
}
