package org.eventmap.geo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;
import org.eventmap.geo.Clustering.Cluster;
import org.junit.jupiter.api.Test;

class ClusteringTest {
  private static final double RADIUS = 20;

  private static double[] xs(double... lons) {
    return Arrays.stream(lons).map(WebMercator::x).toArray();
  }

  private static double[] ys(double... lats) {
    return Arrays.stream(lats).map(WebMercator::y).toArray();
  }

  @Test
  void twoPlacesShareAClusterExactlyWhileTheyAreCloserThanTheRadiusOnScreen() {
    // Tel Aviv and Jerusalem, about 54 km apart.
    double[] x = xs(34.7818, 35.2137);
    double[] y = ys(32.0853, 31.7683);
    double worldDistance = Math.hypot(x[1] - x[0], y[1] - y[0]);
    double splitScale = RADIUS / worldDistance;

    assertThat(Clustering.cluster(x, y, splitScale * 0.99, RADIUS)).hasSize(1);
    assertThat(Clustering.cluster(x, y, splitScale * 1.01, RADIUS)).hasSize(2);
  }

  @Test
  void theSameExactPlaceNeverSplits() {
    double[] x = {0.6, 0.6, 0.6};
    double[] y = {0.4, 0.4, 0.4};
    assertThat(Clustering.cluster(x, y, Viewport.MAX_SCALE, RADIUS)).singleElement()
        .satisfies(c -> assertThat(c.size()).isEqualTo(3));
  }

  @Test
  void atWorldZoomTheHolyLandIsOneClusterAndAtRegionZoomItSplits() {
    double[] x = xs(34.7818, 35.2137, 34.251, 51.531);
    double[] y = ys(32.0853, 31.7683, 31.287, 25.2854);
    List<Cluster> world = Clustering.cluster(x, y, 1024, RADIUS);
    assertThat(world).extracting(Cluster::size).containsExactlyInAnyOrder(3, 1);
    List<Cluster> region = Clustering.cluster(x, y, 1024 * 64, RADIUS);
    assertThat(region).hasSize(4);
  }

  @Test
  void nothingIsLostOrDuplicatedAtAnyZoom() {
    Random random = new Random(42);
    int n = 5_000;
    double[] x = new double[n];
    double[] y = new double[n];
    for (int i = 0; i < n; i++) {
      // Clumps around a few centres, as real events are.
      int centre = random.nextInt(5);
      x[i] = 0.2 + centre * 0.13 + random.nextGaussian() * 0.01;
      y[i] = 0.3 + centre * 0.07 + random.nextGaussian() * 0.01;
    }
    for (double scale = 256; scale <= Viewport.MAX_SCALE; scale *= 2) {
      List<Cluster> clusters = Clustering.cluster(x, y, scale, RADIUS);
      int[] all = clusters.stream().flatMapToInt(c -> IntStream.of(c.members())).sorted().toArray();
      assertThat(all).as("scale " + scale).isEqualTo(IntStream.range(0, n).toArray());
    }
  }

  @Test
  void clustersOnlyGrowInNumberAsYouZoomIn() {
    Random random = new Random(7);
    double[] x = random.doubles(2_000, 0.55, 0.62).toArray();
    double[] y = random.doubles(2_000, 0.38, 0.44).toArray();
    int previous = 0;
    for (double scale = 256; scale <= Viewport.MAX_SCALE; scale *= 2) {
      int count = Clustering.cluster(x, y, scale, RADIUS).size();
      assertThat(count).as("scale " + scale).isGreaterThanOrEqualTo(previous);
      previous = count;
    }
    assertThat(previous).isEqualTo(2_000);
  }

  @Test
  void everyMemberIsWithinTheRadiusOfItsSeed() {
    Random random = new Random(3);
    double[] x = random.doubles(3_000, 0.5, 0.52).toArray();
    double[] y = random.doubles(3_000, 0.4, 0.42).toArray();
    double scale = 50_000;
    for (Cluster c : Clustering.cluster(x, y, scale, RADIUS)) {
      for (int m : c.members()) {
        double pixels = Math.hypot(x[m] - x[c.seed()], y[m] - y[c.seed()]) * scale;
        assertThat(pixels).isLessThan(RADIUS);
      }
    }
  }

  @Test
  void noPointsNoClusters() {
    assertThat(Clustering.cluster(new double[0], new double[0], 1000, RADIUS)).isEmpty();
  }
}
