package org.eventmap.io;

import java.util.Arrays;
import java.util.function.Function;
import org.eventmap.io.JsonTree.Str;

/**
 * Values found by the UTF-8 bytes of a text, such as the one copy of an actor's name or the place an id
 * names: a file names the same few thousand of them millions of times, and looking them up by their
 * bytes spares making (and hashing) a string each time. One per mapper, so not for several threads; the
 * values themselves come from the mapper's shared {@link DatasetMapper.Context}.
 */
final class SharedValues<V> {
  private static final java.lang.invoke.VarHandle EIGHT_BYTES = java.lang.invoke.MethodHandles
      .byteArrayViewVarHandle(long[].class, java.nio.ByteOrder.LITTLE_ENDIAN);
  private byte[][] keys = new byte[64][];
  private Object[] values = new Object[64];
  private int size;

  /**
   * The value for the string's text: the one found before for the same bytes, or {@code make} of its
   * text (remembered unless null).
   */
  @SuppressWarnings("unchecked")
  V get(Str s, Function<String, V> make) {
    if (!s.hasUtf8()) {
      return make.apply(s.text());
    }
    return get(s.utf8(), s.from(), s.to(), make);
  }

  /** As {@link #get(Str, Function)} for the text {@code utf8[from, to)}, well-formed UTF-8. */
  @SuppressWarnings("unchecked")
  V get(byte[] utf8, int from, int to, Function<String, V> make) {
    int mask = keys.length - 1;
    int slot = hash(utf8, from, to) & mask;
    for (byte[] key; (key = keys[slot]) != null; slot = (slot + 1) & mask) {
      if (sameBytes(key, utf8, from, to)) {
        return (V) values[slot];
      }
    }
    V value = make.apply(new String(utf8, from, to - from, java.nio.charset.StandardCharsets.UTF_8));
    if (value != null) {
      keys[slot] = Arrays.copyOfRange(utf8, from, to);
      values[slot] = value;
      if (++size > keys.length / 2) {
        grow();
      }
    }
    return value;
  }

  /** A plain loop for short keys (most are), which {@code Arrays.equals} costs more to start than. */
  static boolean sameBytes(byte[] key, byte[] bytes, int from, int to) {
    if (key.length != to - from) {
      return false;
    }
    if (key.length >= 16) {
      return Arrays.equals(key, 0, key.length, bytes, from, to);
    }
    for (int i = 0; i < key.length; i++) {
      if (key[i] != bytes[from + i]) {
        return false;
      }
    }
    return true;
  }

  /** Eight bytes at a time: place ids, actors and publishers are tens of bytes, looked up millions of times. */
  private static int hash(byte[] bytes, int from, int to) {
    long h = to - from;
    int i = from;
    for (; i + Long.BYTES <= to; i += Long.BYTES) {
      h = (h ^ (long) EIGHT_BYTES.get(bytes, i)) * 0x9e3779b97f4a7c15L;
    }
    for (; i < to; i++) {
      h = (h ^ bytes[i]) * 0x9e3779b97f4a7c15L;
    }
    return (int) (h ^ (h >>> 29) ^ (h >>> 41));
  }

  private void grow() {
    byte[][] oldKeys = keys;
    Object[] oldValues = values;
    keys = new byte[oldKeys.length * 2][];
    values = new Object[oldKeys.length * 2];
    int mask = keys.length - 1;
    for (int i = 0; i < oldKeys.length; i++) {
      if (oldKeys[i] != null) {
        int slot = hash(oldKeys[i], 0, oldKeys[i].length) & mask;
        while (keys[slot] != null) {
          slot = (slot + 1) & mask;
        }
        keys[slot] = oldKeys[i];
        values[slot] = oldValues[i];
      }
    }
  }
}
