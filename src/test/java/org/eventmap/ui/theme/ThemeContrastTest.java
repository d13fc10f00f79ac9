package org.eventmap.ui.theme;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.css.CssMetaData;
import javafx.css.Styleable;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import javafx.stage.Stage;
import org.eventmap.state.AppState;
import org.eventmap.state.Theme;
import org.eventmap.state.ThemeChoice;
import org.eventmap.ui.CategoryPalette;
import org.eventmap.ui.MainView;
import org.eventmap.ui.map.BasemapLibrary;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Every text colour the themes use, against what it is drawn on, as the stylesheets give them to a real
 * window (read back from the nodes after CSS): at least 4.5:1, WCAG's AA for text. The colours of the
 * categories' markers on the dark land: at least 3:1, WCAG's for graphics.
 */
class ThemeContrastTest {
  private static final double TEXT = 4.5;
  private static Stage stage;
  private static BasemapLibrary basemaps;

  @BeforeAll
  static void startJavaFx() throws Exception {
    stage = FxToolkit.registerPrimaryStage();
    basemaps = BasemapLibrary.loadedNow();
  }

  @AfterAll
  static void backToJavaFxsOwnLook() throws Exception {
    FxToolkit.setupFixture(Themes::reset);
  }

  /** One text colour on one background, and how far apart they are. */
  record Pair(String what, Color text, Color background) {
    double contrast() {
      return CategoryPalette.contrast(text, background);
    }

    @Override
    public String toString() {
      return what + String.format(" %.2f:1 (%s on %s)", contrast(), text, background);
    }
  }

  private static <T> T onFx(java.util.concurrent.Callable<T> work) throws Exception {
    return WaitForAsyncUtils.asyncFx(work).get(30, TimeUnit.SECONDS);
  }

  /** The main window in a theme, with its stylesheets applied. */
  private static MainView window(Theme theme) {
    AppState state = new AppState();
    state.chooseTheme(theme == Theme.DARK ? ThemeChoice.DARK : ThemeChoice.LIGHT);
    MainView view = new MainView(state, basemaps, new MainView.Actions() {});
    Scene scene = new Scene(view, 1280, 800);
    Themes.install(scene, state);
    stage.setScene(scene);
    view.applyCss();
    view.layout();
    return view;
  }

  @SuppressWarnings("unchecked")
  private static Color css(Styleable node, String property) {
    for (CssMetaData<? extends Styleable, ?> meta : node.getCssMetaData()) {
      if (meta.getProperty().equals(property)) {
        Object value = ((CssMetaData<Styleable, ?>) meta).getStyleableProperty(node).getValue();
        return (Color) value;
      }
    }
    throw new AssertionError("no CSS property " + property + " on " + node);
  }

  /** A translucent colour over an opaque one, as the eye gets it. */
  static Color over(Color top, Color bottom) {
    double a = top.getOpacity();
    return Color.color(top.getRed() * a + bottom.getRed() * (1 - a), top.getGreen() * a + bottom.getGreen() * (1 - a),
        top.getBlue() * a + bottom.getBlue() * (1 - a));
  }

  private static List<Pair> mapAndAxis(Theme theme) throws Exception {
    return onFx(() -> {
      MainView view = window(theme);
      Node map = view.lookup(".map-view");
      Styleable m = (Styleable) map;
      Color sea = css(m, "-map-sea-fill");
      Color land = css(m, "-map-land-fill");
      Color halo = css(m, "-map-name-halo");
      List<Pair> pairs = new ArrayList<>();
      for (Color ground : List.of(land, sea)) {
        String on = ground == land ? " on land" : " on sea";
        pairs.add(new Pair("country names" + on, css(m, "-map-country-name-fill"), over(halo, ground)));
        pairs.add(new Pair("country names, halo aside," + on, css(m, "-map-country-name-fill"), ground));
        pairs.add(new Pair("place names" + on, css(m, "-map-place-name-fill"), over(halo, ground)));
        pairs.add(new Pair("scale bar" + on, css(m, "-map-scale-bar-ink"), over(css(m, "-map-scale-bar-fill"), ground)));
        Color cluster = over(css(m, "-map-cluster-fill").deriveColor(0, 1, 1, 0.9), ground);
        pairs.add(new Pair("cluster counts" + on, css(m, "-map-cluster-ink"), cluster));
      }
      pairs.add(new Pair("badge counts", css(m, "-map-cluster-fill"), css(m, "-map-badge-fill")));
      Styleable axis = (Styleable) view.lookup(".timeline-axis");
      Color background = css(axis, "-timeline-background");
      pairs.add(new Pair("axis labels", css(axis, "-timeline-label-color"), background));
      pairs.add(new Pair("era titles", css(axis, "-timeline-era-label-color"),
          over(css(axis, "-timeline-era-color"), background)));
      pairs.add(new Pair("era titles on the other band", css(axis, "-timeline-era-label-color"),
          over(css(axis, "-timeline-era-alternate-color"), background)));
      return pairs;
    });
  }

