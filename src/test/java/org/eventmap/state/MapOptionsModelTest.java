package org.eventmap.state;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MapOptionsModelTest {
  private final MapOptionsModel options = new MapOptionsModel();

  @Test
  void aMapThatCannotBeShownGivesWayToTheOfflineMapWithTheReason() {
    options.choose(MapProvider.GOOGLE);
    options.failed(MapProvider.GOOGLE, "No key for Google Maps");
    assertThat(options.providerProperty().get()).isEqualTo(MapProvider.EMBEDDED);
    assertThat(options.noticeProperty().get()).isEqualTo("No key for Google Maps");
  }

  @Test
  void choosingAMapClearsTheLastNotice() {
    options.failed(MapProvider.GOOGLE, "No key");
    options.choose(MapProvider.EMBEDDED);
    assertThat(options.noticeProperty().get()).isEmpty();
  }

  @Test
  void journeysAndLinksAreDrawnUntilTurnedOff() {
    assertThat(options.showJourneysProperty().get()).isTrue();
    assertThat(options.showLinksProperty().get()).isTrue();
    options.setShowJourneys(false);
    options.setShowLinks(false);
    assertThat(options.showJourneysProperty().get()).isFalse();
    assertThat(options.showLinksProperty().get()).isFalse();
  }
}
