package org.eventmap.ui.map;

import java.util.LinkedHashMap;
import java.util.Map;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.Text;

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

  /** Fonts of the names: place names above the data, country names on the basemap. */
  static final Font PLACE_FONT = Font.font("System", FontWeight.BOLD, 12);
  static final Font COUNTRY_FONT = Font.font("System", FontWeight.NORMAL, 11);

  private static final Text MEASURE = new Text();
  /** Widths of recent names: the same names come back frame after frame. */
  private static final Map<String, Double> PLACE_WIDTHS = lruCache();
  private static final Map<String, Double> COUNTRY_WIDTHS = lruCache();

  /**
   * How wide the text is in this font, as laid out: a guess per character let long names run into the
   * marker beside them. Measured once per name and font, and remembered for the next frames.
   */
  static double width(String text, Font font) {
    Map<String, Double> cache = font == PLACE_FONT ? PLACE_WIDTHS : font == COUNTRY_FONT ? COUNTRY_WIDTHS : null;
    Double known = cache == null ? null : cache.get(text);
    if (known != null) {
      return known;
    }
    MEASURE.setFont(font);
    MEASURE.setText(text);
    double width = Math.ceil(MEASURE.getLayoutBounds().getWidth()) + 2; // the halo reaches a pixel each side
    if (cache != null) {
      cache.put(text, width);
    }
    return width;
  }

  private static Map<String, Double> lruCache() {
    return new LinkedHashMap<>(256, 0.75f, true) {
      @Override
      protected boolean removeEldestEntry(Map.Entry<String, Double> eldest) {
        return size() > 4_000;
      }
    };
  }
}
