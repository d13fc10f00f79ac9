package org.eventmap.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import org.eventmap.io.timelinejs.TimelineJsFormat;
import org.eventmap.io.timelinejs.TimelineJsSheetFormat;
import org.eventmap.geo.ZoneLookup;
import org.eventmap.io.ProgressListener;
import org.eventmap.io.ReadOptions;

/** Any bytes given to the TimelineJS readers: its JSON, and its Google sheet saved as CSV. */
class TimelineJsFuzzTest {
  private static final ReaderContract CONTRACT = new ReaderContract("TimelineJsFuzzTest");

  @FuzzTest(maxDuration = "60s")
  void json(byte[] input) {
    TimelineJsFormat format = new TimelineJsFormat(ZoneLookup.NONE);
    CONTRACT.check(input, "json", file -> format.read(file, ReadOptions.NONE, ProgressListener.NONE));
  }

  @FuzzTest(maxDuration = "60s")
  void sheet(byte[] input) {
    TimelineJsSheetFormat format = new TimelineJsSheetFormat(ZoneLookup.NONE);
    CONTRACT.check(input, "csv", file -> format.read(file, ReadOptions.NONE, ProgressListener.NONE));
  }
}
