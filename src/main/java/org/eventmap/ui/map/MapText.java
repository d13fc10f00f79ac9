package org.eventmap.ui.map;

import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;

/** Names written on the map, country names on the basemap and place names above it alike. */
final class MapText {
  private static final Color HALO = Color.rgb(255, 255, 255, 0.85);

  private MapText() {}

  /**
   * Text with a light halo, so that it reads over coasts and markers. The halo is the text filled eight
   * times around its place rather than stroked: the software renderer draws filled text from its glyph
   * cache but strokes every outline anew, which made names most of the cost of a frame.
   */
  static void haloText(GraphicsContext g, String text, double x, double y, Color color) {
    g.setFill(HALO);
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

  static double estimateWidth(String text, double perCharacter) {
    return text.length() * perCharacter;
  }
}