  private static Color background(Region region) {
    if (region.getBackground() == null || region.getBackground().getFills().isEmpty()) {
      throw new AssertionError("no background on " + region.getStyleClass());
    }
    var fills = region.getBackground().getFills();
    return fills.get(fills.size() - 1).getFill() instanceof Color c ? c : null;
  }

  private static Label label(String... classes) {
    Label label = new Label("Text");
    label.getStyleClass().addAll(classes);
    return label;
  }

  /** A region of these classes holding labels of those, as the window nests them ("outer / inner"). */
  private static StackPane holder(String classes, Node... children) {
    StackPane box = new StackPane(children);
    String[] nesting = classes.split(" / ");
    box.getStyleClass().addAll(nesting[nesting.length - 1].split(" "));
    return box;
  }

  /** The holder, inside its outer regions if it has any. */
  private static Node nested(String classes, StackPane inner) {
    String[] nesting = classes.split(" / ");
    Node node = inner;
    for (int i = nesting.length - 2; i >= 0; i--) {
      StackPane outer = new StackPane(node);
      outer.getStyleClass().addAll(nesting[i].split(" "));
      node = outer;
    }
    return node;
  }

  /** Our own chrome's texts on its own surfaces, as eventmap.css and columns.css colour them. */
  private static List<Pair> chrome(Theme theme) throws Exception {
    return onFx(() -> {
      MainView view = window(theme);
      Color land = css((Styleable) view.lookup(".map-view"), "-map-land-fill");
      Color sea = css((Styleable) view.lookup(".map-view"), "-map-sea-fill");
      String[][] samples = {
        {"timeline-view", "timeline-date", "timeline-count", "timeline-time", "timeline-problem"},
        {"detail-pane", "detail-title", "detail-hint", "detail-heading", "detail-category", "detail-when-utc",
          "detail-when-written", "detail-media-caption", "detail-quote", "detail-attribute-name",
          "detail-attribute-value", "columns-intro", "columns-heading", "columns-preview",
          "columns-preview-doubt", "columns-message", "columns-message-doubt", "shortcuts-heading"},
        {"problem-banner problem-error", "x"},
        {"problem-banner problem-warning", "x"},
        {"problem-banner problem-loading", "x"},
        {"map-notice", "x"},
        {"detail-story", "detail-story-heading", "detail-story-caption"},
        {"story-bar", "story-title", "story-position", "story-note"},
        {"columns-first-rows / column-header columns-chosen", "columns-role-tag"},
      };
      VBox all = new VBox();
      all.getStylesheets().add(org.eventmap.ui.columns.ColumnDialog.STYLESHEET);
      List<Region> holders = new ArrayList<>();
      List<List<Label>> labels = new ArrayList<>();
      for (String[] sample : samples) {
        List<Label> inside = new ArrayList<>();
        for (int i = 1; i < sample.length; i++) {
          inside.add(label(sample[i]));
        }
        StackPane box = holder(sample[0], inside.toArray(Node[]::new));
        holders.add(box);
        labels.add(inside);
        all.getChildren().add(nested(sample[0], box));
      }
      Label legendTitle = label("legend-title");
      Label legendEntry = label("legend-entry");
      StackPane legend = holder("legend", new VBox(legendTitle, legendEntry));
      Label attribution = label("map-attribution");
      Button pointer = new Button("UN Headquarters, New York");
      pointer.getStyleClass().add("map-edge-pointer");
      all.getChildren().addAll(legend, attribution, pointer);
      // Inside the window, so that its palette and its theme's class apply as they do to the real ones.
      ((javafx.scene.layout.Pane) view.lookup("#map-host")).getChildren().add(all);
      view.applyCss();
      List<Pair> pairs = new ArrayList<>();
      for (int i = 0; i < samples.length; i++) {
        Color surface = background(holders.get(i));
        for (Label l : labels.get(i)) {
          pairs.add(new Pair(samples[i][0] + " ." + String.join(".", l.getStyleClass()), (Color) l.getTextFill(),
              surface));
        }
      }
      for (Color ground : List.of(land, sea)) {
        Color card = over(background(legend), ground);
        pairs.add(new Pair("legend title", (Color) legendTitle.getTextFill(), card));
        pairs.add(new Pair("legend entries", (Color) legendEntry.getTextFill(), card));
        pairs.add(new Pair("attribution", (Color) attribution.getTextFill(), over(background(attribution), ground)));
        pairs.add(new Pair("edge pointers", (Color) pointer.getTextFill(), over(background(pointer), ground)));
      }
      return pairs;
    });
  }

