package org.eventmap.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.eventmap.domain.Attribute;
import org.eventmap.domain.Dataset;
import org.eventmap.domain.Era;
import org.eventmap.domain.Story;
import org.eventmap.domain.StoryStep;
import org.eventmap.domain.TimePoint;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Our own format's eras, stories and event attributes, read in order, and their mistakes located. */
class ErasStoriesAttributesTest {
  @TempDir Path dir;

  private static String dataset(String events, String rest) {
    return """
        {"format": "eventmap/1", "title": "t", "license": "CC0",
         "places": [{"id": "p", "name": "P", "lat": 31.5, "lon": 34.5, "timeZone": "Asia/Gaza"}],
         "categories": [{"id": "k", "name": "K"}],
         "events": [%s]%s}
        """.formatted(events, rest);
  }

  private static final String TWO_EVENTS = """
      {"id": "a", "title": "A", "start": "2024-03-20", "place": "p", "category": "k", "summary": "s",
       "sources": [{"title": "t", "publisher": "p"}],
       "attributes": [{"name": "fatalities", "value": "3"}, {"name": "Date as written", "value": "Spring"},
                      {"name": "fatalities", "value": "4"}]},
      {"id": "b", "title": "B", "start": "2024-03-22", "place": "p", "category": "k", "summary": "s",
       "sources": [{"title": "t", "publisher": "p"}]}""";

  private LoadResult read(String json) throws IOException {
    Path file = dir.resolve("d.json");
    Files.writeString(file, json);
    return DatasetReader.read(file);
  }

  @Test
  void erasStoriesAndAttributesAreReadInTheFilesOrder() throws IOException {
    LoadResult result = read(dataset(TWO_EVENTS, """
        ,
         "eras": [{"title": "Later", "start": "2024-04", "end": "2024-05"},
                  {"title": "Talks", "start": "2024-03-18", "end": "2024-03-25T12:00Z"}],
         "stories": [{"id": "trip", "title": "The trip", "description": "Two stops.",
                      "steps": [{"event": "b", "caption": "Second, told first."}, {"event": "a"}]}]"""));

    assertThat(result.problems()).isEmpty();
    Dataset d = result.dataset().orElseThrow();
    assertThat(d.eras()).containsExactly(
        new Era("Later", TimePoint.parse("2024-04"), TimePoint.parse("2024-05")),
        new Era("Talks", TimePoint.parse("2024-03-18"), TimePoint.parse("2024-03-25T12:00Z")));
    assertThat(d.stories()).containsExactly(new Story("trip", "The trip", "Two stops.",
        List.of(new StoryStep("b", "Second, told first."), new StoryStep("a", ""))));
    assertThat(d.event("a").orElseThrow().attributes()).containsExactly(new Attribute("fatalities", "3"),
        new Attribute(Attribute.DATE_AS_WRITTEN, "Spring"), new Attribute("fatalities", "4"));
    assertThat(d.event("b").orElseThrow().attributes()).isEmpty();
  }

  @Test
  void attributesSurviveTheParallelReadOfALargeFile() throws IOException {
    StringBuilder events = new StringBuilder();
    for (int i = 0; i < 3000; i++) {
      events.append(i == 0 ? "" : ",").append("""
          {"id": "e%d", "title": "T", "start": "2024-03-20", "place": "p", "category": "k", "summary": "s",
           "sources": [{"title": "t", "publisher": "p"}], "attributes": [{"name": "n", "value": "v%d"}]}
          """.formatted(i, i));
    }
    Path file = dir.resolve("large.json");
    Files.writeString(file, dataset(events.toString(), ""));

    LoadResult result = DatasetReader.read(file, ProgressListener.NONE, 16 << 10);

    assertThat(result.problems()).isEmpty();
    Dataset d = result.dataset().orElseThrow();
    assertThat(d.events()).hasSize(3000);
    assertThat(d.event("e2999").orElseThrow().attributes()).containsExactly(new Attribute("n", "v2999"));
  }

  @Test
  void aStepOfAnEventTheFileDoesNotHoldAnEraEndingFirstAndATwiceUsedStoryIdAreLocated() throws IOException {
    LoadResult result = read(dataset(TWO_EVENTS, """
        ,
         "eras": [{"title": "Backwards", "start": "2024-05", "end": "2024-04"}],
         "stories": [{"id": "s", "title": "S", "steps": [{"event": "zzz"}]},
                     {"id": "t", "title": "T", "steps": [{"event": "a"}]},
                     {"id": "t", "title": "T again", "steps": [{"event": "b"}]},
                     {"id": "u", "title": "U", "steps": []}]"""));

    assertThat(result.ok()).isFalse();
    assertThat(result.problems()).extracting(Problem::toString).containsExactlyInAnyOrder(
        result.file() + ":10:61: era 'Backwards': ends (2024-04) before it starts (2024-05)",
        result.file() + ":11:60: story 's', step 1: 'zzz' is not an event of this file",
        result.file() + ":13:21: story id 't' is used twice",
        result.file() + ":14:49: story 'u': 'steps' needs at least one entry");
  }

  /** An end of April for an event starting in May was let through: it ends as the start begins. */
  @Test
  void anEventEndingTheMonthBeforeItStartsIsAnError() throws IOException {
    LoadResult result = read(dataset("""
        {"id": "a", "title": "A", "start": "2024-05", "end": "2024-04", "place": "p", "category": "k",
         "summary": "s", "sources": [{"title": "t", "publisher": "p"}]}""", ""));

    assertThat(result.ok()).isFalse();
    assertThat(result.problems()).extracting(Problem::toString)
        .containsExactly(result.file() + ":4:66: event 'a': end 2024-04 is before its start 2024-05");
  }

  /** A converted TimelineJS file of 100k slides printed 100,000 warnings, one per event. */
  @Test
  void manyEventsWithoutSourcesAreNamedUpToTwentyAndTheRestCountedInOneWarning() throws IOException {
    StringBuilder events = new StringBuilder();
    for (int i = 0; i < 500; i++) {
      events.append(i == 0 ? "" : ",\n").append("""
          {"id": "e%d", "title": "T", "start": "2024-03-20", "category": "k", "summary": "s"}""".formatted(i));
    }
    LoadResult result = read(dataset(events.toString(), ""));

    assertThat(result.ok()).isTrue();
    assertThat(result.dataset().orElseThrow().events()).hasSize(500);
    assertThat(result.problems()).hasSize(DatasetReader.NO_SOURCES_LISTED + 1);
    assertThat(result.problems().get(DatasetReader.NO_SOURCES_LISTED).message())
        .isEqualTo("480 more events have no sources, from here on");
  }

  @Test
  void anEventWithoutSourcesIsKeptWithAWarning() throws IOException {
    LoadResult result = read(dataset("""
        {"id": "a", "title": "A", "start": "2024-03-20", "category": "k", "summary": "s"}""", ""));

    assertThat(result.ok()).isTrue();
    assertThat(result.dataset().orElseThrow().events()).hasSize(1);
    assertThat(result.problems()).extracting(Problem::toString)
        .containsExactly(result.file() + ":4:13: warning: event 'a' has no sources: a reader cannot check where it comes from");
  }
}
