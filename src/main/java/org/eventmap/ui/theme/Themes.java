package org.eventmap.ui.theme;

import java.util.List;
import javafx.application.Application;
import javafx.collections.ListChangeListener;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.paint.Color;
import javafx.stage.Window;
import org.eventmap.state.AppState;
import org.eventmap.state.Theme;

/**
 * Puts the theme the state shows on a scene, and keeps it there as the theme changes.
 *
 * <p>The controls' look is AtlantaFX's Primer pair, set as the application's user-agent stylesheet so
 * that every window the application opens, each Alert and Dialog included, has it without being told.
 * Primer because its greys are neutral: a map viewer's colour belongs to the map and its categories,
 * and Nord's blue or Cupertino's tinted greys would lean on the sea's colour. Our own stylesheets take
 * their colours from the theme's looked-up colours ({@code -color-fg-default} and the like) and, where
 * ours differ by theme (the map, the time axis), from a {@code theme-dark} or {@code theme-light} class
 * on the root of every window's scene.
 */
public final class Themes {
  public static final String DARK_CLASS = "theme-dark";
  public static final String LIGHT_CLASS = "theme-light";

  /** The themes' backgrounds ({@code -color-bg-default}): the scene's fill, so no white flash on start. */
  static final Color LIGHT_BACKGROUND = Color.web("#ffffff");
  static final Color DARK_BACKGROUND = Color.web("#0d1117");

  private static Theme shown;
  private static boolean followingWindows;

  private Themes() {}

  /** Call before the window is shown, so that its first frame already has the theme's colours. */
  public static void install(Scene scene, AppState state) {
    apply(state.themeProperty().get());
    fill(scene, state.themeProperty().get());
    state.themeProperty().addListener((obs, old, now) -> {
      apply(now);
      fill(scene, now);
    });
  }

  /** The theme shown now in every window (light before any is installed). */
  public static Theme shown() {
    return shown == null ? Theme.LIGHT : shown;
  }

  /** The user-agent stylesheet of a theme: for a scene that is not a window's (a picture made off screen). */
  public static String stylesheet(Theme theme) {
    return theme == Theme.DARK ? PRIMER_DARK : PRIMER_LIGHT;
  }

  /*
   * AtlantaFX's compiled stylesheets, named rather than asked of its PrimerLight and PrimerDark classes:
   * atlantafx-base 2.1.0 is built for Java 21 and Eventmap runs on 17, so its classes cannot load here,
   * while its stylesheets are plain resources. The binary form (.bss) is parsed faster at start-up.
   */
  private static final String PRIMER_LIGHT = resource("/atlantafx/base/theme/primer-light.bss");
  private static final String PRIMER_DARK = resource("/atlantafx/base/theme/primer-dark.bss");

  private static String resource(String path) {
    java.net.URL url = Themes.class.getResource(path);
    if (url == null) {
      throw new IllegalStateException("the theme is missing from the build: " + path);
    }
    return url.toExternalForm();
  }

  /** The theme's background colour. */
  public static Color background(Theme theme) {
    return theme == Theme.DARK ? DARK_BACKGROUND : LIGHT_BACKGROUND;
  }

  /** Marks a root with the theme's class (and not the other's). */
  public static void tag(Parent root, Theme theme) {
    if (root == null) {
      return;
    }
    String wanted = theme == Theme.DARK ? DARK_CLASS : LIGHT_CLASS;
    String other = theme == Theme.DARK ? LIGHT_CLASS : DARK_CLASS;
    root.getStyleClass().remove(other);
    if (!root.getStyleClass().contains(wanted)) {
      root.getStyleClass().add(wanted);
    }
  }

  private static void apply(Theme theme) {
    followWindows();
    if (theme == shown) {
      return;
    }
    shown = theme;
    Application.setUserAgentStylesheet(stylesheet(theme));
    for (Window window : List.copyOf(Window.getWindows())) {
      tagWindow(window);
    }
  }

  private static void fill(Scene scene, Theme theme) {
    scene.setFill(background(theme));
    tag(scene.getRoot(), theme);
  }

  /** Every window opened from now on (dialogs, the column dialog, help) is tagged as it shows. */
  private static void followWindows() {
    if (followingWindows) {
      return;
    }
    followingWindows = true;
    Window.getWindows().addListener((ListChangeListener<Window>) change -> {
      while (change.next()) {
        change.getAddedSubList().forEach(Themes::tagWindow);
      }
    });
  }

  private static void tagWindow(Window window) {
    Scene scene = window.getScene();
    if (scene == null) {
      return;
    }
    tag(scene.getRoot(), shown());
    // A popup's scene stays transparent; a dialog's gets the theme's background under its pane.
    if (!(window instanceof javafx.stage.PopupWindow)) {
      scene.setFill(background(shown()));
    }
  }

  /** For tests: back to JavaFX's own look, as before any window was themed. */
  public static void reset() {
    shown = null;
    Application.setUserAgentStylesheet(null);
  }
}
