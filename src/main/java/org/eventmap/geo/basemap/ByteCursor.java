package org.eventmap.geo.basemap;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * Bounds-checked reading of the decompressed basemap bytes. Every read that would run past the
 * end reports an {@link IOException} naming the offset, so a truncated or corrupt asset never
 * surfaces as an {@link ArrayIndexOutOfBoundsException} deep inside the renderer.
 */
final class ByteCursor {
  private final byte[] data;
  private final int end;
  private int pos;

  ByteCursor(byte[] data) {
    this(data, 0, data.length);
  }

  /** A cursor over the first {@code length} bytes of the array. */
  ByteCursor(byte[] data, int length) {
    this(data, 0, length);
  }

  private ByteCursor(byte[] data, int start, int end) {
    this.data = data;
    this.pos = start;
    this.end = end;
  }

  int position() {
    return pos;
  }

  int remaining() {
    return end - pos;
  }

  boolean atEnd() {
    return pos >= end;
  }

  int u8() throws IOException {
    require(1);
    return data[pos++] & 0xFF;
  }

  byte[] bytes(int length) throws IOException {
    require(length);
    byte[] out = new byte[length];
    System.arraycopy(data, pos, out, 0, length);
    pos += length;
    return out;
  }

  String utf8(int length) throws IOException {
    require(length);
    String s = new String(data, pos, length, StandardCharsets.UTF_8);
    pos += length;
    return s;
  }

  double f64() throws IOException {
    require(8);
    long bits = 0;
    for (int i = 0; i < 8; i++) {
      bits = (bits << 8) | (data[pos++] & 0xFF);
    }
    return Double.longBitsToDouble(bits);
  }

  float f32() throws IOException {
    require(4);
    int bits = 0;
    for (int i = 0; i < 4; i++) {
      bits = (bits << 8) | (data[pos++] & 0xFF);
    }
    return Float.intBitsToFloat(bits);
  }

  /** Unsigned LEB128 varint that must fit in a non-negative int. */
  int varint() throws IOException {
    int start = pos;
    long value = 0;
    for (int shift = 0; shift < 35; shift += 7) {
      if (pos >= end) {
        throw new IOException("truncated varint at byte " + start);
      }
      int b = data[pos++] & 0xFF;
      value |= (long) (b & 0x7F) << shift;
      if ((b & 0x80) == 0) {
        if (value > Integer.MAX_VALUE) {
          break;
        }
        return (int) value;
      }
    }
    throw new IOException("varint too large at byte " + start);
  }

  /** Zigzag-encoded signed int (0, -1, 1, -2, ... map to 0, 1, 2, 3, ...). */
  int zigzag() throws IOException {
    int v = varint();
    return (v >>> 1) ^ -(v & 1);
  }

  /** A cursor over the next {@code length} bytes; this cursor skips past them. */
  ByteCursor slice(int length) throws IOException {
    require(length);
    ByteCursor slice = new ByteCursor(data, pos, pos + length);
    pos += length;
    return slice;
  }

  private void require(int n) throws IOException {
    if (n < 0 || n > end - pos) {
      throw new IOException("unexpected end of data at byte " + pos + " (needed " + n + " more)");
    }
  }
}
