package org.eventmap.io.timelinejs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import org.eventmap.domain.Dataset;
import org.eventmap.domain.Era;
import org.eventmap.domain.Event;
import org.eventmap.domain.Precision;
import org.eventmap.domain.TimePoint;
import org.eventmap.io.LoadResult;
import org.eventmap.io.formats.FormatRegistry;
import org.junit.jupiter.api.Test;

/** Knight Lab's own TimelineJS files, read where the shared samples are (next to the project); skipped elsewhere. */
class TimelineJsSamplesTest {
  private static final Path SAMPLES = Path.of("../shared/samples/formats");

  private static Dataset sample(String name) {
    Path file = SAMPLES.resolve(name);
    assumeThat(Files.isReadable(file)).as("the shared sample " + name).isTrue();
    LoadResult result = FormatRegistry.read(file);
    assertThat(result.errors()).isEmpty();
    return result.dataset().orElseThrow();
  }

  @Test
  void theErasTemplateReadsItsThreeDigitYearsAndOutOfOrderEras() {
    Dataset d = sample("NUKnightLab+TimelineJS3__src__template__eras.json");
    assertThat(d.title()).isEqualTo("Eras Test");
    assertThat(d.events()).hasSize(20);
    assertThat(d.events().get(0).start()).contains(TimePoint.ofYear(602));
    assertThat(d.events().get(0).end()).contains(TimePoint.ofYear(629));
    assertThat(d.eras()).extracting(Era::title).containsExactly("Era Test 600-650", "Era Test 650-700",
        "Era Test 700-720");
    assertThat(d.events()).anyMatch(e -> e.start().orElseThrow().equals(TimePoint.ofDay(java.time.LocalDate.of(622,
        8, 9))));
  }

  @Test
  void markTwainReadsItsTimesEmptyStringsAndLocationBlocks() {
    Dataset d = sample("NUKnightLab+TimelineJS3__website__examples__twain__marktwain.json");
    assertThat(d.events()).hasSize(17);
    assertThat(d.events().stream().filter(Event::hasPlace)).hasSize(12);
    assertThat(d.events()).anyMatch(e -> e.start().orElseThrow()
        .equals(TimePoint.ofLocal(LocalDateTime.of(2000, 1, 5, 6, 45, 56), Precision.SECOND)));
    assertThat(d.events()).anyMatch(e -> e.start().orElseThrow().equals(TimePoint.ofYear(2014)));
  }
}
