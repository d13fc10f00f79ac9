package org.eventmap.geo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class ScaleBarTest {
  @Test
  void atTheEquatorTheWholeWorldIsTheCircumference() {
    // 1000 pixels for the world: 40 075 km per 1000 px, so 120 px hold at most 4 809 km -> 2 000 km.
    Viewport v = new Viewport(0.5, 0.5, 1000, 1000, 1000);
    ScaleBar bar = ScaleBar.of(v, 120);
    assertThat(bar.label()).isEqualTo("2 000 km");
    assertThat(bar.pixels()).isCloseTo(2_000_000 / 40_075.016686, within(1e-6));
  }

  @Test
  void nearTheGazaStripItCountsInKilometresOrMetres() {
    double y = WebMercator.y(31.4);
    ScaleBar regional = ScaleBar.of(new Viewport(0.6, y, 400_000, 1000, 800), 120);
    assertThat(regional.label()).endsWith(" km");
    assertThat(regional.pixels()).isBetween(40.0, 120.0);
    // Closest zoom: about 17 m per pixel at 31.4°N, so 50 px hold 855 m, shown as 500 m.
    ScaleBar street = ScaleBar.of(new Viewport(0.6, y, Viewport.MAX_SCALE, 1000, 800), 50);
    assertThat(street.label()).isEqualTo("500 m");
    assertThat(street.pixels()).isBetween(25.0, 50.0);
  }
}
