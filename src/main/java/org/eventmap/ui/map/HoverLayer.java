package org.eventmap.ui.map;

import java.util.Optional;
import java.util.function.Function;
import javafx.scene.Node;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import org.eventmap.geo.Viewport;
import org.eventmap.ui.map.MapView.MarkerGroup;

/**
 * The ring around the mark under the pointer, on a canvas only as large as the ring: hovering draws
 * this and nothing else, whatever the number of events on the data layer beneath.
 */
final class HoverLayer extends MapLayer {
  private final Canvas canvas = new Canvas();
  /** Where the hovered mark now is, if the marks are laid out for the view (not while a zoom runs). */
  private final Function<MarkerGroup, Optional<MarkerGroup>> whereNow;
  private MarkerGroup hovered;

  HoverLayer(Function<MarkerGroup, Optional<MarkerGroup>> whereNow) {
    this.whereNow = whereNow;
    canvas.setMouseTransparent(true);
    canvas.setVisible(false);
  }

  @Override
  Node node() {
    return canvas;
  }

  MarkerGroup hovered() {
    return hovered;
  }

  /** The mark under the pointer is now this one, or none. */
  void hover(MarkerGroup mark) {
    if (!MapView.sameMark(mark, hovered)) {
      hovered = mark;
      markDirty();
    }
  }

  @Override
  protected boolean layoutLayer(Viewport view, boolean contentChanged) {
    Optional<MarkerGroup> now = hovered == null ? Optional.empty() : whereNow.apply(hovered);
    if (now.isEmpty()) {
      canvas.setVisible(false);
      return false;
    }
    MarkerGroup m = now.get();
    double r = m.radius() + 4;
    double half = Math.ceil(r + style().hoverWidth());
    // Placed on whole pixels, the ring drawn at the mark's fraction of a pixel: as sharp as on the data.
    double left = Math.floor(m.x() - half);
    double top = Math.floor(m.y() - half);
    canvas.relocate(left, top);
    canvas.setVisible(true);
    canvas.setWidth(2 * half + 1);
    canvas.setHeight(2 * half + 1);
    GraphicsContext g = canvas.getGraphicsContext2D();
    g.clearRect(0, 0, canvas.getWidth(), canvas.getHeight());
    g.setStroke(style().hover());
    g.setLineWidth(style().hoverWidth());
    g.strokeOval(m.x() - left - r, m.y() - top - r, 2 * r, 2 * r);
    return true;
  }
}
