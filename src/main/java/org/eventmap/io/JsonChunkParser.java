package org.eventmap.io;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.math.BigDecimal;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;
import org.eventmap.io.JsonTree.Arr;
import org.eventmap.io.JsonTree.Bool;
import org.eventmap.io.JsonTree.Member;
import org.eventmap.io.JsonTree.Null;
import org.eventmap.io.JsonTree.Num;
import org.eventmap.io.JsonTree.Obj;
import org.eventmap.io.JsonTree.Position;
import org.eventmap.io.JsonTree.Str;
import org.eventmap.io.JsonTree.Value;

/**
 * Reads the entries of a JSON array from a part of a file held in memory (a chunk), into {@link JsonTree}
 * values whose positions count from the chunk's first byte (line 1, column 1).
 *
 * <p>It is the fast path for the events array of a large file: several chunks are read at once, and a
 * chunk may start or end in a wrong place (see {@link ParallelEventsReader}), so running into the end of
 * the chunk is an ordinary outcome. It only accepts what Jackson accepts; for anything else, including
 * values larger than Jackson's limits allow, it says {@link Ending#BROKEN} and leaves the file to the
 * sequential reader, whose messages about broken JSON are Jackson's.
 *
 * <p>Columns count bytes from the start of the line, as Jackson's parser of UTF-8 input does; lines end
 * at {@code \n}, {@code \r\n} or {@code \r}, as in Jackson.
 */
final class JsonChunkParser {
  /** How reading the chunk ended. */
  enum Ending {
    /** The chunk ended just after a comma between two entries, as chunks are meant to. */
    AT_CHUNK_END,
    /** The {@code ]} that closes the array was found; the rest of the chunk follows the array. */
    ARRAY_CLOSED,
    /** The chunk ended inside an entry, or before the comma after one. */
    INCOMPLETE,
    /** Something that is not JSON, or that this parser leaves to Jackson. */
    BROKEN
  }

  /**
   * How reading ended and where: for {@link Ending#AT_CHUNK_END} the end of the chunk, for
   * {@link Ending#ARRAY_CLOSED} just after the {@code ]}, for {@link Ending#INCOMPLETE} the start of the
   * unfinished entry (after the comma before it), which a new chunk should start with.
   *
   * @param offset that place as an index into the bytes
   * @param at that place as a packed position, from the chunk's first byte
   * @param entries how many entries were handed on
   */
  record Outcome(Ending ending, int offset, long at, int entries) {}

  // Below Jackson's own limits (StreamReadConstraints), so that nothing Jackson would refuse is accepted.
  private static final int MAX_DEPTH = 100;
  private static final int MAX_STRING_BYTES = 1 << 20;
  private static final int MAX_NAME_BYTES = 1000;
  private static final int MAX_NUMBER_LENGTH = 100;

  /**
   * Names of the fields of an event and of the objects inside it (DatasetFields), by their length, so
   * that reading a known name makes no string.
   */
  private static final String[][] KNOWN_NAMES_BY_LENGTH;
  /** The same names as ASCII bytes, compared with the file's bytes without going through a string. */
  private static final byte[][][] KNOWN_NAME_BYTES_BY_LENGTH;

  static {
    List<String> known = DatasetFields.EVENT.namesWithin();
    KNOWN_NAMES_BY_LENGTH = new String[known.stream().mapToInt(String::length).max().orElse(0) + 1][0];
    for (String name : known) {
      String[] sameLength = KNOWN_NAMES_BY_LENGTH[name.length()];
      sameLength = Arrays.copyOf(sameLength, sameLength.length + 1);
      sameLength[sameLength.length - 1] = name;
      KNOWN_NAMES_BY_LENGTH[name.length()] = sameLength;
    }
    KNOWN_NAME_BYTES_BY_LENGTH = new byte[KNOWN_NAMES_BY_LENGTH.length][][];
    for (int length = 0; length < KNOWN_NAMES_BY_LENGTH.length; length++) {
      KNOWN_NAME_BYTES_BY_LENGTH[length] = Arrays.stream(KNOWN_NAMES_BY_LENGTH[length])
          .map(name -> name.getBytes(StandardCharsets.US_ASCII)).toArray(byte[][]::new);
    }
  }

