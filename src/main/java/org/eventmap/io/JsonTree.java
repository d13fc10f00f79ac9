package org.eventmap.io;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A JSON document in which every value remembers the line and column where it starts, so that a
 * validation message can point at the exact spot. Jackson's own tree forgets positions. It is read with
 * Jackson's streaming parser ({@link JacksonReader}), or, for the events array of a large file, with
 * {@link JsonChunkParser}.
 *
 * <p>A large file has tens of millions of values, nearly all of them fine, so a position is kept as one
 * {@code long} (line and column packed) and only becomes a {@link Position} when a problem is reported,
 * and an object keeps its members in an array rather than a map.
 */
final class JsonTree {
  private JsonTree() {}

  /** Where a value starts in the file; both numbers count from 1. */
  record Position(int line, int column) {
    static long pack(int line, int column) {
      return (long) line << 32 | (column & 0xffffffffL);
    }

    static Position unpack(long at) {
      return new Position((int) (at >>> 32), (int) at);
    }
  }

  /**
   * Where the first byte a parser sees is in the file, for a parser that starts inside the file: a
   * position on the parser's first line is moved by the column, one on a later line only by the line.
   */
  record Origin(int line, int column) {
    static final Origin START_OF_FILE = new Origin(1, 1);

    /** The origin at a packed position in the file. */
    static Origin of(long at) {
      return new Origin((int) (at >>> 32), (int) at);
    }

    /** The packed position in the file of a parser's line and column (both from 1). */
    long at(int parserLine, int parserColumn) {
      return parserLine == 1
          ? Position.pack(line, column + parserColumn - 1)
          : Position.pack(line + parserLine - 1, parserColumn);
    }

    long at(long parserAt) {
      return at((int) (parserAt >>> 32), (int) parserAt);
    }
  }

  sealed interface Value permits Obj, Arr, Str, Num, Bool, Null {
    /** The packed position ({@link Position#pack}). */
    long at();

    default Position position() {
      return Position.unpack(at());
    }

    /** How a person would name this kind of value in a message. */
    String kind();
  }

  /**
   * A member of an object. Its name is always an interned string (Jackson interns field names, and
   * {@link JsonChunkParser} uses the format's own constants or interns), so that names are compared by
   * identity: a large file has tens of millions of members.
   */
  record Member(String name, long nameAt, Value value) {
    Position namePosition() {
      return Position.unpack(nameAt);
    }
  }

  /** An object: its members in the order written, the first of each name, and the repeated ones. */
  static final class Obj implements Value {
    private static final Member[] NONE = {};

    private final long at;
    private final Member[] members;
    private final List<Member> duplicates;

    Obj(long at, List<Member> members, List<Member> duplicates) {
      this.at = at;
      this.members = members.toArray(NONE);
      this.duplicates = List.copyOf(duplicates);
    }

    /** The object of the members {@code members[from, to)}, in the order written, repeated names set apart. */
    static Obj of(long at, Member[] members, int from, int to) {
      if (to - from > ObjBuilder.LINEAR_LOOKUP_LIMIT) {
        ObjBuilder builder = new ObjBuilder();
        for (int i = from; i < to; i++) {
          builder.add(members[i]);
        }
        return builder.build(at);
      }
      for (int i = from + 1; i < to; i++) {
        for (int j = from; j < i; j++) {
          if (members[i].name() == members[j].name()) {
            // Rare: one with repeated names is built as it was read.
            ObjBuilder builder = new ObjBuilder();
            for (int k = from; k < to; k++) {
              builder.add(members[k]);
            }
            return builder.build(at);
          }
        }
      }
      return new Obj(at, Arrays.copyOfRange(members, from, to));
    }

    private Obj(long at, Member[] members) {
      this.at = at;
      this.members = members;
      this.duplicates = List.of();
    }

    @Override
    public long at() {
      return at;
    }

    @Override
    public String kind() {
      return "an object";
    }

    /** The member of that name (the first, when it is repeated), or null; {@code name} is a literal. */
    Member member(String name) {
      for (Member m : members) {
        if (m.name() == name) {
          return m;
        }
      }
      return null;
    }

    boolean has(String name) {
      return member(name) != null;
    }

    List<Member> members() {
      return Arrays.asList(members);
    }

    List<Member> duplicates() {
      return duplicates;
    }
  }

  /** Collects an object's members as they are read, setting repeated names apart. */
  static final class ObjBuilder {
    /** Past this many members, names are looked up in a map rather than one by one. */
    static final int LINEAR_LOOKUP_LIMIT = 16;

    private final List<Member> members = new ArrayList<>();
    private List<Member> duplicates = List.of();
    private Map<String, Member> byName;

    void add(Member member) {
      if (has(member.name())) {
        if (duplicates.isEmpty()) {
          duplicates = new ArrayList<>();
        }
        duplicates.add(member);
        return;
      }
      members.add(member);
      if (byName != null) {
        byName.put(member.name(), member);
      } else if (members.size() > LINEAR_LOOKUP_LIMIT) {
        byName = new HashMap<>();
        members.forEach(m -> byName.put(m.name(), m));
      }
    }

    /** The member of that name read so far (the first, when it is repeated), or null; the name is interned. */
    Member get(String name) {
      if (byName != null) {
        return byName.get(name);
      }
      for (Member m : members) {
        if (m.name() == name) {
          return m;
        }
      }
      return null;
    }

