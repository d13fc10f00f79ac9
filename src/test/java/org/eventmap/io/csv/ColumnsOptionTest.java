package org.eventmap.io.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.eventmap.io.csv.Fixtures.dataset;
import static org.eventmap.io.csv.Fixtures.event;
import static org.eventmap.io.csv.Fixtures.read;

import java.util.Map;
import org.eventmap.domain.Dataset;
import org.eventmap.io.LoadResult;
import org.junit.jupiter.api.Test;

class ColumnsOptionTest {
  @Test
  void columnsWhoseNamesSayNothingAreAskedAboutWithTheDateFoundByContent() {
    LoadResult result = read("unnamed-coordinates.csv");
    assertThat(result.question()).hasValueSatisfying(q -> {
      assertThat(q.guessed()).containsEntry("date", "k1");
      // Two columns of decimals in range are offered as a guess, not read without an answer.
      assertThat(q.guessed()).containsEntry("lat", "k2").containsEntry("lon", "k3");
      assertThat(q.why()).contains("latitude and a longitude");
    });
  }

  @Test
  void theQuestionSaidNoColumnWasWrittenLikeCoordinatesWhenItHadGuessedTwo() {
    assertThat(read("unnamed-coordinates.csv").question().orElseThrow().why())
        .isEqualTo("no column is named like a latitude and a longitude; two columns of numbers may be them");
  }

  @Test
  void theAnswerByNameReadsTheFile() {
    Dataset d = dataset(read("unnamed-coordinates.csv", Map.of("lat", "k2", "lon", "k3", "title", "k4")));
    assertThat(event(d, "Paris").place().orElseThrow().location().lat()).isEqualTo(48.85);
    assertThat(event(d, "Paris").start().orElseThrow().text()).isEqualTo("2024-03-23");
  }

  @Test
  void theAnswerByNumberFromOneReadsTheFile() {
    Dataset d = dataset(read("unnamed-coordinates.csv", Map.of("date", "1", "lat", "2", "lon", "3", "title", "4")));
    assertThat(event(d, "Rivertown").place().orElseThrow().location().lon()).isEqualTo(30.52);
  }

  @Test
  void aMappingWinsOverTheNamesOfTheColumns() {
    // Without it, "name" is the title and the place is named by its coordinates.
    assertThat(event(dataset(read("latlon-column.tsv")), "Paris").place().orElseThrow().name()).isEqualTo("48.8500, 2.3500");
    Dataset d = dataset(read("latlon-column.tsv", Map.of("place", "name")));
    assertThat(event(d, "Paris").place().orElseThrow().name()).isEqualTo("Paris");
  }

  @Test
  void aNumberBeyondTheLastColumnListsTheColumns() {
    LoadResult result = read("unnamed-coordinates.csv", Map.of("lat", "9"));
    assertThat(Fixtures.lines(result)).containsExactly("unnamed-coordinates.csv:1:1: --columns lat=9: the file has 4"
        + " columns, numbered from 1; they are k1, k2, k3, k4");
  }
}
