package org.eventmap.geo.basemap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class GeoPathTest {
  // A 10°×10° square with a notch cut into its top edge, to exercise a concave ring.
  private final GeoPath notched = GeoPath.of(true, 0, 0, 10, 0, 10, 10, 6, 10, 5, 5, 4, 10, 0, 10);

  @Test
  void containsUsesEvenOddRayCasting() {
    assertThat(notched.contains(2, 2)).isTrue();
    assertThat(notched.contains(8, 8)).isTrue();
    assertThat(notched.contains(5, 8)).as("inside the notch").isFalse();
    assertThat(notched.contains(-1, 5)).isFalse();
    assertThat(notched.contains(5, 11)).isFalse();
  }

  @Test
  void openPolylinesContainNothing() {
    GeoPath line = GeoPath.of(false, 0, 0, 10, 0, 10, 10, 0, 10);
    assertThat(line.contains(5, 5)).isFalse();
  }

  @Test
  void exposesPointsAndBoundingBox() {
    assertThat(notched.size()).isEqualTo(7);
    assertThat(notched.closed()).isTrue();
    assertThat(notched.lon(4)).isEqualTo(5.0);
    assertThat(notched.lat(4)).isEqualTo(5.0);
    assertThat(notched.minLon()).isEqualTo(0.0);
    assertThat(notched.maxLon()).isEqualTo(10.0);
    assertThat(notched.minLat()).isEqualTo(0.0);
    assertThat(notched.maxLat()).isEqualTo(10.0);
    assertThat(notched.intersects(9, 9, 20, 20)).isTrue();
    assertThat(notched.intersects(11, 0, 20, 20)).isFalse();
    assertThatThrownBy(() -> notched.lon(7)).isInstanceOf(IndexOutOfBoundsException.class);
  }

  @Test
  void bulkAccessorsCopySoThePathStaysImmutable() {
    double[] source = {1, 2, 3, 4};
    GeoPath path = GeoPath.of(false, source);
    source[0] = 99;
    assertThat(path.lon(0)).isEqualTo(1.0);

    double[] copy = path.coordinates();
    copy[1] = 99;
    assertThat(path.lat(0)).isEqualTo(2.0);

    double[] buffer = new double[6];
    path.copyTo(buffer);
    assertThat(buffer).startsWith(1, 2, 3, 4);
    assertThatThrownBy(() -> path.copyTo(new double[3])).isInstanceOf(IllegalArgumentException.class);
  }
}
