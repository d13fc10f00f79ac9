package org.eventmap.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The basemap's kept corpus in the repository is exactly what {@link BasemapCorpus} writes: ours, small. */
class BasemapCorpusTest {
  @Test
  void theKeptPayloadsAreWhatTheGeneratorWrites() throws IOException {
    assertFolderHolds("payload", BasemapCorpus.payloads());
  }

  @Test
  void theKeptAssetsAreWhatTheGeneratorWrites() throws IOException {
    assertFolderHolds("anyBytes", BasemapCorpus.assets());
  }

  private static void assertFolderHolds(String method, Map<String, byte[]> inputs) throws IOException {
    Path folder = BasemapCorpus.FOLDER.resolve(method);
    try (Stream<Path> files = Files.list(folder)) {
      // Findings Jazzer adds (crash-…) are kept beside the generated inputs until they are renamed.
      assertThat(files.map(f -> f.getFileName().toString()).filter(n -> !n.startsWith("crash-")))
          .containsExactlyInAnyOrderElementsOf(inputs.keySet());
    }
    for (Map.Entry<String, byte[]> input : inputs.entrySet()) {
      Path file = folder.resolve(input.getKey());
      assertThat(Files.readAllBytes(file)).as("%s as the generator writes it", file).isEqualTo(input.getValue());
      assertThat(Files.size(file)).as("%s is small", file).isLessThan(16_384);
    }
  }
}
