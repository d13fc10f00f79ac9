package org.eventmap.io.hostile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.RandomAccessFile;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.eventmap.cli.EventmapCommand;
import org.eventmap.io.MemoryBudget;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * A real 5 GB file, sparse (its blocks are not written, so it takes no disk), that begins as an Eventmap
 * dataset: it must be refused before it is read, with the sizes and how to give Eventmap more memory.
 */
class FiveGigabyteFileTest {
  private static final long FIVE_GB = 5L << 30;

  @TempDir Path dir;
  private Path big;

  @BeforeEach
  void sparseFile() throws IOException {
    big = dir.resolve("big.json");
    try (RandomAccessFile file = new RandomAccessFile(big.toFile(), "rw")) {
      file.write("{\"format\": \"eventmap/1\", \"title\": \"Big\", \"events\": [\n".getBytes(StandardCharsets.UTF_8));
      file.setLength(FIVE_GB);
    }
  }

  @AfterEach
  void deleted() throws IOException {
    Files.deleteIfExists(big);
  }

  @Test
  void aFileTooLargeForTheHeapIsRefusedBeforeItIsRead() {
    long maxHeap = Runtime.getRuntime().maxMemory();
    assumeTrue(MemoryBudget.heapNeeded(MemoryBudget.Family.EVENTMAP, FIVE_GB) > maxHeap,
        "this JVM's heap is too small for the file (it is " + maxHeap / (1 << 20) + " MB)");
    HostileFiles.Read read = HostileFiles.read(big);
    assertThat(read.error().message()).isEqualTo(
        MemoryBudget.refusal(MemoryBudget.Family.EVENTMAP, FIVE_GB, maxHeap, 0, MemoryBudget.jarAdvice(big.toString())).orElseThrow())
        .startsWith("is 5.0 GB of an Eventmap dataset, too large for the memory Eventmap may use")
        .contains(" -jar eventmap.jar " + big);
    assertThat(read.took()).as("refused without reading").isLessThan(java.time.Duration.ofSeconds(2));

    StringWriter out = new StringWriter();
    CommandLine cl = EventmapCommand.commandLine();
    cl.setOut(new PrintWriter(out));
    cl.setErr(new PrintWriter(out));
    assertThat(cl.execute("validate", big.toString())).isEqualTo(1);
    assertThat(out.toString()).contains(big + ":1:1: is 5.0 GB of an Eventmap dataset");
  }
}
