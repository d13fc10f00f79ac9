package org.eventmap.geo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class WebMercatorTest {
  private static final double EPS = 1e-12;

  @Test
  void nullIslandIsTheCentreOfTheWorldSquare() {
    assertThat(WebMercator.x(0)).isCloseTo(0.5, within(EPS));
    assertThat(WebMercator.y(0)).isCloseTo(0.5, within(EPS));
  }

  @Test
  void theAntimeridianAndTheMercatorLimitAreTheEdges() {
    assertThat(WebMercator.x(-180)).isCloseTo(0, within(EPS));
    assertThat(WebMercator.x(180)).isCloseTo(1, within(EPS));
    assertThat(WebMercator.y(WebMercator.MAX_LATITUDE)).isCloseTo(0, within(1e-9));
    assertThat(WebMercator.y(-WebMercator.MAX_LATITUDE)).isCloseTo(1, within(1e-9));
  }

  @Test
  void latitudesBeyondTheLimitAreClampedNotInfinite() {
    assertThat(WebMercator.y(90)).isCloseTo(0, within(1e-9));
    assertThat(WebMercator.y(-90)).isCloseTo(1, within(1e-9));
  }

  /** Known tile coordinates: at zoom 10 (1024 tiles across) Tel Aviv is in tile x=610, y=415 (OSM slippy-map formula). */
  @Test
  void telAvivFallsInItsKnownZoom10Tile() {
    double tiles = 1024;
    assertThat((int) Math.floor(WebMercator.x(34.7818) * tiles)).isEqualTo(610);
    assertThat((int) Math.floor(WebMercator.y(32.0853) * tiles)).isEqualTo(415);
  }

  @Test
  void northIsUpAndEastIsRight() {
    assertThat(WebMercator.y(40.75)).isLessThan(WebMercator.y(31.5)); // New York above Gaza
    assertThat(WebMercator.x(51.53)).isGreaterThan(WebMercator.x(34.78)); // Doha east of Tel Aviv
  }

  @ParameterizedTest(name = "({0}, {1}) survives a round trip")
  @CsvSource({"0,0", "34.7818,32.0853", "-73.968,40.7489", "51.531,25.2854", "-179.9,-84.9", "179.99,84.99",
      "34.2458,31.2969"})
  void roundTripReturnsThePoint(double lon, double lat) {
    assertThat(WebMercator.lon(WebMercator.x(lon))).isCloseTo(lon, within(1e-9));
    assertThat(WebMercator.lat(WebMercator.y(lat))).isCloseTo(lat, within(1e-9));
  }
}
