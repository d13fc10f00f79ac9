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
      case DIAMOND -> polygon(g, x, y, 4, 90, r * 1.2);
      case TRIANGLE -> polygon(g, x, y + r * 0.2, 3, 90, r * 1.3);
      case HEXAGON -> polygon(g, x, y, 6, 0, r * 1.05);
      case STAR -> polygon(g, x, y, 10, 90, r * 1.3, r * 0.6);
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

  /** A polygon of the given corners; with two radii the corners alternate between them (a star). */
  private static void polygon(GraphicsContext g, double x, double y, int corners, double startDegrees,
      double... radii) {
    for (int i = 0; i < corners; i++) {
      double r = radii[i % radii.length];
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
}