  /** Thrown to stop reading: at the end of the chunk, or at something it does not accept. */
  static final class Stop extends RuntimeException {
    private Stop() {
      super(null, null, false, false);
    }
  }

  private static final Stop END_OF_CHUNK = new Stop();
  private static final Stop BROKEN = new Stop();
  /**
   * Thrown by a {@link DirectReader} at anything it leaves to the tree: the entry is read again from its
   * start as a tree, which explains it (or stops at the chunk's end or at broken JSON) as before.
   */
  static final Stop NOT_DIRECT = new Stop();

  /**
   * Reads an entry straight from the parser's bytes into what the tree would have been mapped to, for
   * the entries it knows to have no problems; it throws {@link #NOT_DIRECT} (or lets the parser's own
   * stops go by) for any other, which is then read as a tree.
   */
  interface DirectReader<T> {
    T read(JsonChunkParser parser);
  }

  /** Reads eight bytes of an array as one {@code long}, for looking at eight at a time. */
  private static final VarHandle EIGHT_BYTES =
      MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
  private static final long EIGHT_SPACES = 0x2020202020202020L;

  private final byte[] bytes;
  private final int from;
  private final int end;
  private int pos;
  // The members and items of the objects and arrays being read, nested ones above their parents': an
  // object or array gets an array of its own, of the right size, only when it is complete.
  private Member[] members = new Member[32];
  private int memberCount;
  private Value[] items = new Value[32];
  private int itemCount;
  private int line = 1;
  /** Index of the first byte of the current line (for the chunk's first line, the chunk's first byte). */
  private int lineStart;

  /** A parser of {@code bytes[from, to)}. */
  JsonChunkParser(byte[] bytes, int from, int to) {
    this.bytes = bytes;
    this.from = from;
    this.end = to;
    this.pos = from;
    this.lineStart = from;
  }

  /**
   * Reads entries, handing each on once the comma or bracket after it is seen (so that an entry is never
   * handed on when the chunk turns out to end in the wrong place).
   *
   * @param atArrayStart whether the chunk starts just after the array's {@code [}, where the array may be
   *     empty
   */
  Outcome readEntries(boolean atArrayStart, Consumer<Value> each) {
    return readEntries(atArrayStart, null, null, each);
  }

  /**
   * As {@link #readEntries(boolean, Consumer)}, each entry first tried by {@code direct} and handed to
   * {@code eachDirect} when it took it, or read as a tree and handed to {@code eachTree} when it did not.
   */
  <T> Outcome readEntries(boolean atArrayStart, DirectReader<T> direct, Consumer<T> eachDirect,
      Consumer<Value> eachTree) {
    int entries = 0;
    if (atArrayStart) {
      try {
        skipWhitespace();
      } catch (Stop endOfChunk) {
        return new Outcome(Ending.INCOMPLETE, 0, Position.pack(1, 1), 0);
      }
      if (pos < end && bytes[pos] == ']') {
        pos++;
        return new Outcome(Ending.ARRAY_CLOSED, pos - from, here(), 0);
      }
    }
    while (true) {
      memberCount = 0;
      itemCount = 0;
      int entryStart = pos;
      int entryLine = line;
      int entryLineStart = lineStart;
      long entryAt = here();
      try {
        T taken = null;
        if (direct != null) {
          try {
            taken = direct.read(this);
          } catch (Stop notTaken) {
            pos = entryStart; // read again as a tree, which knows how to explain what stopped it
            line = entryLine;
            lineStart = entryLineStart;
          }
        }
        Value entry = taken == null ? value(0) : null;
        skipWhitespace();
        if (pos >= end) {
          throw END_OF_CHUNK;
        }
        byte next = bytes[pos++];
        if (next != ',' && next != ']') {
          throw BROKEN;
        }
        if (taken != null) {
          eachDirect.accept(taken);
        } else {
          eachTree.accept(entry);
        }
        entries++;
        if (next == ']') {
          return new Outcome(Ending.ARRAY_CLOSED, pos - from, here(), entries);
        }
        if (pos == end) {
          return new Outcome(Ending.AT_CHUNK_END, pos - from, here(), entries);
        }
      } catch (Stop stop) {
        return stop == END_OF_CHUNK
            ? new Outcome(Ending.INCOMPLETE, entryStart - from, entryAt, entries)
            : new Outcome(Ending.BROKEN, pos - from, here(), entries);
      }
    }
  }

