package org.eventmap.fuzz;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.GZIPOutputStream;

/**
 * Writes basemap bytes in format version 1 ({@code assets/basemap/README.md}), as the converter does,
 * for the basemap's fuzz corpus and its findings' tests. It writes what it is told, valid or not: the
 * bounding box of a path is computed from its points unless given.
 */
final class BasemapBytes {
  static final int LAND = 1;
  static final int COAST = 2;
  static final int BORDERS = 3;
  static final int LABELS = 4;
  static final int CLOSED = 1;
  static final int HOLE = 2;

  private final ByteArrayOutputStream out = new ByteArrayOutputStream();

  /** The header with a grid of hundredths of a degree from (-180, -90): x 0..36000, y 0..18000. */
  static BasemapBytes header(int layerCount) {
    return header(110, 0.01, 0.01, -180, -90, layerCount);
  }

  static BasemapBytes header(int denominator, double lonStep, double latStep, double lonOrigin,
      double latOrigin, int layerCount) {
    BasemapBytes bytes = new BasemapBytes();
    bytes.raw('E', 'M', 'B', 'M', 1, denominator);
    bytes.f64(lonStep).f64(latStep).f64(lonOrigin).f64(latOrigin).varint(layerCount);
    return bytes;
  }

  /** A layer whose payload is the given bytes. */
  BasemapBytes layer(int id, byte[] payload) {
    raw(id);
    varint(payload.length);
    out.writeBytes(payload);
    return this;
  }

  /** The payload of a path layer: one path per {@code {flags, x0, y0, x1, y1, ...}} in grid units. */
  static byte[] paths(int[]... paths) {
    BasemapBytes payload = new BasemapBytes();
    payload.varint(paths.length);
    for (int[] path : paths) {
      int minX = Integer.MAX_VALUE;
      int minY = Integer.MAX_VALUE;
      int maxX = Integer.MIN_VALUE;
      int maxY = Integer.MIN_VALUE;
      for (int i = 1; i < path.length; i += 2) {
        minX = Math.min(minX, path[i]);
        maxX = Math.max(maxX, path[i]);
        minY = Math.min(minY, path[i + 1]);
        maxY = Math.max(maxY, path[i + 1]);
      }
      payload.raw(path[0]).varint((path.length - 1) / 2);
      payload.zigzag(minX).zigzag(minY).varint(maxX - minX).varint(maxY - minY);
      int x = 0;
      int y = 0;
      for (int i = 1; i < path.length; i += 2) {
        payload.zigzag(path[i] - x).zigzag(path[i + 1] - y);
        x = path[i];
        y = path[i + 1];
      }
    }
    return payload.bytes();
  }

  /** The payload of a labels layer from {@code name, x, y, area} quadruples. */
  static byte[] labels(Object... nameXYArea) {
    BasemapBytes payload = new BasemapBytes();
    payload.varint(nameXYArea.length / 4);
    for (int i = 0; i < nameXYArea.length; i += 4) {
      byte[] name = ((String) nameXYArea[i]).getBytes(StandardCharsets.UTF_8);
      payload.varint(name.length);
      payload.out.writeBytes(name);
      payload.zigzag((Integer) nameXYArea[i + 1]).zigzag((Integer) nameXYArea[i + 2]);
      payload.f32(((Number) nameXYArea[i + 3]).floatValue());
    }
    return payload.bytes();
  }

  BasemapBytes raw(int... values) {
    for (int value : values) {
      out.write(value);
    }
    return this;
  }

  BasemapBytes varint(long value) {
    long rest = value;
    while (rest >= 0x80) {
      out.write((int) (rest & 0x7F) | 0x80);
      rest >>>= 7;
    }
    out.write((int) rest);
    return this;
  }

  BasemapBytes zigzag(int value) {
    return varint(Integer.toUnsignedLong((value << 1) ^ (value >> 31)));
  }

  BasemapBytes f64(double value) {
    long bits = Double.doubleToRawLongBits(value);
    for (int shift = 56; shift >= 0; shift -= 8) {
      out.write((int) (bits >>> shift) & 0xFF);
    }
    return this;
  }

  BasemapBytes f32(float value) {
    int bits = Float.floatToRawIntBits(value);
    for (int shift = 24; shift >= 0; shift -= 8) {
      out.write((bits >>> shift) & 0xFF);
    }
    return this;
  }

  byte[] bytes() {
    return out.toByteArray();
  }

  /** The bytes as the asset holds them: one gzip stream. */
  static byte[] gzip(byte[] payload) {
    ByteArrayOutputStream zipped = new ByteArrayOutputStream();
    try (GZIPOutputStream gz = new GZIPOutputStream(zipped)) {
      gz.write(payload);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return zipped.toByteArray();
  }

  /**
   * A small valid basemap: a square island with a lake, its coast, a border across it and two labels,
   * largest first.
   */
  static byte[] smallValid() {
    return header(4)
        .layer(LAND, paths(new int[] {CLOSED, 1000, 1000, 2000, 1000, 2000, 2000, 1000, 2000},
            new int[] {CLOSED | HOLE, 1400, 1400, 1600, 1400, 1500, 1600}))
        .layer(COAST, paths(new int[] {CLOSED, 1000, 1000, 2000, 1000, 2000, 2000, 1000, 2000}))
        .layer(BORDERS, paths(new int[] {0, 1500, 1000, 1500, 2000}))
        .layer(LABELS, labels("Westland", 1200, 1500, 4.5f, "Eastland", 1800, 1500, 2.25f))
        .bytes();
  }
}
