package org.eventmap.ui;

import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;

/** Reads what a person would see on a node, pixel by pixel. Call on the FX thread. */
final class MapPixels {
  static final Color SEA = Color.web("#cfe0ec");
  static final Color LAND = Color.web("#f6f3ec");

  private final WritableImage image;

  private MapPixels(WritableImage image) {
    this.image = image;
  }

  static MapPixels of(Node node) {
    return new MapPixels(node.snapshot(null, null));
  }

  Color at(Point2D p) {
    return image.getPixelReader().getColor((int) Math.round(p.getX()), (int) Math.round(p.getY()));
  }

  /** Whether the pixel is neither sea nor land: something is drawn there. */
  boolean isMarkedAt(Point2D p) {
    Color c = at(p);
    return distance(c, SEA) > 0.12 && distance(c, LAND) > 0.12;
  }

  /**
   * Whether the pixel shows a marker of the given colour: at full strength (an event of the current
   * day) or faded over land or sea (an earlier event).
   */
  boolean showsMarkerAt(Point2D p, Color category) {
    Color c = at(p);
    if (distance(c, LAND) < 0.1 || distance(c, SEA) < 0.1) {
      return false; // plain map
    }
    if (distance(c, category) < 0.2) {
      return true;
    }
    // Earlier events are translucent, older ones more so (down to 0.3 in the window).
    Color faded = category.deriveColor(0, 0.7, 1, 1);
    for (double alpha = 0.25; alpha <= 1.0; alpha += 0.05) {
      if (distance(c, over(faded, alpha, LAND)) < 0.12 || distance(c, over(faded, alpha, SEA)) < 0.12) {
        return true;
      }
    }
    return false;
  }

  /** Whether the pixel shows the dark disc of a cluster of places. */
  boolean showsClusterAt(Point2D p) {
    Color cluster = Color.web("#37474f");
    Color c = at(p);
    return distance(c, over(cluster, 0.9, LAND)) < 0.2 || distance(c, over(cluster, 0.9, SEA)) < 0.2;
  }

  private static Color over(Color top, double alpha, Color bottom) {
    return Color.color(
        alpha * top.getRed() + (1 - alpha) * bottom.getRed(),
        alpha * top.getGreen() + (1 - alpha) * bottom.getGreen(),
        alpha * top.getBlue() + (1 - alpha) * bottom.getBlue());
  }

  static double distance(Color a, Color b) {
    return Math.abs(a.getRed() - b.getRed()) + Math.abs(a.getGreen() - b.getGreen())
        + Math.abs(a.getBlue() - b.getBlue());
  }
}