  private static void assertReadable(List<Pair> pairs) {
    List<Pair> faint = pairs.stream().filter(p -> p.contrast() < TEXT).toList();
    assertThat(faint).as("texts under 4.5:1").isEmpty();
    assertThat(pairs).isNotEmpty();
  }

  @Test
  void theLightMapsAndAxissTextsReadAtFourAndAHalfToOne() throws Exception {
    assertReadable(mapAndAxis(Theme.LIGHT));
  }

  @Test
  void theDarkMapsAndAxissTextsReadAtFourAndAHalfToOne() throws Exception {
    assertReadable(mapAndAxis(Theme.DARK));
  }

  @Test
  void lightCountryNamesAndHeadingsAreNoLongerTooFaintToRead() throws Exception {
    // They were #8a8174: 3.6:1 on the land, 3.7:1 on white.
    List<Pair> pairs = new ArrayList<>(mapAndAxis(Theme.LIGHT));
    pairs.addAll(chrome(Theme.LIGHT));
    assertReadable(pairs.stream().filter(p -> p.what().startsWith("country names")
        || p.what().contains("heading") || p.what().startsWith("legend title")).toList());
  }

  @Test
  void theLightChromesTextsReadAtFourAndAHalfToOne() throws Exception {
    assertReadable(chrome(Theme.LIGHT));
  }

  @Test
  void theDarkChromesTextsReadAtFourAndAHalfToOne() throws Exception {
    assertReadable(chrome(Theme.DARK));
  }

  @Test
  void everyCategoryColourStandsOutFromTheDarkLand() throws Exception {
    Color land = onFx(() -> css((Styleable) window(Theme.DARK).lookup(".map-view"), "-map-land-fill"));
    assertThat(land).as("CategoryPalette lifts colours against the dark map's land").isEqualTo(CategoryPalette.DARK_LAND);
    // The curated dataset's own colours, the darkest first, and the palette for categories without one.
    org.eventmap.domain.Dataset curated = org.eventmap.app.DatasetSources.readCurated().dataset().orElseThrow();
    for (org.eventmap.domain.Category c : curated.categories()) {
      Color shown = CategoryPalette.colorOf(curated, c, Theme.DARK);
      assertThat(CategoryPalette.contrast(shown, land)).as(c.name() + " " + shown).isGreaterThanOrEqualTo(3.0);
    }
    for (String hex : List.of("#1f3a93", "#000000", "#4b0082", "#7b3fa0", "#ffff00")) {
      Color shown = CategoryPalette.liftedForDark(Color.web(hex));
      assertThat(CategoryPalette.contrast(shown, land)).as(hex + " lifted to " + shown).isGreaterThanOrEqualTo(3.0);
    }
    // Lifted, they stay apart: no two of the curated categories look alike.
    List<Color> shown = curated.categories().stream().map(c -> CategoryPalette.colorOf(curated, c, Theme.DARK)).toList();
    for (int i = 0; i < shown.size(); i++) {
      for (int j = i + 1; j < shown.size(); j++) {
        double hue = Math.abs(shown.get(i).getHue() - shown.get(j).getHue());
        assertThat(Math.min(hue, 360 - hue)).as(shown.get(i) + " and " + shown.get(j)).isGreaterThan(20);
      }
    }
  }
}
