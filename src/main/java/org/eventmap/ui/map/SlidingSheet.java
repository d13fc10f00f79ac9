package org.eventmap.ui.map;

import javafx.animation.PauseTransition;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.transform.Affine;
import javafx.util.Duration;
import org.eventmap.geo.Viewport;

/**
 * A canvas drawn for a view and some distance beyond its edges, then moved with the view while it pans
 * and scaled while it zooms (ADR 0007, 0011), so that those frames draw nothing. It is the one place
 * where that is worked out; every layer that reaches beyond the view draws on one. Once a scaled
 * drawing has rested for a moment, {@code sharpen} is run so that its layer draws it again, sharp.
 */
final class SlidingSheet {
  /** How long a zoom must rest before the scaled drawing is drawn again. */
  static final Duration REST = Duration.millis(180);

  private final Canvas canvas = new Canvas();
  private final PauseTransition rest = new PauseTransition(REST);
  private Viewport drawnFor;
  private double reach;
  private double scale = 1;
  private double left;
  private double top;

  /** {@code sharpen} is run once a moved or scaled drawing has rested: its layer marks itself dirty. */
  SlidingSheet(Runnable sharpen) {
    canvas.setMouseTransparent(true);
    rest.setOnFinished(e -> sharpen.run());
  }

  Canvas canvas() {
    return canvas;
  }

  /** The view the sheet was last drawn for, or null. */
  Viewport drawnFor() {
    return drawnFor;
  }

  /** How far beyond each edge of the view the sheet was last drawn (pixels). */
  double reach() {
    return reach;
  }

  /** Whether the drawing is now scaled, i.e. a zoom runs and it has not been drawn again yet. */
  boolean isScaled() {
    return scale != 1;
  }

  /**
   * Moves (and, if {@code mayScale}, scales by less than ×2) the drawing under this view when it still
   * covers the view, and starts the rest after which it is drawn again when {@code sharpenAfterMove} or
   * when it is scaled.
   *
   * @return whether the drawing covers the view; if not, the layer draws it again
   */
  boolean follow(Viewport v, boolean mayScale, boolean sharpenAfterMove) {
    Viewport d = drawnFor;
    if (d == null || d.width() != v.width() || d.height() != v.height()) {
      return false;
    }
    double k = v.scale() / d.scale();
    if (!mayScale && k != 1) {
      return false;
    }
    double dx = v.centerX() - d.centerX();
    dx -= Math.round(dx); // the world wraps east-west
    double w = v.width() + 2 * reach;
    double h = v.height() + 2 * reach;
    // Where the sheet's top-left corner and far corner land in the view.
    double l = -dx * v.scale() + v.width() / 2 - w / 2 * k;
    double t = -(v.centerY() - d.centerY()) * v.scale() + v.height() / 2 - h / 2 * k;
    if (!(k > 0.5 && k < 2 && l <= 0 && t <= 0 && l + w * k >= v.width() && t + h * k >= v.height())) {
      return false;
    }
    place(k, l, t);
    if (k != 1 || (sharpenAfterMove && (l != -reach || t != -reach))) {
      rest.playFromStart();
    }
    return true;
  }

  /**
   * Clears the sheet for drawing this view and {@code reach} pixels beyond each edge. The context is
   * in the view's coordinates (its origin at the view's top-left corner) until {@link #end}.
   */
  GraphicsContext begin(Viewport v, double reach) {
    double w = v.width() + 2 * reach;
    double h = v.height() + 2 * reach;
    if (canvas.getWidth() != w || canvas.getHeight() != h) {
      canvas.setWidth(w);
      canvas.setHeight(h);
    }
    this.reach = reach;
    drawnFor = v;
    rest.stop();
    place(1, -reach, -reach);
    GraphicsContext g = canvas.getGraphicsContext2D();
    g.clearRect(0, 0, w, h);
    g.save();
    g.translate(reach, reach);
    return g;
  }

  void end(GraphicsContext g) {
    g.restore();
  }

  /** Runs {@code sharpen} once the view has rested, for a drawing made from what another view laid out. */
  void sharpenAfterRest() {
    rest.playFromStart();
  }

  /** Forgets the drawing: the next {@link #follow} fails and the layer draws again. */
  void forget() {
    drawnFor = null;
  }

  /** Converts a box in the view the sheet was drawn for into the view as it now sits. */
  javafx.geometry.Rectangle2D toView(javafx.geometry.Rectangle2D b) {
    return new javafx.geometry.Rectangle2D(b.getMinX() * scale + left + reach * scale,
        b.getMinY() * scale + top + reach * scale, b.getWidth() * scale, b.getHeight() * scale);
  }

  private void place(double k, double l, double t) {
    scale = k;
    left = l;
    top = t;
    if (k == 1) {
      // Only moved: a plain position, which the renderer composites more cheaply than a transform.
      canvas.getTransforms().clear();
      canvas.relocate(l, t);
    } else {
      canvas.relocate(0, 0);
      canvas.getTransforms().setAll(new Affine(k, 0, l, 0, k, t));
    }
  }
}
