package org.eventmap.io.kml;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.eventmap.io.FileHead;

/** What a file's first bytes say about it being KML or a KMZ. */
final class KmlRecognition {
  /** The namespaces KML has had (2.0, 2.1, 2.2 from Google; 2.2 and 2.3 from the OGC). */
  static final List<String> NAMESPACES = List.of(
      "http://earth.google.com/kml/2.0",
      "http://earth.google.com/kml/2.1",
      "http://earth.google.com/kml/2.2",
      "http://www.opengis.net/kml/2.2",
      "http://www.opengis.net/kml/2.3");

  private static final byte[] ZIP_ENTRY = {'P', 'K', 3, 4};

  private KmlRecognition() {}

  /** Whether the head is XML whose root is {@code <kml>} or whose text names a KML namespace. */
  static boolean isKml(FileHead head) {
    String text = text(head).stripLeading();
    if (!text.startsWith("<")) {
      return false;
    }
    String root = rootElementName(text);
    if (root != null && (root.equals("kml") || root.endsWith(":kml"))) {
      return true;
    }
    return NAMESPACES.stream().anyMatch(ns -> text.contains("\"" + ns + "\"") || text.contains("'" + ns + "'"));
  }

  /** The head as text: UTF-16 when a byte order mark says so (Windows tools write it), else UTF-8. */
  private static String text(FileHead head) {
    byte[] b = head.bytes();
    if (b.length >= 2 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xFE) {
      return new String(b, 2, (b.length - 2) & ~1, StandardCharsets.UTF_16LE);
    }
    if (b.length >= 2 && (b[0] & 0xFF) == 0xFE && (b[1] & 0xFF) == 0xFF) {
      return new String(b, 2, (b.length - 2) & ~1, StandardCharsets.UTF_16BE);
    }
    return head.text();
  }

  /**
   * The name of the first element, past the XML declaration, comments, processing instructions and a
   * DOCTYPE; null when the head ends first.
   */
  static String rootElementName(String text) {
    int i = 0;
    while (true) {
      i = text.indexOf('<', i);
      if (i < 0 || i + 1 >= text.length()) {
        return null;
      }
      if (text.startsWith("<!--", i)) {
        int end = text.indexOf("-->", i + 4);
        if (end < 0) {
          return null;
        }
        i = end + 3;
      } else if (text.startsWith("<?", i)) {
        int end = text.indexOf("?>", i + 2);
        if (end < 0) {
          return null;
        }
        i = end + 2;
      } else if (text.startsWith("<!", i)) {
        int end = doctypeEnd(text, i);
        if (end < 0) {
          return null;
        }
        i = end;
      } else {
        int from = i + 1;
        int to = from;
        while (to < text.length() && !Character.isWhitespace(text.charAt(to)) && text.charAt(to) != '>'
            && text.charAt(to) != '/') {
          to++;
        }
        return to == text.length() ? null : text.substring(from, to);
      }
    }
  }

  /** After a {@code <!DOCTYPE ...>}, whose internal subset in brackets may hold {@code >}. */
  private static int doctypeEnd(String text, int from) {
    int depth = 0;
    for (int i = from; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '[') {
        depth++;
      } else if (c == ']') {
        depth--;
      } else if (c == '>' && depth <= 0) {
        return i + 1;
      }
    }
    return -1;
  }

  static boolean isZip(FileHead head) {
    return head.startsWith(ZIP_ENTRY);
  }

  /**
   * The names of the entries whose local headers lie in the head. Each local header gives its name, and
   * the size of what follows when it is known; without the size (a streamed zip) the next header is
   * found by its signature.
   */
  static List<String> entryNames(FileHead head) {
    byte[] b = head.bytes();
    List<String> names = new ArrayList<>();
    int at = 0;
    while (at + 30 <= b.length && b[at] == 'P' && b[at + 1] == 'K' && b[at + 2] == 3 && b[at + 3] == 4) {
      int flags = u16(b, at + 6);
      long compressed = u32(b, at + 18);
      int nameLength = u16(b, at + 26);
      int extraLength = u16(b, at + 28);
      if (at + 30 + nameLength > b.length) {
        break;
      }
      names.add(new String(b, at + 30, nameLength,
          (flags & 0x800) != 0 ? StandardCharsets.UTF_8 : StandardCharsets.ISO_8859_1));
      long next = (long) at + 30 + nameLength + extraLength + compressed;
      if ((flags & 0x8) != 0 || compressed == 0xFFFFFFFFL) {
        next = findSignature(b, at + 30 + nameLength);
      }
      if (next < 0 || next >= b.length) {
        break;
      }
      at = (int) next;
    }
    return names;
  }

  private static int findSignature(byte[] b, int from) {
    for (int i = from; i + 3 < b.length; i++) {
      if (b[i] == 'P' && b[i + 1] == 'K' && b[i + 2] == 3 && b[i + 3] == 4) {
        return i;
      }
    }
    return -1;
  }

  /** Whether an entry is KML and not the resource-fork copy macOS adds to zips it makes. */
  static boolean isKmlEntry(String name) {
    String lower = name.toLowerCase(Locale.ROOT);
    String base = lower.substring(lower.lastIndexOf('/') + 1);
    return lower.endsWith(".kml") && !lower.startsWith("__macosx/") && !base.startsWith("._");
  }

  private static int u16(byte[] b, int at) {
    return (b[at] & 0xFF) | (b[at + 1] & 0xFF) << 8;
  }

  private static long u32(byte[] b, int at) {
    return (u16(b, at) | (long) u16(b, at + 2) << 16) & 0xFFFFFFFFL;
  }
}
