package org.eventmap.io.csv;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;
import org.eventmap.domain.Dataset;
import org.eventmap.io.LoadResult;
import org.eventmap.io.ReadOptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Files large enough that their rows are cut on a thread of their own ({@link RowPipeline}). */
class LargeFileTest {
  private static final int ROWS = 120_000;

  private static Path write(Path dir, String lastRow) throws Exception {
    Path file = dir.resolve("large.csv");
    try (BufferedWriter out = Files.newBufferedWriter(file)) {
      out.write("id,date,lat,lon,title,notes\n");
      for (int i = 0; i < ROWS; i++) {
        out.write("r" + i + ",2024-03-" + (10 + i % 20) + "," + (i % 80) + ".5,30.5,row " + i
            + ",\"notes of row " + i + ", with a comma\nand a line break\"\n");
      }
      out.write(lastRow);
    }
    assertThat(Files.size(file)).isGreaterThan(RowPipeline.IN_PARALLEL_FROM);
    return file;
  }

  @Test
  void everyRowOfALargeFileBecomesAnEventWithItsOwnTexts(@TempDir Path dir) throws Exception {
    Dataset d = Fixtures.dataset(Fixtures.read(write(dir, "")));
    assertThat(d.events()).hasSize(ROWS);
    var last = d.events().stream().filter(e -> e.id().equals("r119999")).findFirst().orElseThrow();
    assertThat(last.title()).isEqualTo("row 119999");
    assertThat(last.summary()).isEqualTo("notes of row 119999, with a comma\nand a line break");
    assertThat(last.place().orElseThrow().location().lat()).isEqualTo(79.5);
  }

  @Test
  void aMistakeOnTheLastLineOfALargeFileIsReportedAtItsLine(@TempDir Path dir) throws Exception {
    LoadResult result = Fixtures.read(write(dir, "bad,2024-03-22,95,30.5,x,y\n"));
    // Each row takes two lines: the header, then 120,000 rows of two lines each.
    assertThat(Fixtures.lines(result)).containsExactly("large.csv:" + (2 + 2 * ROWS) + ":16: latitude 95 is not between"
        + " -90 and 90");
  }

  @Test
  void cancellingALargeFileStopsItsReading(@TempDir Path dir) throws Exception {
    Path file = write(dir, "");
    LoadResult result = new CsvFormat().read(file, ReadOptions.NONE, (read, total) -> read < (2 << 20));
    assertThat(result.cancelled()).isTrue();
    assertThat(result.dataset()).isEmpty();
  }

  @Test
  void anInterruptOfTheReadingThreadCancels(@TempDir Path dir) throws Exception {
    Path file = write(dir, "");
    LoadResult[] result = new LoadResult[1];
    CountDownLatch started = new CountDownLatch(1);
    Thread reading = new Thread(() -> result[0] = new CsvFormat().read(file, ReadOptions.NONE, (read, total) -> {
      started.countDown();
      return true;
    }));
    reading.start();
    started.await();
    reading.interrupt(); // as Task.cancel() does
    reading.join(30_000);
    assertThat(reading.isAlive()).isFalse();
    assertThat(result[0].cancelled()).isTrue();
  }

  @Test
  void anInterruptOfTheRowCuttingThreadDoesNotHangTheRead(@TempDir Path dir) throws Exception {
    Path file = write(dir, "");
    LoadResult[] result = new LoadResult[1];
    Thread reading = new Thread(() -> result[0] = new CsvFormat().read(file, ReadOptions.NONE, (read, total) -> {
      // The listener is heard on the thread that cuts the rows.
      Thread.currentThread().interrupt();
      return true;
    }));
    reading.start();
    reading.join(30_000);
    assertThat(reading.isAlive()).isFalse();
    assertThat(result[0].cancelled()).isTrue();
  }
}
