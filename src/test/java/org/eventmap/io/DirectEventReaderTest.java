package org.eventmap.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.eventmap.bench.SyntheticDataset;
import org.eventmap.domain.Event;
import org.eventmap.io.DatasetMapper.MappedEvent;
import org.eventmap.io.JsonChunkParser.Ending;
import org.eventmap.io.JsonChunkParser.Outcome;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Entries of the events array are read straight from the bytes into events (ADR 0023) when nothing is
 * wrong with them, and read again as trees when something is. Either way a file must give what the
 * sequential reader gives: the same events, and the same problems at the same lines and columns.
 */
class DirectEventReaderTest {
  @TempDir Path dir;

  private static final String HEAD = """
      {
        "format": "eventmap/1",
        "title": "Direct",
        "license": "CC0-1.0",
        "places": [
          {"id": "gaza", "name": "Gaza", "lat": 31.5, "lon": 34.45, "timeZone": "Asia/Gaza"},
          {"id": "tel-aviv", "name": "Tel Aviv", "lat": 32.08, "lon": 34.78, "timeZone": "Asia/Jerusalem"}
        ],
        "categories": [{"id": "strike", "name": "Strike"}, {"id": "talks", "name": "Talks"}],
        "events": [
      """;

  /** An event that uses every field of the format, in a plain way: read straight from the bytes. */
  private static final String FULL = """
          {
            "id": "e-ID",
            "title": "Talks in Gaza — “the first” día",
            "start": "2024-03-22T10:00+02:00",
            "end": "2024-03-22T18:30+02:00",
            "place": "gaza",
            "category": "talks",
            "actors": ["Mediators", "Ministry of Health"],
            "summary": "They met. Ünïcödé and 日本語 too, and again plain words after them.",
            "quotes": [
              {"text": "We will meet again.", "speaker": "A mediator", "occasion": "press call", "date": "2024-03-22", "source": 1},
              {"text": "No comment.", "speaker": "A spokesperson"}
            ],
            "sources": [
              {"title": "Report one", "publisher": "Outlet", "url": "https://example.org/a?b=c#d", "date": "2024-03-22", "kind": "report", "note": "seen"},
              {"title": "Report two", "publisher": "Agency", "date": "2024-03"}
            ],
            "related": ["e-other"],
            "tags": ["talks", "trip:gaza"],
            "approximate": {"time": true, "place": false, "note": "the hour is a guess"},
            "disputed": "the other side says it did not happen",
            "attributes": [{"name": "Casualties", "value": "none"}]
          }""";

  private static final String OTHER = """
          {
            "id": "e-other",
            "title": "Elsewhere",
            "start": "2024-03-21",
            "place": {"name": "Camp near Gaza", "lat": 31.41, "lon": -34.3, "timeZone": "Asia/Gaza", "country": "Palestine"},
            "category": "strike",
            "summary": "Something else.",
            "sources": [{"title": "T", "publisher": "P", "url": "http://example.org/x", "kind": "primary"}]
          }""";

  private Path file(String... entries) throws IOException {
    Path file = dir.resolve("events.json");
    Files.writeString(file, HEAD + String.join(",\n", entries) + "\n  ]\n}\n", StandardCharsets.UTF_8);
    return file;
  }

  private static void assertSameAsSequential(Path file) {
    LoadResult expected = DatasetReader.read(file, ProgressListener.NONE, DatasetReader.SEQUENTIAL);
    for (int chunkBytes : new int[] {300, 1 << 20}) {
      LoadResult actual = DatasetReader.readOnce(file, ProgressListener.NONE, chunkBytes);
      assertThat(actual).as("read in parallel to the end").isNotNull();
      assertThat(actual.problems()).containsExactlyElementsOf(expected.problems());
      assertThat(actual.ok()).isEqualTo(expected.ok());
      if (expected.ok()) {
        List<Event> events = actual.dataset().orElseThrow().events();
        List<Event> expectedEvents = expected.dataset().orElseThrow().events();
        assertThat(events).containsExactlyElementsOf(expectedEvents);
        for (int i = 0; i < events.size(); i++) {
          assertThat(events.get(i).title()).isEqualTo(expectedEvents.get(i).title());
          assertThat(events.get(i).summary()).isEqualTo(expectedEvents.get(i).summary());
          assertThat(events.get(i).sources()).isEqualTo(expectedEvents.get(i).sources());
        }
        assertThat(actual.dataset()).isEqualTo(expected.dataset());
      }
    }
  }

