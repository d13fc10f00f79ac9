package org.eventmap.geo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class ViewportTest {
  private final Viewport view = new Viewport(0.6, 0.4, 4096, 800, 600);

  @Test
  void theCentreOfTheViewIsTheCentreOfTheScreen() {
    assertThat(view.screenX(0.6)).isCloseTo(400, within(1e-9));
    assertThat(view.screenY(0.4)).isCloseTo(300, within(1e-9));
  }

  @Test
  void screenAndWorldCoordinatesRoundTrip() {
    assertThat(view.worldX(view.screenX(0.61234))).isCloseTo(0.61234, within(1e-12));
    assertThat(view.worldY(view.screenY(0.38765))).isCloseTo(0.38765, within(1e-12));
  }

  @Test
  void zoomingKeepsThePointUnderTheCursorInPlace() {
    double wx = view.worldX(123);
    double wy = view.worldY(456);
    Viewport zoomed = view.zoomedAround(123, 456, 2.5);
    assertThat(zoomed.scale()).isCloseTo(4096 * 2.5, within(1e-6));
    assertThat(zoomed.screenX(wx)).isCloseTo(123, within(1e-6));
    assertThat(zoomed.screenY(wy)).isCloseTo(456, within(1e-6));
  }

  @Test
  void panningMovesTheMapWithThePointer() {
    Viewport panned = view.panned(50, -20);
    assertThat(panned.screenX(0.6)).isCloseTo(450, within(1e-9));
    assertThat(panned.screenY(0.4)).isCloseTo(280, within(1e-9));
  }

  @Test
  void fitShowsTheWholeBoundsInsideTheMargin() {
    WorldBounds gazaAndNewYork =
        WorldBounds.around(new double[] {34.25, 31.3, -73.968, 40.7489, 51.53, 25.29});
    Viewport fitted = Viewport.fit(gazaAndNewYork, 1000, 700, 50);
    for (double[] p : new double[][] {{34.25, 31.3}, {-73.968, 40.7489}, {51.53, 25.29}}) {
      double x = fitted.screenX(WebMercator.x(p[0]));
      double y = fitted.screenY(WebMercator.y(p[1]));
      assertThat(x).isBetween(49.0, 951.0);
      assertThat(y).isBetween(49.0, 651.0);
    }
  }

  @Test
  void zoomStopsAtTheCloserLimit() {
    Viewport close = view.zoomedAround(400, 300, 1e9);
    assertThat(close.scale()).isEqualTo(Viewport.MAX_SCALE);
  }

  @Test
  void theViewNeverShowsBeyondTheNorthOrSouthEdgeOfTheWorld() {
    Viewport panned = view.panned(0, 10_000);
    assertThat(panned.worldY(0)).isGreaterThanOrEqualTo(-1e-12);
    Viewport south = view.panned(0, -10_000);
    assertThat(south.worldY(south.height())).isLessThanOrEqualTo(1 + 1e-12);
  }

  @Test
  void zoomingOutStopsWhenTheWorldFillsTheViewTopToBottom() {
    Viewport out = view.zoomedAround(400, 300, 1e-9);
    assertThat(out.scale()).isEqualTo(600);
    assertThat(out.worldY(0)).isCloseTo(0, within(1e-12));
    assertThat(out.worldY(600)).isCloseTo(1, within(1e-12));
  }

  @Test
  void panningEastForeverWrapsAroundTheWorld() {
    Viewport far = view.panned(-4096 * 3.25, 0);
    assertThat(far.centerX()).isCloseTo(0.85, within(1e-9));
  }

  private static boolean onScreen(Viewport v, double worldX, double worldY) {
    double x = v.screenX(v.nearestCopyX(worldX));
    double y = v.screenY(worldY);
    return x >= 0 && x <= v.width() && y >= 0 && y <= v.height();
  }

  @Test
  void revealingAPlaceAlreadyOnScreenDoesNotMoveTheMap() {
    double x = view.worldX(790);
    double y = view.worldY(5);
    assertThat(view.revealing(x, y, 60)).isEqualTo(view);
  }

  @Test
  void revealingAPlaceJustOffScreenPansTheLeastDistance() {
    double x = view.worldX(800 + 150); // 150 px beyond the east edge
    double y = view.worldY(300);

    Viewport revealed = view.revealing(x, y, 60);

    assertThat(revealed.scale()).isEqualTo(view.scale());
    assertThat(revealed.screenX(x)).isCloseTo(800 - 60, within(1e-6));
    assertThat(revealed.screenY(y)).isCloseTo(300, within(1e-6));
    assertThat(revealed.centerY()).isEqualTo(view.centerY());
  }

  @Test
  void revealingAPlaceAcrossTheDateLinePansTheShortWayRound() {
    // Fiji in view; Samoa, a few hundred pixels east across the date line, is near x = 0.02 of the world.
    Viewport fiji = new Viewport(WebMercator.x(178.0), WebMercator.y(-17.7), 256 * 64, 800, 600);
    double samoaX = WebMercator.x(-171.8);
    double samoaY = WebMercator.y(-13.8);
    assertThat(onScreen(fiji, samoaX, samoaY)).isFalse();

    Viewport revealed = fiji.revealing(samoaX, samoaY, 60);

    assertThat(onScreen(revealed, samoaX, samoaY)).isTrue();
    assertThat(revealed.scale()).isEqualTo(fiji.scale());
    double eastwardPixels = ((revealed.centerX() - fiji.centerX() + 1.5) % 1 - 0.5) * fiji.scale();
    assertThat(eastwardPixels).as("a short pan east, not round the world west").isBetween(0.0, 800.0);
  }

  @Test
  void revealingAPlaceFarAwayZoomsOutToShowItAndWhereTheMapWas() {
    Viewport gaza = new Viewport(WebMercator.x(34.4), WebMercator.y(31.4), 256 * 1024, 800, 600);
    double newYorkX = WebMercator.x(-73.97);
    double newYorkY = WebMercator.y(40.75);

    Viewport revealed = gaza.revealing(newYorkX, newYorkY, 60);

    assertThat(revealed.scale()).isLessThan(gaza.scale());
    assertThat(onScreen(revealed, newYorkX, newYorkY)).as("New York").isTrue();
    assertThat(onScreen(revealed, gaza.centerX(), gaza.centerY())).as("Gaza").isTrue();
  }
}
