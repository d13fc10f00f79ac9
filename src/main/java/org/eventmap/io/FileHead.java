package org.eventmap.io;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;

/** The first bytes of a file and its name: what a format is recognised from before it is read. */
public record FileHead(String name, byte[] bytes, long size) {
  /** Enough for a spreadsheet's header and a few rows, a JSON file's first members or an XML root. */
  public static final int BYTES = 64 * 1024;

  public static FileHead of(Path file) throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      return new FileHead(file.getFileName() == null ? file.toString() : file.getFileName().toString(),
          in.readNBytes(BYTES), Files.size(file));
    }
  }

  /** The name's ending after its last dot, lower case; empty when there is none. */
  public String extension() {
    int dot = name.lastIndexOf('.');
    return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
  }

  /** Whether the bytes begin with these (a zip's {@code PK\3\4}, for instance). */
  public boolean startsWith(byte[] prefix) {
    return bytes.length >= prefix.length && Arrays.equals(bytes, 0, prefix.length, prefix, 0, prefix.length);
  }

  /**
   * The head as text, for looking at, not for reading: UTF-8 with a byte order mark dropped and bytes
   * that are not UTF-8 replaced; the last character may be cut.
   */
  public String text() {
    int from = startsWith(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}) ? 3 : 0;
    return new String(bytes, from, bytes.length - from, StandardCharsets.UTF_8);
  }

  /** The head's text with leading white space dropped, for formats recognised by their first character. */
  public String textFromFirstNonBlank() {
    return text().stripLeading();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof FileHead h && h.name.equals(name) && Arrays.equals(h.bytes, bytes) && h.size == size;
  }

  @Override
  public int hashCode() {
    return name.hashCode() * 31 + Arrays.hashCode(bytes);
  }

  @Override
  public String toString() {
    return "FileHead[" + name + ", " + bytes.length + " of " + size + " bytes]";
  }
}
