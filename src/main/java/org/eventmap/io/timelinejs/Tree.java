package org.eventmap.io.timelinejs;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * One slide (or era, or the title) of a timeline as a small tree whose every value knows its line and
 * column, so that a bad month deep in a date object is reported where it is written. Only one slide at a
 * time is a tree: the events array is streamed.
 */
final class Tree {
  private Tree() {}

  sealed interface Node permits Obj, Arr, Text, Num, Bool, Nil {
    int line();

    int column();

    /** What a person calls this kind of value, for messages. */
    String kind();
  }

  /** An object's members in the file's order; a slide has a handful, so they are looked up one by one. */
  record Obj(int line, int column, List<String> names, List<Node> values) implements Node {
    Node get(String name) {
      for (int i = 0; i < names.size(); i++) {
        if (names.get(i).equals(name)) {
          return values.get(i);
        }
      }
      return null;
    }

    @Override
    public String kind() {
      return "an object";
    }
  }

  record Arr(int line, int column, List<Node> items) implements Node {
    @Override
    public String kind() {
      return "an array";
    }
  }

  record Text(int line, int column, String text) implements Node {
    @Override
    public String kind() {
      return "the text \"" + shortened(text) + "\"";
    }
  }

  /** A number as written, so that a year of thirteen digits or {@code 1963.0} is judged on its digits. */
  record Num(int line, int column, String written, boolean integral) implements Node {
    @Override
    public String kind() {
      return "the number " + written;
    }
  }

  record Bool(int line, int column, boolean value) implements Node {
    @Override
    public String kind() {
      return value ? "true" : "false";
    }
  }

  record Nil(int line, int column) implements Node {
    @Override
    public String kind() {
      return "null";
    }
  }

  /** Reads the value whose first token the parser is on, leaving the parser on its last token. */
  static Node read(JsonParser parser) throws IOException {
    JsonLocation at = parser.currentTokenLocation();
    int line = Math.max(1, at.getLineNr());
    int column = Math.max(1, at.getColumnNr());
    JsonToken token = parser.currentToken();
    switch (token) {
      case START_OBJECT -> {
        List<String> names = new ArrayList<>(8);
        List<Node> values = new ArrayList<>(8);
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
          names.add(parser.currentName());
          parser.nextToken();
          values.add(read(parser));
        }
        return new Obj(line, column, names, values);
      }
      case START_ARRAY -> {
        List<Node> items = new ArrayList<>();
        while (parser.nextToken() != JsonToken.END_ARRAY) {
          items.add(read(parser));
        }
        return new Arr(line, column, items);
      }
      case VALUE_STRING -> {
        return new Text(line, column, parser.getText());
      }
      case VALUE_NUMBER_INT -> {
        return new Num(line, column, parser.getText(), true);
      }
      case VALUE_NUMBER_FLOAT -> {
        return new Num(line, column, parser.getText(), false);
      }
      case VALUE_TRUE, VALUE_FALSE -> {
        return new Bool(line, column, token == JsonToken.VALUE_TRUE);
      }
      case VALUE_NULL -> {
        return new Nil(line, column);
      }
      default -> throw new IOException("unexpected " + token);
    }
  }

  /** A value as text for a field that holds text: strings as they are, numbers and booleans as written. */
  static String shown(Node value) {
    if (value instanceof Text t) {
      return t.text();
    }
    if (value instanceof Num n) {
      return n.written();
    }
    return value instanceof Bool b ? Boolean.toString(b.value()) : "";
  }

  static String shortened(String text) {
    String oneLine = text.replaceAll("\\s+", " ").strip();
    return oneLine.length() <= 60 ? oneLine : oneLine.substring(0, 57) + "...";
  }
}
