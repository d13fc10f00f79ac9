package org.eventmap.io.csv;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import org.eventmap.geo.ZoneLookup;
import org.eventmap.io.LoadResult;
import org.eventmap.io.ProgressListener;
import org.eventmap.io.ReadOptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Found by fuzzing: the layout compared the header's names for every role and alias it looked for,
 * normalising every name again each time, so a header of long names allocated hundreds of times the file.
 */
class LongHeaderNamesTest {
  @TempDir Path dir;

  @Test
  void aHeaderOfLongNamesIsNormalisedOnceNotForEveryRoleLookedFor() throws Exception {
    StringBuilder header = new StringBuilder();
    for (int i = 0; i < 40; i++) {
      header.append(i == 0 ? "" : ",").append("Column ").append(i).append(" ").append("x".repeat(1000));
    }
    Path file = Files.writeString(dir.resolve("long-names.csv"), header + "\n2024-03-22,51.5,-0.1,a\n");
    CsvFormat format = new CsvFormat(ZoneLookup.NONE);
    format.read(file, ReadOptions.NONE, ProgressListener.NONE); // classes loaded, caches warm

    var threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
    long before = threads.getCurrentThreadAllocatedBytes();
    LoadResult read = format.read(file, ReadOptions.NONE, ProgressListener.NONE);
    long allocated = threads.getCurrentThreadAllocatedBytes() - before;

    assertThat(read.question()).as("no column says date or coordinates: the person is asked").isPresent();
    assertThat(allocated).as("bytes allocated reading a %d-byte file", Files.size(file)).isLessThan(2L << 20);
  }
}
