package org.eventmap.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import org.eventmap.domain.Dataset;
import org.eventmap.domain.Event;
import org.eventmap.time.EventTimeIndex;
import org.eventmap.time.TimeWindow;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Events without a place or a date are kept, never dropped in silence (issue 13). */
class EventsWithoutPlaceOrDateTest {
  @TempDir Path dir;

  private Dataset read() {
    LoadResult result = DatasetReader.read(DatasetReaderTest.resource("without-place-or-date.json"));
    assertThat(result.problems()).isEmpty();
    return result.dataset().orElseThrow();
  }

  @Test
  void ourOwnFormatKeepsEventsWithoutAPlaceOrADate() {
    Dataset d = read();

    assertThat(d.events()).extracting(Event::id).containsExactly("no-place", "placed-and-dated", "no-date");
    Event noPlace = d.event("no-place").orElseThrow();
    assertThat(noPlace.place()).isEmpty();
    assertThat(noPlace.firstLocalDay()).contains(LocalDate.of(2024, 3, 22));
    Event noDate = d.event("no-date").orElseThrow();
    assertThat(noDate.start()).isEmpty();
    assertThat(noDate.place().orElseThrow().name()).isEqualTo("Tel Aviv");
    assertThat(d.countWithoutPlace()).isEqualTo(1);
    assertThat(d.countWithoutDate()).isEqualTo(1);
    assertThat(d.firstDay()).contains(LocalDate.of(2024, 3, 22));
  }

  @Test
  void anEventWithoutADateIsInEveryWindowAndOneWithoutAPlaceIsNotMapped() {
    EventTimeIndex index = new EventTimeIndex(read().events());

    int[] march = index.positionsInWindow(TimeWindow.cumulative(), LocalDateTime.of(2024, 3, 22, 23, 59), i -> true);
    int[] longBefore = index.positionsInWindow(TimeWindow.cumulative(), LocalDateTime.of(1990, 1, 1, 0, 0), i -> true);

    assertThat(index.eventsAt(march)).extracting(Event::id).containsExactly("no-place", "placed-and-dated", "no-date");
    assertThat(index.eventsAt(longBefore)).extracting(Event::id).containsExactly("no-date");
    assertThat(index.eventsAt(index.placedAmong(march))).extracting(Event::id)
        .containsExactly("placed-and-dated", "no-date");
    assertThat(index.unplacedCount()).isEqualTo(1);
    assertThat(index.undatedCount()).isEqualTo(1);
    assertThat(index.places()).hasSize(1);
    assertThat(index.nextAfter(Long.MAX_VALUE - 10)).isEqualTo(-1);
  }

  @Test
  void anEndWithoutAStartIsAnError() throws IOException {
    String json = Files.readString(DatasetReaderTest.resource("without-place-or-date.json"))
        .replace("\"id\": \"no-date\", \"title\": \"A meeting nobody dated\",",
            "\"id\": \"no-date\", \"title\": \"A meeting nobody dated\", \"end\": \"2024-03-23\",");
    Path file = dir.resolve("end-without-start.json");
    Files.writeString(file, json);

    LoadResult result = DatasetReader.read(file);

    assertThat(result.ok()).isFalse();
    assertThat(result.errors()).extracting(Problem::toString)
        .anyMatch(p -> p.startsWith(file + ":17:") && p.endsWith("event 'no-date': has an end but no start"));
  }

  @Test
  void anApproximatePlaceOfAnEventWithoutAPlaceIsAnError() throws IOException {
    String json = Files.readString(DatasetReaderTest.resource("without-place-or-date.json"))
        .replace("\"summary\": \"Where is not known.\",",
            "\"summary\": \"Where is not known.\", \"approximate\": {\"time\": false, \"place\": true, \"note\": \"x\"},");
    Path file = dir.resolve("approximate-missing-place.json");
    Files.writeString(file, json);

    LoadResult result = DatasetReader.read(file);

    assertThat(result.errors()).extracting(Problem::message)
        .containsExactly("event 'no-place': says its place is approximate, but it has none");
  }

  @Test
  void theCsvExportLeavesTheMissingCellsEmpty() throws IOException {
    StringBuilder out = new StringBuilder();
    CsvExport.write(read(), out);

    assertThat(out.toString().split("\r\n")).anyMatch(line -> line.startsWith("no-place,") && line.contains(",,,,"))
        .anyMatch(line -> line.startsWith("no-date,A meeting nobody dated,,,,Asia/Jerusalem,"));
  }
}
