package org.eventmap.io.geojson;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * One feature of a GeoJSON file as a small tree whose every value knows its line and column, so that a
 * mistake deep in it is reported where it is. Only one feature at a time is a tree: the file is streamed.
 */
final class Json {
  private Json() {}

  sealed interface Node permits Obj, Arr, Text, Num, Bool, Nil {
    int line();

    int column();

    /** What a person calls this kind of value, for messages. */
    String kind();
  }

  record Obj(int line, int column, Map<String, Node> members) implements Node {
    Node get(String name) {
      return members.get(name);
    }

    /** The first member whose name is one of these, ignoring case (files write "Date" and "DATE" too). */
    Map.Entry<String, Node> firstOf(List<String> names) {
      for (String wanted : names) {
        Node exact = members.get(wanted);
        if (exact != null) {
          return Map.entry(wanted, exact);
        }
      }
      for (String wanted : names) {
        for (Map.Entry<String, Node> m : members.entrySet()) {
          if (m.getKey().equalsIgnoreCase(wanted)) {
            return m;
          }
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

  /** A number, with the digits as written (shown as they are, and read exactly as a count of milliseconds). */
  record Num(int line, int column, String written, double value, boolean integral) implements Node {
    @Override
    public String kind() {
      return "the number " + written;
    }
  }

  record Bool(int line, int column, boolean value) implements Node {
    @Override
    public String kind() {
      return Boolean.toString(value);
    }
  }

  record Nil(int line, int column) implements Node {
    @Override
    public String kind() {
      return "null";
    }
  }

  static String shortened(String text) {
    return text.length() <= 40 ? text : text.substring(0, 37) + "...";
  }

  /** Reads the value whose first token the parser is on. */
  static Node read(JsonParser parser) throws IOException {
    JsonLocation at = parser.currentTokenLocation();
    int line = Math.max(1, at.getLineNr());
    int column = Math.max(1, at.getColumnNr());
    JsonToken token = parser.currentToken();
    switch (token) {
      case START_OBJECT: {
        Map<String, Node> members = new LinkedHashMap<>();
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
          String name = parser.currentName();
          parser.nextToken();
          members.put(name, read(parser));
        }
        return new Obj(line, column, members);
      }
      case START_ARRAY: {
        List<Node> items = new ArrayList<>();
        while (parser.nextToken() != JsonToken.END_ARRAY) {
          items.add(read(parser));
        }
        return new Arr(line, column, items);
      }
      case VALUE_STRING:
        return new Text(line, column, parser.getText());
      case VALUE_NUMBER_INT:
        return new Num(line, column, parser.getText(), parser.getValueAsDouble(), true);
      case VALUE_NUMBER_FLOAT:
        return new Num(line, column, parser.getText(), parser.getValueAsDouble(), false);
      case VALUE_TRUE:
        return new Bool(line, column, true);
      case VALUE_FALSE:
        return new Bool(line, column, false);
      case VALUE_NULL:
        return new Nil(line, column);
      default:
        throw new IllegalStateException("unexpected " + token + " at " + line + ":" + column);
    }
  }

  /** The value as a person would read it in the detail pane: text as it is, anything else as compact JSON. */
  static String shown(Node node) {
    if (node instanceof Text t) {
      return t.text();
    }
    StringBuilder out = new StringBuilder();
    write(node, out);
    return out.toString();
  }

  private static void write(Node node, StringBuilder out) {
    if (node instanceof Text t) {
      out.append('"').append(t.text().replace("\\", "\\\\").replace("\"", "\\\"")).append('"');
    } else if (node instanceof Num n) {
      out.append(n.written());
    } else if (node instanceof Bool b) {
      out.append(b.value());
    } else if (node instanceof Nil) {
      out.append("null");
    } else if (node instanceof Arr a) {
      out.append('[');
      for (int i = 0; i < a.items().size(); i++) {
        out.append(i > 0 ? ", " : "");
        write(a.items().get(i), out);
      }
      out.append(']');
    } else if (node instanceof Obj o) {
      out.append('{');
      boolean first = true;
      for (Map.Entry<String, Node> m : o.members().entrySet()) {
        out.append(first ? "" : ", ").append('"').append(m.getKey()).append("\": ");
        first = false;
        write(m.getValue(), out);
      }
      out.append('}');
    }
  }

  static String lower(String s) {
    return s.toLowerCase(Locale.ROOT);
  }
}
