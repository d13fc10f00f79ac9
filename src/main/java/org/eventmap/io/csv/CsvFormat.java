package org.eventmap.io.csv;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;
import org.eventmap.geo.ZoneLookup;
import org.eventmap.io.EventFormat;
import org.eventmap.io.FileHead;
import org.eventmap.io.LoadResult;
import org.eventmap.io.ProgressListener;
import org.eventmap.io.ReadOptions;

/**
 * A CSV or TSV spreadsheet: any delimiter among comma, semicolon, tab and pipe, UTF-8 or cp1252, with its
 * columns recognised by name or content (or said with {@code --columns}); ACLED and GDELT exports are
 * known by their columns and read by their codebooks.
 */
public final class CsvFormat implements EventFormat {
  /** Whether a header names a date and coordinates, which makes a spreadsheet of events near certain. */
  static final int NAMED_COLUMNS = PLAUSIBLE + 30;
  /** ACLED's and GDELT's own column names, or GDELT's header-less shape. */
  static final int KNOWN_EXPORT = CERTAIN - 5;

  private static final Pattern JSONP = Pattern.compile("(?s)^[A-Za-z_$][\\w$.]*\\s*\\(\\s*[\\[{].*");

  private final ZoneLookup zones;

  /** With no zone lookup: every place gets UTC until the offline lookup is given. */
  public CsvFormat() {
    this(ZoneLookup.NONE);
  }

  /** @param zones gives each place the zone in force at its coordinates */
  public CsvFormat(ZoneLookup zones) {
    this.zones = Objects.requireNonNull(zones, "zones");
  }

  @Override
  public String name() {
    return "csv";
  }

  @Override
  public String description() {
    return "CSV or TSV spreadsheet";
  }

  @Override
  public List<String> extensions() {
    return List.of("csv", "tsv", "tab", "txt");
  }

  /**
   * Plausible for text whose first lines have the same number of cells for one delimiter; more when the
   * header names a date and coordinates; near certain for ACLED's and GDELT's columns. Never JSON, XML,
   * a zip or other binary.
   */
  @Override
  public int recognise(FileHead head) {
    byte[] bytes = head.bytes();
    if (bytes.length == 0) {
      return NOT_MINE;
    }
    Encoding encoding = Encoding.of(bytes);
    String text = encoding.decode(bytes);
    if (text.isBlank() || looksLikeAnotherFormat(bytes, text)) {
      return NOT_MINE;
    }
    Dialect dialect = Dialect.sniff(text, bytes.length == head.size());
    // A file with a few broken rows is still a spreadsheet: its reader says where they are.
    if (dialect.cells() < 2 || dialect.rows().size() > 1 && dialect.consistency() < 0.5) {
      return NOT_MINE;
    }
    int ragged = dialect.consistency() < 0.8 ? 20 : 0;
    Layout layout;
    try {
      layout = Layout.of(dialect.rows(), java.util.Map.of());
    } catch (Layout.BadMapping e) {
      return PLAUSIBLE - ragged;
    }
    if (layout.kind != Layout.Kind.GENERIC) {
      return KNOWN_EXPORT - ragged;
    }
    return (layout.hasHeader && layout.has(Role.DATE) && layout.hasCoordinates() ? NAMED_COLUMNS : PLAUSIBLE) - ragged;
  }

  @Override
  public LoadResult read(Path file, ReadOptions options, ProgressListener listener) {
    return new SheetReader(file, options, listener, zones).read();
  }

  /** JSON, JSONP, XML, a zip or another binary file: never a spreadsheet, whatever its name says. */
  static boolean looksLikeAnotherFormat(byte[] bytes, String text) {
    return !whatItLooksLike(bytes, text).isEmpty();
  }

  static String whatItLooksLike(byte[] bytes, String text) {
    if (bytes.length >= 4 && bytes[0] == 'P' && bytes[1] == 'K' && bytes[2] == 3 && bytes[3] == 4) {
      return "it is a zip archive";
    }
    boolean utf16 = bytes.length >= 2 && ((bytes[0] & 0xff) == 0xFF && (bytes[1] & 0xff) == 0xFE
        || (bytes[0] & 0xff) == 0xFE && (bytes[1] & 0xff) == 0xFF);
    if (!utf16) {
      int controls = 0;
      int n = Math.min(bytes.length, 4096);
      for (int i = 0; i < n; i++) {
        int b = bytes[i] & 0xff;
        if (b == 0 || b < 0x09 || (b > 0x0D && b < 0x20 && b != 0x1B)) {
          controls++;
        }
      }
      if (controls > 0 && controls * 100 > n) {
        return "its bytes are binary, not text";
      }
    }
    String t = text.stripLeading();
    if (t.startsWith("{") || t.startsWith("[")) {
      return "it is JSON";
    }
    if (t.startsWith("<")) {
      return "it is XML or HTML";
    }
    if (JSONP.matcher(t.length() > 200 ? t.substring(0, 200) : t).matches()) {
      return "it is JSON wrapped in a function call (JSONP)";
    }
    return "";
  }
}
