package org.eventmap.io.geojson;

import java.util.Locale;
import org.eventmap.io.LocatedJson;
import org.eventmap.io.LocatedJson.Arr;
import org.eventmap.io.LocatedJson.Bool;
import org.eventmap.io.LocatedJson.Nil;
import org.eventmap.io.LocatedJson.Node;
import org.eventmap.io.LocatedJson.Num;
import org.eventmap.io.LocatedJson.Obj;
import org.eventmap.io.LocatedJson.Text;

/** How the GeoJSON reader writes a feature's values for a person: the tree is {@link LocatedJson}'s. */
final class Json {
  private Json() {}

  static String shortened(String text) {
    return LocatedJson.shortened(text);
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
