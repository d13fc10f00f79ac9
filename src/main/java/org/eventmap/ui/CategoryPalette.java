package org.eventmap.ui;

import java.util.List;
import javafx.scene.paint.Color;
import org.eventmap.domain.Category;
import org.eventmap.domain.Dataset;

/** One colour and shape per category, the same on the map, in the legend and in the detail pane. */
public final class CategoryPalette {
  private static final List<Color> FALLBACK =
      List.of(Color.web("#1f77b4"), Color.web("#d62728"), Color.web("#2ca02c"), Color.web("#9467bd"),
          Color.web("#ff7f0e"), Color.web("#17becf"), Color.web("#8c564b"), Color.web("#e377c2"));

  private CategoryPalette() {}

  /** The category's own colour, or a distinct one picked by its position in the dataset. */
  public static Color colorOf(Dataset dataset, Category category) {
    if (category.color().isPresent()) {
      return Color.web(category.color().get());
    }
    int index = dataset == null ? 0 : Math.max(0, dataset.categories().indexOf(category));
    return FALLBACK.get(index % FALLBACK.size());
  }

  /** The category's marker shape, picked by its position in the dataset. */
  public static MarkerShape shapeOf(Dataset dataset, Category category) {
    int index = dataset == null ? 0 : Math.max(0, dataset.categories().indexOf(category));
    return MarkerShape.values()[index % MarkerShape.values().length];
  }

  /** A small picture of the category's marker, for the legend and the detail pane. */
  public static javafx.scene.Node swatch(Dataset dataset, Category category, double radius) {
    double size = Math.ceil(radius * 2 + 6);
    javafx.scene.canvas.Canvas canvas = new javafx.scene.canvas.Canvas(size, size);
    shapeOf(dataset, category).draw(canvas.getGraphicsContext2D(), size / 2, size / 2, radius,
        colorOf(dataset, category), Color.WHITE, 1.2);
    return canvas;
  }
}
