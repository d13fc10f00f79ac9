package org.eventmap.fuzz;

import static org.eventmap.fuzz.BasemapBytes.BORDERS;
import static org.eventmap.fuzz.BasemapBytes.CLOSED;
import static org.eventmap.fuzz.BasemapBytes.COAST;
import static org.eventmap.fuzz.BasemapBytes.HOLE;
import static org.eventmap.fuzz.BasemapBytes.LABELS;
import static org.eventmap.fuzz.BasemapBytes.LAND;
import static org.eventmap.fuzz.BasemapBytes.gzip;
import static org.eventmap.fuzz.BasemapBytes.header;
import static org.eventmap.fuzz.BasemapBytes.labels;
import static org.eventmap.fuzz.BasemapBytes.paths;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The kept corpus of {@link BasemapFuzzTest}, made here rather than copied from the shipped assets.
 * {@code BasemapCorpusTest} checks that the files in the repository are what this writes; after a change,
 * write them again with {@code java -cp target/classes:target/test-classes org.eventmap.fuzz.BasemapCorpus}
 * from the project folder.
 */
final class BasemapCorpus {
  static final Path FOLDER = Path.of("src/test/resources/org/eventmap/fuzz/BasemapFuzzTestInputs");
  /** Points that are all the same take two zero bytes each, which gzip squeezes a thousandfold. */
  static final int BOMB_POINTS = 4_000_000;

  private BasemapCorpus() {}

  public static void main(String[] args) throws IOException {
    write("payload", payloads());
    write("anyBytes", assets());
  }

  private static void write(String method, Map<String, byte[]> inputs) throws IOException {
    Path folder = FOLDER.resolve(method);
    Files.createDirectories(folder);
    for (Map.Entry<String, byte[]> input : inputs.entrySet()) {
      Files.write(folder.resolve(input.getKey()), input.getValue());
    }
  }

  /** Inputs of {@code payload}: what is inside the gzip stream, valid and broken. */
  static Map<String, byte[]> payloads() {
    byte[] valid = BasemapBytes.smallValid();
    byte[] land = paths(new int[] {CLOSED, 1000, 1000, 2000, 1000, 2000, 2000});
    byte[] coast = paths(new int[] {CLOSED, 1000, 1000, 2000, 1000, 2000, 2000});
    byte[] borders = paths(new int[] {0, 1500, 1000, 1500, 2000});
    byte[] labels = labels("Middle", 1500, 1500, 1f);
    Map<String, byte[]> inputs = new LinkedHashMap<>();
    inputs.put("valid.bin", valid);
    inputs.put("empty.bin", new byte[0]);
    inputs.put("truncated.bin", Arrays.copyOf(valid, valid.length / 2));
    inputs.put("header-only.bin", header(0).bytes());
    inputs.put("trailing-bytes.bin", Arrays.copyOf(valid, valid.length + 3));
    inputs.put("bad-magic.bin", replaced(valid, 0, 'X'));
    inputs.put("version-2.bin", replaced(valid, 4, 2));
    inputs.put("unknown-scale.bin", replaced(valid, 5, 25));
    inputs.put("unknown-layer-skipped.bin", header(5).layer(9, new byte[] {1, 2, 3})
        .layer(LAND, land).layer(COAST, coast).layer(BORDERS, borders).layer(LABELS, labels).bytes());
    inputs.put("missing-labels.bin", header(3).layer(LAND, land).layer(COAST, coast).layer(BORDERS, borders).bytes());
    inputs.put("two-land-layers.bin", header(5).layer(LAND, land).layer(LAND, land)
        .layer(COAST, coast).layer(BORDERS, borders).layer(LABELS, labels).bytes());
    inputs.put("layer-longer-than-file.bin", header(1).raw(LAND).varint(1_000_000).bytes());
    // The layer count, after the 38 bytes of the rest of the header, in six bytes: more than an int holds.
    inputs.put("varint-too-long.bin", concat(Arrays.copyOf(valid, 38), new byte[] {-1, -1, -1, -1, -1, 1}));
    inputs.put("grid-zero-step.bin", withLayers(header(110, 0, 0.01, -180, -90, 4), land, coast, borders, labels));
    inputs.put("grid-nan-origin.bin", withLayers(header(110, 0.01, 0.01, Double.NaN, -90, 4), land, coast, borders, labels));
    inputs.put("huge-path-count.bin", withLayers(header(4), new BasemapBytes().varint(Integer.MAX_VALUE).bytes(),
        coast, borders, labels));
    inputs.put("huge-point-count.bin", withLayers(header(4),
        new BasemapBytes().varint(1).raw(CLOSED).varint(Integer.MAX_VALUE).raw(0, 0, 0, 0).bytes(), coast, borders, labels));
    inputs.put("one-point-line.bin", withLayers(header(4), land, coast, paths(new int[] {0, 1500, 1000}), labels));
    inputs.put("box-not-matching-points.bin", withLayers(header(4),
        new BasemapBytes().varint(1).raw(CLOSED).varint(3).zigzag(0).zigzag(0).varint(5).varint(5)
            .zigzag(1).zigzag(1).zigzag(1).zigzag(1).zigzag(1).zigzag(1).bytes(), coast, borders, labels));
    inputs.put("unknown-flags.bin", withLayers(header(4), paths(new int[] {8, 1000, 1000, 2000, 1000, 2000, 2000}),
        coast, borders, labels));
    inputs.put("hole-in-a-coastline.bin", withLayers(header(4), land,
        paths(new int[] {CLOSED | HOLE, 1000, 1000, 2000, 1000, 2000, 2000}), borders, labels));
    // The grid puts x = 0 at longitude 0: x = 30000 is 300° east, beyond the antimeridian.
    inputs.put("beyond-the-antimeridian.bin", withLayers(header(110, 0.01, 0.01, 0, -90, 4), land, coast,
        paths(new int[] {0, 1500, 1000, 30000, 1000}), labels));
    inputs.put("beyond-the-pole.bin", withLayers(header(4), land, coast, paths(new int[] {0, 1500, 1000, 1500, 25000}),
        labels));
    // Both ends are on the map, but the line between them crosses it all: the renderer draws no wrap.
    inputs.put("segment-across-the-map.bin", withLayers(header(4), land, coast,
        paths(new int[] {0, 100, 9000, 35900, 9000}), labels));
    inputs.put("labels-smallest-first.bin", withLayers(header(4), land, coast, borders,
        labels("Small", 1200, 1500, 1f, "Large", 1800, 1500, 9f)));
    inputs.put("label-outside-the-world.bin", withLayers(header(4), land, coast, borders,
        labels("Nowhere", 1500, 40000, 1f)));
    inputs.put("label-empty-name.bin", withLayers(header(4), land, coast, borders, labels("", 1500, 1500, 1f)));
    inputs.put("label-negative-area.bin", withLayers(header(4), land, coast, borders, labels("Less", 1500, 1500, -1f)));
    inputs.put("label-nan-area.bin", withLayers(header(4), land, coast, borders,
        labels("Unknown", 1500, 1500, Float.NaN)));
    inputs.put("label-name-not-utf8.bin", withLayers(header(4), land, coast, borders,
        new BasemapBytes().varint(1).varint(2).raw(0xC3, 0x28).zigzag(1500).zigzag(1500).f32(1f).bytes()));
    return inputs;
  }

