package org.eventmap.geo;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MainRegionTest {
  private static final double[] TEL_AVIV = {34.78, 32.08};
  private static final double[] RAFAH = {34.25, 31.29};
  private static final double[] DOHA = {51.53, 25.29};
  private static final double[] NEW_YORK = {-73.97, 40.75};

  private static double[] points(double[]... lonLats) {
    double[] all = new double[lonLats.length * 2];
    for (int i = 0; i < lonLats.length; i++) {
      all[2 * i] = lonLats[i][0];
      all[2 * i + 1] = lonLats[i][1];
    }
    return all;
  }

  @Test
  void theRegionWithTheMostPlacesWins() {
    int[] main = MainRegion.of(points(NEW_YORK, TEL_AVIV, DOHA, RAFAH, TEL_AVIV));

    assertThat(main).containsExactly(1, 3, 4);
  }

  @Test
  void placesOfOneRegionAreAllKept() {
    assertThat(MainRegion.of(points(TEL_AVIV, RAFAH))).containsExactly(0, 1);
  }

  @Test
  void onATieTheFirstRegionGivenWins() {
    assertThat(MainRegion.of(points(DOHA, NEW_YORK))).containsExactly(0);
    assertThat(MainRegion.of(points(NEW_YORK, DOHA))).containsExactly(0);
  }

  @Test
  void noPlacesNoRegion() {
    assertThat(MainRegion.of(new double[0])).isEmpty();
  }
}
