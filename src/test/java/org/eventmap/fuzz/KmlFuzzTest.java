package org.eventmap.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import org.eventmap.io.kml.KmlFormat;
import org.eventmap.geo.ZoneLookup;
import org.eventmap.io.ProgressListener;
import org.eventmap.io.ReadOptions;

/** Any bytes given to the KML reader, as a .kml file (XML: entities, DTDs, deep nesting). */
class KmlFuzzTest {
  private static final ReaderContract CONTRACT = new ReaderContract("KmlFuzzTest");

  @FuzzTest(maxDuration = "60s")
  void anyBytes(byte[] input) {
    KmlFormat format = new KmlFormat(ZoneLookup.NONE);
    CONTRACT.check(input, "kml", file -> format.read(file, ReadOptions.NONE, ProgressListener.NONE));
  }
}
