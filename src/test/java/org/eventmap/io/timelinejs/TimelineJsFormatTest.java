package org.eventmap.io.timelinejs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.eventmap.domain.Attribute;
import org.eventmap.domain.Dataset;
import org.eventmap.domain.Era;
import org.eventmap.domain.Event;
import org.eventmap.domain.Precision;
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

class TimelineJsFormatTest {
  /** China's zone east of 100° E, none elsewhere: enough to tell a local time read in a place's zone from UTC. */
  private static final ZoneLookup FAKE_ZONES = (lat, lon) -> lon > 100
      ? Optional.of(ZoneId.of("Asia/Shanghai")) : Optional.empty();

  private final TimelineJsFormat format = new TimelineJsFormat(FAKE_ZONES);

  @TempDir Path dir;

  static Path fixture(String name) {
    try {
      return Path.of(TimelineJsFormatTest.class.getResource("/formats/timelinejs/" + name).toURI());
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
    return result.problems().stream().map(p -> p.toString().substring(p.file().lastIndexOf('/') + 1)).toList();
  }

  private static Event titled(Dataset d, String title) {
    return d.events().stream().filter(e -> e.title().equals(title)).findFirst()
        .orElseThrow(() -> new AssertionError("no event \"" + title + "\" in " + d.events()));
  }

  private static Optional<String> attribute(Event e, String name) {
    return e.attributes().stream().filter(a -> a.name().equals(name)).map(Attribute::value).findFirst();
  }

  // Recognising

  @Test
  void eventsWithAStartDateAreCertainlyATimeline() {
    assertThat(format.recognise(head("t.json", "{\"title\": {\"text\": {\"headline\": \"x\"}}, \"events\": "
        + "[{\"text\": {}, \"start_date\": {\"year\": 1}}]}"))).isEqualTo(EventFormat.CERTAIN);
    assertThat(format.recognise(head("t.json", "{\"timeline\": {\"headline\": \"x\", \"date\": [{\"startDate\": "
        + "\"1963,8,9\"}]}}"))).isEqualTo(EventFormat.CERTAIN);
  }

  @Test
  void ourOwnFormatStoryMapAndGeoJsonAreNotTimelines() {
    assertThat(format.recognise(head("d.json", "{\"format\": \"eventmap/1\", \"events\": [{\"start\": \"2024\"}]}")))
        .isEqualTo(EventFormat.NOT_MINE);
    assertThat(format.recognise(head("s.json", "{\"storymap\": {\"slides\": [{\"date\": \"2013\"}]}}")))
        .isEqualTo(EventFormat.NOT_MINE);
    assertThat(format.recognise(head("g.json", "{\"type\": \"FeatureCollection\", \"features\": []}")))
        .isEqualTo(EventFormat.NOT_MINE);
    assertThat(format.recognise(head("a.json", "[{\"start_date\": {\"year\": 1}}]"))).isEqualTo(EventFormat.NOT_MINE);
  }

  @Test
  void theRegistryOpensBothSamplesOfTheFixturesAsTimelines() {
    assertThat(FormatRegistry.read(fixture("printing.json")).dataset()).isPresent();
    assertThat(FormatRegistry.read(fixture("legacy.json")).dataset()).isPresent();
  }

  @Test
  void anEmptyTimelineIsToldItHasNoEventsNotReadAsOurOwnFormat() {
    LoadResult result = FormatRegistry.read(fixture("no-events.json"));
    assertThat(result.ok()).isFalse();
    assertThat(lines(result)).containsExactly("no-events.json:1:1: the timeline has no events: TimelineJS lists "
        + "them in \"events\" (a spreadsheet: one row each)");
  }

  // Reading TimelineJS 3

  @Test
  void theTitleSlideGivesTheTitleAsTextAndTheDescriptionAsReadableText() {
    Dataset d = dataset("printing.json");
    assertThat(d.title()).isEqualTo("Movable type");
    assertThat(d.description()).contains("How printing spread, from clay to metal.\nA test timeline written for "
        + "Eventmap.");
  }

  @Test
  void erasAreSortedByStartWithTheirHeadlinesOrANumber() {
    Dataset d = dataset("printing.json");
    assertThat(d.eras()).containsExactly(
        new Era("Era 3", TimePoint.ofYear(-300), TimePoint.ofYear(0)),
        new Era("Before Gutenberg", TimePoint.ofYear(1040), TimePoint.ofYear(1450)),
        new Era("Incunabula", TimePoint.ofYear(1450), TimePoint.ofYear(1500)));
  }

  @Test
  void yearsAreAstronomicalAndProlepticGregorianWhateverTheirDigits() {
    Dataset d = dataset("printing.json");
    Event seals = titled(d, "Seals pressed in clay");
    assertThat(seals.start()).contains(TimePoint.ofYear(-30));
    assertThat(seals.start().orElseThrow().text()).isEqualTo("-0030");
    assertThat(attribute(seals, Attribute.DATE_AS_WRITTEN)).contains("about 30 BCE");
    assertThat(titled(d, "A year written with three digits").start()).contains(TimePoint.ofYear(50));
    // Before 1582: no Julian shift, the day is the one written.
    assertThat(titled(d, "Jikji printed").start()).contains(TimePoint.ofMonth(1377, 7));
  }

  @Test
  void theMostSpecificPartGivenIsThePrecisionAndTimesAreLocalToThePlace() {
    Dataset d = dataset("printing.json");
    Event mainz = titled(d, "A day of printing in Mainz");
    assertThat(mainz.start()).contains(TimePoint.ofLocal(LocalDateTime.of(1455, 2, 23, 9, 30, 5), Precision.SECOND));
    assertThat(mainz.end()).contains(TimePoint.ofLocal(LocalDateTime.of(1455, 2, 23, 17, 0), Precision.MINUTE));
    Event caxton = titled(d, "Caxton sets up in Westminster");
    assertThat(caxton.start().orElseThrow().precision()).isEqualTo(Precision.MINUTE);
    assertThat(caxton.start().orElseThrow().isLocal()).isTrue();
    // Without a place, a local time is read in UTC.
    assertThat(caxton.earliestInstant().orElseThrow().toString()).isEqualTo("1476-09-30T14:00:00Z");
  }

  @Test
  void anEndThatRepeatsTheStartIsDroppedAsTimelineJsDoes() {
    Event clay = dataset("printing.json").event("bi-sheng").orElseThrow();
    assertThat(clay.start()).contains(TimePoint.ofYear(1040));
    assertThat(clay.end()).isEmpty();
  }

  @Test
  void headlineTextMediaGroupAndIdBecomeTheEventsFields() {
    Dataset d = dataset("printing.json");
    Event jikji = titled(d, "Jikji printed");
    assertThat(jikji.summary()).isEqualTo("The oldest surviving book printed with metal type.");
    assertThat(jikji.attributes()).containsExactly(new Attribute(Attribute.MEDIA, "https://example.org/jikji"),
        new Attribute(Attribute.MEDIA_CAPTION, "A page of the <i>Jikji</i>"),
        new Attribute(Attribute.MEDIA_CREDIT, "A library"));
    assertThat(jikji.category().name()).isEqualTo("Events");
    assertThat(titled(d, "A day of printing in Mainz").category().name()).isEqualTo("Europe");
    Event clay = d.event("bi-sheng").orElseThrow();
    assertThat(clay.attributes()).containsExactly(new Attribute(Attribute.MEDIA, "https://example.org/clay-type"));
    assertThat(d.event("caxton").orElseThrow().title()).isEqualTo("Caxton sets up in Westminster");
    assertThat(d.event("caxton~2")).isPresent();
  }

  @Test
  void aSlideWithOnlyMediaIsTitledByItsDisplayDates() {
    Event presses = dataset("printing.json").event("caxton~2").orElseThrow();
    assertThat(presses.title()).isEqualTo("by 1500 – 1501");
    assertThat(attribute(presses, Attribute.DATE_AS_WRITTEN)).contains("by 1500 – 1501");
    assertThat(presses.end()).contains(TimePoint.ofYear(1501));
  }

  @Test
  void theLocationBlockTimelineJsIgnoresIsThePlaceWithTheZoneOfItsCoordinates() {
    Dataset d = dataset("printing.json");
    Event clay = d.event("bi-sheng").orElseThrow();
    assertThat(clay.place().orElseThrow().name()).isEqualTo("Hangzhou");
    assertThat(clay.place().orElseThrow().location().lat()).isEqualTo(30.27);
    assertThat(clay.place().orElseThrow().location().lon()).isEqualTo(120.15);
    assertThat(clay.zone()).isEqualTo(ZoneId.of("Asia/Shanghai"));
    assertThat(titled(d, "Jikji printed").place().orElseThrow().name()).isEqualTo("36.6400, 127.4900");
    assertThat(titled(d, "Seals pressed in clay").place()).isEmpty();
  }

  @Test
  void aSlideThatOnlyLabelsAGroupIsNotKeptAndSaysSo() {
    LoadResult result = read(fixture("printing.json"));
    Dataset d = result.dataset().orElseThrow();
    assertThat(d.events()).hasSize(7);
    assertThat(d.events()).noneMatch(e -> e.start().orElseThrow().equals(TimePoint.ofYear(1480)));
    assertThat(lines(result)).contains("printing.json:56:5: warning: this slide has no headline, text or media: "
        + "TimelineJS draws such an empty marker to label a group or stretch the axis; not kept as an event");
  }

  @Test
  void aTimelineOfOnlyEmptySlidesSaysWhyNothingIsShown() throws IOException {
    LoadResult result = read(write("empty-slides.json", "{\"events\": [{\"start_date\": {\"year\": \"1900\"}}]}"));
    assertThat(result.errors()).extracting(Problem::toString).singleElement().asString()
        .endsWith("empty-slides.json:1:1: the timeline has no event left to show (1 with no headline, text or media)");
  }

  // Scales and deep time

  @Test
  void theCosmologicalScaleReadsYearsOnlyAndLeavesOutYearsEventmapCannotPlace() {
    LoadResult result = read(fixture("deep-time.json"));
    Dataset d = result.dataset().orElseThrow();
    assertThat(d.events()).extracting(Event::title).containsExactly("The dinosaurs die out", "Our species appears",
        "A first step on the Moon");
    assertThat(titled(d, "The dinosaurs die out").start()).contains(TimePoint.ofYear(-66_000_000));
    assertThat(titled(d, "A first step on the Moon").start()).contains(TimePoint.ofYear(1969));
    assertThat(lines(result)).contains(
        "deep-time.json:2:12: warning: the timeline's scale is cosmological: its dates are read as years only, as "
            + "TimelineJS places them",
        "deep-time.json:5:29: warning: year -13800000000 is before the earliest year Eventmap can place, "
            + TimePoint.MIN_YEAR + ": this slide is left out");
  }

  @Test
  void aTimelineWhoseEveryYearIsBeyondTheRangeIsAClearError() {
    LoadResult result = read(fixture("human-scale-big-bang.json"));
    assertThat(result.ok()).isFalse();
    assertThat(lines(result)).contains(
        "human-scale-big-bang.json:4:29: warning: year 2000000000 is after the latest year Eventmap can place, "
            + TimePoint.MAX_YEAR + ": this slide is left out",
        "human-scale-big-bang.json:1:1: the timeline has no event left to show (2 left out for their year)");
  }

  // Bad input

  @Test
  void everyBadDateIsReportedWhereItIsWritten() {
    LoadResult result = read(fixture("bad-dates.json"));
    assertThat(result.ok()).isFalse();
    assertThat(lines(result)).containsExactly(
        "bad-dates.json:4:46: month 13 does not exist (months are 1 to 12)",
        "bad-dates.json:5:54: day 31 does not exist in February 1900",
        "bad-dates.json:6:50: the slide \"Ends before it starts\" ends (1999) before it starts (2001)",
        "bad-dates.json:7:5: event 4 (\"No start at all\") has no \"start_date\": TimelineJS needs one for every "
            + "event",
        "bad-dates.json:8:29: year \"MCMLXIII\" is not a whole number",
        "bad-dates.json:9:20: \"start_date\" must be a date object such as {\"year\": 1963, \"month\": 8, \"day\": "
            + "28}, found the text \"1963-08-28\"",
        "bad-dates.json:10:29: year 1963.5 in \"start_date\" is not a whole number",
        "bad-dates.json:11:58: the location's latitude 95 is not between -90 and 90");
  }

  @Test
  void aFileCutShortSaysSoWhereItEnds() {
    LoadResult result = read(fixture("cut-short.json"));
    assertThat(lines(result)).hasSize(1);
    assertThat(lines(result).get(0)).startsWith("cut-short.json:3:").contains("the file ends in the middle of the JSON");
  }

  @Test
  void wrongTypesAreLocatedMessagesNotCrashes() throws IOException {
    LoadResult result = read(write("types.json", "{\"events\": [\n  3,\n  {\"start_date\": {\"year\": [1]}},\n"
        + "  {\"start_date\": {\"year\": 1}, \"location\": \"Paris\"},\n  {\"start_date\": {\"year\": 2}, "
        + "\"text\": \"plain\"}\n], \"eras\": {}}"));
    assertThat(lines(result)).containsExactly(
        "types.json:2:3: event 1 is the number 3, not a slide (an object)",
        "types.json:3:27: year in \"start_date\" must be a number or a string of digits, found an array",
        "types.json:4:43: \"location\" must be an object with lat and lon, found the text \"Paris\"",
        "types.json:5:39: warning: \"text\" should be an object, found the text \"plain\": left out",
        "types.json:6:12: \"eras\" must be an array of eras, found an object");
  }

  @Test
  void columnsAreCountedInCharactersNotBytes() throws IOException {
    LoadResult result = read(write("accents.json", "{\"events\": [{\"text\": {\"headline\": \"Écrit à Zürich\"}, "
        + "\"start_date\": {\"year\": \"x\"}}]}"));
    assertThat(lines(result)).containsExactly("accents.json:1:77: year \"x\" is not a whole number");
  }

  @Test
  void notAnObjectAtTheTopIsRefusedPlainly() throws IOException {
    assertThat(lines(read(write("list.json", "[1, 2]")))).containsExactly(
        "list.json:1:1: is not a TimelineJS timeline: that is a JSON object with \"events\", this file is an array");
  }

  // TimelineJS 2

  @Test
  void aLegacyTimelineJs2TimelineIsRead() {
    Dataset d = dataset("legacy.json");
    assertThat(d.title()).isEqualTo("Canals of the North");
    assertThat(d.description()).contains("A TimelineJS 2 timeline written for Eventmap's tests.");
    Event bridgewater = titled(d, "The Bridgewater Canal opens");
    assertThat(bridgewater.start()).contains(TimePoint.ofDay(java.time.LocalDate.of(1761, 7, 17)));
    assertThat(bridgewater.category().name()).isEqualTo("England");
    assertThat(bridgewater.attributes()).containsExactly(new Attribute(Attribute.MEDIA, "https://example.org/bridgewater"),
        new Attribute(Attribute.MEDIA_CAPTION, "The aqueduct"), new Attribute(Attribute.MEDIA_CREDIT, "A museum"));
    Event gota = titled(d, "The Göta Canal is dug");
    assertThat(gota.end()).contains(TimePoint.ofDay(java.time.LocalDate.of(1832, 5, 30)));
    assertThat(titled(d, "A canal far to the south").start()).contains(TimePoint.ofDay(java.time.LocalDate.of(1914, 8, 15)));
    assertThat(titled(d, "Water flows along the Erie Canal").start())
        .contains(TimePoint.ofLocal(LocalDateTime.of(1825, 10, 26, 10, 30), Precision.MINUTE));
    assertThat(d.eras()).containsExactly(new Era("Canal mania", TimePoint.ofYear(1760), TimePoint.ofYear(1830)));
  }

  @Test
  void aLegacyDateThatIsNotYearMonthDayIsNamed() throws IOException {
    LoadResult result = read(write("tl2.json", "{\"timeline\": {\"date\": [{\"startDate\": \"August 1963\", "
        + "\"headline\": \"x\"}]}}"));
    assertThat(lines(result)).containsExactly("tl2.json:1:38: the TimelineJS 2 date \"August 1963\" is not "
        + "\"year,month,day\" (e.g. \"1963,8,28\"), month/day/year or a year");
  }

  @Test
  void aListenerThatSaysStopCancelsTheReadAndKeepsNothing() {
    LoadResult json = format.read(fixture("printing.json"), ReadOptions.NONE, (read, total) -> false);
    LoadResult sheet = new TimelineJsSheetFormat().read(fixture("rivers.csv"), ReadOptions.NONE, (read, total) -> false);
    assertThat(json.cancelled()).isTrue();
    assertThat(json.dataset()).isEmpty();
    assertThat(sheet.cancelled()).isTrue();
    assertThat(sheet.dataset()).isEmpty();
  }

  @Test
  void aProblemIsNeverAStackTrace() {
    LoadResult result = read(fixture("bad-dates.json"));
    assertThat(result.problems()).extracting(Problem::message).noneMatch(m -> m.contains("Exception"));
  }
}
