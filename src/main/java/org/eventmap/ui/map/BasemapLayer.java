package org.eventmap.ui.map;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.animation.PauseTransition;
import javafx.geometry.Rectangle2D;
import javafx.geometry.VPos;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.text.TextAlignment;
import javafx.scene.transform.Affine;
import javafx.scene.transform.Translate;
import javafx.util.Duration;
import org.eventmap.geo.ProjectedBasemap;
import org.eventmap.geo.ProjectedPaths;
import org.eventmap.geo.Viewport;
import org.eventmap.geo.WebMercator;
import org.eventmap.geo.WorldBounds;
import org.eventmap.geo.basemap.CountryLabel;

/**
 * The basemap and country names, on a canvas of their own beneath the data, drawn larger than the view
 * so that panning only moves it (ADR 0007). {@link MapView} adds {@link #canvas()} as its bottom child
 * and calls {@link #place} from each draw.
 */
final class BasemapLayer {
  /** How far the basemap reaches beyond each edge of the view, so that a pan only moves it. */
  static final double MARGIN = 256;

  private static final Color SEA = Color.web("#cfe0ec");
  private static final Color LAND = Color.web("#f6f3ec");
  private static final Color COAST = Color.web("#7f9db3");
  private static final Color BORDER = Color.web("#b8a99a");
  private static final Color COUNTRY_LABEL = Color.web("#8a8174");

  /** Basemap and country names, drawn larger than the view so that panning only moves it. */
  private final Canvas canvas = new Canvas();
  private final PauseTransition sharpenAfterZoom = new PauseTransition(Duration.millis(180));
  private Viewport drawnFor;
  private ProjectedBasemap drawnWith;
  private boolean stale = true;
  /** Where the country names are on the basemap canvas, and how that canvas sits in the view. */
  private List<Rectangle2D> labelBoxes = List.of();
  private double canvasScale = 1;
  private double canvasLeft;
  private double canvasTop;

  /** {@code redraw} asks the map for a draw on the next pulse, when a zoomed basemap is to be sharpened. */
  BasemapLayer(Runnable redraw) {
    canvas.setMouseTransparent(true);
    sharpenAfterZoom.setOnFinished(e -> {
      stale = true;
      redraw.run();
    });
  }

  Canvas canvas() {
    return canvas;
  }

  /** The view has this new size: the canvas covers it and its margin, and is drawn again. */
  void resize(double viewWidth, double viewHeight) {
    canvas.setWidth(viewWidth + 2 * MARGIN);
    canvas.setHeight(viewHeight + 2 * MARGIN);
    stale = true;
  }

  /** Draws the basemap again on the next {@link #place}, e.g. once a finer one has loaded. */
  void markStale() {
    stale = true;
  }

  /**
   * Moves (and while zooming, scales) the drawn basemap under the view when it still covers it, so that
   * panning and zooming cost no basemap drawing; otherwise draws it again around the current view. A
   * scaled basemap is drawn again, sharp, once the zoom has rested for a moment.
   *
   * @return whether it was drawn again (and the country names with it)
   */
  boolean place(Viewport v, ProjectedBasemap basemap) {
    if (!stale && basemap == drawnWith && drawnFor != null) {
      double k = v.scale() / drawnFor.scale();
      double dx = v.centerX() - drawnFor.centerX();
      dx -= Math.round(dx); // the world wraps east-west
      // Where the base canvas's top-left corner and far corner land in the view.
      double left = -dx * v.scale() + v.width() / 2 - drawnFor.width() / 2 * k;
      double top = -(v.centerY() - drawnFor.centerY()) * v.scale() + v.height() / 2
          - drawnFor.height() / 2 * k;
      double right = left + drawnFor.width() * k;
      double bottom = top + drawnFor.height() * k;
      if (k > 0.5 && k < 2 && left <= 0 && top <= 0 && right >= v.width() && bottom >= v.height()) {
        canvas.relocate(0, 0);
        canvas.getTransforms().setAll(new Affine(k, 0, left, 0, k, top));
        canvasScale = k;
        canvasLeft = left;
        canvasTop = top;
        if (k != 1) {
          sharpenAfterZoom.playFromStart();
        }
        return false;
      }
    }
    drawnFor = new Viewport(v.centerX(), v.centerY(), v.scale(), v.width() + 2 * MARGIN,
        v.height() + 2 * MARGIN);
    drawnWith = basemap;
    stale = false;
    canvas.relocate(0, 0);
    canvas.getTransforms().setAll(new Translate(-MARGIN, -MARGIN));
    canvasScale = 1;
    canvasLeft = -MARGIN;
    canvasTop = -MARGIN;
    GraphicsContext g = canvas.getGraphicsContext2D();
    g.setFill(SEA);
    g.fillRect(0, 0, canvas.getWidth(), canvas.getHeight());
    labelBoxes = new ArrayList<>();
    if (basemap != null) {
      drawBasemap(g, basemap, drawnFor, drawnFor.visibleWorld());
      drawCountryLabels(g, basemap, drawnFor, labelBoxes);
    }
    return true;
  }

