package org.eventmap.geo.basemap;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Loads the real shipped assets and checks them against known geography. */
class BasemapLoadTest {
  private static final Map<BasemapScale, Basemap> MAPS = new EnumMap<>(BasemapScale.class);

  @BeforeAll
  static void loadAll() throws IOException {
    for (BasemapScale scale : BasemapScale.values()) {
      long start = System.nanoTime();
      Basemap map = Basemap.load(scale);
      long micros = (System.nanoTime() - start) / 1000;
      MAPS.put(scale, map);
      System.out.printf(
          "%s: first load %.1f ms; land %d rings / %d points, coast %d lines / %d points,"
              + " borders %d lines / %d points, labels %d%n",
          scale, micros / 1000.0,
          map.land().size(), pointCount(map.land()),
          map.coastlines().size(), pointCount(map.coastlines()),
          map.borders().size(), pointCount(map.borders()),
          map.labels().size());
    }
  }

  @ParameterizedTest
  @EnumSource(BasemapScale.class)
  void eachScaleLoadsWithPlausibleCounts(BasemapScale scale) {
    Basemap map = MAPS.get(scale);
    assertThat(map.scale()).isEqualTo(scale);
    // Natural Earth has ~177 (110m), ~241 (50m) and ~255 (10m) admin-0 countries.
    int minCountries = switch (scale) {
      case SMALL_110M -> 170;
      case MEDIUM_50M -> 230;
      case LARGE_10M -> 245;
    };
    assertThat(map.labels()).hasSizeBetween(minCountries, 260);
    // More detail means more islands and more points.
    int minRings = switch (scale) {
      case SMALL_110M -> 100;
      case MEDIUM_50M -> 1000;
      case LARGE_10M -> 3500;
    };
    assertThat(map.land()).hasSizeGreaterThan(minRings);
    assertThat(map.coastlines()).hasSizeGreaterThan(minRings);
    assertThat(map.borders()).hasSizeBetween(250, 1000);
    assertThat(map.land()).allSatisfy(p -> assertThat(p.closed()).isTrue());
    assertThat(map.borders()).allSatisfy(p -> assertThat(p.hole()).isFalse());
    assertThat(map.land()).anySatisfy(p -> assertThat(p.hole()).isTrue()); // e.g. the Caspian
  }

  @Test
  void moreDetailedScalesHaveMorePoints() {
    long small = pointCount(MAPS.get(BasemapScale.SMALL_110M).land());
    long medium = pointCount(MAPS.get(BasemapScale.MEDIUM_50M).land());
    long large = pointCount(MAPS.get(BasemapScale.LARGE_10M).land());
    assertThat(small).isLessThan(medium);
    assertThat(medium).isLessThan(large);
  }

  @ParameterizedTest
  @EnumSource(value = BasemapScale.class, names = {"MEDIUM_50M", "LARGE_10M"})
  void knownCitiesAreOnLandAndSeaIsNot(BasemapScale scale) {
    Basemap map = MAPS.get(scale);
    assertThat(isLand(map, 34.78, 32.08)).as("Tel Aviv").isTrue();
    assertThat(isLand(map, 51.53, 25.29)).as("Doha").isTrue();
    if (scale == BasemapScale.LARGE_10M) {
      assertThat(isLand(map, -73.968, 40.749)).as("UN HQ, New York").isTrue();
    } else {
      // At 1:50m Natural Earth reduces Manhattan to a spike ending at (-73.986, 40.752), so UN
      // HQ falls ~1 km into the generalised East River. Central Park is still land.
      assertThat(isLand(map, -73.968, 40.749)).as("UN HQ at 50m (generalised away)").isFalse();
      assertThat(isLand(map, -73.96, 40.785)).as("Central Park, New York").isTrue();
    }
    assertThat(isLand(map, 2.35, 48.86)).as("Paris").isTrue();
    assertThat(isLand(map, 33.0, 33.5)).as("eastern Mediterranean").isFalse();
    assertThat(isLand(map, -40.0, 30.0)).as("mid-Atlantic").isFalse();
    assertThat(isLand(map, 51.0, 42.0)).as("Caspian Sea (a hole in the land)").isFalse();
  }

