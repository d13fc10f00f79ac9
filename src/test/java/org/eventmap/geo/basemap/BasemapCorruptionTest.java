package org.eventmap.geo.basemap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.Random;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** A damaged asset must fail with a readable IOException, never a runtime exception. */
class BasemapCorruptionTest {
  private static byte[] compressed;
  private static byte[] raw;

  @BeforeAll
  static void readAsset() throws IOException {
    try (InputStream in = Basemap.class.getResourceAsStream(BasemapScale.SMALL_110M.resourcePath())) {
      assertThat(in).as("110m asset on the classpath").isNotNull();
      compressed = in.readAllBytes();
    }
    raw = new GZIPInputStream(new ByteArrayInputStream(compressed)).readAllBytes();
  }

  @Test
  void intactAssetReads() throws IOException {
    Basemap map = Basemap.read(new ByteArrayInputStream(compressed));
    assertThat(map.scale()).isEqualTo(BasemapScale.SMALL_110M);
    assertThat(map.land()).isNotEmpty();
  }

  @Test
  void truncatedGzipFailsWithIoException() {
    for (int length : new int[] {0, 1, 10, 100, compressed.length / 2, compressed.length - 1}) {
      assertFailsCleanly(Arrays.copyOf(compressed, length));
    }
  }

  @Test
  void truncatedPayloadInsideValidGzipFailsWithIoException() throws IOException {
    // Truncation before compression slips past gzip's own checks, so the decoder must catch it.
    for (int length : new int[] {0, 3, 5, 6, 20, 38, 39, 45, raw.length / 3, raw.length - 1}) {
      assertFailsCleanly(gzip(Arrays.copyOf(raw, length)));
    }
  }

  @Test
  void plainTextIsRejected() {
    IOException e = assertFailsCleanly("not a basemap at all".getBytes());
    assertThat(e.getMessage()).contains("gzip");
  }

  @Test
  void wrongMagicIsRejected() throws IOException {
    byte[] bad = raw.clone();
    bad[0] = 'X';
    assertThat(assertFailsCleanly(gzip(bad)).getMessage()).contains("magic");
  }

  @Test
  void unsupportedVersionIsRejected() throws IOException {
    byte[] bad = raw.clone();
    bad[4] = 99;
    assertThat(assertFailsCleanly(gzip(bad)).getMessage()).contains("version 99");
  }

  @Test
  void trailingGarbageIsRejected() throws IOException {
    byte[] bad = Arrays.copyOf(raw, raw.length + 3);
    assertFailsCleanly(gzip(bad));
  }

  @Test
  void randomByteDamageNeverEscapesAsRuntimeException() throws IOException {
    Random random = new Random(20240601);
    int rejected = 0;
    for (int trial = 0; trial < 300; trial++) {
      byte[] bad = raw.clone();
      for (int k = 0; k < 1 + random.nextInt(3); k++) {
        bad[random.nextInt(bad.length)] = (byte) random.nextInt(256);
      }
      Throwable thrown = catchThrowable(() -> Basemap.read(new ByteArrayInputStream(gzip(bad))));
      if (thrown != null) {
        assertThat(thrown).isInstanceOf(IOException.class);
        assertThat(thrown.getMessage()).isNotBlank();
        rejected++;
      }
    }
    // Many single-byte changes land in coordinate deltas and are caught by the bbox check;
    // some (e.g. a label's area) are undetectable, so only require that most are rejected.
    System.out.println("random damage rejected in " + rejected + " of 300 trials");
    assertThat(rejected).isGreaterThan(150);
  }

  @Test
  void missingResourceIsAnIoExceptionToo() {
    assertThatThrownBy(() -> Basemap.read(InputStream.nullInputStream()))
        .isInstanceOf(IOException.class)
        .hasMessageContaining("Corrupt basemap");
  }

  private static IOException assertFailsCleanly(byte[] data) {
    Throwable thrown = catchThrowable(() -> Basemap.read(new ByteArrayInputStream(data)));
    assertThat(thrown).as("reading %d damaged bytes", data.length).isInstanceOf(IOException.class);
    assertThat(thrown.getMessage()).startsWith("Corrupt basemap");
    return (IOException) thrown;
  }

  private static byte[] gzip(byte[] data) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
      gz.write(data);
    }
    return out.toByteArray();
  }
}
