package org.eventmap.geo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class GreatCircleTest {
  @Test
  void startsAndEndsAtThePlaces() {
    double[] p = GreatCircle.path(-73.968, 40.7489, 34.7818, 32.0853, 32);
    assertThat(p).hasSize(66);
    assertThat(p[0]).isCloseTo(-73.968, within(1e-9));
    assertThat(p[1]).isCloseTo(40.7489, within(1e-9));
    assertThat(p[64]).isCloseTo(34.7818, within(1e-9));
    assertThat(p[65]).isCloseTo(32.0853, within(1e-9));
  }

  @Test
  void alongTheEquatorItStaysOnTheEquator() {
    double[] p = GreatCircle.path(0, 0, 90, 0, 2);
    assertThat(p[2]).isCloseTo(45, within(1e-9));
    assertThat(p[3]).isCloseTo(0, within(1e-9));
  }

  @Test
  void newYorkToTelAvivBendsNorthOfBoth() {
    double[] p = GreatCircle.path(-73.968, 40.7489, 34.7818, 32.0853, 20);
    double northmost = 0;
    for (int i = 1; i < p.length; i += 2) {
      northmost = Math.max(northmost, p[i]);
    }
    assertThat(northmost).isGreaterThan(50); // the shortest path passes over the North Atlantic
  }

  @Test
  void stepsAreEqualAngles() {
    double[] p = GreatCircle.path(39.1925, 21.4858, 31.2357, 30.0444, 10);
    double first = GreatCircle.angularDistance(p[0], p[1], p[2], p[3]);
    for (int i = 2; i + 3 < p.length; i += 2) {
      assertThat(GreatCircle.angularDistance(p[i], p[i + 1], p[i + 2], p[i + 3])).isCloseTo(first, within(1e-6));
    }
  }

  @Test
  void crossingTheAntimeridianContinuesInsteadOfJumping() {
    double[] p = GreatCircle.path(170, 10, -170, 10, 8);
    for (int i = 2; i < p.length; i += 2) {
      assertThat(Math.abs(p[i] - p[i - 2])).isLessThan(10);
    }
    assertThat(p[p.length - 2]).isCloseTo(190, within(1e-9));
  }
}
