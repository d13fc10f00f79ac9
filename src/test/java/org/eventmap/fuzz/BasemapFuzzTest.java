package org.eventmap.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.List;
import java.util.regex.Pattern;
import org.eventmap.geo.ProjectedBasemap;
import org.eventmap.geo.basemap.Basemap;
import org.eventmap.geo.basemap.CountryLabel;
import org.eventmap.geo.basemap.GeoPath;

/**
 * Any bytes as the basemap asset the map is drawn from ({@code Basemap.read}, then {@code
 * ProjectedBasemap.of}, as {@code BasemapLibrary} loads it): as they are, and gzipped by the test, as
 * a mutated asset almost never passes gzip's checksum and the decoder behind it would go unfuzzed.
 * Either a basemap that keeps what {@code GeoPath}, {@code Basemap} and {@code CountryLabel} promise
 * the renderer, or an {@link IOException} saying in words what is wrong; never another exception; the
 * same answer twice; bounded time and memory.
 */
class BasemapFuzzTest {
  private static final ReaderContract CONTRACT = new ReaderContract("BasemapFuzzTest");
  /** A refusal names what is wrong with the file, not a Java class. */
  private static final Pattern JAVA_NAME = Pattern.compile("\\b\\w+(Exception|Error)\\b|\\bjava\\.");

  @FuzzTest(maxDuration = "60s")
  void anyBytes(byte[] asset) {
    check(asset);
  }

  @FuzzTest(maxDuration = "60s")
  void payload(byte[] inflated) {
    check(BasemapBytes.gzip(inflated));
  }

  /** What a read gave: a basemap, or the refusal's message. */
  record Reading(Basemap basemap, String refusal) {}

  static Reading check(byte[] asset) {
    ReaderContract.Reads<Reading> reads = CONTRACT.twice(asset.length, () -> read(asset));
    Reading first = reads.first();
    if (first.basemap() != null) {
      assertKeepsItsPromises(first.basemap());
    } else {
      assertTrue(first.refusal() != null && first.refusal().startsWith("Corrupt basemap: "),
          () -> "a refusal says that the basemap is corrupt: " + first.refusal());
      assertFalse(JAVA_NAME.matcher(first.refusal()).find(),
          () -> "a refusal says what is wrong in words: " + first.refusal());
    }
    assertSameAnswer(first, reads.again());
    return first;
  }

  static Reading read(byte[] asset) {
    try {
      Basemap basemap = Basemap.read(new ByteArrayInputStream(asset));
      ProjectedBasemap.of(basemap);
      return new Reading(basemap, null);
    } catch (IOException refused) {
      return new Reading(null, refused.getMessage());
    }
  }

  static void assertKeepsItsPromises(Basemap basemap) {
    assertPaths("land", basemap.land(), true);
    assertPaths("coastline", basemap.coastlines(), false);
    assertPaths("border", basemap.borders(), false);
    double previousArea = Double.POSITIVE_INFINITY;
    for (CountryLabel label : basemap.labels()) {
      assertFalse(label.name().isEmpty(), () -> "a label has a name: " + label);
      assertOnTheMap(label.lon(), label.lat(), "label " + label);
      assertTrue(Double.isFinite(label.area()) && label.area() >= 0, () -> "a label's area is a size: " + label);
      assertTrue(label.area() <= previousArea, () -> "labels come largest first: " + label);
      previousArea = label.area();
    }
  }

  /** Coordinates on the map, and no segment wider than half the world: the renderer draws no wrap. */
  private static void assertPaths(String kind, List<GeoPath> paths, boolean holesAllowed) {
    for (GeoPath path : paths) {
      assertTrue(path.size() >= (path.closed() ? 3 : 2), () -> "a " + kind + " path has enough points: " + path);
      assertTrue(holesAllowed || !path.hole(), () -> "only land has holes: " + path);
      for (int i = 0; i < path.size(); i++) {
        assertOnTheMap(path.lon(i), path.lat(i), kind + " " + path + " point " + i);
        int next = i + 1 < path.size() ? i + 1 : path.closed() ? 0 : -1;
        if (next >= 0) {
          double width = Math.abs(path.lon(next) - path.lon(i));
          int point = i;
          assertTrue(width <= 180, () -> "a " + kind + " segment spans " + width + "° of longitude: " + path
              + " point " + point);
        }
      }
    }
  }

  /** The converter closes Antarctica along the pole as its grid has it, up to 0.001° beyond. */
  private static void assertOnTheMap(double lon, double lat, String what) {
    assertTrue(lon >= -180 && lon <= 180 && Math.abs(lat) <= 90.001,
        () -> what + " is off the map at " + lon + ", " + lat);
  }

  private static void assertSameAnswer(Reading first, Reading again) {
    assertEquals(first.refusal(), again.refusal(), "the same bytes are refused the same");
    if (first.basemap() != null) {
      assertEquals(first.basemap().scale(), again.basemap().scale(), "the same bytes give the same scale");
      assertEquals(first.basemap().land(), again.basemap().land(), "the same bytes give the same land");
      assertEquals(first.basemap().coastlines(), again.basemap().coastlines(), "the same coastlines");
      assertEquals(first.basemap().borders(), again.basemap().borders(), "the same borders");
      assertEquals(first.basemap().labels(), again.basemap().labels(), "the same labels");
    }
  }
}
