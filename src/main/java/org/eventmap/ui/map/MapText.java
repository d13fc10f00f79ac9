package org.eventmap.ui.map;

import java.util.HashMap;
import java.util.Map;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.Text;

/** Names written on the map, country names on the basemap and place names above it alike. */
final class MapText {
  private MapText() {}

  /**
   * Text with a light halo, so that it reads over coasts and markers. The halo is the text filled eight
   * times around its place rather than stroked: the software renderer draws filled text from its glyph
   * cache but strokes every outline anew, which made names most of the cost of a frame.
   */
  static void haloText(GraphicsContext g, String text, double x, double y, Color color, Color halo) {
    g.setFill(halo);
    for (int dx = -1; dx <= 1; dx++) {
      for (int dy = -1; dy <= 1; dy++) {
        if (dx != 0 || dy != 0) {
          g.fillText(text, x + dx, y + dy);
        }
      }
    }
    g.setFill(color);
    g.fillText(text, x, y);
  }

  private static final Text MEASURE = new Text();
  /** Advance widths of characters, per font, measured once: a name's width is their sum. */
  private static final Map<Font, Map<Integer, Double>> ADVANCES = new HashMap<>();

  /**
   * How wide the text is in this font: the sum of its characters' advances, each measured once in the
   * font (JavaFX lays text out without kerning). A guess per character let long names run into the
   * marker beside them; measuring each new name as a whole cost milliseconds per frame when cluster
   * names carry counts that change at every step of the timeline.
   */
  static double width(String text, Font font) {
    Map<Integer, Double> advances = ADVANCES.computeIfAbsent(font, f -> new HashMap<>());
    double width = 0;
    for (int i = 0; i < text.length(); ) {
      int c = text.codePointAt(i);
      i += Character.charCount(c);
      Double advance = advances.get(c);
      if (advance == null) {
        MEASURE.setFont(font);
        MEASURE.setText(new String(Character.toChars(c)));
        advance = MEASURE.getLayoutBounds().getWidth();
        advances.put(c, advance);
      }
      width += advance;
    }
    return Math.ceil(width) + 2; // the halo reaches a pixel each side
  }
}
