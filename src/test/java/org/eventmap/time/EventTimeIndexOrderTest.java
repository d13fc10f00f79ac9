package org.eventmap.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import org.eventmap.domain.Dataset;
import org.eventmap.domain.Event;
import org.eventmap.io.DatasetReader;
import org.eventmap.io.LoadResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The index's order, by wall-clock start, then id, then the file's order, whatever way it is sorted: the
 * timeline's next and previous event, and which of two events at one minute comes first, depend on it.
 */
class EventTimeIndexOrderTest {
  @TempDir Path dir;

  /** The order as the index promises it, the slow and obvious way. */
  private static List<String> expectedOrder(List<Event> events) {
    List<Event> sorted = new ArrayList<>(events);
    sorted.sort(Comparator.<Event>comparingLong(WallClock::startSeconds).thenComparing(Event::id));
    return sorted.stream().map(Event::id).toList();
  }

  private Dataset written(int events, long seed) throws IOException {
    Random random = new Random(seed);
    String[] zones = {"Asia/Jerusalem", "America/New_York", "Asia/Qatar", "UTC", "Pacific/Kiritimati"};
    String[] starts = {"2024-03-22", "2024-03-22T10:00", "2024-03-22T10:00:30", "2024-03", "2024-03-21T23:59",
        "1948-05-14T16:00", "2024-03-25T15:00"};
    StringBuilder json = new StringBuilder("""
        {"format": "eventmap/1", "title": "Ties", "license": "CC0-1.0",
         "categories": [{"id": "k", "name": "K"}],
         "places": [""");
    for (int z = 0; z < zones.length; z++) {
      json.append(z == 0 ? "" : ",").append("{\"id\": \"p").append(z).append("\", \"name\": \"P").append(z)
          .append("\", \"lat\": 10, \"lon\": 20, \"timeZone\": \"").append(zones[z]).append("\"}");
    }
    json.append("], \"events\": [");
    for (int i = 0; i < events; i++) {
      String start = starts[random.nextInt(starts.length)];
      // A day or a month anywhere; a time at the place in UTC, where its offset is Z.
      int zone = start.contains("T") ? 3 : random.nextInt(zones.length);
      if (start.contains("T")) {
        start += "Z";
      }
      // Ids in no order of their own, so that ties show whether they are broken by id.
      String id = "e" + Integer.toString(random.nextInt(1_000_000), 36) + "-" + i;
      json.append(i == 0 ? "" : ",").append("{\"id\": \"").append(id).append("\", \"title\": \"t\", \"summary\": \"s\", ")
          .append(random.nextInt(20) == 0 ? "" : "\"start\": \"" + start + "\", ")
          .append("\"place\": \"p").append(zone).append("\", \"category\": \"k\", ")
          .append("\"sources\": [{\"title\": \"s\", \"publisher\": \"p\"}]}");
    }
    json.append("]}");
    Path file = dir.resolve("ties.json");
    Files.writeString(file, json);
    LoadResult read = DatasetReader.read(file);
    assertThat(read.problems()).as("the fixture's problems").isEmpty();
    return read.dataset().orElseThrow();
  }

  @Test
  void eventsAtOneStartAreOrderedByIdAndUndatedOnesComeLast() throws IOException {
    Dataset dataset = written(3_000, 7);
    EventTimeIndex index = new EventTimeIndex(dataset.events());

    assertThat(index.events()).extracting(Event::id).containsExactlyElementsOf(expectedOrder(dataset.events()));
    assertThat(index.datedCount()).isEqualTo((int) dataset.events().stream().filter(Event::hasDate).count());
    assertThat(index.datedCount()).isLessThan(3_000); // the file has undated events, and they sort last
    for (int i = 1; i < index.datedCount(); i++) {
      assertThat(index.start(i)).isGreaterThanOrEqualTo(index.start(i - 1));
    }
  }

  @Test
  void theCuratedDatasetKeepsItsOrder() {
    Dataset curated = DatasetReader.read(Path.of("assets/datasets/gaza-diplomacy-2024-03.json")).dataset()
        .orElseThrow();
    assertThat(new EventTimeIndex(curated.events()).events()).extracting(Event::id)
        .containsExactlyElementsOf(expectedOrder(curated.events()));
  }

  @Test
  void eventsAtTheEndsOfTimeAreOrderedToo() {
    Dataset ends = DatasetReader.read(Path.of("src/test/resources/formats/deeptime/ends-of-time.json")).dataset()
        .orElseThrow();
    assertThat(new EventTimeIndex(ends.events()).events()).extracting(Event::id)
        .containsExactlyElementsOf(expectedOrder(ends.events()));
  }
}
