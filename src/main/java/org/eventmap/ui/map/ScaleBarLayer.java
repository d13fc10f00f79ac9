package org.eventmap.ui.map;

import javafx.geometry.VPos;
import javafx.scene.Node;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.text.TextAlignment;
import org.eventmap.geo.ScaleBar;
import org.eventmap.geo.Viewport;

/** The scale bar in the bottom-left corner, which stays put while the map moves under it. */
final class ScaleBarLayer extends MapLayer {
  private final Canvas canvas = new Canvas(150, 30);
  private ScaleBar shown;

  ScaleBarLayer() {
    canvas.setMouseTransparent(true);
  }

  @Override
  Node node() {
    return canvas;
  }

  @Override
  protected boolean layoutLayer(Viewport v, boolean contentChanged) {
    ScaleBar bar = ScaleBar.of(v, 120);
    canvas.relocate(0, v.height() - canvas.getHeight());
    if (!contentChanged && bar.equals(shown)) {
      return false;
    }
    shown = bar;
    MapStyle style = style();
    GraphicsContext g = canvas.getGraphicsContext2D();
    g.clearRect(0, 0, canvas.getWidth(), canvas.getHeight());
    double x = 12;
    double y = canvas.getHeight() - 14;
    g.setFill(style.scaleBarFill());
    g.fillRect(x - 4, y - 18, bar.pixels() + 8, 24);
    g.setStroke(style.scaleBarInk());
    g.setLineWidth(1.5);
    g.strokeLine(x, y, x + bar.pixels(), y);
    g.strokeLine(x, y - 5, x, y);
    g.strokeLine(x + bar.pixels(), y - 5, x + bar.pixels(), y);
    g.setFill(style.scaleBarInk());
    g.setFont(style.scaleBarFont());
    g.setTextAlign(TextAlignment.LEFT);
    g.setTextBaseline(VPos.BOTTOM);
    g.fillText(bar.label(), x + 2, y - 3);
    return true;
  }
}
