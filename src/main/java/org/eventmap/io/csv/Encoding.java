package org.eventmap.io.csv;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * What text a spreadsheet is written in. UTF-8 (with or without a byte order mark) unless the bytes say
 * otherwise: UTF-16 by its byte order mark (Excel's "Unicode text"), and Windows-1252 (cp1252, what
 * Excel writes on Windows in Western Europe and the Americas) when the bytes are not UTF-8. Every byte
 * has a meaning in cp1252, so such a file is read, with a warning saying how.
 *
 * @param skip bytes of byte order mark to pass over
 * @param note why the file is not read as UTF-8, for a warning; empty when it is
 */
record Encoding(Charset charset, int skip, Optional<String> note) {
  static final Charset CP1252 = Charset.forName("windows-1252");

  static Encoding of(byte[] head) {
    if (startsWith(head, 0xEF, 0xBB, 0xBF)) {
      return new Encoding(StandardCharsets.UTF_8, 3, Optional.empty());
    }
    if (startsWith(head, 0xFF, 0xFE)) {
      return new Encoding(StandardCharsets.UTF_16LE, 2, Optional.empty());
    }
    if (startsWith(head, 0xFE, 0xFF)) {
      return new Encoding(StandardCharsets.UTF_16BE, 2, Optional.empty());
    }
    int bad = firstNonUtf8(head);
    return bad < 0 ? new Encoding(StandardCharsets.UTF_8, 0, Optional.empty()) : cp1252(lineOf(head, bad));
  }

  /** For a file whose bytes turned out not to be UTF-8 after its head. */
  static Encoding cp1252(int line) {
    return new Encoding(CP1252, 0, Optional.of("the file is not UTF-8 (line " + line + " has a byte that UTF-8 does not"
        + " allow): it is read as Windows-1252 (cp1252), as Excel writes it; check its accented letters, or save it"
        + " as UTF-8"));
  }

  /** The head decoded as this encoding, replacing what cannot be (the last character may be cut). */
  String decode(byte[] head) {
    return new String(head, Math.min(skip, head.length), Math.max(0, head.length - skip), charset);
  }

  /** A reader of the rest of the stream; for UTF-8 it fails on the first byte that is not (see {@link NotUtf8}). */
  Reader reader(InputStream in) throws IOException {
    in.skipNBytes(skip);
    CharsetDecoder decoder = charset.newDecoder();
    if (charset.equals(StandardCharsets.UTF_8)) {
      decoder.onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
    } else {
      decoder.onMalformedInput(CodingErrorAction.REPLACE).onUnmappableCharacter(CodingErrorAction.REPLACE);
    }
    return new InputStreamReader(in, decoder);
  }

  /** Where the first byte that UTF-8 does not allow is, or -1; a sequence cut by the end of the head is allowed. */
  static int firstNonUtf8(byte[] bytes) {
    CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes);
    CharBuffer out = CharBuffer.allocate(Math.max(16, bytes.length));
    var result = decoder.decode(in, out, false);
    if (result.isError()) {
      return in.position();
    }
    return -1;
  }

  private static int lineOf(byte[] bytes, int at) {
    int line = 1;
    for (int i = 0; i < at && i < bytes.length; i++) {
      if (bytes[i] == '\n') {
        line++;
      }
    }
    return line;
  }

  private static boolean startsWith(byte[] bytes, int... prefix) {
    if (bytes.length < prefix.length) {
      return false;
    }
    for (int i = 0; i < prefix.length; i++) {
      if ((bytes[i] & 0xff) != prefix[i]) {
        return false;
      }
    }
    return true;
  }

  /** Whether a decoding failure is that of bytes which are not UTF-8 (the read then starts again as cp1252). */
  static boolean isNotUtf8(IOException e) {
    return e instanceof CharacterCodingException;
  }
}
