package org.eventmap.ui.map;

import org.eventmap.geo.Viewport;
import org.eventmap.geo.WorldBounds;

/** The copies of the world side by side east and west, as the map shows them where it wraps. */
final class WorldCopies {
  private WorldCopies() {}

  /** Of the copies of the world side by side, the one nearest the centre of the view. */
  static double nearestX(double worldX, Viewport v) {
    return worldX + Math.round(v.centerX() - worldX);
  }

  /** The east-west shifts (in worlds) at which a copy of the world is on screen. */
  static double[] shiftsOnScreen(WorldBounds visible) {
    int first = (int) Math.floor(visible.minX());
    int last = (int) Math.floor(visible.maxX());
    double[] offsets = new double[last - first + 1];
    for (int i = 0; i < offsets.length; i++) {
      offsets[i] = first + i;
    }
    return offsets;
  }
}
