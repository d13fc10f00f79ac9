package org.eventmap.io.hostile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.eventmap.io.MemoryBudget;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Real 5 GB files, sparse (their blocks are not written, so they take no disk), that begin as a file of
 * events: each must be refused before it is read, with the sizes and how to give Eventmap more memory.
 */
class FiveGigabyteFileTest {
  static final long FIVE_GB = 5L << 30;

  @TempDir Path dir;

  /** A sparse file of 5 GB whose first bytes are these. */
  static Path sparse(Path file, String head) throws IOException {
    try (RandomAccessFile out = new RandomAccessFile(file.toFile(), "rw")) {
      out.write(head.getBytes(StandardCharsets.UTF_8));
      out.setLength(FIVE_GB);
    }
    return file;
  }

  /** The command line in a JVM of its own with 1 GB of heap, as {@code java -Xmx1g -jar eventmap.jar validate FILE}. */
  @Test
  void aFileTooLargeForTheHeapIsRefusedBeforeItIsRead() throws Exception {
    Path big = sparse(dir.resolve("big.json"), "{\"format\": \"eventmap/1\", \"title\": \"Big\", \"events\": [\n");
    try {
      String java = ProcessHandle.current().info().command().orElse("java");
      Process validate = new ProcessBuilder(List.of(java, "-Xmx1g", "-cp", System.getProperty("java.class.path"),
          "org.eventmap.Main", "validate", big.toString())).redirectErrorStream(true).start();
      long begun = System.nanoTime();
      assertThat(validate.waitFor(60, TimeUnit.SECONDS)).as("validate ends").isTrue();
      String out = new String(validate.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      assertThat(validate.exitValue()).as(out).isEqualTo(1);
      long maxHeap = 1L << 30; // G1, the JVM's choice here, gives all of -Xmx as maxMemory()
      assertThat(out).startsWith(big + ":1:1: " + MemoryBudget.refusal(MemoryBudget.Family.EVENTMAP, FIVE_GB, maxHeap, 0,
          MemoryBudget.jarAdvice(big.toString())).orElseThrow())
          .contains("is 5.0 GB of an Eventmap dataset, too large for the memory Eventmap may use",
              "Eventmap may use (1.0 GB, enough for up to", "To open it, give Eventmap more memory: java "
                  + MemoryBudget.xmxFor(MemoryBudget.Family.EVENTMAP, FIVE_GB, 0) + " -jar eventmap.jar " + big)
          .contains(big + ": not valid, 1 error")
          .doesNotContain("Exception", "OutOfMemoryError");
      assertThat(Duration.ofNanos(System.nanoTime() - begun)).as("JVM start included").isLessThan(Duration.ofSeconds(60));
    } finally {
      Files.delete(big);
    }
  }

  /** In this JVM, through the registry as the app reads: StoryMapJS needs the most heap per byte. */
  @Test
  void aStoryMapOfFiveGigabytesIsRefusedInThisJvm() throws IOException {
    assumeTrue(MemoryBudget.heapNeeded(MemoryBudget.Family.STORYMAP, FIVE_GB) > Runtime.getRuntime().maxMemory(),
        "this JVM's heap is smaller than a 5 GB StoryMapJS file needs");
    Path big = sparse(dir.resolve("big-story.json"), "{\"storymap\": {\"slides\": [\n");
    try {
      HostileFiles.Read read = HostileFiles.read(big);
      assertThat(read.error().message()).isEqualTo(MemoryBudget.refusal(MemoryBudget.Family.STORYMAP, FIVE_GB,
          Runtime.getRuntime().maxMemory(), 0, MemoryBudget.jarAdvice(big.toString())).orElseThrow());
      assertThat(read.took()).as("refused without reading").isLessThan(Duration.ofSeconds(2));
    } finally {
      Files.delete(big);
    }
  }
}
