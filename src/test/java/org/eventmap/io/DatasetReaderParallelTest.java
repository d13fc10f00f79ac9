package org.eventmap.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.eventmap.domain.Event;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The events array of a file from disk is read in parts on every core. Whatever the parts, the result
 * must be the one of the sequential reader: the same events in the same order and the same problems at
 * the same lines and columns.
 */
class DatasetReaderParallelTest {
  @TempDir Path dir;

  private static final String HEAD = """
      {
        "format": "eventmap/1",
        "title": "Parallel",
        "license": "CC0-1.0",
        "places": [
          {"id": "p", "name": "Gaza", "lat": 31.5, "lon": 34.45, "timeZone": "Asia/Gaza"},
          {"id": "q", "name": "Tel Aviv", "lat": 32.08, "lon": 34.78, "timeZone": "Asia/Jerusalem"}
        ],
        "categories": [{"id": "k", "name": "K"}],
        "events": [""";

  /**
   * Texts that make cutting hard: quotes, brackets and braces, backslashes, escapes, characters outside
   * ASCII, and what separates two events, written inside a string.
   */
  private static final String[] TRICKY = {
      "plain words",
      "a \\\"quoted\\\" word",
      "brackets ] } [ { inside",
      "ends with a backslash \\\\",
      "\\\\\\\"",
      "line\\nbreak and \\u00e9t\\u00e9 \\ud83d\\ude00",
      "Ünïcödé — “quotes” 日本語",
      "},\\n    {\\n      \\\"id\\\": \\\"fake\\\"",
      "}, {\"id\": \"fake\"",
      ",\n    {\n      \"id\"",
  };

  /** A file of {@code n} events, two-space indented as the generator writes them, mixed as {@link #TRICKY}. */
  private static String events(int n, long seed, boolean indented) {
    Random random = new Random(seed);
    String nl = indented ? "\n" : "";
    String in2 = indented ? "    " : "";
    String in3 = indented ? "      " : "";
    String in5 = indented ? "          " : "";
    StringBuilder json = new StringBuilder();
    for (int i = 0; i < n; i++) {
      String text = TRICKY[random.nextInt(TRICKY.length)];
      if (text.contains("\n")) {
        text = text.replace("\n", "\\n").replace("\"", "\\\"");
      } else if (text.startsWith("}, {")) {
        text = text.replace("\"", "\\\"");
      }
      json.append(i == 0 ? "" : ",").append(nl).append(in2).append("{").append(nl)
          .append(in3).append("\"id\": \"e").append(i).append("\",").append(nl)
          .append(in3).append("\"title\": \"Event ").append(i).append(": ").append(text).append("\",").append(nl)
          .append(in3).append("\"start\": \"2024-03-").append(10 + random.nextInt(15)).append("\",").append(nl)
          .append(in3).append("\"place\": \"").append(random.nextBoolean() ? "p" : "q").append("\",").append(nl)
          .append(in3).append("\"category\": \"k\",").append(nl)
          .append(in3).append("\"actors\": [\"A ").append(random.nextInt(5)).append("\"],").append(nl)
          .append(in3).append("\"summary\": \"").append(text).append(" ").append("x".repeat(random.nextInt(200)))
          .append("\",").append(nl)
          .append(in3).append("\"sources\": [").append(nl)
          .append(in5).append("{\"title\": \"").append(text).append("\", \"publisher\": \"P\", \"url\": \"https://example.org/")
          .append(i).append("?q=").append(random.nextInt(100)).append("\"},").append(nl)
          .append(in5).append("{\"title\": \"{[\", \"publisher\": \"Q\"}").append(nl)
          .append(in3).append("]").append(random.nextInt(4) == 0 ? ",\"related\": [\"e" + (i + 1 + random.nextInt(n - 1)) % n + "\"]" : "")
          // Objects inside an event that start as an event does: on one line, a cut there looks right.
          .append(!indented && random.nextInt(3) == 0 ? ",\"extra\": [{\"id\": \"x\"},{\"id\": \"y\"}]" : "")
          .append(nl).append(in2).append("}");
    }
    return json.toString();
  }

  private Path write(String name, String json) throws IOException {
    Path file = dir.resolve(name);
    Files.writeString(file, json, StandardCharsets.UTF_8);
    return file;
  }

  private static LoadResult sequential(Path file) {
    return DatasetReader.read(file, ProgressListener.NONE, DatasetReader.SEQUENTIAL);
  }

  /** A read in parallel, which must not have needed to be read again in order. */
  private static LoadResult parallel(Path file, int chunkBytes) {
    LoadResult result = DatasetReader.readOnce(file, ProgressListener.NONE, chunkBytes);
    assertThat(result).as("read in parallel to the end").isNotNull();
    return result;
  }