  // ---- for a DirectReader: the bytes as they are, with the same checks as the tree's ----------------

  byte[] bytes() {
    return bytes;
  }

  /** The next byte that is not whitespace, read. */
  byte next() {
    skipWhitespace();
    if (pos >= end) {
      throw END_OF_CHUNK;
    }
    return bytes[pos++];
  }

  /** The next byte that is not whitespace, left to be read ({@link #here()} is then where it is). */
  byte peek() {
    skipWhitespace();
    if (pos >= end) {
      throw END_OF_CHUNK;
    }
    return bytes[pos];
  }

  /** Index of the next byte. */
  int offset() {
    return pos;
  }

  /**
   * The field name whose opening quote has been read, when it is one of the format's (as its constant);
   * {@link #NOT_DIRECT} for any other.
   */
  String knownName() {
    String known = plainKnownName();
    if (known != null) {
      return known;
    }
    throw pos >= end ? END_OF_CHUNK : NOT_DIRECT;
  }

  /**
   * A string whose opening quote has been read, without escapes: the index of its first byte (the last
   * is just before the closing quote, {@link #offset()} - 1). Its UTF-8 is checked as the tree checks it;
   * one with escapes or control characters is {@link #NOT_DIRECT}.
   */
  int plainString() {
    int start = plainStringOrEscaped();
    if (start < 0) {
      throw NOT_DIRECT;
    }
    return start;
  }

  /**
   * Reads on to the closing quote of a string whose opening quote has been read, its UTF-8 checked: the
   * index of its first byte; or -1 at an escape or a control character, left where it was found.
   */
  private int plainStringOrEscaped() {
    int start = pos;
    while (true) {
      // Eight bytes at a time again after each character outside ASCII (a summary may hold a few).
      while (pos + Long.BYTES <= end && isPlainAscii((long) EIGHT_BYTES.get(bytes, pos))) {
        pos += Long.BYTES;
      }
      if (pos >= end) {
        throw END_OF_CHUNK;
      }
      byte b = bytes[pos];
      if (b == '"') {
        break;
      }
      if (b == '\\' || (b >= 0 && b < 0x20)) {
        return -1;
      }
      if (b < 0) {
        multiByteCharacter(b & 0xff); // only checked: well-formed UTF-8 is kept as it is
      } else {
        pos++;
      }
    }
    if (pos - start > MAX_STRING_BYTES) {
      throw BROKEN;
    }
    pos++;
    return start;
  }

  /** {@code true} or {@code false}, next after whitespace; {@link #NOT_DIRECT} for anything else. */
  boolean bool() {
    byte b = peek();
    if (b == 't') {
      literal("true");
      return true;
    }
    if (b == 'f') {
      literal("false");
      return false;
    }
    throw NOT_DIRECT;
  }

  /** A number, next after whitespace, as the tree reads it; {@link #NOT_DIRECT} for anything else. */
  Num numberValue() {
    byte b = peek();
    if (b == '-' || (b >= '0' && b <= '9')) {
      return number(here());
    }
    throw NOT_DIRECT;
  }

  /** The packed position of the next byte, from the chunk's first byte. */
  long here() {
    return Position.pack(line, pos - lineStart + 1);
  }

