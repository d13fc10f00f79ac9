package org.eventmap.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.eventmap.domain.Dataset;
import org.eventmap.domain.Event;
import org.eventmap.domain.Precision;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DatasetReaderTest {
  @TempDir Path dir;

  static Path resource(String name) {
    try {
      return Path.of(DatasetReaderTest.class.getResource("/datasets/" + name).toURI());
    } catch (java.net.URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  private Path write(String name, String json) throws IOException {
    Path file = dir.resolve(name);
    Files.writeString(file, json, StandardCharsets.UTF_8);
    return file;
  }

  private static List<String> lines(LoadResult result) {
    return result.problems().stream().map(Problem::toString).toList();
  }

  @Test
  void aColumnAfterNonAsciiTextIsCountedInCharactersAsAnEditorCountsIt() throws IOException {
    Path file = write("accents.json", "{\"format\": \"eventmap/1\", \"title\": \"Café ☕\", \"license\": 7, "
        + "\"places\": [], \"categories\": [], \"events\": []}");

    LoadResult result = DatasetReader.read(file);

    // The value of "license" is the 56th character of the line, and its 59th byte in UTF-8.
    assertThat(lines(result)).anyMatch(line -> line.startsWith(file + ":1:56: "));
  }

  @Test
  void readsAValidFileIntoTheDomain() {
    LoadResult result = DatasetReader.read(resource("small-valid.json"));

    assertThat(lines(result)).isEmpty();
    Dataset d = result.dataset().orElseThrow();
    assertThat(d.title()).isEqualTo("Small test dataset");
    assertThat(d.events()).extracting(Event::id).containsExactly("month-only", "talks-resume", "arrival");
    Event arrival = d.event("arrival").orElseThrow();
    assertThat(arrival.place().orElseThrow().name()).isEqualTo("Tel Aviv");
    assertThat(arrival.start().orElseThrow().precision()).isEqualTo(Precision.MINUTE);
    assertThat(arrival.quotes()).singleElement().satisfies(q -> assertThat(q.sourceIndex()).hasValue(0));
    assertThat(arrival.approximate()).hasValueSatisfying(a -> assertThat(a.time()).isTrue());
    Event talks = d.event("talks-resume").orElseThrow();
    assertThat(talks.lastLocalDay().orElseThrow()).isEqualTo(LocalDate.of(2024, 3, 22));
    assertThat(talks.disputed()).isPresent();
    Event inline = d.event("month-only").orElseThrow();
    assertThat(inline.place().orElseThrow().name()).isEqualTo("Somewhere at sea");
    assertThat(d.firstDay()).hasValue(LocalDate.of(2024, 3, 1));
    assertThat(d.lastDay()).hasValue(LocalDate.of(2024, 3, 31));
  }

  @Test
  void brokenJsonIsReportedWithLineAndColumn() throws IOException {
    Path file = write("broken.json", "{\n  \"format\": \"eventmap/1\",\n  \"title\": \"x\"\n  \"license\": \"y\"\n}\n");

    LoadResult result = DatasetReader.read(file);

    assertThat(result.ok()).isFalse();
    assertThat(lines(result)).singleElement().asString()
        .startsWith(file + ":4:3: broken JSON:");
  }

  @Test
  void aFileThatEndsEarlySaysSo() throws IOException {
    Path file = write("truncated.json", "{\n  \"format\": \"eventmap/1\",\n  \"events\": [\n");

    assertThat(lines(DatasetReader.read(file))).singleElement().asString().contains("broken JSON");
  }

  @Test
  void everyProblemIsReportedInOneRunWithItsPosition() throws IOException {
    String json = """
        {
          "format": "eventmap/1",
          "title": "Broken on purpose",
          "license": "CC0",
          "colour": "red",
          "places": [
            {"id": "a", "name": "A", "lat": 95, "lon": 10, "timeZone": "Asia/Jerusalem"},
            {"id": "b", "name": "B", "lat": 10, "lon": -190, "timeZone": "Mars/Olympus"},
            {"id": "c", "name": "C", "lat": 31.5, "lon": 34.5, "timeZone": "Asia/Gaza"}
          ],
          "categories": [{"id": "k", "name": "K"}],
          "events": [
            {"id": "e1", "title": "No sources", "start": "2024-02-30", "place": "c", "category": "k",
             "summary": "s", "sources": []},
            {"id": "e1", "title": "Duplicate id", "start": "2024-03-22", "place": "nowhere", "category": "zzz",
             "summary": "s", "sources": [{"title": "t", "publisher": "p", "url": "ftp://example.org/x"}]},
            {"id": "e3", "title": "Ends first", "start": "2024-03-22", "end": "2024-03-20", "place": "c",
             "category": "k", "summary": "s", "sources": [{"title": "t", "publisher": "p"}], "related": ["e9"]},
            {"id": "e4", "start": "2024-03-22T09:50", "place": "c", "category": "k", "summary": 5,
             "sources": [{"title": "t", "publisher": "p"}]}
          ]
        }
        """;
    Path file = write("many.json", json);

    LoadResult result = DatasetReader.read(file);

    assertThat(result.ok()).isFalse();
    assertThat(lines(result)).contains(
        file + ":5:3: warning: the dataset: unknown field 'colour' is ignored",
        file + ":7:37: a place: latitude 95 is outside [-90, 90]",
        file + ":8:48: a place: longitude -190 is outside [-180, 180]",
        file + ":8:66: 'Mars/Olympus' is not a time zone; use an IANA name such as Asia/Jerusalem or America/New_York",
        file + ":13:50: 'start': '2024-02-30' is not a real date or time: Invalid date 'FEBRUARY 30'",
        file + ":13:5: warning: event 'e1' has no sources: a reader cannot check where it comes from",
        file + ":15:75: event 'e1': unknown place 'nowhere'",
        file + ":15:98: event 'e1': unknown category 'zzz'",
        file + ":16:74: 'ftp://example.org/x' is not an http(s) URL",
        file + ":17:71: event 'e3': end 2024-03-20 is before its start 2024-03-22",
        file + ":18:98: event 'e3' is related to 'e9', which is not an event of this file",
        file + ":19:5: event 'e4': missing required field 'title'",
        file + ":19:27: 'start': '2024-03-22T09:50' has a time but no UTC offset: write it as e.g. 2024-03-22T09:50+02:00 or 2024-03-22T09:50Z",
        file + ":19:89: 'summary' must be a string, found a number");
    assertThat(result.errors()).hasSizeGreaterThanOrEqualTo(12);
  }

  @Test
  void aDuplicateEventIdIsAnError() throws IOException {
    String json = """
        {"format": "eventmap/1", "title": "t", "license": "l", "places": [],
         "categories": [{"id": "k", "name": "K"}],
         "events": [
          {"id": "same", "title": "One", "start": "2024", "category": "k", "summary": "s",
           "place": {"name": "P", "lat": 1, "lon": 2, "timeZone": "UTC"}, "sources": [{"title": "t", "publisher": "p"}]},
          {"id": "same", "title": "Two", "start": "2024", "category": "k", "summary": "s",
           "place": {"name": "P", "lat": 1, "lon": 2, "timeZone": "UTC"}, "sources": [{"title": "t", "publisher": "p"}]}
         ]}
        """;
    Path file = write("dup.json", json);

    assertThat(lines(DatasetReader.read(file))).containsExactly(file + ":6:10: event id 'same' is used twice");
  }

  @Test
  void anApproximateWithoutTimeOrPlaceIsAnErrorAsTheFormatSays() throws IOException {
    // The format page and the schema require all three members; the reader used to take a missing
    // 'time' or 'place' for false and call the file valid.
    String json = """
        {"format": "eventmap/1", "title": "t", "license": "l", "places": [],
         "categories": [{"id": "k", "name": "K"}],
         "events": [
          {"id": "e", "title": "One", "start": "2024", "category": "k", "summary": "s",
           "place": {"name": "P", "lat": 1, "lon": 2, "timeZone": "UTC"}, "sources": [{"title": "t", "publisher": "p"}],
           "approximate": {"note": "somewhere near"}}
         ]}
        """;
    Path file = write("approximate.json", json);

    LoadResult inParts = DatasetReader.read(file);
    LoadResult inOrder = DatasetReader.read(file.toString(), Files.newInputStream(file));

    for (LoadResult result : List.of(inParts, inOrder)) {
      assertThat(result.ok()).isFalse();
      assertThat(lines(result)).containsExactly(
          file + ":6:19: 'approximate': missing required field 'time'",
          file + ":6:19: 'approximate': missing required field 'place'");
    }
  }

  @Test
  void anOffsetThatWasNotInForceAtThePlaceIsAWarning() throws IOException {
    String json = """
        {"format": "eventmap/1", "title": "t", "license": "l",
         "places": [{"id": "tlv", "name": "Tel Aviv", "lat": 32.08, "lon": 34.78, "timeZone": "Asia/Jerusalem"}],
         "categories": [{"id": "k", "name": "K"}],
         "events": [
          {"id": "summer-offset-in-winter", "title": "t", "start": "2024-03-22T10:00+03:00", "place": "tlv",
           "category": "k", "summary": "s", "sources": [{"title": "t", "publisher": "p"}]}
         ]}
        """;
    LoadResult result = DatasetReader.read(write("offset.json", json));

    assertThat(result.ok()).isTrue();
    assertThat(result.warnings()).singleElement().extracting(Problem::message).asString()
        .contains("carries offset +03:00, but Asia/Jerusalem was at +02:00 then");
  }

  @Test
  void aMissingFileIsAnErrorNotAnException() {
    LoadResult result = DatasetReader.read(dir.resolve("nope.json"));
    assertThat(lines(result)).containsExactly(dir.resolve("nope.json") + ":1:1: no such file");
  }

  @Test
  void anArrayAtTheTopIsNotADataset() throws IOException {
    Path file = write("array.json", "[1, 2]");
    assertThat(lines(DatasetReader.read(file)))
        .containsExactly(file + ":1:1: a dataset must be a JSON object, found an array");
  }

  @Test
  void binaryGarbageIsReportedNotThrown() throws IOException {
    Path file = dir.resolve("garbage.json");
    Files.write(file, new byte[] {(byte) 0xff, (byte) 0xfe, 0, 1, 2, 3, (byte) 0x80});
    LoadResult result = DatasetReader.read(file);
    assertThat(result.ok()).isFalse();
    assertThat(result.errors()).isNotEmpty();
  }
}
