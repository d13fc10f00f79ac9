package org.eventmap.io.hostile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.atomic.AtomicBoolean;
import org.eventmap.io.Problem;
import org.eventmap.io.ProgressInputStream;
import org.eventmap.io.ProgressListener;
import org.eventmap.io.ReadOptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A file that changes while it is read, changed deterministically: when the reader has read its first
 * megabyte (its progress listener hears of every megabyte), the test changes the file. The result must
 * be a consistent version or an error that says so, never a mixture shown as a good dataset.
 */
class ChangingFileTest {
  @TempDir Path dir;

  @BeforeAll
  static void zones() {
    HostileFiles.zonesLoaded();
  }

  interface Change {
    void apply(Path file) throws IOException;
  }

  /** Reads the file, changing it once the reader has read a megabyte. */
  private HostileFiles.Read readChangingAfterAMegabyte(Path file, Change change) {
    AtomicBoolean changed = new AtomicBoolean();
    ProgressListener changeOnce = (read, total) -> {
      if (read >= 1 << 20 && changed.compareAndSet(false, true)) {
        try {
          change.apply(file);
        } catch (IOException e) {
          throw new java.io.UncheckedIOException(e);
        }
      }
      return true;
    };
    HostileFiles.Read read = HostileFiles.read(file, ReadOptions.NONE, changeOnce);
    assertThat(changed).as("the file was changed during the read").isTrue();
    return read;
  }

  private Path bigFile(String kind) throws IOException {
    return kind.equals("csv") ? HostileFiles.write(dir.resolve("rows.csv"), HostileFiles.csv(60_000))
        : HostileFiles.write(dir.resolve("events.json"), HostileFiles.eventmapDataset(30_000));
  }

  @ParameterizedTest
  @ValueSource(strings = {"json", "csv"})
  void theSameFileUnchangedReadsWell(String kind) throws IOException {
    Path file = bigFile(kind);
    assertThat(Files.size(file)).isGreaterThan(2L << 20);
    HostileFiles.Read read = HostileFiles.read(file);
    assertThat(read.result().errors()).isEmpty();
    assertThat(read.result().dataset().orElseThrow().events()).hasSize(kind.equals("csv") ? 60_000 : 30_000);
  }

  @ParameterizedTest
  @ValueSource(strings = {"json", "csv"})
  void aFileThatGrowsWhileItIsReadIsNotShownAsGood(String kind) throws IOException {
    Path file = bigFile(kind);
    long size = Files.size(file);
    String more = kind.equals("csv") ? HostileFiles.csv(20_000).substring("date,lat,lon,title\n".length())
        : " ".repeat(1 << 20);
    Problem error = readChangingAfterAMegabyte(file, f -> Files.writeString(f, more, StandardOpenOption.APPEND)).error();
    assertThat(error.message()).startsWith("changed while it was read (" + size + " bytes when it was opened, "
        + (size + more.length()) + " bytes now)");
  }

  @ParameterizedTest
  @ValueSource(strings = {"json", "csv"})
  void aFileCutToHalfWhileItIsReadIsNotShownAsGood(String kind) throws IOException {
    Path file = bigFile(kind);
    long size = Files.size(file);
    Problem error = readChangingAfterAMegabyte(file, f -> {
      try (FileChannel channel = FileChannel.open(f, StandardOpenOption.WRITE)) {
        channel.truncate(size / 2);
      }
    }).error();
    assertThat(error.message()).startsWith("changed while it was read (" + size + " bytes when it was opened, "
        + size / 2 + " bytes now)");
  }

  @ParameterizedTest
  @ValueSource(strings = {"json", "csv"})
  void aFileDeletedWhileItIsReadIsNotShownAsGood(String kind) throws IOException {
    Path file = bigFile(kind);
    Problem error = readChangingAfterAMegabyte(file, Files::delete).error();
    assertThat(error.message()).isEqualTo("was deleted or moved away while it was read: nothing of it is shown");
  }

  @ParameterizedTest
  @ValueSource(strings = {"json", "csv"})
  void aFileReplacedByARenameWhileItIsReadIsNotShownAsGood(String kind) throws IOException {
    Path file = bigFile(kind);
    Path other = dir.resolve("other");
    Files.writeString(other, kind.equals("csv") ? HostileFiles.csv(3) : HostileFiles.eventmapDataset(3));
    Problem error = readChangingAfterAMegabyte(file,
        f -> Files.move(other, f, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE)).error();
    assertThat(error.message()).isEqualTo("was replaced by another file while it was read: open it again");
  }

  /** A log that is appended to for ever would be read for ever: the stream stops past the size it was opened with. */
  @Test
  void aStreamLongerThanTheFileWasWhenOpenedEndsTheRead() {
    InputStream endless = new InputStream() {
      @Override
      public int read() {
        return ' ';
      }
    };
    assertThatThrownBy(() -> new ProgressInputStream(endless, 1000, ProgressListener.NONE).readNBytes(1 << 20))
        .isInstanceOf(ProgressInputStream.ChangedWhileRead.class)
        .hasMessageStartingWith("the file changed while it was read (1000 bytes when it was opened, at least ");
  }

  @Test
  void aStreamShorterThanTheFileWasWhenOpenedEndsTheRead() {
    assertThatThrownBy(() -> new ProgressInputStream(new ByteArrayInputStream(new byte[600]), 1000, ProgressListener.NONE)
        .readAllBytes()).isInstanceOf(ProgressInputStream.ChangedWhileRead.class)
        .hasMessage("the file changed while it was read (1000 bytes when it was opened, 600 bytes now)");
  }

  @Test
  void aStreamOfUnknownLengthOrOfAZipEntryIsNotChecked() throws IOException {
    assertThat(new ProgressInputStream(new ByteArrayInputStream(new byte[600]), -1, ProgressListener.NONE).readAllBytes())
        .hasSize(600);
    assertThat(new ProgressInputStream(new ByteArrayInputStream(new byte[6000]), 1000, ProgressListener.NONE, n -> n / 10)
        .readAllBytes()).hasSize(6000);
  }
}