  @ParameterizedTest
  @EnumSource(BasemapScale.class)
  void antarcticaAndTheFarEastAreLandWithoutWrapping(BasemapScale scale) {
    Basemap map = MAPS.get(scale);
    assertThat(isLand(map, 0.0, -80.0)).as("Antarctica").isTrue();
    // Natural Earth's Antarctica stops at the grounding line (about 84.5°S at 180°), so the
    // Ross Ice Shelf in front of it is sea; the pole-side closure must still be land.
    assertThat(isLand(map, 179.5, -86.0)).as("Antarctica just west of 180").isTrue();
    assertThat(isLand(map, -179.5, -86.0)).as("Antarctica just east of -180").isTrue();
    assertThat(isLand(map, 180.0 - 1e-6, -89.0)).as("near the south pole").isTrue();
    assertThat(isLand(map, 179.5, -80.0)).as("Ross Ice Shelf").isFalse();
    assertThat(isLand(map, 170.0, 67.0)).as("Chukotka, west of 180").isTrue();
    assertThat(isLand(map, -176.0, 67.0)).as("Chukotka, east of 180 (Russia)").isTrue();
    assertThat(isLand(map, -170.0, 0.0)).as("central Pacific").isFalse();
    assertThat(isLand(map, 0.0, 70.0)).as("Norwegian Sea").isFalse();
  }

  @ParameterizedTest
  @EnumSource(BasemapScale.class)
  void noSegmentJumpsAcrossTheWorldAndAllCoordinatesAreInRange(BasemapScale scale) {
    Basemap map = MAPS.get(scale);
    for (List<GeoPath> layer : List.of(map.land(), map.coastlines(), map.borders())) {
      for (GeoPath path : layer) {
        int n = path.size();
        int segments = path.closed() ? n : n - 1;
        double worst = 0;
        for (int i = 0; i < segments; i++) {
          int j = (i + 1) % n;
          worst = Math.max(worst, Math.abs(path.lon(j) - path.lon(i)));
        }
        assertThat(worst).as("largest longitude step in %s", path).isLessThanOrEqualTo(180.0);
        assertThat(path.minLon()).isGreaterThanOrEqualTo(-180.0 - 1e-9);
        assertThat(path.maxLon()).isLessThanOrEqualTo(180.0 + 1e-9);
        assertThat(path.minLat()).isGreaterThanOrEqualTo(-90.0 - 1e-3);
        assertThat(path.maxLat()).isLessThanOrEqualTo(90.0);
      }
    }
  }

  @ParameterizedTest
  @EnumSource(BasemapScale.class)
  void linesNeverRunAlongTheMapEdge(BasemapScale scale) {
    // Natural Earth cuts Russia and Fiji along ±180; those cut edges are not coastline and
    // would show as vertical strokes at the edge of the map.
    Basemap map = MAPS.get(scale);
    for (List<GeoPath> layer : List.of(map.coastlines(), map.borders())) {
      for (GeoPath path : layer) {
        int n = path.size();
        int segments = path.closed() ? n : n - 1;
        for (int i = 0; i < segments; i++) {
          int j = (i + 1) % n;
          boolean alongEdge = Math.abs(path.lon(i)) > 179.9999 && Math.abs(path.lon(j)) > 179.9999;
          boolean alongPole = path.lat(i) < -89.99 && path.lat(j) < -89.99;
          assertThat(alongEdge || alongPole).as("segment %d of %s", i, path).isFalse();
        }
      }
    }
  }

