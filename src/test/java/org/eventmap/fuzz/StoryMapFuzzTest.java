package org.eventmap.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import org.eventmap.io.storymap.StoryMapFormat;
import org.eventmap.geo.ZoneLookup;
import org.eventmap.io.ProgressListener;
import org.eventmap.io.ReadOptions;

/** Any bytes given to the StoryMapJS reader. */
class StoryMapFuzzTest {
  private static final ReaderContract CONTRACT = new ReaderContract("StoryMapFuzzTest");

  @FuzzTest(maxDuration = "60s")
  void anyBytes(byte[] input) {
    StoryMapFormat format = new StoryMapFormat(ZoneLookup.NONE);
    CONTRACT.check(input, "json", file -> format.read(file, ReadOptions.NONE, ProgressListener.NONE));
  }
}