  /** A read that may find the file broken and read it again in order. */
  private static LoadResult read(Path file, int chunkBytes) {
    return DatasetReader.read(file, ProgressListener.NONE, chunkBytes);
  }

  private static void assertSameResult(LoadResult actual, LoadResult expected) {
    assertThat(actual.problems()).containsExactlyElementsOf(expected.problems());
    assertThat(actual.ok()).isEqualTo(expected.ok());
    if (expected.ok()) {
      List<Event> events = actual.dataset().orElseThrow().events();
      List<Event> expectedEvents = expected.dataset().orElseThrow().events();
      assertThat(events).hasSameSizeAs(expectedEvents);
      for (int i = 0; i < events.size(); i++) {
        assertThat(events.get(i)).isEqualTo(expectedEvents.get(i));
        assertThat(events.get(i).title()).isEqualTo(expectedEvents.get(i).title());
        assertThat(events.get(i).sources()).isEqualTo(expectedEvents.get(i).sources());
      }
      assertThat(actual.dataset()).isEqualTo(expected.dataset());
    }
  }

  @ParameterizedTest
  @ValueSource(ints = {64, 257, 600, 1500, 4096, 1 << 20})
  void anIndentedFileGivesWhatTheSequentialReaderGives(int chunkBytes) throws IOException {
    Path file = write("indented.json", HEAD + events(400, 7, true) + "\n  ]\n}\n");

    LoadResult expected = sequential(file);
    assertThat(expected.ok()).as(expected.problems().toString()).isTrue();
    assertSameResult(parallel(file, chunkBytes), expected);
  }

  @ParameterizedTest
  @ValueSource(ints = {64, 333, 1000, 4096})
  void aFileOnOneLineGivesWhatTheSequentialReaderGives(int chunkBytes) throws IOException {
    // On one line, the separator ,{"id" also stands inside some events: wrong cuts are read again.
    Path file = write("one-line.json", HEAD.replace("\n", "") + events(300, 11, false) + "]}");

    LoadResult expected = sequential(file);
    assertThat(expected.errors()).isEmpty();
    assertThat(expected.warnings()).extracting(Problem::message).isNotEmpty()
        .allMatch(m -> m.endsWith(": unknown field 'extra' is ignored"));
    assertSameResult(parallel(file, chunkBytes), expected);
  }

  @Test
  void windowsLineEndsGiveTheSameLinesAndColumns() throws IOException {
    String json = (HEAD + events(200, 3, true) + "\n  ]\n}\n").replace("\n", "\r\n")
        .replace("\"place\": \"q\"", "\"place\": \"nowhere\"");
    Path file = write("crlf.json", json);

    LoadResult expected = sequential(file);
    assertThat(expected.errors()).isNotEmpty();
    assertSameResult(parallel(file, 700), expected);
  }

  @Test
  void anErrorInALateChunkIsReportedAtItsLineAndColumn() throws IOException {
    String events = events(500, 5, true);
    int last = events.lastIndexOf("\"category\": \"k\"");
    String broken = events.substring(0, last) + "\"category\": \"nope\"" + events.substring(last + "\"category\": \"k\"".length());
    String json = HEAD + broken + "\n  ]\n}\n";
    Path file = write("late-error.json", json);
    String before = json.substring(0, json.lastIndexOf("\"nope\""));
    int line = (int) before.chars().filter(c -> c == '\n').count() + 1;
    int column = before.substring(before.lastIndexOf('\n') + 1).getBytes(StandardCharsets.UTF_8).length + 1;

    LoadResult result = parallel(file, 2000);

    assertThat(result.problems()).extracting(Problem::toString)
        .contains(file + ":" + line + ":" + column + ": event 'e499': unknown category 'nope'");
    assertSameResult(result, sequential(file));
  }

  @Test
  void problemsInManyChunksAreThoseOfTheSequentialReader() throws IOException {
    String json = HEAD + events(300, 13, true)
        .replace("\"place\": \"q\"", "\"place\": \"q\", \"colour\": \"red\"")
        .replace("\"start\": \"2024-03-2", "\"start\": \"2024-02-3")
        .replace("https://example.org/1", "ftp://example.org/1")
        .replace("\"id\": \"e7\"", "\"id\": \"e8\"")
        + "\n  ]\n}\n";
    Path file = write("many-problems.json", json);

    LoadResult expected = sequential(file);
    assertThat(expected.errors()).hasSizeGreaterThan(20);
    assertThat(expected.warnings()).hasSizeGreaterThan(20);
    for (int chunkBytes : new int[] {100, 900, 5000}) {
      assertSameResult(parallel(file, chunkBytes), expected);
    }
  }

