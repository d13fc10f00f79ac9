package org.eventmap.io.hostile;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.eventmap.io.MemoryBudget;
import org.eventmap.io.MemoryBudget.Family;
import org.eventmap.io.formats.FormatRegistry;
import org.junit.jupiter.api.Test;

class MemoryBudgetTest {
  private static final long MB = 1L << 20;
  private static final long GB = 1L << 30;

  @Test
  void theHeapNeededIsTheBasePlusTheFactorTimesTheFile() {
    for (Family f : Family.values()) {
      assertThat(MemoryBudget.heapNeeded(f, 0)).isEqualTo(f.baseBytes());
      assertThat(MemoryBudget.heapNeeded(f, 100 * MB)).isEqualTo(f.baseBytes() + (long) Math.ceil(f.heapPerFileByte() * 100 * MB));
    }
  }

  @Test
  void theLargestFileIsTheInverseOfTheHeapNeeded() {
    for (Family f : Family.values()) {
      for (long heap : new long[] {512 * MB, 4 * GB, 12 * GB}) {
        long largest = MemoryBudget.largestFile(f, heap);
        assertThat(MemoryBudget.heapNeeded(f, largest)).as("%s in %d MB", f, heap / MB).isLessThanOrEqualTo(heap);
        assertThat(MemoryBudget.heapNeeded(f, largest + 2)).isGreaterThan(heap);
      }
      assertThat(MemoryBudget.largestFile(f, f.baseBytes() / 2)).as("a heap smaller than the base reads nothing").isZero();
    }
  }

  @Test
  void everyFormatOfTheRegistryHasAFamily() {
    FormatRegistry.formats().forEach(format ->
        assertThat(Family.ofFormat(format.name())).as(format.name()).isPresent());
    assertThat(Family.ofFormat("gpx")).isEmpty();
  }

  @Test
  void aFileThatFitsIsNotRefused() {
    assertThat(MemoryBudget.refusal(Family.EVENTMAP, 100 * MB, 4 * GB, 0, "x")).isEmpty();
  }

  @Test
  void theDatasetOnScreenLeavesLessForTheNextFile() {
    long fits = MemoryBudget.largestFile(Family.CSV, 4 * GB);
    assertThat(MemoryBudget.refusal(Family.CSV, fits, 4 * GB, 0, "x")).isEmpty();
    assertThat(MemoryBudget.refusal(Family.CSV, fits, 4 * GB, GB, "x")).isPresent();
  }

  @Test
  void theRefusalSaysTheSizesWhatFitsAndHowToGiveMore() {
    long file = 5 * GB;
    String message = MemoryBudget.refusal(Family.EVENTMAP, file, 4 * GB, 0, MemoryBudget.jarAdvice("big.json")).orElseThrow();
    long needed = MemoryBudget.heapNeeded(Family.EVENTMAP, file);
    long gib = (needed + GB - 1) / GB;
    assertThat(message).isEqualTo("is 5.0 GB of an Eventmap dataset, too large for the memory Eventmap may use (4.0 GB, "
        + "enough for up to " + MemoryBudget.size(MemoryBudget.largestFile(Family.EVENTMAP, 4 * GB)) + " of this kind). "
        + "To open it, give Eventmap more memory: java -Xmx" + gib + "g -jar eventmap.jar big.json. Reading it needs about "
        + MemoryBudget.size(needed) + " (" + String.format(java.util.Locale.ROOT, "%.2f", Family.EVENTMAP.heapPerFileByte())
        + " × the file + " + MemoryBudget.size(Family.EVENTMAP.baseBytes()) + ").");
  }

  @Test
  void theInstalledAppIsToldItsConfigurationFile() {
    String message = MemoryBudget.refusal(Family.KML, 3 * GB, GB, 0,
        MemoryBudget.installedAdvice("/opt/eventmap/lib/app/Eventmap.cfg")).orElseThrow();
    assertThat(message).contains("give Eventmap more memory: add the line java-options=-Xmx"
        + (MemoryBudget.heapNeeded(Family.KML, 3 * GB) + GB - 1) / GB + "g under [JavaOptions] in "
        + "/opt/eventmap/lib/app/Eventmap.cfg and start Eventmap again. Reading it needs about ");
  }

  @Test
  void theOptionIsInWholeGigabytesAndAtLeastOne() {
    assertThat(MemoryBudget.xmxFor(Family.EVENTMAP, 1, 0)).isEqualTo("-Xmx1g");
    long exactlyTwo = MemoryBudget.largestFile(Family.EVENTMAP, 2 * GB);
    assertThat(MemoryBudget.xmxFor(Family.EVENTMAP, exactlyTwo, 0)).isEqualTo("-Xmx2g");
    assertThat(MemoryBudget.xmxFor(Family.EVENTMAP, exactlyTwo + 10, 0)).isEqualTo("-Xmx3g");
  }

  @Test
  void sizesReadAsPeopleReadThem() {
    assertThat(Arrays.asList(MemoryBudget.size(5 * GB), MemoryBudget.size(740 * MB), MemoryBudget.size(12 * 1024),
        MemoryBudget.size(GB + GB / 2))).containsExactly("5.0 GB", "740 MB", "12 KB", "1.5 GB");
  }
}
