package org.eventmap.fuzz;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import org.eventmap.geo.basemap.Basemap;
import org.eventmap.geo.basemap.BasemapScale;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.Test;

/**
 * What the basemap's fuzz target and its kept corpus found, one test each; the inputs are kept in
 * {@code BasemapFuzzTestInputs/} under the same names and written by {@link BasemapCorpus}.
 */
class BasemapFindingsTest {
  @Test
  void aPointBeyondTheAntimeridianIsRefusedNotDrawnOffTheMap() {
    assertThat(refusal(BasemapCorpus.payloads().get("beyond-the-antimeridian.bin")))
        .contains("BORDERS path 0", "off the map");
  }

  @Test
  void aPointBeyondThePoleIsRefused() {
    assertThat(refusal(BasemapCorpus.payloads().get("beyond-the-pole.bin"))).contains("BORDERS path 0", "off the map");
  }

  @Test
  void aSegmentAcrossTheWholeMapIsRefused() {
    assertThat(refusal(BasemapCorpus.payloads().get("segment-across-the-map.bin")))
        .contains("BORDERS path 0", "more than 180° of longitude");
  }

  @Test
  void aLabelOffTheMapIsRefused() {
    assertThat(refusal(BasemapCorpus.payloads().get("label-outside-the-world.bin"))).contains("LABELS", "off the map");
  }

  @Test
  void labelsThatAreNotLargestFirstAreRefused() {
    assertThat(refusal(BasemapCorpus.payloads().get("labels-smallest-first.bin")))
        .contains("LABELS", "larger than the one before it");
  }

  @Test
  void aBadGridIsRefusedInWordsNotWithAJavaClassName() {
    for (String name : new String[] {"grid-zero-step.bin", "grid-nan-origin.bin"}) {
      assertThat(refusal(BasemapCorpus.payloads().get(name)))
          .contains("quantisation grid")
          .doesNotContain("Exception", "java.");
    }
  }

  /** Before, 8 KB of gzip made the read allocate 137 MiB: 4 million points, then their projection. */
  @Test
  void aSmallGzipThatInflatesToMegabytesIsRefusedBeforeItIsDecoded() {
    assertThat(BasemapCorpus.assets().get("zero-points-bomb.bin.gz")).hasSizeLessThan(10_000);
    assertThat(refusalOfAsset(BasemapCorpus.assets().get("zero-points-bomb.bin.gz")))
        .contains("more than 4 MiB once inflated");
  }

  /** The rules the fixes added are the converter's own: the shipped assets keep them. */
  @ParameterizedTest
  @EnumSource(BasemapScale.class)
  void theShippedBasemapsKeepWhatTheFuzzTargetChecks(BasemapScale scale) throws IOException {
    BasemapFuzzTest.assertKeepsItsPromises(Basemap.load(scale));
  }

  @Test
  void theSmallValidBasemapOfTheCorpusReads() throws IOException {
    Basemap basemap = Basemap.read(new ByteArrayInputStream(BasemapCorpus.assets().get("valid.bin.gz")));
    assertThat(basemap.land()).hasSize(2);
    assertThat(basemap.land().get(1).hole()).isTrue();
    assertThat(basemap.labels()).extracting(l -> l.name()).containsExactly("Westland", "Eastland");
    BasemapFuzzTest.assertKeepsItsPromises(basemap);
  }

  private static String refusal(byte[] payload) {
    return refusalOfAsset(BasemapBytes.gzip(payload));
  }

  private static String refusalOfAsset(byte[] asset) {
    Throwable thrown = catchThrowable(() -> Basemap.read(new ByteArrayInputStream(asset)));
    assertThat(thrown).as("the basemap is refused").isInstanceOf(IOException.class);
    assertThat(thrown.getMessage()).startsWith("Corrupt basemap: ");
    return thrown.getMessage();
  }
}