  /** How many of the entries of {@code events} (the array's contents) the direct reader took, and how many the tree. */
  private static int[] takenDirectlyAndAsTrees(byte[] events) {
    DatasetMapper mapper = new DatasetMapper(contextOf());
    List<MappedEvent> direct = new ArrayList<>();
    List<JsonTree.Value> trees = new ArrayList<>();
    Outcome outcome = new JsonChunkParser(events, 0, events.length)
        .readEntries(true, new DirectEventReader(mapper), direct::add, trees::add);
    assertThat(outcome.ending()).isEqualTo(Ending.ARRAY_CLOSED);
    return new int[] {direct.size(), trees.size()};
  }

  private static DatasetMapper.Context contextOf() {
    // The places and categories of HEAD, mapped as the reader maps them.
    DatasetMapper.Context context = new DatasetMapper.Context();
    context.places.put("gaza", new org.eventmap.domain.Place("gaza", "Gaza",
        new org.eventmap.domain.GeoPoint(31.5, 34.45), java.time.ZoneId.of("Asia/Gaza"), java.util.Optional.empty()));
    context.categories.put("talks", new org.eventmap.domain.Category("talks", "Talks", java.util.Optional.empty()));
    context.categories.put("strike", new org.eventmap.domain.Category("strike", "Strike", java.util.Optional.empty()));
    return context;
  }

  @Test
  void eventsThatUseEveryFieldAreReadStraightFromTheBytesAsTheTreeReadsThem() throws IOException {
    String full = FULL.replace("ID", "1");
    assertThat(takenDirectlyAndAsTrees((full + ",\n" + OTHER + "\n]").getBytes(StandardCharsets.UTF_8)))
        .containsExactly(2, 0);
    assertSameAsSequential(file(full, OTHER, FULL.replace("ID", "2").replace("\"e-other\"", "\"e-1\"")));
  }

  @Test
  void theSyntheticDatasetIsReadStraightFromTheBytesWithTheSameEvents() throws IOException {
    Path file = dir.resolve("synthetic.json");
    SyntheticDataset.main(new String[] {"--events", "3000", "--seed", "7", "--out", file.toString()});
    byte[] all = Files.readAllBytes(file);
    String text = new String(all, StandardCharsets.UTF_8);
    int array = text.indexOf("\"events\": [") + "\"events\": [".length();
    int arrayAt = text.substring(0, array).getBytes(StandardCharsets.UTF_8).length;
    // Its places are declared in the file itself: map them as the reader does before reading the events.
    LoadResult expected = DatasetReader.read(file, ProgressListener.NONE, DatasetReader.SEQUENTIAL);
    assertThat(expected.ok()).isTrue();
    DatasetMapper.Context context = new DatasetMapper.Context();
    expected.dataset().orElseThrow().places().forEach(p -> context.places.put(p.id(), p));
    expected.dataset().orElseThrow().categories().forEach(c -> context.categories.put(c.id(), c));
    byte[] events = java.util.Arrays.copyOfRange(all, arrayAt, all.length);
    List<MappedEvent> direct = new ArrayList<>();
    List<JsonTree.Value> trees = new ArrayList<>();
    new JsonChunkParser(events, 0, events.length)
        .readEntries(true, new DirectEventReader(new DatasetMapper(context)), direct::add, trees::add);
    assertThat(direct).as("entries read straight from the bytes").hasSize(3000);
    assertThat(trees).isEmpty();
    for (int chunkBytes : new int[] {4096, 1 << 20}) {
      LoadResult actual = DatasetReader.readOnce(file, ProgressListener.NONE, chunkBytes);
      assertThat(actual.problems()).containsExactlyElementsOf(expected.problems());
      assertThat(actual.dataset()).isEqualTo(expected.dataset());
    }
  }

