package org.eventmap.ui.map;

import javafx.scene.Node;
import org.eventmap.geo.Viewport;

/**
 * One layer of the map, on a node of its own in {@link MapView}'s stack. A change to what the layer
 * shows only marks it dirty ({@link #markDirty()}); the map then asks it, in its next layout pass and
 * so at most once a pulse, to lay itself out for the current view ({@link #layoutLayer}). A layer that
 * is not dirty is still asked when the view has moved, so that it can follow the view.
 */
abstract class MapLayer {
  private Runnable requestLayout = () -> {};
  private boolean dirty = true;
  private MapStyle style = MapStyle.DEFAULT;
  private int redraws;

  /** The node the layer shows itself on. */
  abstract Node node();

  /**
   * Lays the layer out for this view: draws it again when {@code contentChanged}, else it may only
   * follow the view (move, or scale while a zoom runs).
   *
   * @return whether the layer was drawn again
   */
  protected abstract boolean layoutLayer(Viewport view, boolean contentChanged);

  /** Called by the map: a dirty layer asks it for a layout pass. */
  final void attach(Runnable requestLayout) {
    this.requestLayout = requestLayout;
  }

  /** What the layer shows has changed: it is drawn again in the next layout pass. */
  final void markDirty() {
    dirty = true;
    requestLayout.run();
  }

  final boolean isDirty() {
    return dirty;
  }

  /** The map's one call a pulse, when the layer is dirty or the view has moved. */
  final boolean layout(Viewport view) {
    boolean changed = dirty;
    dirty = false;
    boolean drew = layoutLayer(view, changed);
    if (drew) {
      redraws++;
    }
    return drew;
  }

  /** How many times the layer has been drawn: for tests. */
  final int redraws() {
    return redraws;
  }

  final MapStyle style() {
    return style;
  }

  /** The map's look has changed (its stylesheet): the layer is drawn again with it. */
  final void setStyle(MapStyle style) {
    if (!style.equals(this.style)) {
      this.style = style;
      markDirty();
    }
  }
}
