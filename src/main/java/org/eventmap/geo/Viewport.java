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

  /** The viewport of the given size that shows the bounds whole, with a margin in pixels around them. */
  public static Viewport fit(WorldBounds bounds, double width, double height, double marginPixels) {
    double usableWidth = Math.max(1, width - 2 * marginPixels);
    double usableHeight = Math.max(1, height - 2 * marginPixels);
    double scaleX = bounds.width() > 0 ? usableWidth / bounds.width() : MAX_SCALE;
    double scaleY = bounds.height() > 0 ? usableHeight / bounds.height() : MAX_SCALE;
    double scale = clampScale(Math.min(scaleX, scaleY), width);
    return new Viewport(bounds.centerX(), bounds.centerY(), scale, width, height);
  }

  private static double clampScale(double scale, double width) {
    double minScale = Math.max(64, width / 2);
    return Math.max(minScale, Math.min(MAX_SCALE, scale));
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
    return new Viewport(centerX, centerY, scale, newWidth, newHeight);
  }

  /** Moves the map with the pointer: dragging right by dx pixels shows what was to the left. */
  public Viewport panned(double dxPixels, double dyPixels) {
    double newY = Math.max(0, Math.min(1, centerY - dyPixels / scale));
    double newX = centerX - dxPixels / scale;
    newX = newX - Math.floor(newX); // the world wraps east-west
    return new Viewport(newX, newY, scale, width, height);
  }

  /** Zooms by the factor while the world point under the given screen point stays under it. */
  public Viewport zoomedAround(double screenX, double screenY, double factor) {
    double newScale = clampScale(scale * factor, width);
    double anchorX = worldX(screenX);
    double anchorY = worldY(screenY);
    double newCenterX = anchorX - (screenX - width / 2) / newScale;
    double newCenterY = anchorY - (screenY - height / 2) / newScale;
    return new Viewport(newCenterX, Math.max(0, Math.min(1, newCenterY)), newScale, width, height);
  }
}
