package org.eventmap.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import org.eventmap.io.timemap.TimemapFormat;
import org.eventmap.io.timemap.TimemapJsFormat;
import org.eventmap.geo.ZoneLookup;
import org.eventmap.io.ProgressListener;
import org.eventmap.io.ReadOptions;

/** Any bytes given to the timemap readers: its JSON, and its JavaScript (a call around the JSON). */
class TimemapFuzzTest {
  private static final ReaderContract CONTRACT = new ReaderContract("TimemapFuzzTest");

  @FuzzTest(maxDuration = "60s")
  void json(byte[] input) {
    TimemapFormat format = new TimemapFormat(ZoneLookup.NONE);
    CONTRACT.check(input, "json", file -> format.read(file, ReadOptions.NONE, ProgressListener.NONE));
  }

  @FuzzTest(maxDuration = "60s")
  void javascript(byte[] input) {
    TimemapJsFormat format = new TimemapJsFormat(ZoneLookup.NONE);
    CONTRACT.check(input, "js", file -> format.read(file, ReadOptions.NONE, ProgressListener.NONE));
  }
}
