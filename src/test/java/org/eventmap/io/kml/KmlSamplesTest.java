package org.eventmap.io.kml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.eventmap.domain.Dataset;
import org.eventmap.domain.Event;
import org.eventmap.domain.Precision;
import org.eventmap.io.LoadResult;
import org.eventmap.io.formats.FormatRegistry;
import org.junit.jupiter.api.Test;

/**
 * Real files from other tools, read where they are kept beside the project ({@code ../shared/samples/});
 * skipped where they are not. They are never copied into the project: its own fixtures reproduce their
 * quirks.
 */
class KmlSamplesTest {
  private static final Path SAMPLES = Path.of("..", "shared", "samples", "formats");

  private static Path sample(String endsWith) throws IOException {
    assumeTrue(Files.isDirectory(SAMPLES), "the shared samples are not here");
    try (Stream<Path> files = Files.list(SAMPLES)) {
      Path found = files.filter(f -> f.getFileName().toString().endsWith(endsWith)).findFirst().orElse(null);
      assumeTrue(found != null, endsWith + " is not among the shared samples");
      return found;
    }
  }

  private static Dataset open(Path file) {
    LoadResult result = FormatRegistry.read(file);
    assertThat(result.errors()).isEmpty();
    return result.dataset().orElseThrow();
  }

  @Test
  void giscoresTimestampsOpenAtEveryPrecision() throws IOException {
    Dataset dataset = open(sample("timestamps.kml"));

    assertThat(dataset.events()).hasSize(11);
    assertThat(dataset.events()).extracting(e -> e.start().orElseThrow().precision()).contains(Precision.YEAR, Precision.MONTH,
        Precision.DAY, Precision.SECOND);
    assertThat(dataset.events()).filteredOn(e -> e.start().orElseThrow().isLocal()).singleElement()
        .satisfies(e -> assertThat(e.earliestInstant()).contains(java.time.Instant.parse("2009-04-05T12:10:50Z")));
    assertThat(dataset.events()).filteredOn(e -> e.end().isPresent()).hasSize(1);
  }

  @Test
  void kenyasOneLineKml21Opens() throws IOException {
    Dataset dataset = open(sample("kenya.kml"));

    assertThat(dataset.events()).hasSize(82);
    assertThat(dataset.places()).hasSize(18);
    assertThat(dataset.places()).extracting(p -> p.zone().getId()).containsOnly("Africa/Nairobi");
    assertThat(dataset.events()).allSatisfy(e -> assertThat(e.summary()).startsWith("<a href="));
  }

  @Test
  void theTimeStampedPointsKmzOpens() throws IOException {
    Dataset dataset = open(sample("time-stamp-point.kmz"));

    assertThat(dataset.title()).isEqualTo("TimeStamp'ed Points");
    assertThat(dataset.events()).hasSize(361);
    assertThat(dataset.events()).extracting(e -> e.start().orElseThrow()).allSatisfy(t -> assertThat(t.offset()).isPresent());
  }
}