  /** Inputs of {@code anyBytes}: the asset's bytes, gzip layer and all. */
  static Map<String, byte[]> assets() {
    byte[] valid = gzip(BasemapBytes.smallValid());
    Map<String, byte[]> inputs = new LinkedHashMap<>();
    inputs.put("valid.bin.gz", valid);
    inputs.put("empty.bin.gz", new byte[0]);
    inputs.put("not-gzip.bin.gz", "EMBM is not what a basemap starts with".getBytes(StandardCharsets.US_ASCII));
    inputs.put("truncated-gzip.bin.gz", Arrays.copyOf(valid, valid.length / 2));
    inputs.put("gzip-of-nothing.bin.gz", gzip(new byte[0]));
    inputs.put("wrong-checksum.bin.gz", replaced(valid, valid.length - 6, valid[valid.length - 6] ^ 0x55));
    byte[] plain = BasemapBytes.smallValid();
    inputs.put("two-gzip-members.bin.gz", concat(gzip(Arrays.copyOf(plain, 20)),
        gzip(Arrays.copyOfRange(plain, 20, plain.length))));
    inputs.put("garbage-after-gzip.bin.gz", concat(valid, "garbage".getBytes(StandardCharsets.US_ASCII)));
    inputs.put("zero-points-bomb.bin.gz", gzip(zeroPointsBomb()));
    return inputs;
  }

  /**
   * A well-formed basemap whose one land ring is {@link #BOMB_POINTS} times the point (0, 0): megabytes
   * of zeros once inflated, a few kilobytes as an asset.
   */
  static byte[] zeroPointsBomb() {
    byte[] ring = new BasemapBytes().varint(1).raw(CLOSED).varint(BOMB_POINTS).raw(0, 0, 0, 0).bytes();
    byte[] land = concat(ring, new byte[2 * BOMB_POINTS]);
    return withLayers(header(4), land, paths(new int[] {0, 0, 0, 10, 10}), paths(new int[] {0, 0, 0, 10, 10}),
        labels("Zero", 0, 0, 1f));
  }

  private static byte[] withLayers(BasemapBytes header, byte[] land, byte[] coast, byte[] borders, byte[] labels) {
    return header.layer(LAND, land).layer(COAST, coast).layer(BORDERS, borders).layer(LABELS, labels).bytes();
  }

  private static byte[] replaced(byte[] bytes, int at, int value) {
    byte[] copy = bytes.clone();
    copy[at] = (byte) value;
    return copy;
  }

  private static byte[] concat(byte[] a, byte[] b) {
    byte[] joined = Arrays.copyOf(a, a.length + b.length);
    System.arraycopy(b, 0, joined, a.length, b.length);
    return joined;
  }
}
