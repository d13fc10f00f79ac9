package org.eventmap.ui.map;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Consumer;
import javafx.geometry.Rectangle2D;
import javafx.scene.control.Button;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.Pane;
import org.eventmap.domain.Place;
import org.eventmap.ui.map.MapView.MarkerGroup;

/**
 * Pointers at the edge of the map to the places where something happens on the timeline's day but which
 * lie outside the view: the story of a day often spans continents, and a view that shows one region
 * legibly would otherwise hide that the Security Council voted in New York the same day. A pointer sits
 * where the line from the centre of the view to the place leaves it; clicking it brings the place into
 * view. A handful at most, so they are controls a person can also reach with Tab.
 */
final class EdgePointers extends Pane {
  static final String STYLE_CLASS = "map-edge-pointer";
  /** More pointers than this would crowd the edge; the busiest places win. */
  private static final int MAX_POINTERS = 6;
  private static final double INSET = 6;

  private final Consumer<MarkerGroup> reveal;
  private final List<Button> pool = new ArrayList<>();

  EdgePointers(Consumer<MarkerGroup> reveal) {
    this.reveal = reveal;
    setPickOnBounds(false);
    setManaged(false);
  }

  /**
   * Points to the marks with events on the current day outside a view of this size, keeping clear of the
   * areas given (the map's own buttons, the scale bar).
   */
  void update(List<MarkerGroup> marks, double width, double height, List<Rectangle2D> keepClear) {
    List<MarkerGroup> outside = marks.stream()
        .filter(m -> m.currentTop() != null)
        .filter(m -> m.x() < 0 || m.y() < 0 || m.x() > width || m.y() > height)
        .sorted(Comparator.comparingInt(MarkerGroup::eventCount).reversed())
        .toList();
    List<Rectangle2D> taken = new ArrayList<>(keepClear);
    int shown = 0;
    for (MarkerGroup m : outside) {
      if (shown == MAX_POINTERS) {
        break;
      }
      Button pointer = pointer(shown);
      double[] edge = edgePoint(m.x(), m.y(), width, height);
      int side = (int) edge[2];
      pointer.setText(label(m));
      if (!(pointer.getGraphic() instanceof org.kordamp.ikonli.javafx.FontIcon icon)
          || icon.getIconCode() != org.eventmap.ui.theme.Icons.ARROWS[side]) {
        pointer.setGraphic(org.eventmap.ui.theme.Icons.icon(org.eventmap.ui.theme.Icons.ARROWS[side], 14));
      }
      // The arrow on the side of the edge it points past.
      pointer.setContentDisplay(side == 1 ? javafx.scene.control.ContentDisplay.RIGHT
          : javafx.scene.control.ContentDisplay.LEFT);
      pointer.setAccessibleText("Today also at " + label(m) + ", outside the map: show it");
      pointer.getTooltip().setText(MapView.describe(m) + "\nClick to bring it into view");
      pointer.setOnAction(e -> reveal.accept(m));
      pointer.applyCss();
      pointer.autosize();
      double w = pointer.getWidth();
      double h = pointer.getHeight();
      // Anchored at the edge the line leaves by, so the arrow touches the edge.
      double x = edge[2] == 0 ? INSET : edge[2] == 1 ? width - w - INSET : edge[0] - w / 2;
      double y = edge[2] == 2 ? INSET : edge[2] == 3 ? height - h - INSET : edge[1] - h / 2;
      x = Math.max(INSET, Math.min(width - w - INSET, x));
      y = Math.max(INSET, Math.min(height - h - INSET, y));
      Rectangle2D box = free(new Rectangle2D(x, y, w, h), taken, height);
      if (box == null) {
        continue;
      }
      taken.add(box);
      pointer.relocate(box.getMinX(), box.getMinY());
      pointer.setVisible(true);
      shown++;
    }
    for (int i = shown; i < pool.size(); i++) {
      // A hidden pointer's action would keep its mark, and so that mark's events, after another file is shown.
      pool.get(i).setVisible(false);
      pool.get(i).setOnAction(null);
    }
  }

  /** The pointers shown now, for tests and for keyboard users. */
  List<Button> shown() {
    return pool.stream().filter(Button::isVisible).toList();
  }

  private Button pointer(int i) {
    while (pool.size() <= i) {
      Button b = new Button();
      b.getStyleClass().add(STYLE_CLASS);
      b.setId("map-edge-pointer-" + pool.size());
      b.setTooltip(new Tooltip());
      b.setVisible(false);
      pool.add(b);
      getChildren().add(b);
    }
    return pool.get(i);
  }

  /** Moved down (then up) along the edge until it is clear of what is taken; null when it cannot be. */
  private static Rectangle2D free(Rectangle2D box, List<Rectangle2D> taken, double height) {
    for (int step = 0; step < 40; step++) {
      double dy = (step % 2 == 0 ? 1 : -1) * ((step + 1) / 2) * (box.getHeight() / 2 + 2);
      Rectangle2D moved = new Rectangle2D(box.getMinX(), box.getMinY() + dy, box.getWidth(), box.getHeight());
      if (moved.getMinY() >= 0 && moved.getMaxY() <= height && taken.stream().noneMatch(moved::intersects)) {
        return moved;
      }
    }
    return null;
  }

  private static String label(MarkerGroup m) {
    Place first = m.places().get(0);
    return m.isOnePlace() ? first.name() : first.name() + " +" + (m.places().size() - 1);
  }

  /**
   * Where the line from the centre of a view to a point outside it leaves the view: x, y and the side
   * (0 left, 1 right, 2 top, 3 bottom).
   */
  static double[] edgePoint(double px, double py, double width, double height) {
    double cx = width / 2;
    double cy = height / 2;
    double dx = px - cx;
    double dy = py - cy;
    double tx = dx == 0 ? Double.POSITIVE_INFINITY : (dx > 0 ? width - cx : -cx) / dx;
    double ty = dy == 0 ? Double.POSITIVE_INFINITY : (dy > 0 ? height - cy : -cy) / dy;
    if (tx <= ty) {
      return new double[] {dx > 0 ? width : 0, cy + dy * tx, dx > 0 ? 1 : 0};
    }
    return new double[] {cx + dx * ty, dy > 0 ? height : 0, dy > 0 ? 3 : 2};
  }
}
