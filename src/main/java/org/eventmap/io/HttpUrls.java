package org.eventmap.io;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * A quick check of the plainest http(s) addresses, the nearly all of them that a file holds, so that they
 * need not be parsed as a {@link java.net.URI} (which makes several strings for each). It only ever
 * accepts addresses that {@code URI} accepts with an http(s) scheme and a host; anything else (a port,
 * user info, an escape, an IP address, a character outside ASCII, ...) is left to {@code URI} and its
 * messages.
 */
final class HttpUrls {
  private HttpUrls() {}

  private static final byte[] HTTP = "http://".getBytes(StandardCharsets.US_ASCII);
  private static final byte[] HTTPS = "https://".getBytes(StandardCharsets.US_ASCII);

  /** Characters allowed after the host, in the path, query and fragment, without escapes. */
  private static final boolean[] PLAIN_AFTER_HOST = new boolean[128];

  static {
    String allowed = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-_.!~*'();/?:@&=+$,";
    for (char c : allowed.toCharArray()) {
      PLAIN_AFTER_HOST[c] = true;
    }
  }

  /** As {@link #isPlain(byte[], int, int)} for a text. */
  static boolean isPlain(String text) {
    // Characters outside ASCII become bytes outside it, which are refused; the others are unchanged.
    byte[] utf8 = text.getBytes(StandardCharsets.UTF_8);
    return isPlain(utf8, 0, utf8.length);
  }

  /**
   * Whether the UTF-8 text {@code utf8[from, to)} is {@code http://} or {@code https://} (lower case), a
   * host name of letters, digits, dots and hyphens in the form of RFC 2396 (labels that start and end with
   * a letter or digit, the last starting with a letter), then nothing or a path, query or fragment of plain
   * characters.
   */
  static boolean isPlain(byte[] utf8, int from, int to) {
    int at;
    if (startsWith(utf8, from, to, HTTPS)) {
      at = from + HTTPS.length;
    } else if (startsWith(utf8, from, to, HTTP)) {
      at = from + HTTP.length;
    } else {
      return false;
    }
    int labelStart = at;
    while (true) {
      int labelEnd = labelStart;
      while (labelEnd < to && (isLetterOrDigit(utf8[labelEnd]) || utf8[labelEnd] == '-')) {
        labelEnd++;
      }
      if (labelEnd == labelStart || utf8[labelStart] == '-' || utf8[labelEnd - 1] == '-') {
        return false;
      }
      if (labelEnd < to && utf8[labelEnd] == '.') {
        labelStart = labelEnd + 1;
        continue;
      }
      if (!isLetter(utf8[labelStart])) {
        return false;
      }
      at = labelEnd;
      break;
    }
    if (at == to) {
      return true;
    }
    byte afterHost = utf8[at];
    if (afterHost != '/' && afterHost != '?' && afterHost != '#') {
      return false;
    }
    boolean inFragment = false;
    for (int i = at; i < to; i++) {
      byte b = utf8[i];
      if (b == '#' && !inFragment) {
        inFragment = true;
      } else if (b < 0 || !PLAIN_AFTER_HOST[b]) {
        return false;
      }
    }
    return true;
  }

  private static boolean startsWith(byte[] utf8, int from, int to, byte[] prefix) {
    return to - from >= prefix.length && Arrays.equals(utf8, from, from + prefix.length, prefix, 0, prefix.length);
  }

  private static boolean isLetter(byte c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
  }

  private static boolean isLetterOrDigit(byte c) {
    return isLetter(c) || (c >= '0' && c <= '9');
  }
}