  /** The boxes of the country names as they now sit in the view, moved and scaled with the canvas. */
  Obstacles countryNamesInView() {
    Obstacles countryNames = new Obstacles();
    for (Rectangle2D b : labelBoxes) {
      countryNames.add(new Rectangle2D(b.getMinX() * canvasScale + canvasLeft, b.getMinY() * canvasScale + canvasTop,
          b.getWidth() * canvasScale, b.getHeight() * canvasScale));
    }
    return countryNames;
  }

  private static void drawBasemap(GraphicsContext g, ProjectedBasemap b, Viewport v, WorldBounds visible) {
    g.setFill(LAND);
    fillPaths(g, b.land(), v, visible);
    g.setFill(SEA);
    fillPaths(g, b.lakes(), v, visible);
    g.setLineWidth(0.8);
    g.setStroke(BORDER);
    g.setLineDashes(4, 3);
    strokePaths(g, b.borders(), v, visible);
    g.setLineDashes(null);
    g.setStroke(COAST);
    g.setLineWidth(0.9);
    strokePaths(g, b.coastlines(), v, visible);
  }

  private static void fillPaths(GraphicsContext g, ProjectedPaths paths, Viewport v, WorldBounds visible) {
    for (double offset : WorldCopies.shiftsOnScreen(visible)) {
      for (int p = 0; p < paths.count(); p++) {
        if (paths.intersects(p, visible, offset) && paths.extent(p) * v.scale() >= 1) {
          g.beginPath();
          trace(g, paths, p, v, offset);
          g.closePath();
          g.fill();
        }
      }
    }
  }

  private static void strokePaths(GraphicsContext g, ProjectedPaths paths, Viewport v, WorldBounds visible) {
    for (double offset : WorldCopies.shiftsOnScreen(visible)) {
      g.beginPath();
      for (int p = 0; p < paths.count(); p++) {
        if (paths.intersects(p, visible, offset) && paths.extent(p) * v.scale() >= 1) {
          trace(g, paths, p, v, offset);
        }
      }
      g.stroke();
    }
  }

  /**
   * Adds one path to the current outline, leaving out points less than half a pixel apart and runs of
   * points that all lie beyond the same edge of the view. Such a run is replaced by its last point: the
   * straight line that replaces it stays beyond that edge, so what is drawn inside the view is the same
   * (for fills too), while a ring the size of a continent costs only the points near the view.
   */
  private static void trace(GraphicsContext g, ProjectedPaths paths, int p, Viewport v, double offset) {
    int n = paths.size(p);
    double margin = 8;
    double minX = -margin;
    double minY = -margin;
    double maxX = v.width() + margin;
    double maxY = v.height() + margin;
    double lastX = v.screenX(paths.x(p, 0) + offset);
    double lastY = v.screenY(paths.y(p, 0));
    g.moveTo(lastX, lastY);
    int runCode = outcode(lastX, lastY, minX, minY, maxX, maxY);
    boolean pending = false;
    double pendingX = 0;
    double pendingY = 0;
    for (int i = 1; i < n; i++) {
      double x = v.screenX(paths.x(p, i) + offset);
      double y = v.screenY(paths.y(p, i));
      int code = outcode(x, y, minX, minY, maxX, maxY);
      if ((runCode & code) != 0 && i < n - 1) {
        runCode &= code;
        pending = true;
        pendingX = x;
        pendingY = y;
        continue;
      }
      if (pending) {
        g.lineTo(pendingX, pendingY);
        lastX = pendingX;
        lastY = pendingY;
        pending = false;
      }
      runCode = code;
      if (Math.abs(x - lastX) + Math.abs(y - lastY) >= 0.5 || i == n - 1) {
        g.lineTo(x, y);
        lastX = x;
        lastY = y;
      }
    }
  }

  private static int outcode(double x, double y, double minX, double minY, double maxX, double maxY) {
    int code = 0;
    if (x < minX) {
      code |= 1;
    } else if (x > maxX) {
      code |= 2;
    }
    if (y < minY) {
      code |= 4;
    } else if (y > maxY) {
      code |= 8;
    }
    return code;
  }

  private static void drawCountryLabels(GraphicsContext g, ProjectedBasemap b, Viewport v,
      List<Rectangle2D> occupied) {
    g.setFont(MapText.COUNTRY_FONT);
    g.setTextAlign(TextAlignment.CENTER);
    g.setTextBaseline(VPos.CENTER);
    double pixelsPerDegree = v.scale() / 360;
    for (CountryLabel label : b.labelsLargestFirst()) {
      double areaPixels = label.area() * pixelsPerDegree * pixelsPerDegree;
      if (areaPixels < 2_500) {
        break; // the rest are smaller still
      }
      double x = v.screenX(WorldCopies.nearestX(WebMercator.x(label.lon()), v));
      double y = v.screenY(WebMercator.y(label.lat()));
      if (x < 0 || y < 0 || x > v.width() || y > v.height()) {
        continue;
      }
      String text = label.name().toUpperCase(Locale.ROOT);
      double width = MapText.width(text, MapText.COUNTRY_FONT);
      Rectangle2D box = new Rectangle2D(x - width / 2, y - 7, width, 14);
      if (occupied.stream().noneMatch(r -> r.intersects(box))) {
        occupied.add(box);
        MapText.haloText(g, text, x, y, COUNTRY_LABEL);
      }
    }
  }
}
