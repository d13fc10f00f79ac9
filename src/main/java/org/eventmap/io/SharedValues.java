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
    byte[] utf8 = s.utf8();
    int from = s.from();
    int to = s.to();
    int mask = keys.length - 1;
    int slot = hash(utf8, from, to) & mask;
    for (byte[] key; (key = keys[slot]) != null; slot = (slot + 1) & mask) {
      if (sameBytes(key, utf8, from, to)) {
        return (V) values[slot];
      }
    }
    V value = make.apply(s.text());
    if (value != null) {
      keys[slot] = Arrays.copyOfRange(utf8, from, to);
      values[slot] = value;
      if (++size > keys.length / 2) {
        grow();
      }
    }
    return value;
  }

  /** A plain loop: these keys are short, and {@code Arrays.equals} costs more to start than that. */
  static boolean sameBytes(byte[] key, byte[] bytes, int from, int to) {
    if (key.length != to - from) {
      return false;
    }
    for (int i = 0; i < key.length; i++) {
      if (key[i] != bytes[from + i]) {
        return false;
      }
    }
    return true;
  }

  private static int hash(byte[] bytes, int from, int to) {
    int h = 0;
    for (int i = from; i < to; i++) {
      h = 31 * h + bytes[i];
    }
    return h ^ (h >>> 16);
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
