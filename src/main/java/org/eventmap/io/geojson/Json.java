package org.eventmap.io.geojson;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

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

  /** An object's members in the file's order; looked up one by one, which beats hashing for a feature's few. */
  static final class Obj implements Node {
    private static final String[] NO_NAMES = {};
    private static final Node[] NO_VALUES = {};
    private final int line;
    private final int column;
    private String[] names;
    private Node[] values;
    private int size;
    /** Bit i set when the name of member i has capitals: only those can match a lower-case name by ignoring case. */
    private long capitalised;

    Obj(int line, int column) {
      this.line = line;
      this.column = column;
      this.names = NO_NAMES;
      this.values = NO_VALUES;
    }

    void add(String name, Node value) {
      if (size == names.length) {
        int capacity = Math.max(8, size * 2);
        names = java.util.Arrays.copyOf(names, capacity);
        values = java.util.Arrays.copyOf(values, capacity);
      }
      if (size >= 64 || hasCapitals(name)) {
        capitalised |= size >= 64 ? -1L : 1L << size;
      }
      names[size] = name;
      values[size++] = value;
    }

    @Override
    public int line() {
      return line;
    }

    @Override
    public int column() {
      return column;
    }

    int size() {
      return size;
    }

    String name(int i) {
      return names[i];
    }

    Node value(int i) {
      return values[i];
    }

    Node get(String name) {
      for (int i = 0; i < size; i++) {
        if (names[i].equals(name)) {
          return values[i];
        }
      }
      return null;
    }

    /**
     * The first member whose name is one of these (given in lower case), ignoring case: files write "Date"
     * and "DATE" too.
     */
    Member firstOf(List<String> wanted) {
      for (String w : wanted) {
        for (int i = 0; i < size; i++) {
          if (names[i].equals(w)) {
            return new Member(i, names[i], values[i]);
          }
        }
      }
      if (capitalised == 0) {
        return null;
      }
      for (String w : wanted) {
        for (int i = 0; i < size; i++) {
          boolean mayDiffer = i >= 64 || (capitalised & 1L << i) != 0;
          if (mayDiffer && names[i].length() == w.length() && names[i].equalsIgnoreCase(w)) {
            return new Member(i, names[i], values[i]);
          }
        }
      }
      return null;
    }

    private static boolean hasCapitals(String name) {
      for (int i = 0; i < name.length(); i++) {
        if (Character.isUpperCase(name.charAt(i))) {
          return true;
        }
      }
      return false;
    }

    @Override
    public String kind() {
      return "an object";
    }
  }

  /** A member found by name, with its place among the object's members. */
  record Member(int index, String name, Node value) {}

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
  record Num(int line, int column, String written, boolean integral) implements Node {
    /** Parsed when asked for: most numbers of a feature are only shown, never computed with. */
    double value() {
      return Double.parseDouble(written);
    }

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
        Obj object = new Obj(line, column);
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
          String name = parser.currentName();
          parser.nextToken();
          object.add(name, read(parser));
        }
        return object;
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
        return new Num(line, column, parser.getText(), true);
      case VALUE_NUMBER_FLOAT:
        return new Num(line, column, parser.getText(), false);
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
      for (int i = 0; i < o.size(); i++) {
        out.append(i == 0 ? "" : ", ").append('"').append(o.name(i)).append("\": ");
        write(o.value(i), out);
      }
      out.append('}');
    }
  }

  static String lower(String s) {
    return s.toLowerCase(Locale.ROOT);
  }
}