  private void skipWhitespace() {
    while (pos < end) {
      byte b = bytes[pos];
      if (b == ' ') {
        pos++;
        // Indentation: eight spaces at a time.
        while (pos + Long.BYTES <= end && (long) EIGHT_BYTES.get(bytes, pos) == EIGHT_SPACES) {
          pos += Long.BYTES;
        }
      } else if (b == '\t') {
        pos++;
      } else if (b == '\n') {
        pos++;
        line++;
        lineStart = pos;
      } else if (b == '\r') {
        pos++;
        if (pos >= end) {
          throw END_OF_CHUNK; // a \n may follow in the next chunk, and the two are one line end
        }
        if (bytes[pos] == '\n') {
          pos++;
        }
        line++;
        lineStart = pos;
      } else {
        return;
      }
    }
  }

  private Value value(int depth) {
    skipWhitespace();
    if (pos >= end) {
      throw END_OF_CHUNK;
    }
    long at = here();
    byte b = bytes[pos];
    switch (b) {
      case '{':
        return object(at, depth + 1);
      case '[':
        return array(at, depth + 1);
      case '"':
        pos++;
        return stringValue(at);
      case 't':
        literal("true");
        return new Bool(at, true);
      case 'f':
        literal("false");
        return new Bool(at, false);
      case 'n':
        literal("null");
        return new Null(at);
      default:
        if (b == '-' || (b >= '0' && b <= '9')) {
          return number(at);
        }
        throw BROKEN;
    }
  }

  private Value object(long at, int depth) {
    if (depth > MAX_DEPTH) {
      throw BROKEN;
    }
    pos++;
    int first = memberCount;
    skipWhitespace();
    if (pos >= end) {
      throw END_OF_CHUNK;
    }
    if (bytes[pos] == '}') {
      pos++;
      return Obj.of(at, members, first, first);
    }
    while (true) {
      skipWhitespace();
      if (pos >= end) {
        throw END_OF_CHUNK;
      }
      if (bytes[pos] != '"') {
        throw BROKEN;
      }
      long nameAt = here();
      pos++;
      String name = name();
      skipWhitespace();
      if (pos >= end) {
        throw END_OF_CHUNK;
      }
      if (bytes[pos] != ':') {
        throw BROKEN;
      }
      pos++;
      Member member = new Member(name, nameAt, value(depth));
      if (memberCount == members.length) {
        members = Arrays.copyOf(members, 2 * members.length);
      }
      members[memberCount++] = member;
      skipWhitespace();
      if (pos >= end) {
        throw END_OF_CHUNK;
      }
      byte next = bytes[pos++];
      if (next == '}') {
        Obj object = Obj.of(at, members, first, memberCount);
        memberCount = first;
        return object;
      }
      if (next != ',') {
        throw BROKEN;
      }
    }
  }

  private Value array(long at, int depth) {
    if (depth > MAX_DEPTH) {
      throw BROKEN;
    }
    pos++;
    int first = itemCount;
    skipWhitespace();
    if (pos >= end) {
      throw END_OF_CHUNK;
    }
    if (bytes[pos] == ']') {
      pos++;
      return new Arr(at, List.of());
    }
    while (true) {
      Value item = value(depth);
      if (itemCount == items.length) {
        items = Arrays.copyOf(items, 2 * items.length);
      }
      items[itemCount++] = item;
      skipWhitespace();
      if (pos >= end) {
        throw END_OF_CHUNK;
      }
      byte next = bytes[pos++];
      if (next == ']') {
        Arr array = new Arr(at, Arrays.asList(Arrays.copyOfRange(items, first, itemCount)));
        itemCount = first;
        return array;
      }
      if (next != ',') {
        throw BROKEN;
      }
    }
  }

  private void literal(String word) {
    for (int i = 0; i < word.length(); i++, pos++) {
      if (pos >= end) {
        throw END_OF_CHUNK;
      }
      if (bytes[pos] != word.charAt(i)) {
        throw BROKEN;
      }
    }
  }

