package org.eventmap.state;

import static org.assertj.core.api.Assertions.assertThat;

import org.eventmap.domain.Event;
import org.eventmap.geo.Viewport;
import org.eventmap.geo.WebMercator;
import org.junit.jupiter.api.Test;

class ViewportModelTest {
  private static final double ZOOM_6 = 256 * 64;
  private final DatasetModel data = Curated.shown();
  private final TimeModel time = new TimeModel(data, new Curated.ManualClock());
  private final ViewportModel map = new ViewportModel(data, time);

  private static boolean onScreen(Viewport v, double lon, double lat) {
    double x = v.screenX(WebMercator.x(lon));
    double y = v.screenY(WebMercator.y(lat));
    return x >= 0 && x <= v.width() && y >= 0 && y <= v.height();
  }

  @Test
  void aViewAskedForBeforeTheMapHasASizeWaitsForItAndComesAfterTheOpeningView() {
    map.showView(34.78, 32.08, ZOOM_6);
    assertThat(map.hasQueuedView()).isTrue();
    assertThat(map.viewport().scale()).as("nothing moved yet").isNotEqualTo(ZOOM_6);

    map.resize(1000, 700);

    assertThat(map.hasQueuedView()).isFalse();
    assertThat(map.viewport().scale()).isEqualTo(ZOOM_6);
    assertThat(map.viewport().screenX(WebMercator.x(34.78))).isCloseTo(500, org.assertj.core.data.Offset.offset(0.5));
  }

  @Test
  void aLaterRequestTakesThePlaceOfOneStillWaiting() {
    map.showView(34.78, 32.08, ZOOM_6);
    map.showView(120.98, 14.6, ZOOM_6 * 2);
    map.resize(1000, 700);
    assertThat(map.viewport().scale()).isEqualTo(ZOOM_6 * 2);
    assertThat(onScreen(map.viewport(), 120.98, 14.6)).as("Manila").isTrue();
  }

  @Test
  void aViewAskedForOnASizedMapIsShownAtOnceAndOnlyOnce() {
    map.resize(1000, 700);
    map.showView(34.78, 32.08, ZOOM_6);
    assertThat(map.hasQueuedView()).isFalse();
    map.pan(300, 0);
    Viewport panned = map.viewport();
    map.resize(900, 700);
    assertThat(map.viewport().centerX()).as("a resize brings no old request back").isEqualTo(panned.centerX());
  }

  @Test
  void theFirstSizeBringsTheOpeningViewOfTheDayTheDatasetOpensOn() {
    time.goToDay(Curated.DATASET.openOn().orElseThrow());
    map.resize(1000, 700);
    assertThat(onScreen(map.viewport(), 34.78, 32.08)).as("Tel Aviv").isTrue();
    assertThat(onScreen(map.viewport(), 120.98, 14.6)).as("Manila, not part of that day").isFalse();
  }

  @Test
  void fittingToTheDataShowsEveryPlace() {
    map.resize(1000, 700);
    map.zoom(500, 350, 8);
    map.fitToData();
    for (Event e : Curated.DATASET.events()) {
      assertThat(onScreen(map.viewport(), e.place().orElseThrow().location().lon(), e.place().orElseThrow().location().lat()))
          .as(e.place().orElseThrow().name()).isTrue();
    }
  }

  @Test
  void revealingAnEventOffTheMapPansJustEnoughAtTheSameZoom() {
    map.resize(1000, 700);
    map.showView(34.78, 32.08, ZOOM_6);
    Event doha = Curated.DATASET.event("2024-03-22-burns-joins-doha-talks").orElseThrow();
    assertThat(onScreen(map.viewport(), doha.place().orElseThrow().location().lon(), doha.place().orElseThrow().location().lat())).isFalse();

    map.reveal(doha);

    assertThat(onScreen(map.viewport(), doha.place().orElseThrow().location().lon(), doha.place().orElseThrow().location().lat())).isTrue();
    assertThat(map.viewport().scale()).isEqualTo(ZOOM_6);
  }
}
