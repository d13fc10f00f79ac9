package org.eventmap.geo.basemap;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class BasemapScaleTest {
  @Test
  void resourcePathsPointAtTheShippedAssets() {
    assertThat(BasemapScale.SMALL_110M.resourcePath()).isEqualTo("/basemap/ne-110m.bin");
    assertThat(BasemapScale.MEDIUM_50M.resourcePath()).isEqualTo("/basemap/ne-50m.bin");
    assertThat(BasemapScale.LARGE_10M.resourcePath()).isEqualTo("/basemap/ne-10m.bin");
    for (BasemapScale scale : BasemapScale.values()) {
      assertThat(BasemapScale.class.getResource(scale.resourcePath())).as(scale.name()).isNotNull();
    }
  }

  @Test
  void licenceNoticeShipsWithTheData() {
    assertThat(BasemapScale.class.getResource("/basemap/LICENSE-world-atlas.txt")).isNotNull();
  }
}