  /** A number as JSON writes it; a number that reaches the end of the chunk might go on in the next. */
  private Num number(long at) {
    int start = pos;
    if (bytes[pos] == '-') {
      pos++;
    }
    if (pos >= end) {
      throw END_OF_CHUNK;
    }
    if (bytes[pos] == '0') {
      pos++;
    } else if (!digits()) {
      throw BROKEN;
    }
    boolean integral = true;
    if (pos < end && bytes[pos] == '.') {
      pos++;
      integral = false;
      if (!digits()) {
        throw pos >= end ? END_OF_CHUNK : BROKEN;
      }
    }
    if (pos < end && (bytes[pos] == 'e' || bytes[pos] == 'E')) {
      pos++;
      integral = false;
      if (pos < end && (bytes[pos] == '+' || bytes[pos] == '-')) {
        pos++;
      }
      if (!digits()) {
        throw pos >= end ? END_OF_CHUNK : BROKEN;
      }
    }
    if (pos >= end) {
      throw END_OF_CHUNK;
    }
    byte after = bytes[pos];
    if ((after >= '0' && after <= '9') || after == '.' || after == 'e' || after == 'E' || after == '-'
        || after == '+' || pos - start > MAX_NUMBER_LENGTH) {
      throw BROKEN; // such as a leading zero (01), which Jackson refuses
    }
    return new Num(at, new BigDecimal(new String(bytes, start, pos - start, StandardCharsets.US_ASCII)), integral);
  }

  /** Skips digits; whether there was at least one. */
  private boolean digits() {
    int start = pos;
    while (pos < end && bytes[pos] >= '0' && bytes[pos] <= '9') {
      pos++;
    }
    return pos > start;
  }

  /** A field name: one of the format's as its own constant, without making a string. */
  private String name() {
    int start = pos;
    String known = plainKnownName();
    if (known != null) {
      return known;
    }
    pos = start;
    return string(MAX_NAME_BYTES).intern(); // names are compared by identity (JsonTree.Member)
  }

  /**
   * A field name without escapes that is one of the format's, as its constant, its closing quote read;
   * null otherwise, with the position somewhere in the name (callers go back or give up).
   */
  private String plainKnownName() {
    int start = pos;
    while (pos < end && bytes[pos] != '"' && bytes[pos] != '\\' && bytes[pos] >= 0x20) {
      pos++;
    }
    int length = pos - start;
    if (pos < end && bytes[pos] == '"') {
      String known = knownNameAt(start, length);
      if (known != null) {
        pos++;
        return known;
      }
    }
    return null;
  }

  /** A string value whose opening quote has been read: its bytes as they are, unless it has escapes. */
  private Str stringValue(long at) {
    int start = pos;
    if (plainStringOrEscaped() < 0) {
      pos = start;
      return new Str(at, string(MAX_STRING_BYTES));
    }
    return new Str(at, bytes, start, pos - 1);
  }

  /** The format's name written as {@code bytes[start, start + length)}, or null. */
  private String knownNameAt(int start, int length) {
    if (length >= KNOWN_NAMES_BY_LENGTH.length) {
      return null;
    }
    byte[][] knownBytes = KNOWN_NAME_BYTES_BY_LENGTH[length];
    for (int k = 0; k < knownBytes.length; k++) {
      byte[] known = knownBytes[k];
      int i = 0;
      while (i < length && bytes[start + i] == known[i]) {
        i++;
      }
      if (i == length) {
        return KNOWN_NAMES_BY_LENGTH[length][k];
      }
    }
    return null;
  }

  /** The rest of a string whose opening quote has been read. */
  private String string(int maxBytes) {
    int start = pos;
    // The usual string: ASCII without escapes or control characters, looked at eight bytes at a time.
    while (pos + Long.BYTES <= end && isPlainAscii((long) EIGHT_BYTES.get(bytes, pos))) {
      pos += Long.BYTES;
    }
    while (pos < end) {
      byte b = bytes[pos];
      if (b == '"') {
        if (pos - start > maxBytes) {
          throw BROKEN;
        }
        String text = new String(bytes, start, pos - start, StandardCharsets.ISO_8859_1);
        pos++;
        return text;
      }
      if (b == '\\' || b < 0x20) { // negative bytes are those outside ASCII
        return unusualString(start, maxBytes);
      }
      pos++;
    }
    throw END_OF_CHUNK;
  }

