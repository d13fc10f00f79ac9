package org.eventmap.io;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A JSON document in which every value remembers the line and column where it starts, so that a
 * validation message can point at the exact spot. Jackson's own tree forgets positions.
 */
final class JsonTree {
  private JsonTree() {}

  /** Where a value starts in the file; both numbers count from 1. */
  record Position(int line, int column) {}

  sealed interface Value permits Obj, Arr, Str, Num, Bool, Null {
    Position position();

    /** How a person would name this kind of value in a message. */
    String kind();
  }

  record Member(String name, Position namePosition, Value value) {}

  record Obj(Position position, Map<String, Member> members, List<Member> duplicates) implements Value {
    public String kind() {
      return "an object";
    }
  }

  record Arr(Position position, List<Value> items) implements Value {
    public String kind() {
      return "an array";
    }
  }

  record Str(Position position, String text) implements Value {
    public String kind() {
      return "a string";
    }
  }

  record Num(Position position, BigDecimal number, boolean integral) implements Value {
    public String kind() {
      return "a number";
    }
  }

  record Bool(Position position, boolean bool) implements Value {
    public String kind() {
      return "a boolean";
    }
  }

  record Null(Position position) implements Value {
    public String kind() {
      return "null";
    }
  }

  /** Reads the one value the parser is about to produce, with everything inside it. */
  static Value read(JsonParser parser) throws IOException {
    JsonToken token = parser.nextToken();
    if (token == null) {
      throw new com.fasterxml.jackson.core.JsonParseException(parser, "the file is empty");
    }
    Value value = readValue(parser, token);
    if (parser.nextToken() != null) {
      throw new com.fasterxml.jackson.core.JsonParseException(
          parser, "unexpected content after the end of the top-level value");
    }
    return value;
  }

  /** Reads the value whose first token the parser has just produced. */
  static Value readValue(JsonParser parser, JsonToken token) throws IOException {
    Position at = position(parser.currentTokenLocation());
    switch (token) {
      case START_OBJECT:
        {
          Map<String, Member> members = new LinkedHashMap<>();
          List<Member> duplicates = new ArrayList<>();
          JsonToken next;
          while ((next = parser.nextToken()) == JsonToken.FIELD_NAME) {
            String name = parser.currentName();
            Position namePosition = position(parser.currentTokenLocation());
            Value child = readValue(parser, parser.nextToken());
            Member member = new Member(name, namePosition, child);
            if (members.putIfAbsent(name, member) != null) {
              duplicates.add(member);
            }
          }
          expectEnd(parser, next, JsonToken.END_OBJECT);
          return new Obj(at, members, duplicates);
        }
      case START_ARRAY:
        {
          List<Value> items = new ArrayList<>();
          JsonToken next;
          while ((next = parser.nextToken()) != JsonToken.END_ARRAY && next != null) {
            items.add(readValue(parser, next));
          }
          expectEnd(parser, next, JsonToken.END_ARRAY);
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
        throw new com.fasterxml.jackson.core.JsonParseException(parser, "unexpected " + token);
    }
  }

  /** Fails as broken JSON when anything but whitespace follows the top-level value. */
  static void expectEndOfInput(JsonParser parser) throws IOException {
    if (parser.nextToken() != null) {
      throw new com.fasterxml.jackson.core.JsonParseException(
          parser, "unexpected content after the end of the top-level value");
    }
  }

  static void expectEnd(JsonParser parser, JsonToken actual, JsonToken expected) throws IOException {
    if (actual != expected) {
      throw new com.fasterxml.jackson.core.JsonParseException(parser, "the file ends before the JSON is complete");
    }
  }

  static Position position(JsonLocation location) {
    return new Position(Math.max(1, location.getLineNr()), Math.max(1, location.getColumnNr()));
  }
}
