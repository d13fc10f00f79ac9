package org.eventmap.ui.map;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.geometry.Rectangle2D;
import javafx.geometry.VPos;
import javafx.scene.Node;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.text.TextAlignment;
import org.eventmap.geo.ProjectedBasemap;
import org.eventmap.geo.ProjectedPaths;
import org.eventmap.geo.Viewport;
import org.eventmap.geo.WebMercator;
import org.eventmap.geo.WorldBounds;
import org.eventmap.geo.basemap.CountryLabel;

/**
 * The basemap and country names, beneath the data, on a sheet drawn beyond the view so that panning
 * only moves it and zooming only scales it until the zoom rests (ADR 0007, 0011).
 */
final class BasemapLayer extends MapLayer {
  /** How far the basemap reaches beyond each edge of the view, so that a pan only moves it. */
  static final double MARGIN = 256;

  private final SlidingSheet sheet = new SlidingSheet(this::markDirty);
  private final BasemapLibrary basemaps;
  private ProjectedBasemap drawnWith;
  /** Where the country names are, in the view the sheet was drawn for. */
  private List<Rectangle2D> labelBoxes = List.of();

  BasemapLayer(BasemapLibrary basemaps) {
    this.basemaps = basemaps;
  }

  @Override
  Node node() {
    return sheet.canvas();
  }

  /** Whether a basemap has been drawn. */
  boolean hasBasemap() {
    return drawnWith != null;
  }

  /**
   * Moves (and while zooming, scales) the drawn basemap under the view when it still covers it, so that
   * panning and zooming cost no basemap drawing; otherwise draws it again around the current view. A
   * scaled basemap is drawn again, sharp, once the zoom has rested for a moment.
   */
  @Override
  protected boolean layoutLayer(Viewport v, boolean contentChanged) {
    ProjectedBasemap basemap = basemaps.bestFor(ProjectedBasemap.suitedTo(v.scale())).orElse(null);
    if (!contentChanged && basemap == drawnWith && sheet.follow(v, true, false)) {
      return false;
    }
    drawnWith = basemap;
    MapStyle style = style();
    GraphicsContext g = sheet.begin(v, MARGIN);
    // Drawn in the sheet's own coordinates, for a view as large as the sheet.
    g.translate(-MARGIN, -MARGIN);
    Viewport drawnFor = new Viewport(v.centerX(), v.centerY(), v.scale(), v.width() + 2 * MARGIN,
        v.height() + 2 * MARGIN);
    g.setFill(style.sea());
    g.fillRect(0, 0, drawnFor.width(), drawnFor.height());
    List<Rectangle2D> boxes = new ArrayList<>();
    if (basemap != null) {
      drawBasemap(g, style, basemap, drawnFor, drawnFor.visibleWorld());
      drawCountryLabels(g, style, basemap, drawnFor, boxes);
    }
    sheet.end(g);
    labelBoxes = new ArrayList<>(boxes.size());
    for (Rectangle2D b : boxes) {
      labelBoxes.add(new Rectangle2D(b.getMinX() - MARGIN, b.getMinY() - MARGIN, b.getWidth(), b.getHeight()));
    }
    return true;
  }

  /** The boxes of the country names as they now sit in the view, moved and scaled with the sheet. */
  Obstacles countryNamesInView() {
    Obstacles countryNames = new Obstacles();
    for (Rectangle2D b : labelBoxes) {
      countryNames.add(sheet.toView(b));
    }
    return countryNames;
  }

  private static void drawBasemap(GraphicsContext g, MapStyle style, ProjectedBasemap b, Viewport v,
      WorldBounds visible) {
    g.setFill(style.land());
    fillPaths(g, b.land(), v, visible);
    g.setFill(style.sea());
    fillPaths(g, b.lakes(), v, visible);
    g.setLineWidth(style.borderWidth());
    g.setStroke(style.border());
    g.setLineDashes(4, 3);
    strokePaths(g, b.borders(), v, visible);
    g.setLineDashes(null);
    g.setStroke(style.coast());
    g.setLineWidth(style.coastWidth());
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

  private static void drawCountryLabels(GraphicsContext g, MapStyle style, ProjectedBasemap b, Viewport v,
      List<Rectangle2D> occupied) {
    g.setFont(style.countryFont());
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
      double width = MapText.width(text, style.countryFont());
      Rectangle2D box = new Rectangle2D(x - width / 2, y - 7, width, 14);
      if (occupied.stream().noneMatch(r -> r.intersects(box))) {
        occupied.add(box);
        MapText.haloText(g, text, x, y, style.countryName(), style.halo());
      }
    }
  }
}
