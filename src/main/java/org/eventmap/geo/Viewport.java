package org.eventmap.geo;

/**
 * What part of the world a map of a given pixel size shows: the world point at its centre and the
 * scale in pixels per world unit (the whole world is {@code scale} pixels wide). Immutable; navigation
 * returns a new viewport.
 */
public record Viewport(double centerX, double centerY, double scale, double width, double height) {
  /** Closer than this the 1:10m basemap has nothing left to show (about 20 m per pixel). */
  public static final double MAX_SCALE = 2_000_000;

  public Viewport {
    if (!(scale > 0) || !(width >= 0) || !(height >= 0)) {
      throw new IllegalArgumentException("scale and size must be positive");
    }
  }

  /**
   * The viewport of the given size that shows the bounds whole, with a margin in pixels around them; a
   * single place is shown at region scale rather than at the closest zoom.
   */
  public static Viewport fit(WorldBounds bounds, double width, double height, double marginPixels) {
    return fit(bounds, width, height, marginPixels, MAX_SCALE / 16);
  }

  /** As {@link #fit(WorldBounds, double, double, double)}, zooming in no closer than {@code maxScale}. */
  public static Viewport fit(WorldBounds bounds, double width, double height, double marginPixels, double maxScale) {
    double usableWidth = Math.max(1, width - 2 * marginPixels);
    double usableHeight = Math.max(1, height - 2 * marginPixels);
    double scaleX = bounds.width() > 0 ? usableWidth / bounds.width() : MAX_SCALE;
    double scaleY = bounds.height() > 0 ? usableHeight / bounds.height() : MAX_SCALE;
    double scale = Math.min(Math.min(scaleX, scaleY), maxScale);
    return clamped(bounds.centerX(), bounds.centerY(), scale, width, height);
  }

  /**
   * Keeps the map filled: the world is never smaller than the view is tall, and the view never shows
   * beyond the north or south edge of the Mercator square. East-west the world wraps.
   */
  private static Viewport clamped(double centerX, double centerY, double scale, double width, double height) {
    double s = Math.max(Math.max(256, height), Math.min(MAX_SCALE, scale));
    double halfHeight = height / 2 / s;
    double y = halfHeight >= 0.5 ? 0.5 : Math.max(halfHeight, Math.min(1 - halfHeight, centerY));
    double x = centerX - Math.floor(centerX);
    return new Viewport(x, y, s, width, height);
  }

  public double screenX(double worldX) {
    return (worldX - centerX) * scale + width / 2;
  }

  public double screenY(double worldY) {
    return (worldY - centerY) * scale + height / 2;
  }

  public double worldX(double screenX) {
    return (screenX - width / 2) / scale + centerX;
  }

  public double worldY(double screenY) {
    return (screenY - height / 2) / scale + centerY;
  }

  /** The world rectangle on screen, for culling what cannot be seen. */
  public WorldBounds visibleWorld() {
    return new WorldBounds(worldX(0), worldY(0), worldX(width), worldY(height));
  }

  public Viewport resized(double newWidth, double newHeight) {
    return clamped(centerX, centerY, scale, newWidth, newHeight);
  }

  /** Moves the map with the pointer: dragging right by dx pixels shows what was to the left. */
  public Viewport panned(double dxPixels, double dyPixels) {
    return clamped(centerX - dxPixels / scale, centerY - dyPixels / scale, scale, width, height);
  }

  /**
   * Zooms by the factor while the world point under the given screen point stays under it (unless that
   * would show beyond the edge of the world, which the view never does).
   */
  public Viewport zoomedAround(double screenX, double screenY, double factor) {
    double newScale = Math.max(Math.max(256, height), Math.min(MAX_SCALE, scale * factor));
    double anchorX = worldX(screenX);
    double anchorY = worldY(screenY);
    double newCenterX = anchorX - (screenX - width / 2) / newScale;
    double newCenterY = anchorY - (screenY - height / 2) / newScale;
    return clamped(newCenterX, newCenterY, newScale, width, height);
  }

  /**
   * Of the copies of the world side by side east and west, the x of the one nearest the centre of the
   * view: that is where the map draws a point.
   */
  public double nearestCopyX(double worldX) {
    return worldX + Math.round(centerX - worldX);
  }

  /**
   * The view moved as little as it takes to show a world point: itself when the point is on screen
   * already; otherwise panned until the point is {@code marginPixels} inside the nearest edge. A point
   * more than a view's width or height beyond that, where a pan would leave the person lost, is shown
   * by zooming out instead, until both the centre of the view and the point are in it.
   */
  public Viewport revealing(double worldX, double worldY, double marginPixels) {
    if (width <= 1 || height <= 1) {
      return this; // not on screen yet: nothing to reveal in
    }
    double x = screenX(nearestCopyX(worldX));
    double y = screenY(worldY);
    if (x >= 0 && x <= width && y >= 0 && y <= height) {
      return this;
    }
    double marginX = Math.min(marginPixels, width / 2);
    double marginY = Math.min(marginPixels, height / 2);
    double dx = x < marginX ? marginX - x : x > width - marginX ? width - marginX - x : 0;
    double dy = y < marginY ? marginY - y : y > height - marginY ? height - marginY - y : 0;
    if (Math.abs(dx) <= width && Math.abs(dy) <= height) {
      return panned(dx, dy);
    }
    double pointX = nearestCopyX(worldX);
    WorldBounds both = new WorldBounds(Math.min(centerX, pointX), Math.min(centerY, worldY),
        Math.max(centerX, pointX), Math.max(centerY, worldY));
    return fit(both, width, height, Math.min(marginPixels, Math.min(width, height) / 4), scale);
  }

  /** Centres the view on a world point at the given scale. */
  public Viewport centeredOn(double worldX, double worldY, double newScale) {
    return clamped(worldX, worldY, newScale, width, height);
  }
}