  @Test
  void whatFollowsTheEventsIsReadAndPlaced() throws IOException {
    String json = HEAD + events(100, 17, true) + "\n  ],\n  \"colour\": \"red\",\n  \"license\": \"again\",\n"
        + "  \"openOn\": \"2024-03\"\n}\n";
    Path file = write("tail.json", json);

    LoadResult expected = sequential(file);
    assertThat(expected.problems()).extracting(Problem::message).contains(
        "the dataset: unknown field 'colour' is ignored", "the dataset: field 'license' appears twice",
        "'openOn' must be a day, written YYYY-MM-DD");
    assertSameResult(parallel(file, 1000), expected);
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "{\"id\": \"a\",}",                // a comma before the end of an object
      "{\"id\": \"a\"}, ]",              // a comma before the end of the array
      "{\"id\": \"a\" \"b\": 1}",        // no comma between members
      "{\"id\": 01}",                    // a leading zero
      "{\"id\": \"tab\there\"}",         // a control character inside a string
      "{\"id\": \"\\x\"}",             // an escape JSON does not have
      "{\"id\": tru}"})                 // a word that is not true
  void brokenJsonLateInTheFileIsReportedAsJacksonReportsIt(String entry) throws IOException {
    Path file = write("broken.json", HEAD + events(200, 19, true) + ",\n    " + entry + "\n  ]\n}\n");

    LoadResult expected = sequential(file);
    assertThat(expected.problems()).singleElement().asString().contains("broken JSON");
    assertThat(DatasetReader.readOnce(file, ProgressListener.NONE, 1000)).as("left to the sequential reader").isNull();
    assertSameResult(read(file, 1000), expected);
  }

  @Test
  void aFileCutShortIsBrokenJson() throws IOException {
    String json = HEAD + events(200, 23, true);
    Path file = write("cut.json", json.substring(0, json.length() - 300));

    LoadResult expected = sequential(file);
    assertThat(expected.problems()).singleElement().asString().contains("broken JSON");
    assertThat(DatasetReader.readOnce(file, ProgressListener.NONE, 1000)).as("left to the sequential reader").isNull();
    assertSameResult(read(file, 1000), expected);
  }

  @Test
  void anEmptyArrayAndEntriesThatAreNotObjectsAreReadAsInOrder() throws IOException {
    Path empty = write("empty.json", HEAD + "]}");
    assertSameResult(parallel(empty, 64), sequential(empty));
    assertThat(parallel(empty, 64).dataset().orElseThrow().events()).isEmpty();

    Path odd = write("odd.json", HEAD + events(50, 29, true) + ", 5, \"text\", [1, {\"a\": true}], null\n]}");
    LoadResult expected = sequential(odd);
    assertThat(expected.problems()).extracting(Problem::message)
        .contains("each entry of 'events' must be an object, found a number");
    assertSameResult(parallel(odd, 500), expected);
  }

  @Test
  void aFileInUtf16IsReadInOrderWithTheSameResult() throws IOException {
    String json = HEAD + events(100, 37, true) + "\n  ]\n}\n";
    Path utf8 = write("utf8.json", json);
    Path utf16 = dir.resolve("utf16.json");
    Files.writeString(utf16, json, StandardCharsets.UTF_16LE);

    LoadResult result = parallel(utf16, 1000);

    assertThat(result.problems()).isEmpty();
    assertThat(result.dataset().orElseThrow().events()).isEqualTo(sequential(utf8).dataset().orElseThrow().events());
  }

  @Test
  void anInterruptCancelsAReadInParallel() throws Exception {
    Path file = write("interrupted.json", HEAD + events(3000, 41, true) + "\n  ]\n}\n");
    LoadResult[] result = new LoadResult[1];
    Thread reader = new Thread(() -> {
      Thread.currentThread().interrupt();
      result[0] = DatasetReader.read(file, ProgressListener.NONE, 64 << 10);
    });
    reader.start();
    reader.join();

    assertThat(result[0].cancelled()).isTrue();
  }

  @Test
  void progressGoesUpToTheSizeOfTheFileAndCancellingWorks() throws IOException {
    Path file = write("progress.json", HEAD + events(3000, 31, true) + "\n  ]\n}\n");
    long size = Files.size(file);
    List<Long> reported = new ArrayList<>();

    LoadResult result = DatasetReader.read(file, (read, total) -> reported.add(read), 64 << 10);

    assertThat(result.ok()).isTrue();
    assertThat(reported).hasSizeGreaterThan(2).isSorted();
    assertThat(reported.get(reported.size() - 1)).isEqualTo(size);

    LoadResult cancelled = DatasetReader.read(file, (read, total) -> read < total / 2, 64 << 10);
    assertThat(cancelled.cancelled()).isTrue();
    assertThat(cancelled.problems()).isEmpty();
  }
}