  /** Each a change to {@link #FULL} that the mapper has something to say about, or that it judges otherwise. */
  @ParameterizedTest
  @ValueSource(strings = {
      "\"actors\":=>\"colour\": \"red\", \"actors\":",
      "\"tags\":=>\"title\": \"again\", \"tags\":",
      "\"id\": \"e-ID\"=>\"id\": \"E-ID\"",
      "\"id\": \"e-ID\"=>\"id\": \"-e-ID\"",
      "\"title\": \"Talks in Gaza — “the first” día\"=>\"title\": \"   \"",
      "\"title\": \"Talks in Gaza — “the first” día\"=>\"title\": \"\u3000\u2003\"",
      "\"title\": \"Talks in Gaza — “the first” día\"=>\"title\": \"\u00a0\u00e9\"",
      "\"title\": \"Talks in Gaza — “the first” día\"=>\"title\": \"Talks \\\"quoted\\\"\"",
      "\"title\": \"Talks in Gaza — “the first” día\"=>\"title\": null",
      "\"start\": \"2024-03-22T10:00+02:00\"=>\"start\": \"2024-13-22\"",
      "\"start\": \"2024-03-22T10:00+02:00\"=>\"start\": \"2024-03-22T10:00+05:00\"",
      "\"end\": \"2024-03-22T18:30+02:00\"=>\"end\": \"2024-03-21\"",
      "\"start\": \"2024-03-22T10:00+02:00\",=>",
      "\"place\": \"gaza\"=>\"place\": \"nowhere\"",
      "\"place\": \"gaza\"=>\"place\": 7",
      "\"place\": \"gaza\"=>\"place\": {\"id\": \"x\", \"name\": \"N\", \"lat\": 1, \"lon\": 2, \"timeZone\": \"UTC\"}",
      "\"place\": \"gaza\"=>\"place\": {\"name\": \"N\", \"lat\": 91, \"lon\": 2, \"timeZone\": \"UTC\"}",
      "\"place\": \"gaza\"=>\"place\": {\"name\": \"N\", \"lat\": 1, \"lon\": 2, \"timeZone\": \"Mars/Olympus\"}",
      "\"place\": \"gaza\"=>\"place\": {\"name\": \"N\", \"lat\": 1, \"lon\": 2}",
      "\"place\": \"gaza\",=>",
      "\"category\": \"talks\"=>\"category\": \"sport\"",
      "\"actors\": [\"Mediators\", \"Ministry of Health\"]=>\"actors\": \"Mediators\"",
      "\"actors\": [\"Mediators\", \"Ministry of Health\"]=>\"actors\": [\"Mediators\", 3]",
      "\"actors\": [\"Mediators\", \"Ministry of Health\"]=>\"actors\": []",
      "\"summary\": \"They met.=>\"summary\": \"They\\u00a0met.",
      "\"sources\": [=>\"sources\": [], \"x-sources\": [",
      "\"publisher\": \"Agency\", =>",
      "\"url\": \"https://example.org/a?b=c#d\"=>\"url\": \"ftp://example.org/a\"",
      "\"url\": \"https://example.org/a?b=c#d\"=>\"url\": \"https://example.org:8443/a b\"",
      "\"url\": \"https://example.org/a?b=c#d\"=>\"url\": \"HTTPS://Example.org/a\"",
      "\"kind\": \"report\"=>\"kind\": \"rumour\"",
      "\"kind\": \"report\", \"note\": \"seen\"=>\"kind\": \"copy\"",
      "\"date\": \"2024-03\"}=>\"date\": \"2024-03\", \"kind\": \"copy\"}",
      "\"kind\": \"report\"=>\"kind\": \"copy\"",
      "\"source\": 1=>\"source\": 2",
      "\"source\": 1=>\"source\": 1.0",
      "\"source\": 1=>\"source\": -1",
      "\"source\": 1=>\"source\": 4294967297",
      "\"source\": 1=>\"source\": \"1\"",
      ", \"speaker\": \"A spokesperson\"=>",
      "\"approximate\": {\"time\": true, \"place\": false, \"note\": \"the hour is a guess\"}=>\"approximate\": {\"time\": true, \"place\": true, \"note\": \"n\"}",
      "\"approximate\": {\"time\": true, \"place\": false, \"note\": \"the hour is a guess\"}=>\"approximate\": {\"time\": true, \"place\": false}",
      "\"approximate\": {\"time\": true, \"place\": false, \"note\": \"the hour is a guess\"}=>\"approximate\": {\"time\": 1, \"place\": false, \"note\": \"n\"}",
      "\"disputed\": \"the other side says it did not happen\"=>\"disputed\": \"\"",
      "\"attributes\": [{\"name\": \"Casualties\", \"value\": \"none\"}]=>\"attributes\": [{\"name\": \"Casualties\"}]",
      "\"related\": [\"e-other\"]=>\"related\": [\"e-ID\"]",
      "\"related\": [\"e-other\"]=>\"related\": [\"e-unknown\", \"e-other\"]",
  })
  void anEntryTheMapperSpeaksOfIsReadAsATreeWithTheSameProblems(String change) throws IOException {
    String[] parts = change.split("=>", -1);
    String changed = FULL.replace(parts[0], parts[1]);
    assertThat(changed).as("the change applies").isNotEqualTo(FULL);
    Path file = file(OTHER, changed.replace("ID", "1"), FULL.replace("ID", "2"));
    assertSameAsSequential(file);
  }

  @Test
  void anEntryThatIsNotAnEventObjectIsReportedAsBefore() throws IOException {
    assertSameAsSequential(file(OTHER, "7", "[]", "{}", FULL.replace("ID", "3")));
  }

  @Test
  void aRepeatedEventIdIsReportedWhicheverWayEitherWasRead() throws IOException {
    assertSameAsSequential(file(FULL.replace("ID", "4"), OTHER, FULL.replace("ID", "4")));
  }
}
