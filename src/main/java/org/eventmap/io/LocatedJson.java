package org.eventmap.io;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * A small piece of a JSON file (one GeoJSON feature, one TimelineJS or StoryMapJS slide, one timemap
 * event) as a tree whose every value knows its line and column, so that a mistake deep in it is reported
 * where it is. Only one piece at a time is a tree: the readers of those formats stream the rest. (Our own
 * format has {@link JsonTree}, which keeps the file's bytes for its packed texts.)
 */
public final class LocatedJson {
  private LocatedJson() {}

  public sealed interface Node permits Obj, Arr, Text, Num, Bool, Nil {
    int line();

    int column();

    /** What a person calls this kind of value, for messages. */
    String kind();
  }

  /** An object's members in the file's order; looked up one by one, which beats hashing for a feature's few. */
  public static final class Obj implements Node {
    private static final String[] NO_NAMES = {};
    private static final Node[] NO_VALUES = {};
    private final int line;
    private final int column;
    private String[] names;
    private Node[] values;
    private int size;
    /** Bit i set when the name of member i has capitals: only those can match a lower-case name by ignoring case. */
    private long capitalised;

    public Obj(int line, int column) {
      this.line = line;
      this.column = column;
      this.names = NO_NAMES;
      this.values = NO_VALUES;
    }

    /** Adds a member; a repeated name is kept too, and {@link #get} finds the first. */
    public void add(String name, Node value) {
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

    public int size() {
      return size;
    }

    public String name(int i) {
      return names[i];
    }

    public Node value(int i) {
      return values[i];
    }

    /** The first member of this name, or null. */
    public Node get(String name) {
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
    public Member firstOf(List<String> wanted) {
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

    /** The name of the first of these members that has a value other than null, or null. */
    public String firstPresent(String... wanted) {
      for (String w : wanted) {
        Node n = get(w);
        if (n != null && !(n instanceof Nil)) {
          return w;
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
  public record Member(int index, String name, Node value) {}

  public record Arr(int line, int column, List<Node> items) implements Node {
    @Override
    public String kind() {
      return "an array";
    }
  }

  public record Text(int line, int column, String text) implements Node {
    @Override
    public String kind() {
      return "the text \"" + shortened(text) + "\"";
    }
  }

  /** A number, with the digits as written (shown as they are, and read exactly as a count of milliseconds). */
  public record Num(int line, int column, String written, boolean integral) implements Node {
    /** Parsed when asked for: most numbers of a feature are only shown, never computed with. */
    public double value() {
      return Double.parseDouble(written);
    }

    @Override
    public String kind() {
      return "the number " + written;
    }
  }

  public record Bool(int line, int column, boolean value) implements Node {
    @Override
    public String kind() {
      return Boolean.toString(value);
    }
  }

  public record Nil(int line, int column) implements Node {
    @Override
    public String kind() {
      return "null";
    }
  }

  /** A text cut to 40 characters, for messages. */
  public static String shortened(String text) {
    return text.length() <= 40 ? text : text.substring(0, 37) + "...";
  }

  /** The text of a string or the digits of a number, stripped; null when absent, null or blank. */
  public static String text(Node node) {
    String t = node instanceof Text s ? s.text().strip() : node instanceof Num n ? n.written() : null;
    return t == null || t.isEmpty() ? null : t;
  }

  /** Reads the value whose first token the parser is on. */
  public static Node read(JsonParser parser) throws IOException {
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

}
