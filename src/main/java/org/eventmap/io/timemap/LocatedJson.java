package org.eventmap.io.timemap;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * A small piece of a JSON file (one slide, one event) as a tree whose every value knows its line and
 * column, so that a mistake in it is reported where it is. Only one piece at a time is a tree: the
 * readers of StoryMapJS and timemap files stream the rest. Shared by those readers.
 */
public final class LocatedJson {
  private LocatedJson() {}

  public sealed interface Node permits Obj, Arr, Text, Num, Bool, Nil {
    int line();

    int column();

    /** What a person calls this kind of value, for messages. */
    String kind();
  }

  /** An object's members in the file's order; a repeated name keeps its first value. */
  public static final class Obj implements Node {
    private final int line;
    private final int column;
    private final List<String> names = new ArrayList<>(8);
    private final List<Node> values = new ArrayList<>(8);

    public Obj(int line, int column) {
      this.line = line;
      this.column = column;
    }

    void add(String name, Node value) {
      if (get(name) == null) {
        names.add(name);
        values.add(value);
      }
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
      return names.size();
    }

    public String name(int i) {
      return names.get(i);
    }

    public Node value(int i) {
      return values.get(i);
    }

    /** The member of this name, or null. */
    public Node get(String name) {
      for (int i = 0; i < names.size(); i++) {
        if (names.get(i).equals(name)) {
          return values.get(i);
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

    @Override
    public String kind() {
      return "an object";
    }
  }

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

  /** A number with its digits as written. */
  public record Num(int line, int column, String written) implements Node {
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
      case VALUE_NUMBER_FLOAT:
        return new Num(line, column, parser.getText());
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
