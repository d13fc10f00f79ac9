package org.eventmap.io.geojson;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * GeoJSON wrapped as a script call ({@code eqfeed_callback({...});}, what the USGS feed and others serve
 * for pages to load): it is unwrapped, never run. The call's name and parenthesis are read as blanks so
 * that lines and columns stay those of the file.
 */
final class Jsonp {
  /** A JavaScript name (dots allowed: {@code window.cb}) and an opening parenthesis, before the JSON. */
  private static final Pattern CALL =
      Pattern.compile("\\A(\\uFEFF?)(\\s*)([A-Za-z_$][\\w$]*(?:\\.[A-Za-z_$][\\w$]*)*)\\s*\\(\\s*(?=[\\[{])");

  /** Where the call begins and ends in the file's bytes (the head is ASCII up to there), and its name. */
  record Call(String name, int from, int to) {}

  private Jsonp() {}

  /** The call the text begins with, or null when it is plain JSON. */
  static Call find(String head) {
    Matcher m = CALL.matcher(head);
    if (!m.find()) {
      return null;
    }
    int bom = m.group(1).isEmpty() ? 0 : 3; // three bytes in UTF-8, one char in the text
    int from = bom + m.group(2).length();
    int to = m.end() - m.group(1).length() + bom;
    return new Call(m.group(3), from, to);
  }

  /** The file with the call's bytes read as spaces. */
  static InputStream blanked(InputStream in, Call call) {
    return new FilterInputStream(in) {
      private long at;

      @Override
      public int read() throws IOException {
        int b = super.read();
        if (b >= 0) {
          b = blank(at, b);
          at++;
        }
        return b;
      }

      @Override
      public int read(byte[] buffer, int offset, int length) throws IOException {
        int n = super.read(buffer, offset, length);
        for (int i = 0; i < n && at + i < call.to(); i++) {
          buffer[offset + i] = (byte) blank(at + i, buffer[offset + i]);
        }
        if (n > 0) {
          at += n;
        }
        return n;
      }

      private int blank(long position, int b) {
        return position >= call.from() && position < call.to() ? ' ' : b;
      }
    };
  }

  /** Whether what follows the JSON closes the call: a parenthesis, a semicolon perhaps, and blanks. */
  static boolean closes(String rest) {
    return rest.strip().matches("\\)\\s*;?");
  }
}
