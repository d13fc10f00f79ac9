package org.eventmap.ui;

import javafx.scene.canvas.GraphicsContext;

/**
 * The outline of a category's markers, so that categories differ by shape as well as colour (for
 * people who do not tell the colours apart, and for print).
 */
public enum MarkerShape {
  CIRCLE,
  SQUARE,
  DIAMOND,
  TRIANGLE,
  HEXAGON,
  STAR;

  /** Adds the shape, centred on (x, y) with about the given radius, to a new path. */
  public void trace(GraphicsContext g, double x, double y, double r) {
    g.beginPath();
    switch (this) {
      case CIRCLE -> g.arc(x, y, r, r, 0, 360);
      case SQUARE -> g.rect(x - r * 0.88, y - r * 0.88, r * 1.76, r * 1.76);
      case DIAMOND -> polygon(g, x, y, r * 1.2, 4, 90);
      case TRIANGLE -> polygon(g, x, y + r * 0.2, r * 1.3, 3, 90);
      case HEXAGON -> polygon(g, x, y, r * 1.05, 6, 0);
      case STAR -> star(g, x, y, r * 1.3, r * 0.6);
    }
    g.closePath();
  }

  /** Fills and outlines the shape. */
  public void draw(GraphicsContext g, double x, double y, double r, javafx.scene.paint.Paint fill,
      javafx.scene.paint.Paint outline, double outlineWidth) {
    trace(g, x, y, r);
    g.setFill(fill);
    g.fill();
    if (outlineWidth > 0) {
      g.setStroke(outline);
      g.setLineWidth(outlineWidth);
      g.stroke();
    }
  }

  private static void polygon(GraphicsContext g, double x, double y, double r, int corners, double startDegrees) {
    for (int i = 0; i < corners; i++) {
      double a = Math.toRadians(startDegrees - 360.0 * i / corners);
      double px = x + r * Math.cos(a);
      double py = y - r * Math.sin(a);
      if (i == 0) {
        g.moveTo(px, py);
      } else {
        g.lineTo(px, py);
      }
    }
  }

  private static void star(GraphicsContext g, double x, double y, double outer, double inner) {
    for (int i = 0; i < 10; i++) {
      double r = i % 2 == 0 ? outer : inner;
      double a = Math.toRadians(90 - 36.0 * i);
      double px = x + r * Math.cos(a);
      double py = y - r * Math.sin(a);
      if (i == 0) {
        g.moveTo(px, py);
      } else {
        g.lineTo(px, py);
      }
    }
  }
}
