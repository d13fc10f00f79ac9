package org.eventmap.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.eventmap.domain.Event;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DatasetReaderProgressTest {
  @TempDir Path dir;

  /** A valid file of n events, a few megabytes for n in the thousands. */
  private Path bigFile(int n) throws IOException {
    StringBuilder json = new StringBuilder("""
        {"format": "eventmap/1", "title": "t", "license": "l",
         "places": [{"id": "p", "name": "P", "lat": 1, "lon": 2, "timeZone": "Asia/Gaza"}],
         "categories": [{"id": "k", "name": "K"}],
         "events": [
        """);
    for (int i = 0; i < n; i++) {
      json.append(i == 0 ? "" : ",\n").append("{\"id\": \"e").append(i)
          .append("\", \"title\": \"Event\", \"start\": \"2024-03-22\", \"place\": \"p\", \"category\": \"k\", ")
          .append("\"summary\": \"").append("x".repeat(900)).append("\", ")
          .append("\"sources\": [{\"title\": \"t\", \"publisher\": \"p\", \"url\": \"https://example.org/").append(i)
          .append("\"}]}");
    }
    json.append("]}\n");
    Path file = dir.resolve("big.json");
    Files.writeString(file, json, StandardCharsets.UTF_8);
    return file;
  }

  @Test
  void progressGoesUpToTheSizeOfTheFile() throws IOException {
    Path file = bigFile(3000);
    List<long[]> calls = new ArrayList<>();

    LoadResult result = DatasetReader.read(file, (read, total) -> calls.add(new long[] {read, total}));

    assertThat(result.ok()).isTrue();
    assertThat(result.cancelled()).isFalse();
    assertThat(calls).hasSizeGreaterThan(2);
    assertThat(calls).allSatisfy(c -> assertThat(c[1]).isEqualTo(Files.size(file)));
    assertThat(calls.get(calls.size() - 1)[0]).isEqualTo(Files.size(file));
    for (int i = 1; i < calls.size(); i++) {
      assertThat(calls.get(i)[0]).isGreaterThanOrEqualTo(calls.get(i - 1)[0]);
    }
  }

  @Test
  void aListenerCanCancelAndTheResultSaysSo() throws IOException {
    Path file = bigFile(3000);

    LoadResult result = DatasetReader.read(file, (read, total) -> read < total / 2);

    assertThat(result.cancelled()).isTrue();
    assertThat(result.ok()).isFalse();
    assertThat(result.problems()).isEmpty();
  }

  @Test
  void anInterruptCancelsTheRead() throws Exception {
    Path file = bigFile(3000);
    LoadResult[] result = new LoadResult[1];
    Thread reader = new Thread(() -> {
      Thread.currentThread().interrupt();
      result[0] = DatasetReader.read(file, ProgressListener.NONE);
    });
    reader.start();
    reader.join();

    assertThat(result[0].cancelled()).isTrue();
  }

  @Test
  void eventsBeforeThePlacesAreReadAsWell() throws IOException {
    String json = """
        {"events": [{"id": "a", "title": "A", "start": "2024-03-22", "place": "p", "category": "k", "summary": "s",
                     "sources": [{"title": "t", "publisher": "p"}], "related": ["b"]},
                    {"id": "b", "title": "B", "start": "2024-03-21", "place": "nowhere", "category": "k",
                     "summary": "s", "sources": [{"title": "t", "publisher": "p"}]}],
         "format": "eventmap/1", "title": "t", "license": "l",
         "places": [{"id": "p", "name": "P", "lat": 1, "lon": 2, "timeZone": "Asia/Gaza"}],
         "categories": [{"id": "k", "name": "K"}]}
        """;
    Path file = dir.resolve("order.json");
    Files.writeString(file, json);

    LoadResult result = DatasetReader.read(file);

    assertThat(result.problems()).extracting(Problem::toString).containsExactly(
        file + ":2:73: event 'a' is related to 'b', which is not an event of this file",
        file + ":3:71: event 'b': unknown place 'nowhere'");
  }

  @Test
  void brokenJsonAfterManyEventsIsTheOnlyProblemReported() throws IOException {
    String json = """
        {"format": "eventmap/1", "title": "t", "license": "l", "places": [], "categories": [{"id": "k", "name": "K"}],
         "events": [{"id": "a", "title": "A", "start": "2024-03-22", "place": "nowhere", "category": "k",
                     "summary": "s", "sources": [{"title": "t", "publisher": "p"}], "colour": "red"},
                    {"id": "b",
        """;
    Path file = dir.resolve("cut.json");
    Files.writeString(file, json);

    LoadResult result = DatasetReader.read(file);

    assertThat(result.problems()).singleElement().asString().contains("broken JSON");
  }

  @Test
  void repeatedValuesAreKeptOnce() throws IOException {
    LoadResult result = DatasetReader.read(bigFile(10));
    List<Event> events = result.dataset().orElseThrow().events();
    assertThat(events.get(0).sources().get(0).publisher()).isSameAs(events.get(1).sources().get(0).publisher());
    assertThat(events.get(0).start().orElseThrow()).isSameAs(events.get(1).start().orElseThrow());
    assertThat(events.get(3).sources().get(0).url()).hasValueSatisfying(
        u -> assertThat(u.toString()).startsWith("https://example.org/"));
  }
}
