package org.eventmap.ui.legend;

import javafx.collections.SetChangeListener;
import javafx.geometry.Insets;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.eventmap.domain.Category;
import org.eventmap.domain.Dataset;
import org.eventmap.state.AppState;
import org.eventmap.ui.CategoryPalette;

/** The categories with their marker shape and colour; unticking one hides its events everywhere. */
public final class LegendView extends VBox {
  public static final String ID = "legend";

  private final AppState state;

  public LegendView(AppState state) {
    this.state = state;
    setId(ID);
    getStyleClass().add("legend");
    setPadding(new Insets(8, 10, 8, 10));
    setSpacing(3);
    setMaxSize(Region.USE_PREF_SIZE, Region.USE_PREF_SIZE);
    state.datasetProperty().addListener((obs, old, dataset) -> rebuild(dataset));
    state.hiddenCategories().addListener((SetChangeListener<String>) change -> refreshChecks());
    // The swatches are drawn in the theme's colours of the categories.
    state.themeProperty().addListener((obs, old, theme) -> rebuild(state.dataset()));
    rebuild(state.dataset());
  }

  private void rebuild(Dataset dataset) {
    getChildren().clear();
    if (dataset == null) {
      return;
    }
    Label title = new Label("Categories");
    title.getStyleClass().add("legend-title");
    getChildren().add(title);
    for (Category c : dataset.categories()) {
      int count = state.timeIndex().countInCategory(c.id());
      CheckBox box = new CheckBox(c.name() + String.format(java.util.Locale.UK, "  (%,d)", count));
      box.setId("legend-" + c.id());
      box.setUserData(c.id());
      box.setGraphic(CategoryPalette.swatch(dataset, c, 6, state.themeProperty().get()));
      box.setSelected(!state.hiddenCategories().contains(c.id()));
      box.setOnAction(e -> state.showCategory(c.id(), box.isSelected()));
      box.setAccessibleText("Show " + c.name());
      box.getStyleClass().add("legend-entry");
      getChildren().add(box);
    }
  }

  private void refreshChecks() {
    getChildren().stream().filter(n -> n instanceof CheckBox).map(n -> (CheckBox) n)
        .forEach(b -> b.setSelected(!state.hiddenCategories().contains((String) b.getUserData())));
  }
}
