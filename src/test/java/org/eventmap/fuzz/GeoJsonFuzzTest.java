package org.eventmap.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import org.eventmap.io.geojson.GeoJsonFormat;
import org.eventmap.geo.ZoneLookup;
import org.eventmap.io.ProgressListener;
import org.eventmap.io.ReadOptions;

/** Any bytes given to the GeoJSON reader, as a .geojson file. */
class GeoJsonFuzzTest {
  private static final ReaderContract CONTRACT = new ReaderContract("GeoJsonFuzzTest");

  @FuzzTest(maxDuration = "60s")
  void anyBytes(byte[] input) {
    GeoJsonFormat format = new GeoJsonFormat(ZoneLookup.NONE);
    CONTRACT.check(input, "geojson", file -> format.read(file, ReadOptions.NONE, ProgressListener.NONE));
  }
}
