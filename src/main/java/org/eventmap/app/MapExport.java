package org.eventmap.app;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.image.ImageView;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import org.eventmap.domain.Category;
import org.eventmap.domain.Dataset;
import org.eventmap.domain.TimeText;
import org.eventmap.io.export.AtomicFile;
import org.eventmap.state.AppState;
import org.eventmap.time.TimeWindow;
import org.eventmap.ui.CategoryPalette;

/**
 * The picture File ▸ Export makes (its caption in the window's theme): the map with a caption that says what it shows (the dataset, the date
 * and window of time, the categories, where the map comes from), so that the picture still makes sense
 * once it has left the window; or the whole window as it is.
 */
final class MapExport {
  static final String ATTRIBUTION = "Map data: Natural Earth";
  private static final DateTimeFormatter DAY_MONTH_YEAR = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);
  private static final DateTimeFormatter DAY_MONTH = DateTimeFormatter.ofPattern("d MMMM", Locale.ENGLISH);

  /** What the picture shows. */
  enum Kind {
    MAP_WITH_CAPTION("The map with a caption"),
    WHOLE_WINDOW("The whole window");

    final String label;

    Kind(String label) {
      this.label = label;
    }
  }

  private MapExport() {}

  /** The map image above its caption, as one picture. Call on the FX thread. */
  static WritableImage withCaption(WritableImage map, AppState state) {
    double width = map.getWidth();
    VBox caption = caption(state, width);
    VBox picture = new VBox(new ImageView(map), caption);
    picture.setBackground(new javafx.scene.layout.Background(new javafx.scene.layout.BackgroundFill(
        org.eventmap.ui.theme.Themes.background(state.themeProperty().get()), null, null)));
    picture.setMinWidth(width);
    picture.setPrefWidth(width);
    picture.setMaxWidth(width);
    Scene offScreen = new Scene(picture);
    picture.applyCss();
    picture.layout();
    return offScreen.snapshot(null);
  }

  /** The caption under the map: title, date and window, categories shown, and the sources of map and data. */
  static VBox caption(AppState state, double width) {
    Dataset dataset = state.dataset();
    org.eventmap.state.Theme theme = state.themeProperty().get();
    Color ink = theme == org.eventmap.state.Theme.DARK ? Color.web("#e6edf3") : Color.web("#1a1a1a");
    Label title = label(dataset == null ? "Eventmap" : dataset.title(), Font.font(null, FontWeight.BOLD, 15), ink);
    title.setId("caption-title");
    Label when = label(whenLine(state), Font.font(13), ink);
    when.setId("caption-when");
    FlowPane legend = new FlowPane(14, 4);
    legend.setId("caption-legend");
    if (dataset != null) {
      for (Category c : dataset.categories()) {
        if (!state.hiddenCategories().contains(c.id())) {
          HBox entry = new HBox(5, CategoryPalette.swatch(dataset, c, 5, theme), label(c.name(), Font.font(12), ink));
          entry.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
          legend.getChildren().add(entry);
        }
      }
    }
    Label sources = label(sourcesLine(dataset), Font.font(11),
        theme == org.eventmap.state.Theme.DARK ? Color.web("#9198a1") : Color.web("#555555"));
    sources.setId("caption-sources");
    VBox caption = new VBox(5, title, when, legend, sources);
    caption.setPadding(new Insets(10, 14, 12, 14));
    caption.setPrefWidth(width);
    caption.setMaxWidth(width);
    legend.setPrefWrapLength(width - 28);
    return caption;
  }

  /** "Friday 22 March 2024: everything up to that day · 23 events", with the filters if any are set. */
  static String whenLine(AppState state) {
    LocalDate day = state.currentDay();
    if (day == null) {
      return "No events";
    }
    TimeWindow w = state.window();
    String window = switch (w.mode()) {
      case CUMULATIVE -> "everything up to " + TimeText.longDay(day);
      case MOVING -> "the last " + w.days() + (w.days() == 1 ? " day" : " days") + " up to " + TimeText.longDay(day);
      case RANGE -> dayRange(w.rangeStart().toLocalDate(), w.rangeEnd().toLocalDate().minusDays(1));
    };
    int shown = state.visiblePositions().get().length;
    List<String> parts = new ArrayList<>();
    parts.add(Character.toUpperCase(window.charAt(0)) + window.substring(1));
    parts.add(shown + (shown == 1 ? " event" : " events"));
    String search = state.searchTextProperty().get();
    if (!search.isEmpty()) {
      parts.add("matching “" + search + "”");
    }
    String actor = state.actorFilterProperty().get();
    if (actor != null) {
      parts.add("involving " + actor);
    }
    return String.join(" · ", parts);
  }

  /** "18–24 March 2024", "28 February – 3 March 2024", "28 December 2023 – 3 January 2024". */
  static String dayRange(LocalDate first, LocalDate last) {
    if (first.equals(last)) {
      return TimeText.longDay(first);
    }
    if (first.getYear() != last.getYear()) {
      return first.format(DAY_MONTH_YEAR) + " – " + last.format(DAY_MONTH_YEAR);
    }
    if (first.getMonth() != last.getMonth()) {
      return first.format(DAY_MONTH) + " – " + last.format(DAY_MONTH_YEAR);
    }
    return first.getDayOfMonth() + "–" + last.format(DAY_MONTH_YEAR);
  }

  private static String sourcesLine(Dataset dataset) {
    if (dataset == null) {
      return ATTRIBUTION;
    }
    String events = dataset.attribution().map(a -> a + ", ").orElse("") + dataset.license();
    return ATTRIBUTION + ". Events: " + events + ". Made with Eventmap.";
  }

  private static Label label(String text, Font font, Color ink) {
    Label label = new Label(text);
    label.setFont(font);
    label.setWrapText(true);
    label.setTextFill(ink);
    return label;
  }

  /** The whole window as it is on screen. */
  static WritableImage window(Node root) {
    return root.getScene().snapshot(null);
  }

  /**
   * Writes the picture as a PNG, whole or not at all (see {@link AtomicFile}), never over the file shown:
   * a disk that fills up or a folder deleted meanwhile leaves what was there and says why in plain words.
   *
   * @param shown the file the window shows, or null
   */
  static void writePng(WritableImage image, java.nio.file.Path file, java.nio.file.Path shown)
      throws java.io.IOException {
    if (shown != null && isSameFile(shown, file)) {
      throw new java.io.IOException(file.getFileName() + " is the file shown; choose another name"
          + " (Eventmap never writes over the file it read)");
    }
    java.awt.image.BufferedImage picture = javafx.embed.swing.SwingFXUtils.fromFXImage(image, null);
    AtomicFile.write(file, out -> {
      if (!javax.imageio.ImageIO.write(picture, "png", out)) {
        throw new java.io.IOException("no PNG writer available");
      }
    });
  }

  /** Whether the two names are of one file (through links, or "./"), or the same name when it cannot be told. */
  static boolean isSameFile(java.nio.file.Path a, java.nio.file.Path b) {
    try {
      return java.nio.file.Files.exists(b) ? java.nio.file.Files.isSameFile(a, b)
          : a.toAbsolutePath().normalize().equals(b.toAbsolutePath().normalize());
    } catch (java.io.IOException e) {
      return a.toAbsolutePath().normalize().equals(b.toAbsolutePath().normalize());
    }
  }
}
