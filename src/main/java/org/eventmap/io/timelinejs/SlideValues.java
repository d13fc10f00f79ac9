package org.eventmap.io.timelinejs;

import org.eventmap.io.LocatedJson.Bool;
import org.eventmap.io.LocatedJson.Node;
import org.eventmap.io.LocatedJson.Num;
import org.eventmap.io.LocatedJson.Text;

/** How the TimelineJS readers write a slide's values in messages and fields (the tree is {@code LocatedJson}). */
final class SlideValues {
  private SlideValues() {}

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
