package org.eventmap.io.timemap;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.eventmap.domain.Attribute;
import org.eventmap.domain.Dataset;
import org.eventmap.domain.Event;
import org.eventmap.domain.Precision;
import org.eventmap.domain.Source;
import org.eventmap.domain.TimePoint;
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

class TimemapFormatsTest {
  /** Madrid's zone for Barcelona's longitudes, none elsewhere: enough to tell a local time from UTC. */
  private static final ZoneLookup BARCELONA = (lat, lon) -> lon > 2 && lon < 2.3
      ? Optional.of(ZoneId.of("Europe/Madrid")) : Optional.empty();

  private final TimemapFormat timemap = new TimemapFormat(BARCELONA);
  private final TimemapJsFormat timemapJs = new TimemapJsFormat(ZoneLookup.NONE);

  @TempDir Path dir;

  static Path fixture(String name) {
    try {
      return Path.of(TimemapFormatsTest.class.getResource("/formats/timemap/" + name).toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  private static LoadResult read(EventFormat format, String fixture) {
    return format.read(fixture(fixture), ReadOptions.NONE, ProgressListener.NONE);
  }

  private static Dataset dataset(EventFormat format, String fixture) {
    LoadResult result = read(format, fixture);
    assertThat(result.errors()).isEmpty();
    return result.dataset().orElseThrow();
  }

  private static FileHead head(String text) {
    byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
    return new FileHead("events.json", bytes, bytes.length);
  }

  private static List<String> lines(LoadResult result) {
    return result.problems().stream().map(Problem::toString).toList();
  }

  private static Event event(Dataset d, String id) {
    return d.event(id).orElseThrow(() -> new AssertionError("no event " + id + " in " + d.events()));
  }

  private static Event titled(Dataset d, String title) {
    return d.events().stream().filter(e -> e.title().equals(title)).findFirst()
        .orElseThrow(() -> new AssertionError("no event titled " + title + " in " + d.events()));
  }

  private static String attribute(Event e, String name) {
    return e.attributes().stream().filter(a -> a.name().equals(name)).map(Attribute::value).findFirst().orElse(null);
  }

  // Recognising

  @Test
  void anArrayOfEventsWithMonthFirstDatesIsCertainlyATimemapExport() {
    assertThat(timemap.recognise(head("[{\"id\": \"1\", \"date\": \"8/23/2011\", \"lat\": \"17.8\", \"long\": \"-18.2\"}]")))
        .isEqualTo(EventFormat.CERTAIN);
    assertThat(timemap.recognise(head("[{\"date\": \"2011-08-23\", \"latitude\": 17.8, \"longitude\": -18.2}]")))
        .isEqualTo(EventFormat.PLAUSIBLE);
    assertThat(timemap.recognise(head("[{\"type\": \"Feature\", \"date\": \"8/23/2011\", \"lat\": 1, \"long\": 2}]")))
        .isEqualTo(EventFormat.NOT_MINE);
    assertThat(timemap.recognise(head("{\"date\": \"8/23/2011\", \"lat\": 1, \"long\": 2}")))
        .isEqualTo(EventFormat.NOT_MINE);
  }

  @Test
  void timemapJsItemsAreRecognisedThroughTheirWrappers() {
    assertThat(timemapJs.recognise(head("[{\"title\": \"A\", \"start\": \"1449\", \"point\": {\"lat\": 43.7, "
        + "\"lon\": 11.2}}]"))).isEqualTo(EventFormat.CERTAIN);
    assertThat(timemapJs.recognise(head("cb({\"datasets\": [{\"options\": {\"items\": [{\"start\": \"1980\", "
        + "\"polyline\": [{\"lat\": 1, \"lon\": 2}]}]}}]})"))).isEqualTo(EventFormat.CERTAIN);
    assertThat(timemapJs.recognise(head("{\"type\": \"Feature\", \"properties\": {\"start\": \"1980\", "
        + "\"point\": {\"lat\": 1, \"lon\": 2}}}"))).isEqualTo(EventFormat.NOT_MINE);
  }

  @Test
  void theRegistryGivesEachFileToItsReader() throws IOException {
    assertThat(recognisedAs(fixture("fa-export.json"))).isEqualTo("timemap");
    assertThat(recognisedAs(fixture("bellingcat-export.json"))).isEqualTo("timemap");
    assertThat(recognisedAs(fixture("timemapjs-items.json"))).isEqualTo("timemapjs");
    assertThat(recognisedAs(fixture("timemapjs-datasets.json"))).isEqualTo("timemapjs");
    assertThat(recognisedAs(fixture("timemapjs-jsonp.js"))).isEqualTo("timemapjs");
    assertThat(recognisedAs(Path.of("assets/datasets/gaza-diplomacy-2024-03.json"))).isEqualTo("eventmap");
    for (String geojson : List.of("coin-hoards.geojson", "shapes.geojson", "times-of-every-kind.geojson",
        "wrapped-feed.js")) {
      assertThat(recognisedAs(Path.of(getClass().getResource("/formats/geojson/" + geojson).getPath())))
          .as(geojson).isEqualTo("geojson");
    }
  }

  private static String recognisedAs(Path file) throws IOException {
    return FormatRegistry.recognise(FileHead.of(file)).map(EventFormat::name).orElse("none");
  }

  @Test
  void anArrayOfOtherObjectsIsNotClaimed() throws IOException {
    assertThat(FormatRegistry.recognise(FileHead.of(fixture("other-array.json")))).isEmpty();
  }

  // Forensic Architecture and Bellingcat

  @Test
  void aDateAndATimeAreALocalTimeAtThePlaceAndADateAloneIsADay() {
    Dataset d = dataset(timemap, "fa-export.json");

    Event gathering = event(d, "1");
    assertThat(gathering.start().orElseThrow().isLocal()).isTrue();
    assertThat(gathering.start().orElseThrow().precision()).isEqualTo(Precision.MINUTE);
    assertThat(gathering.zone()).isEqualTo(ZoneId.of("Europe/Madrid"));
    assertThat(gathering.earliestInstant()).contains(Instant.parse("2021-08-23T09:45:00Z"));
    assertThat(event(d, "2").start()).contains(TimePoint.ofDay(LocalDate.of(2021, 8, 23)));
  }

  @Test
  void fieldsOfAnExportBecomePlaceSummarySourcesTagsAndCategory() {
    Event gathering = event(dataset(timemap, "fa-export.json"), "1");

    assertThat(gathering.place().orElseThrow().name()).isEqualTo("Central square");
    assertThat(gathering.place().orElseThrow().location().lat()).isEqualTo(41.3851);
    assertThat(gathering.title()).isEqualTo("Protesters gather in the square before noon.");
    assertThat(gathering.summary()).contains("The police close two streets.");
    assertThat(gathering.category().name()).isEqualTo("Gathering");
    assertThat(gathering.tags()).containsExactly("Protest", "Police");
    assertThat(gathering.sources()).extracting(Source::title).containsExactly("src-01", "src-02");
    assertThat(attribute(gathering, "comments")).isEqualTo("seen from two videos");
    assertThat(attribute(gathering, "time_display")).isNull();
  }

  @Test
  void sourceObjectsGiveTitleAddressAndAuthor() {
    Dataset d = dataset(timemap, "fa-export.json");

    Source drone = event(d, "2").sources().get(0);
    assertThat(drone.title()).isEqualTo("Drone footage");
    assertThat(drone.publisher()).isEqualTo("A reporter");
    assertThat(drone.url()).hasValueSatisfying(u -> assertThat(u).hasToString("https://example.org/video/3"));
    assertThat(event(d, "4").sources().get(0).url()).isPresent();
  }

  @Test
  void aRepeatedIdIsAWarningAndBothEventsAreKept() {
    LoadResult result = read(timemap, "fa-export.json");
    Dataset d = result.dataset().orElseThrow();

    assertThat(d.events()).hasSize(4);
    assertThat(event(d, "2~2").title()).isEqualTo("Tear gas is used near the harbour gate.");
    assertThat(lines(result)).anyMatch(l -> l.endsWith("fa-export.json:30:11: warning: the id \"2\" is used again "
        + "(first at line 18): both events are kept, this one as \"2~2\""));
  }

  @Test
  void anEventWithEmptyCoordinatesIsKeptWithoutAPlace() {
    LoadResult result = read(timemap, "fa-export.json");

    assertThat(event(result.dataset().orElseThrow(), "4").place()).isEmpty();
    assertThat(lines(result)).anyMatch(l -> l.contains("warning: this event has no latitude and longitude"));
  }

  @Test
  void bellingcatsShortNamesAndFilterTextsAreRead() {
    Dataset d = dataset(timemap, "bellingcat-export.json");

    Event school = event(d, "BC-101");
    assertThat(school.place().orElseThrow().location().lon()).isEqualTo(30.5234);
    assertThat(school.summary()).isEqualTo("Damage to a school building after shelling");
    assertThat(school.tags()).containsExactly("School", "Residential");
    assertThat(school.category().name()).isEqualTo("Uncategorised");
    assertThat(school.sources().get(0).url()).hasValueSatisfying(u -> assertThat(u).hasToString(
        "https://example.org/post/9"));
    assertThat(school.sources().get(0).title()).isEqualTo("Post showing the school");
  }

  @Test
  void badDatesTimesAndCoordinatesAreReportedWhereTheyAreByName() {
    LoadResult result = read(timemap, "bad-date.json");
    String file = fixture("bad-date.json").toString();

    assertThat(result.dataset()).isEmpty();
    assertThat(lines(result)).containsExactly(
        file + ":2:65: \"date\" \"23/8/2021\": month 23 does not exist (timemap writes dates month first, M/D/YYYY)",
        file + ":3:85: \"time\" \"noonish\" is not a time of day (HH:MM, such as 14:30)",
        file + ":4:102: \"latitude\": latitude 123 is not between -90 and 90",
        file + ":5:130: \"longitude\" must be a number, found true");
  }

  @Test
  void aTruncatedExportGetsALocatedMessage() {
    assertThat(lines(read(timemap, "truncated.json"))).singleElement().asString()
        .contains("truncated.json:3:").contains("the file ends in the middle of the JSON");
  }

  @Test
  void aTopThatIsNotAnArrayIsNotAnExport() throws IOException {
    Path file = dir.resolve("object.json");
    Files.writeString(file, "{\"events\": []}");

    assertThat(lines(timemap.read(file, ReadOptions.NONE, ProgressListener.NONE))).singleElement().asString()
        .contains(":1:1: is not a timemap export");
  }

  // timemap.js

  @Test
  void timemapJsItemsGiveTitleDatesPointAndDescription() {
    Dataset d = dataset(timemapJs, "timemapjs-items.json");

    Event shop = titled(d, "Printing shop opens");
    assertThat(shop.start()).contains(TimePoint.ofYear(1478));
    assertThat(shop.end()).contains(TimePoint.ofDay(LocalDate.of(1490, 6, 1)));
    assertThat(shop.place().orElseThrow().location().lat()).isEqualTo(45.4384);
    assertThat(shop.summary()).isEqualTo("<p>A press with <b>two</b> workers.</p>");
    assertThat(attribute(shop, "theme")).isEqualTo("orange");
    assertThat(titled(d, "A letter about the shop").summary()).contains("another city");
    assertThat(titled(d, "A letter about the shop").place().orElseThrow().location().lon()).isEqualTo(11.8768);
  }

  @Test
  void aPolylineIsShownAtTheMeanOfItsVerticesMarkedApproximate() {
    Event road = titled(dataset(timemapJs, "timemapjs-items.json"), "The river road");

    assertThat(road.place().orElseThrow().location().lat()).isCloseTo(45.46, org.assertj.core.data.Offset.offset(1e-9));
    assertThat(road.approximate().orElseThrow().place()).isTrue();
    assertThat(road.approximate().orElseThrow().note()).contains("polyline of 3 points");
    assertThat(road.tags()).isEmpty();
  }

  @Test
  void datasetsOfAnInitCallGiveTheirItemsTheirTitleAsCategory() {
    Dataset d = dataset(timemapJs, "timemapjs-datasets.json");

    assertThat(d.events()).hasSize(3);
    assertThat(titled(d, "Upper mill built").category().name()).isEqualTo("Mills");
    assertThat(titled(d, "Lower mill built").start()).contains(TimePoint.ofMonth(1510, 4));
    assertThat(titled(d, "Wooden bridge").category().name()).isEqualTo("Bridges");
  }

  @Test
  void aJsonpCallIsReadThroughWithAWarningAndNeverRun() {
    LoadResult result = read(timemapJs, "timemapjs-jsonp.js");

    assertThat(result.dataset().orElseThrow().events()).singleElement()
        .satisfies(e -> assertThat(e.title()).isEqualTo("Tide mark painted"));
    assertThat(lines(result)).first().asString().contains(":1:1: warning: the data is wrapped in a call to "
        + "loadTimemapItems(...)");
  }

  @Test
  void aTimemapJsItemWithAnUnreadableStartIsReportedThere() throws IOException {
    Path file = dir.resolve("items.json");
    Files.writeString(file, "[{\"title\": \"A\", \"start\": \"soon\", \"point\": {\"lat\": 1, \"lon\": 2}},\n"
        + " {\"title\": \"B\", \"start\": \"1990\", \"point\": {\"lat\": 123, \"lon\": 2}}]");

    assertThat(lines(timemapJs.read(file, ReadOptions.NONE, ProgressListener.NONE))).containsExactly(
        file + ":1:26: \"start\": 'soon' is not an ISO 8601 date (such as 2024, 2024-03, 2024-03-22 or "
            + "2024-03-22T09:50+02:00)",
        file + ":2:51: \"point.lat\": latitude 123 is not between -90 and 90");
  }

  @Test
  void dataOfNoneOfTheseShapesIsNotTimemapJs() throws IOException {
    Path file = dir.resolve("settings.json");
    Files.writeString(file, "{\"mapId\": \"map\", \"options\": {\"zoom\": 3}}");

    assertThat(lines(timemapJs.read(file, ReadOptions.NONE, ProgressListener.NONE))).singleElement().asString()
        .contains("is not timemap.js data: no array of items");
  }

  @Test
  void aYearBeyondWhatEventmapPlacesIsRefusedPlainly() throws IOException {
    Path file = dir.resolve("big-bang.json");
    Files.writeString(file, "[{\"title\": \"Big Bang\", \"start\": -13800000000, \"point\": {\"lat\": 0, \"lon\": 0}},\n"
        + " {\"title\": \"Far\", \"start\": \"+2000000000\", \"point\": {\"lat\": 0, \"lon\": 0}}]");

    assertThat(lines(timemapJs.read(file, ReadOptions.NONE, ProgressListener.NONE))).containsExactly(
        file + ":1:33: \"start\": year -13800000000 is before the earliest year Eventmap can place, "
            + TimePoint.MIN_YEAR,
        file + ":2:28: \"start\": year 2000000000 is after the latest year Eventmap can place, " + TimePoint.MAX_YEAR);
  }

  @Test
  void aReadCancelledByItsListenerHoldsNothing() throws IOException {
    Path file = dir.resolve("large.json");
    StringBuilder json = new StringBuilder("[");
    for (int i = 0; i < 30_000; i++) {
      json.append(i == 0 ? "" : ",").append("{\"id\": \"").append(i).append("\", \"description\": \"an event\", ")
          .append("\"date\": \"8/23/2021\", \"time\": \"\", \"latitude\": \"41.38\", \"longitude\": \"2.17\"}\n");
    }
    Files.writeString(file, json.append("]"));

    LoadResult result = timemap.read(file, ReadOptions.NONE, (read, total) -> false);

    assertThat(result.cancelled()).isTrue();
    assertThat(result.dataset()).isEmpty();
  }
}
