package org.eventmap.io.storymap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.eventmap.domain.Attribute;
import org.eventmap.domain.Dataset;
import org.eventmap.domain.Event;
import org.eventmap.domain.Precision;
import org.eventmap.domain.Story;
import org.eventmap.domain.StoryStep;
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

class StoryMapFormatTest {
  private static final ZoneLookup LISBON = (lat, lon) -> Optional.of(ZoneId.of("Europe/Lisbon"));
  private static final Path SAMPLES = Path.of("..", "shared", "samples", "formats");

  private final StoryMapFormat format = new StoryMapFormat(LISBON);

  @TempDir Path dir;

  static Path fixture(String name) {
    try {
      return Path.of(StoryMapFormatTest.class.getResource("/formats/storymap/" + name).toURI());
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

  private static FileHead head(String text) {
    byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
    return new FileHead("story.json", bytes, bytes.length);
  }

  private static List<String> lines(LoadResult result) {
    return result.problems().stream().map(Problem::toString).toList();
  }

  private static String attribute(Event e, String name) {
    return e.attributes().stream().filter(a -> a.name().equals(name)).map(Attribute::value).findFirst().orElse(null);
  }

  private static Event titled(Dataset d, String title) {
    return d.events().stream().filter(e -> e.title().equals(title)).findFirst()
        .orElseThrow(() -> new AssertionError("no event titled " + title + " in " + d.events()));
  }

  // Recognising

  @Test
  void aStorymapWithSlidesIsCertainlyAStory() {
    assertThat(format.recognise(head("{\"width\": 1000, \"storymap\": {\"language\": \"en\", \"slides\": [{}]}}")))
        .isEqualTo(EventFormat.CERTAIN);
  }

  @Test
  void otherJsonIsNotAStory() {
    assertThat(format.recognise(head("{\"format\": \"eventmap/1\", \"events\": []}"))).isEqualTo(EventFormat.NOT_MINE);
    assertThat(format.recognise(head("{\"title\": {}, \"events\": [{\"start_date\": {\"year\": 2020}}]}")))
        .isEqualTo(EventFormat.NOT_MINE);
    assertThat(format.recognise(head("{\"type\": \"FeatureCollection\", \"features\": [{\"properties\": "
        + "{\"storymap\": {\"slides\": []}}}]}"))).isEqualTo(EventFormat.NOT_MINE);
  }

  @Test
  void theRegistryOpensStoriesWithThisReaderAndGeoJsonAndOurOwnWithTheirs() throws IOException {
    assertThat(FormatRegistry.recognise(FileHead.of(fixture("harbour-walk.json"))).orElseThrow().name())
        .isEqualTo("storymap");
    Path geojson = Path.of(getClass().getResource("/formats/geojson/one-feature.geojson").getPath());
    assertThat(FormatRegistry.recognise(FileHead.of(geojson)).orElseThrow().name()).isEqualTo("geojson");
    assertThat(FormatRegistry.recognise(FileHead.of(Path.of("assets/datasets/gaza-diplomacy-2024-03.json")))
        .orElseThrow().name()).isEqualTo("eventmap");
  }

  // Reading

  @Test
  void theOverviewGivesTitleAndDescriptionAndIsNoEvent() {
    Dataset d = dataset("harbour-walk.json");

    assertThat(d.title()).isEqualTo("A walk along the harbour");
    assertThat(d.description()).contains("Four stops on the old waterfront, written for this test.");
    assertThat(d.events()).extracting(Event::title).doesNotContain("A walk along the harbour");
    assertThat(d.events()).hasSize(5);
  }

  @Test
  void coordinatesWrittenAsTextsArePlacesWithTheirNames() {
    Event market = titled(dataset("harbour-walk.json"), "The fish market opens");

    assertThat(market.place().orElseThrow().name()).isEqualTo("Fish market");
    assertThat(market.place().orElseThrow().location().lat()).isEqualTo(38.7075);
    assertThat(market.place().orElseThrow().location().lon()).isEqualTo(-9.1365);
    assertThat(market.zone()).isEqualTo(ZoneId.of("Europe/Lisbon"));
  }

  @Test
  void freeTextDatesAreReadWhereTheyNameADateAndAlwaysKeptAsWritten() {
    Dataset d = dataset("harbour-walk.json");

    Event market = titled(d, "The fish market opens");
    assertThat(market.start()).contains(TimePoint.ofDay(LocalDate.of(2024, 3, 22)));
    assertThat(attribute(market, Attribute.DATE_AS_WRITTEN)).isEqualTo("22 March 2024");
    assertThat(titled(d, "Ferries change their timetable").start()).contains(TimePoint.ofMonth(2024, 3));
    assertThat(titled(d, "The lighthouse was repainted").start()).contains(TimePoint.ofYear(2013));
    Event back = titled(d, "Back at the start");
    assertThat(back.start().orElseThrow().precision()).isEqualTo(Precision.MINUTE);
    assertThat(back.start().orElseThrow().isLocal()).isTrue();
    Event cafe = titled(d, "Stories told at the café");
    assertThat(cafe.start()).isEmpty();
    assertThat(attribute(cafe, Attribute.DATE_AS_WRITTEN)).isEqualTo("Spring, some year");
  }

  @Test
  void aDateWithoutAYearGivesNoDateAndIsNeverGivenOne() {
    LoadResult result = read(fixture("flood-days.json"));
    Dataset d = result.dataset().orElseThrow();

    assertThat(d.events()).hasSize(3).allSatisfy(e -> assertThat(e.start()).isEmpty());
    assertThat(d.events()).extracting(e -> attribute(e, Attribute.DATE_AS_WRITTEN))
        .containsExactlyInAnyOrder("Mar 23", "Mar 24", "Mar 25");
    assertThat(lines(result)).anyMatch(l -> l.contains("warning: 3 slides have no date"));
  }

  @Test
  void theSlidesOrderIsKeptAsAStoryNamedAfterTheFile() {
    Dataset d = dataset("harbour-walk.json");

    Story story = d.story("harbour-walk").orElseThrow();
    assertThat(story.title()).isEqualTo("A walk along the harbour");
    assertThat(story.steps()).extracting(StoryStep::eventId)
        .containsExactly("slide-2", "slide-3", "slide-4", "slide-5", "slide-6");
    assertThat(story.steps()).extracting(s -> d.event(s.eventId()).orElseThrow().title())
        .containsExactly("The fish market opens", "Ferries change their timetable", "The lighthouse was repainted",
            "Stories told at the café", "Back at the start");
    assertThat(story.steps()).extracting(StoryStep::caption).containsOnly("");
  }

  @Test
  void aLaterOverviewSlideIsAStepLikeTheOthers() {
    Event back = titled(dataset("harbour-walk.json"), "Back at the start");

    assertThat(back.place().orElseThrow().name()).isEqualTo("Fish market");
    assertThat(back.summary()).isEqualTo("The walk ends where it began.");
  }

  @Test
  void mediaIsKeptAsLinksAndTheTextAsWritten() {
    Event market = titled(dataset("harbour-walk.json"), "The fish market opens");

    assertThat(attribute(market, Attribute.MEDIA)).isEqualTo("https://example.org/market.jpg");
    assertThat(attribute(market, Attribute.MEDIA_CAPTION)).isEqualTo("Crates of sardines");
    assertThat(attribute(market, Attribute.MEDIA_CREDIT)).isEqualTo("Photo: test");
    assertThat(market.summary()).contains("<a href=\"https://example.org/market\">Market page</a>");
  }

  @Test
  void aSlideWithoutLocationIsAnEventWithoutPlace() {
    LoadResult result = read(fixture("harbour-walk.json"));

    assertThat(titled(result.dataset().orElseThrow(), "Stories told at the café").place()).isEmpty();
    assertThat(lines(result)).anyMatch(l -> l.contains(":31:7: warning: this slide has no location"));
  }

  // Refusing

  @Test
  void aStoryToldOnAPictureIsRefusedOnceSayingWhy() {
    LoadResult result = read(fixture("gigapixel.json"));

    assertThat(result.dataset()).isEmpty();
    assertThat(lines(result)).hasSize(1);
    assertThat(lines(result).get(0)).contains("gigapixel.json:2:15: ").contains("zoomify")
        .contains("positions on that image, not on the Earth");
  }

  @Test
  void aStoryWithoutSlidesSaysSo() {
    LoadResult result = read(fixture("no-slides.json"));

    assertThat(result.dataset()).isEmpty();
    assertThat(lines(result)).containsExactly(fixture("no-slides.json") + ":3:19: the story has no slides: there is "
        + "nothing to show");
  }

  @Test
  void aLatitudeOutOfRangeIsReportedAtItsFieldByName() {
    LoadResult result = read(fixture("bad-latitude.json"));

    assertThat(lines(result)).containsExactly(fixture("bad-latitude.json")
        + ":4:43: \"location.lat\": latitude 123 is not between -90 and 90");
  }

  @Test
  void aTruncatedFileAndWrongTypesGetLocatedMessages() {
    assertThat(lines(read(fixture("truncated.json")))).singleElement().asString()
        .contains("truncated.json:5:1: the file ends in the middle of the JSON");
    assertThat(lines(read(fixture("wrong-types.json")))).containsExactly(
        fixture("wrong-types.json") + ":3:28: \"text\" must be an object, found the text \"just a string\"",
        fixture("wrong-types.json") + ":3:65: \"location.lat\" is \"north\", not a number");
  }

  @Test
  void aFileThatIsNotAStoryGetsAMessageWhenForced() throws IOException {
    Path file = dir.resolve("list.json");
    Files.writeString(file, "[1, 2, 3]");

    assertThat(lines(read(file))).singleElement().asString().contains("is not a StoryMapJS story");
  }

  // Dates as written

  @Test
  void freeTextDatesOfEveryShape() {
    assertThat(FreeTextDates.read("Sept 3, 2013")).contains(TimePoint.ofDay(LocalDate.of(2013, 9, 3)));
    assertThat(FreeTextDates.read("3rd Sept. 2013")).contains(TimePoint.ofDay(LocalDate.of(2013, 9, 3)));
    assertThat(FreeTextDates.read("Mar 2024")).contains(TimePoint.ofMonth(2024, 3));
    assertThat(FreeTextDates.read("-0030")).contains(TimePoint.ofYear(-30));
    assertThat(FreeTextDates.read("Aug 23")).isEmpty();
    assertThat(FreeTextDates.read("Sept 5: Part 1")).isEmpty();
    assertThat(FreeTextDates.read("23")).isEmpty();
    assertThatThrownBy(() -> FreeTextDates.read("31 February 2024")).hasMessageContaining("names none");
  }

  // The real files beside the project

  private static Path sample(String endsWith) throws IOException {
    assumeTrue(Files.isDirectory(SAMPLES), "the shared samples are not here");
    try (Stream<Path> files = Files.list(SAMPLES)) {
      Path found = files.filter(f -> f.getFileName().toString().endsWith(endsWith)).findFirst().orElse(null);
      assumeTrue(found != null, endsWith + " is not among the shared samples");
      return found;
    }
  }

  @Test
  void knightLabsExamplesOpenAsTheyAreMeant() throws IOException {
    Dataset president = read(sample("StoryMapJS__compiled__examples__president.json")).dataset().orElseThrow();
    assertThat(president.events()).hasSize(21).allSatisfy(e -> {
      assertThat(e.start()).contains(TimePoint.ofYear(2013));
      assertThat(e.hasPlace()).isTrue();
    });
    assertThat(president.stories()).singleElement().satisfies(s -> assertThat(s.steps()).hasSize(21));

    Dataset katrina = read(sample("StoryMapJS__compiled__examples__katrina.json")).dataset().orElseThrow();
    assertThat(katrina.title()).isEqualTo("The Path of Hurricane Katrina");
    assertThat(katrina.events()).hasSize(7).allSatisfy(e -> assertThat(e.start()).isEmpty());

    assertThat(read(sample("StoryMapJS__compiled__examples__empty.json")).errors()).singleElement()
        .satisfies(p -> assertThat(p.message()).contains("no slides"));
  }
}
