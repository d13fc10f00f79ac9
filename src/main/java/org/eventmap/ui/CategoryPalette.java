package org.eventmap.ui;

import java.util.List;
import javafx.scene.paint.Color;
import org.eventmap.domain.Category;
import org.eventmap.domain.Dataset;
import org.eventmap.state.Theme;

/**
 * One colour and shape per category, the same on the map, in the legend and in the detail pane. On the
 * dark theme a colour keeps its hue but is lifted until it stands out from the dark land (at least 3:1,
 * what WCAG asks of graphics): the data's navy and purple would otherwise sink into it.
 */
public final class CategoryPalette {
  private static final List<Color> FALLBACK =
      List.of(Color.web("#1f77b4"), Color.web("#d62728"), Color.web("#2ca02c"), Color.web("#9467bd"),
          Color.web("#ff7f0e"), Color.web("#17becf"), Color.web("#8c564b"), Color.web("#e377c2"));
  /** The same hues, designed for dark land rather than lifted from the light ones. */
  private static final List<Color> FALLBACK_DARK =
      List.of(Color.web("#5aa9e6"), Color.web("#ff6b6b"), Color.web("#5ccf6a"), Color.web("#b794f4"),
          Color.web("#ffa94d"), Color.web("#3bc9db"), Color.web("#d4a373"), Color.web("#f783ac"));
  /** The dark map's land, which markers must stand out from. */
  public static final Color DARK_LAND = Color.web("#2a3038");
  /** How much a marker's colour must stand out from the dark land. */
  public static final double DARK_CONTRAST = 3.0;

  private CategoryPalette() {}

  /** The category's own colour, or a distinct one picked by its position in the dataset (light theme). */
  public static Color colorOf(Dataset dataset, Category category) {
    return colorOf(dataset, category, Theme.LIGHT);
  }

  /** The category's colour as this theme shows it. */
  public static Color colorOf(Dataset dataset, Category category, Theme theme) {
    if (category.color().isPresent()) {
      Color own = Color.web(category.color().get());
      return theme == Theme.DARK ? liftedForDark(own) : own;
    }
    int index = dataset == null ? 0 : Math.max(0, dataset.categories().indexOf(category));
    List<Color> palette = theme == Theme.DARK ? FALLBACK_DARK : FALLBACK;
    return palette.get(index % palette.size());
  }

  /** The colour, mixed with white only as much as it takes to stand out from the dark land. */
  public static Color liftedForDark(Color color) {
    Color lifted = color;
    for (double white = 0.05; contrast(lifted, DARK_LAND) < DARK_CONTRAST && white <= 1; white += 0.05) {
      lifted = color.interpolate(Color.WHITE, white);
    }
    return lifted;
  }

  /** WCAG's contrast ratio of two opaque colours, from 1 (the same) to 21 (black on white). */
  public static double contrast(Color a, Color b) {
    double la = luminance(a);
    double lb = luminance(b);
    return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
  }

  /** WCAG's relative luminance. */
  public static double luminance(Color c) {
    return 0.2126 * linear(c.getRed()) + 0.7152 * linear(c.getGreen()) + 0.0722 * linear(c.getBlue());
  }

  private static double linear(double channel) {
    return channel <= 0.04045 ? channel / 12.92 : Math.pow((channel + 0.055) / 1.055, 2.4);
  }

  /** The category's marker shape, picked by its position in the dataset. */
  public static MarkerShape shapeOf(Dataset dataset, Category category) {
    int index = dataset == null ? 0 : Math.max(0, dataset.categories().indexOf(category));
    return MarkerShape.values()[index % MarkerShape.values().length];
  }

  /** A small picture of the category's marker, for the legend and the detail pane (light theme). */
  public static javafx.scene.Node swatch(Dataset dataset, Category category, double radius) {
    return swatch(dataset, category, radius, Theme.LIGHT);
  }

  /** A small picture of the category's marker as this theme draws it. */
  public static javafx.scene.Node swatch(Dataset dataset, Category category, double radius, Theme theme) {
    double size = Math.ceil(radius * 2 + 6);
    javafx.scene.canvas.Canvas canvas = new javafx.scene.canvas.Canvas(size, size);
    shapeOf(dataset, category).draw(canvas.getGraphicsContext2D(), size / 2, size / 2, radius,
        colorOf(dataset, category, theme), outline(theme), 1.2);
    return canvas;
  }

  /** The ring around a marker that parts it from its neighbours and from the land. */
  public static Color outline(Theme theme) {
    return theme == Theme.DARK ? Color.web("#0d1117") : Color.WHITE;
  }
}
