package org.eventmap.ui.map;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javafx.geometry.Rectangle2D;

/**
 * Boxes already taken on the map (markers, names), found by the cells of a coarse grid they cover, so
 * that placing a name looks only at its neighbours: with a thousand marks on screen, testing each new
 * name against every box took longer than drawing.
 */
final class Obstacles {
  private static final double CELL = 64;
  private final Map<Long, List<Rectangle2D>> cells = new HashMap<>();

  void add(Rectangle2D box) {
    forEachCell(box, key -> cells.computeIfAbsent(key, k -> new ArrayList<>(4)).add(box));
  }

  boolean intersectsAny(Rectangle2D box) {
    long minX = cell(box.getMinX());
    long maxX = cell(box.getMaxX());
    long minY = cell(box.getMinY());
    long maxY = cell(box.getMaxY());
    for (long x = minX; x <= maxX; x++) {
      for (long y = minY; y <= maxY; y++) {
        List<Rectangle2D> taken = cells.get(key(x, y));
        if (taken != null) {
          for (Rectangle2D r : taken) {
            if (r.intersects(box)) {
              return true;
            }
          }
        }
      }
    }
    return false;
  }

  private static void forEachCell(Rectangle2D box, java.util.function.LongConsumer action) {
    for (long x = cell(box.getMinX()); x <= cell(box.getMaxX()); x++) {
      for (long y = cell(box.getMinY()); y <= cell(box.getMaxY()); y++) {
        action.accept(key(x, y));
      }
    }
  }

  private static long cell(double coordinate) {
    return (long) Math.floor(coordinate / CELL);
  }

  private static long key(long x, long y) {
    return (x << 32) ^ (y & 0xffffffffL);
  }
}
