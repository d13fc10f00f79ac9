package org.eventmap.io.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.eventmap.domain.Dataset;
import org.eventmap.domain.Event;
import org.eventmap.io.FileHead;
import org.eventmap.io.LoadResult;
import org.eventmap.io.formats.FormatRegistry;
import org.junit.jupiter.api.Test;

/** The real spreadsheet among the shared samples, read where it is (never copied into the project). */
class SharedSamplesTest {
  private static Path sample(String ending) throws IOException {
    Path dir = Path.of("..", "shared", "samples", "formats");
    assumeTrue(Files.isDirectory(dir), "the shared samples are not here");
    try (Stream<Path> files = Files.list(dir)) {
      return files.filter(f -> f.getFileName().toString().endsWith(ending)).findFirst().orElseThrow();
    }
  }

  @Test
  void keplersTripsAreReadAtTheirPickUpsInUtcAndSaySo() throws IOException {
    Path trips = sample("sf_trips.csv");
    assertThat(FormatRegistry.recognise(FileHead.of(trips)).orElseThrow().name()).isEqualTo("csv");
    LoadResult result = Fixtures.read(trips);
    Dataset d = Fixtures.dataset(result);
    assertThat(d.events()).isNotEmpty();
    Event first = d.events().get(0);
    assertThat(first.start().orElseThrow().text()).endsWith("Z");
    assertThat(first.place().orElseThrow().location().lat()).isBetween(37.0, 39.0);
    assertThat(first.attributes()).anySatisfy(a -> assertThat(a.name()).isEqualTo("dropoff_lat"));
    assertThat(Fixtures.lines(result)).anySatisfy(l -> assertThat(l).contains("2 pairs of coordinates"))
        .anySatisfy(l -> assertThat(l).contains("named local"));
  }

  @Test
  void noOtherSampleIsTakenForASpreadsheet() throws IOException {
    Path dir = sample("sf_trips.csv").getParent();
    try (Stream<Path> files = Files.list(dir)) {
      files.filter(f -> !f.getFileName().toString().endsWith(".csv")).forEach(f -> {
        try {
          assertThat(new CsvFormat().recognise(FileHead.of(f))).as(f.getFileName().toString()).isZero();
        } catch (IOException e) {
          throw new AssertionError(e);
        }
      });
    }
  }
}