  /**
   * Whether none of the eight bytes ends a plain string: no quote, backslash, control character or byte
   * outside ASCII (the usual bit tricks for finding a byte in a word).
   */
  private static boolean isPlainAscii(long word) {
    long quotes = word ^ 0x2222222222222222L;
    long backslashes = word ^ 0x5c5c5c5c5c5c5c5cL;
    long found = ((quotes - 0x0101010101010101L) & ~quotes)
        | ((backslashes - 0x0101010101010101L) & ~backslashes)
        | (word - 0x2020202020202020L) // a byte under 0x20 borrows, and sets its high bit
        | word; // a byte outside ASCII has its high bit set
    return (found & 0x8080808080808080L) == 0;
  }

  /** A string with escapes or characters outside ASCII, checked as strictly as UTF-8 and JSON ask. */
  private String unusualString(int start, int maxBytes) {
    StringBuilder text = new StringBuilder(pos - start + 16);
    text.append(new String(bytes, start, pos - start, StandardCharsets.ISO_8859_1));
    while (true) {
      if (pos >= end) {
        throw END_OF_CHUNK;
      }
      if (pos - start > maxBytes) {
        throw BROKEN;
      }
      int b = bytes[pos] & 0xff;
      if (b == '"') {
        pos++;
        return text.toString();
      }
      if (b == '\\') {
        pos++;
        text.append(escaped());
      } else if (b < 0x20) {
        throw BROKEN;
      } else if (b < 0x80) {
        text.append((char) b);
        pos++;
      } else {
        text.appendCodePoint(multiByteCharacter(b));
      }
    }
  }

  /** The character of an escape whose backslash has been read. */
  private char escaped() {
    if (pos >= end) {
      throw END_OF_CHUNK;
    }
    byte b = bytes[pos++];
    switch (b) {
      case '"':
        return '"';
      case '\\':
        return '\\';
      case '/':
        return '/';
      case 'b':
        return '\b';
      case 'f':
        return '\f';
      case 'n':
        return '\n';
      case 'r':
        return '\r';
      case 't':
        return '\t';
      case 'u':
        int code = 0;
        for (int i = 0; i < 4; i++) {
          if (pos >= end) {
            throw END_OF_CHUNK;
          }
          int digit = Character.digit(bytes[pos++], 16);
          if (digit < 0) {
            throw BROKEN;
          }
          code = code * 16 + digit;
        }
        return (char) code;
      default:
        throw BROKEN;
    }
  }

  /**
   * A character of two to four bytes whose first byte is {@code first}: only the shortest forms, no
   * surrogates, nothing above U+10FFFF (RFC 3629).
   */
  private int multiByteCharacter(int first) {
    int length;
    int code;
    int secondMin = 0x80;
    int secondMax = 0xbf;
    if (first >= 0xc2 && first <= 0xdf) {
      length = 2;
      code = first & 0x1f;
    } else if (first >= 0xe0 && first <= 0xef) {
      length = 3;
      code = first & 0x0f;
      if (first == 0xe0) {
        secondMin = 0xa0;
      } else if (first == 0xed) {
        secondMax = 0x9f;
      }
    } else if (first >= 0xf0 && first <= 0xf4) {
      length = 4;
      code = first & 0x07;
      if (first == 0xf0) {
        secondMin = 0x90;
      } else if (first == 0xf4) {
        secondMax = 0x8f;
      }
    } else {
      throw BROKEN;
    }
    pos++;
    for (int i = 1; i < length; i++) {
      if (pos >= end) {
        throw END_OF_CHUNK;
      }
      int next = bytes[pos++] & 0xff;
      int min = i == 1 ? secondMin : 0x80;
      int max = i == 1 ? secondMax : 0xbf;
      if (next < min || next > max) {
        throw BROKEN;
      }
      code = code << 6 | (next & 0x3f);
    }
    return code;
  }
}
