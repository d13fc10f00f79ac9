package org.eventmap.app;

import java.util.List;
import java.util.Optional;
import javafx.geometry.Rectangle2D;
import javafx.stage.Screen;
import javafx.stage.Stage;

/**
 * Remembers where the window is on screen and puts it back there at the next start, kept on a screen
 * that is still there (a window saved on a second monitor that has since gone comes back on the first).
 */
final class WindowPlacement {
  /**
   * How long the window must rest in a place before it counts as its own. Some window systems (GTK) give a
   * maximised or full-screen window its new size before they say that it is maximised: counted at once,
   * that size would be taken for the window's own and come back, unmaximised, at the next start.
   */
  private static final javafx.util.Duration SETTLED = javafx.util.Duration.millis(250);

  private final Stage stage;
  /** The place before the window was maximised: what the session keeps, as the system does. */
  private Rectangle2D normal;
  private final javafx.animation.PauseTransition settling = new javafx.animation.PauseTransition(SETTLED);

  WindowPlacement(Stage stage) {
    this.stage = stage;
    settling.setOnFinished(e -> {
      if (isNormal()) {
        normal = bounds();
      }
    });
    javafx.beans.InvalidationListener track = obs -> settling.playFromStart();
    for (var property : List.of(stage.xProperty(), stage.yProperty(), stage.widthProperty(), stage.heightProperty(),
        stage.showingProperty(), stage.maximizedProperty(), stage.fullScreenProperty())) {
      property.addListener(track);
    }
  }

  private boolean isNormal() {
    return !stage.isMaximized() && !stage.isIconified() && !stage.isFullScreen() && stage.isShowing();
  }

  private Rectangle2D bounds() {
    return new Rectangle2D(stage.getX(), stage.getY(), stage.getWidth(), stage.getHeight());
  }

  /** Where the window is now; null before it was first shown. */
  Session.WindowBounds current() {
    // In its own place (or closed from there, before it settled): where it is; otherwise where it last rested.
    boolean placed = Double.isFinite(stage.getX()) && Double.isFinite(stage.getY()) && stage.getWidth() >= 1
        && stage.getHeight() >= 1;
    boolean inOwnPlace = placed && !stage.isMaximized() && !stage.isIconified() && !stage.isFullScreen();
    Rectangle2D own = inOwnPlace ? bounds() : normal;
    if (own == null) {
      return null;
    }
    return new Session.WindowBounds(own.getMinX(), own.getMinY(), own.getWidth(), own.getHeight(),
        stage.isMaximized());
  }

  /** Puts a window not yet shown where the session left it. */
  void restore(Session.WindowBounds saved) {
    List<Rectangle2D> screens = Screen.getScreens().stream().map(Screen::getVisualBounds).toList();
    fitted(saved, screens, stage.getMinWidth(), stage.getMinHeight()).ifPresent(r -> {
      stage.setX(r.getMinX());
      stage.setY(r.getMinY());
      stage.setWidth(r.getWidth());
      stage.setHeight(r.getHeight());
      normal = r;
    });
    if (saved != null && saved.maximized()) {
      stage.setMaximized(true);
    }
  }

  /**
   * The saved place moved and shrunk to lie wholly on the screen it overlaps most, or centred on the first
   * screen when it overlaps none; empty when the saved place is not a usable size.
   */
  static Optional<Rectangle2D> fitted(Session.WindowBounds saved, List<Rectangle2D> screens, double minWidth,
      double minHeight) {
    if (saved == null || screens.isEmpty() || !(saved.width() >= 1 && saved.height() >= 1)
        || !Double.isFinite(saved.x()) || !Double.isFinite(saved.y())) {
      return Optional.empty();
    }
    Rectangle2D wanted = new Rectangle2D(saved.x(), saved.y(), saved.width(), saved.height());
    Rectangle2D screen = null;
    double bestOverlap = 0;
    for (Rectangle2D s : screens) {
      double overlap = overlap(wanted, s);
      if (overlap > bestOverlap) {
        bestOverlap = overlap;
        screen = s;
      }
    }
    boolean offScreen = screen == null;
    if (offScreen) {
      screen = screens.get(0);
    }
    double width = Math.min(Math.max(saved.width(), minWidth), screen.getWidth());
    double height = Math.min(Math.max(saved.height(), minHeight), screen.getHeight());
    double x = offScreen ? screen.getMinX() + (screen.getWidth() - width) / 2 : saved.x();
    double y = offScreen ? screen.getMinY() + (screen.getHeight() - height) / 2 : saved.y();
    x = Math.max(screen.getMinX(), Math.min(x, screen.getMaxX() - width));
    y = Math.max(screen.getMinY(), Math.min(y, screen.getMaxY() - height));
    return Optional.of(new Rectangle2D(x, y, width, height));
  }

  private static double overlap(Rectangle2D a, Rectangle2D b) {
    double w = Math.min(a.getMaxX(), b.getMaxX()) - Math.max(a.getMinX(), b.getMinX());
    double h = Math.min(a.getMaxY(), b.getMaxY()) - Math.max(a.getMinY(), b.getMinY());
    return w > 0 && h > 0 ? w * h : 0;
  }
}