  @ParameterizedTest
  @EnumSource(BasemapScale.class)
  void labelsSitInsideTheirCountries(BasemapScale scale) {
    Basemap map = MAPS.get(scale);
    // Reference boxes from the countries' real extents, slightly padded.
    assertLabelIn(map, "Israel", 34.2, 29.4, 35.95, 33.4);
    assertLabelIn(map, "Egypt", 24.6, 21.9, 36.95, 31.7);
    assertLabelIn(map, "Qatar", 50.7, 24.45, 51.7, 26.2);
    assertLabelIn(map, "Saudi Arabia", 34.5, 16.3, 55.7, 32.2);
    assertLabelIn(map, "United States of America", -125.0, 24.5, -66.9, 49.4); // lower 48
    assertLabelIn(map, "Cyprus", 32.2, 34.5, 34.1, 35.2);
    assertLabelIn(map, "Jordan", 34.9, 29.1, 39.35, 33.4);
    assertLabelIn(map, "Lebanon", 35.1, 33.05, 36.65, 34.7);
    assertLabelIn(map, "Russia", 27.0, 41.0, 180.0, 78.0);

    CountryLabel israel = label(map, "Israel");
    assertThat(Math.hypot(israel.lon() - 35.0, israel.lat() - 31.4))
        .as("Israel label distance from (35.0, 31.4)")
        .isLessThan(1.0);
  }

  @ParameterizedTest
  @EnumSource(BasemapScale.class)
  void labelsAreOrderedByAreaAndAreasAreRealistic(BasemapScale scale) {
    List<CountryLabel> labels = MAPS.get(scale).labels();
    for (int i = 1; i < labels.size(); i++) {
      assertThat(labels.get(i).area()).isLessThanOrEqualTo(labels.get(i - 1).area());
    }
    assertThat(labels.get(0).name()).isEqualTo("Russia");
    // One equatorial square degree is about 12,364 km²; Russia is about 17.1 million km².
    assertThat(label(MAPS.get(scale), "Russia").area() * 12_364).isBetween(15.5e6, 18.5e6);
    assertThat(label(MAPS.get(scale), "Israel").area() * 12_364).isBetween(15e3, 30e3);
    assertThat(label(MAPS.get(scale), "Canada").area())
        .isGreaterThan(label(MAPS.get(scale), "Egypt").area());
  }

  @Test
  void loadingIsFast() throws IOException {
    for (BasemapScale scale : BasemapScale.values()) {
      long best = Long.MAX_VALUE;
      for (int run = 0; run < 3; run++) {
        long start = System.nanoTime();
        Basemap.load(scale);
        best = Math.min(best, System.nanoTime() - start);
      }
      System.out.printf("%s: warm load %.1f ms (best of 3)%n", scale, best / 1e6);
      // Generous bound for a loaded 2-core CI machine; typical is a small fraction of it.
      assertThat(best / 1_000_000).as("%s load time in ms", scale).isLessThan(1000);
    }
  }

  private static void assertLabelIn(
      Basemap map, String name, double west, double south, double east, double north) {
    CountryLabel label = label(map, name);
    assertThat(label.lon()).as("%s label longitude", name).isBetween(west, east);
    assertThat(label.lat()).as("%s label latitude", name).isBetween(south, north);
    assertThat(isLand(map, label.lon(), label.lat())).as("%s label on land", name).isTrue();
  }

  private static CountryLabel label(Basemap map, String name) {
    Optional<CountryLabel> found =
        map.labels().stream().filter(l -> l.name().equals(name)).findFirst();
    assertThat(found).as("label for %s", name).isPresent();
    return found.get();
  }

  /** Even-odd over all land rings, which is how the renderer fills them. */
  static boolean isLand(Basemap map, double lon, double lat) {
    int containing = 0;
    for (GeoPath ring : map.land()) {
      if (ring.contains(lon, lat)) {
        containing++;
      }
    }
    return containing % 2 == 1;
  }

  private static long pointCount(List<GeoPath> paths) {
    long total = 0;
    for (GeoPath path : paths) {
      total += path.size();
    }
    return total;
  }
}