    boolean has(String name) {
      return get(name) != null;
    }

    Obj build(long at) {
      return new Obj(at, members, duplicates);
    }
  }

  record Arr(long at, List<Value> items) implements Value {
    public String kind() {
      return "an array";
    }
  }

  /**
   * A string. One read from a chunk of the file without escapes keeps where its UTF-8 bytes are instead
   * of a {@code String}, which is only made when asked for: most texts are copied into an event as they
   * are, and recurring ones are looked up by their bytes ({@link SharedValues}).
   */
  static final class Str implements Value {
    private final long at;
    private String text;
    private final byte[] utf8;
    private final int from;
    private final int to;

    Str(long at, String text) {
      this.at = at;
      this.text = text;
      this.utf8 = null;
      this.from = 0;
      this.to = 0;
    }

    /** A string whose text is {@code utf8[from, to)}, well-formed UTF-8. */
    Str(long at, byte[] utf8, int from, int to) {
      this.at = at;
      this.utf8 = utf8;
      this.from = from;
      this.to = to;
    }

    @Override
    public long at() {
      return at;
    }

    @Override
    public String kind() {
      return "a string";
    }

    String text() {
      String t = text;
      if (t == null) {
        t = new String(utf8, from, to - from, StandardCharsets.UTF_8);
        text = t;
      }
      return t;
    }

    /** Whether the UTF-8 bytes are at hand ({@link #utf8}, {@link #from}, {@link #to}). */
    boolean hasUtf8() {
      return utf8 != null;
    }

    byte[] utf8() {
      return utf8;
    }

    int from() {
      return from;
    }

    int to() {
      return to;
    }

    /** As {@code text().isBlank()}, without making the text when it is plainly not blank. */
    boolean isBlank() {
      if (utf8 == null) {
        return text.isBlank();
      }
      for (int i = from; i < to; i++) {
        byte b = utf8[i];
        if (b < 0) {
          return text().isBlank(); // some whitespace lies outside ASCII
        }
        if (b != ' ') {
          return false; // the only ASCII whitespace a raw string can hold is the space
        }
      }
      return true;
    }

    /** The same text at another position. */
    Str at(long position) {
      return utf8 == null ? new Str(position, text) : new Str(position, utf8, from, to);
    }
  }

  record Num(long at, BigDecimal number, boolean integral) implements Value {
    public String kind() {
      return "a number";
    }
  }

  record Bool(long at, boolean bool) implements Value {
    public String kind() {
      return "a boolean";
    }
  }

  record Null(long at) implements Value {
    public String kind() {
      return "null";
    }
  }

  /** Reads values from a Jackson parser whose first byte is at {@code origin} in the file. */
  static final class JacksonReader {
    private final JsonParser parser;
    private final Origin origin;

    JacksonReader(JsonParser parser, Origin origin) {
      this.parser = parser;
      this.origin = origin;
    }

    JsonParser parser() {
      return parser;
    }

    /** The packed position in the file of the token the parser has just produced. */
    long tokenAt() {
      return at(parser.currentTokenLocation());
    }

    /** The packed position in the file of the parser's next byte. */
    long nextAt() {
      return at(parser.currentLocation());
    }

    private long at(JsonLocation location) {
      return origin.at(Math.max(1, location.getLineNr()), Math.max(1, location.getColumnNr()));
    }

    /** Reads the value whose first token the parser has just produced. */
    Value readValue(JsonToken token) throws IOException {
      long at = tokenAt();
      switch (token) {
        case START_OBJECT:
          {
            ObjBuilder members = new ObjBuilder();
            JsonToken next;
            while ((next = parser.nextToken()) == JsonToken.FIELD_NAME) {
              String name = parser.currentName();
              long nameAt = tokenAt();
              members.add(new Member(name, nameAt, readValue(parser.nextToken())));
            }
            expectEnd(next, JsonToken.END_OBJECT);
            return members.build(at);
          }
        case START_ARRAY:
          {
            List<Value> items = new ArrayList<>();
            JsonToken next;
            while ((next = parser.nextToken()) != JsonToken.END_ARRAY && next != null) {
              items.add(readValue(next));
            }
            expectEnd(next, JsonToken.END_ARRAY);
            return new Arr(at, items);
          }
        case VALUE_STRING:
          return new Str(at, parser.getText());
        case VALUE_NUMBER_INT:
          return new Num(at, new BigDecimal(parser.getBigIntegerValue()), true);
        case VALUE_NUMBER_FLOAT:
          return new Num(at, parser.getDecimalValue(), false);
        case VALUE_TRUE:
          return new Bool(at, true);
        case VALUE_FALSE:
          return new Bool(at, false);
        case VALUE_NULL:
          return new Null(at);
        default:
          throw new JsonParseException(parser, "unexpected " + token);
      }
    }

    /** Fails as broken JSON when anything but whitespace follows the top-level value. */
    void expectEndOfInput() throws IOException {
      if (parser.nextToken() != null) {
        throw new JsonParseException(parser, "unexpected content after the end of the top-level value");
      }
    }

    void expectEnd(JsonToken actual, JsonToken expected) throws IOException {
      if (actual != expected) {
        throw new JsonParseException(parser, "the file ends before the JSON is complete");
      }
    }
  }
}
