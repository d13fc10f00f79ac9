package org.eventmap.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.image.Image;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.eventmap.state.Theme;
import org.eventmap.state.ThemeChoice;
import org.eventmap.ui.MainView;
import org.eventmap.ui.map.MapView;
import org.eventmap.ui.theme.Themes;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kordamp.ikonli.javafx.FontIcon;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** Light and dark as a person meets them in the window: the map, the dialogs, the menu, the icons. */
class ThemeWindowTest extends FxRobot {
  private static final Color LIGHT_SEA = Color.web("#cfe0ec");
  private static final Color LIGHT_LAND = Color.web("#f6f3ec");
  private static final Color DARK_SEA = Color.web("#101c2b");
  private static final Color DARK_LAND = Color.web("#2a3038");

  @TempDir Path dir;
  private EventmapApp app;
  private Stage stage;

  @BeforeEach
  void launch() throws Exception {
    System.setProperty("eventmap.session", dir.resolve("session.json").toString());
    start(LaunchOptions.defaults());
  }

  private void start(LaunchOptions options) throws Exception {
    EventmapApp.launchOptions = options;
    stage = FxToolkit.registerPrimaryStage();
    app = (EventmapApp) FxToolkit.setupApplication(EventmapApp.class);
    WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> stage.getTitle().contains("Gaza"));
  }

  private void stop() throws Exception {
    interact(() -> List.copyOf(Window.getWindows()).stream().filter(w -> w != stage).forEach(Window::hide));
    FxToolkit.cleanupApplication(app);
    FxToolkit.hideStage();
  }

  @AfterEach
  void close() throws Exception {
    stop();
    // The theme is the application's, not the window's: later tests expect JavaFX's own look.
    interact(Themes::reset);
  }

  private MapView map() {
    return lookup("#" + MapView.ID).queryAs(MapView.class);
  }

  private MainView view() {
    return (MainView) stage.getScene().getRoot();
  }

  /** A menu item of the window's menu bar, at any depth. */
  private MenuItem menuItem(String id) {
    MenuBar bar = lookup(".menu-bar").queryAs(MenuBar.class);
    List<MenuItem> all = new ArrayList<>();
    for (Menu menu : bar.getMenus()) {
      collect(menu, all);
    }
    return all.stream().filter(i -> id.equals(i.getId())).findFirst()
        .orElseThrow(() -> new AssertionError("no menu item " + id));
  }

  private static void collect(Menu menu, List<MenuItem> into) {
    for (MenuItem item : menu.getItems()) {
      into.add(item);
      if (item instanceof Menu sub) {
        collect(sub, into);
      }
    }
  }

  private static double distance(Color a, Color b) {
    return Math.abs(a.getRed() - b.getRed()) + Math.abs(a.getGreen() - b.getGreen())
        + Math.abs(a.getBlue() - b.getBlue());
  }

  /** The first pixel of the image in this colour, scanning a coarse grid. */
  private static Optional<int[]> find(Image image, Color color) {
    for (int y = 5; y < image.getHeight() - 5; y += 9) {
      for (int x = 5; x < image.getWidth() - 5; x += 9) {
        if (distance(image.getPixelReader().getColor(x, y), color) < 0.01) {
          return Optional.of(new int[] {x, y});
        }
      }
    }
    return Optional.empty();
  }

  private static Color pixel(Image image, int[] at) {
    return image.getPixelReader().getColor(at[0], at[1]);
  }

  private WritableImage renderedMap() throws Exception {
    WaitForAsyncUtils.waitForFxEvents();
    return WaitForAsyncUtils.asyncFx(() -> {
      map().applyCss();
      map().layout();
      return map().renderImage();
    }).get(10, TimeUnit.SECONDS);
  }

  @Test
  void switchingToDarkRepaintsTheMapsSeaAndLandInTheDarkStyle() throws Exception {
    interact(() -> app.state().chooseTheme(ThemeChoice.LIGHT));
    WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, map()::hasDrawnBasemap);
    WritableImage light = renderedMap();
    int[] sea = find(light, LIGHT_SEA).orElseThrow(() -> new AssertionError("no sea on the light map"));
    int[] land = find(light, LIGHT_LAND).orElseThrow(() -> new AssertionError("no land on the light map"));

    interact(() -> app.state().chooseTheme(ThemeChoice.DARK));
    WritableImage dark = renderedMap();

    assertThat(distance(pixel(dark, sea), DARK_SEA)).as("the sea, dark: " + pixel(dark, sea)).isLessThan(0.02);
    assertThat(distance(pixel(dark, land), DARK_LAND)).as("the land, dark: " + pixel(dark, land)).isLessThan(0.02);
    assertThat(stage.getScene().getRoot().getStyleClass()).contains(Themes.DARK_CLASS)
        .doesNotContain(Themes.LIGHT_CLASS);
    assertThat(stage.getScene().getFill()).as("no white behind the window as it starts or resizes")
        .isEqualTo(Color.web("#0d1117"));

    interact(() -> app.state().chooseTheme(ThemeChoice.LIGHT));
    assertThat(pixel(renderedMap(), sea)).as("and back").isEqualTo(pixel(light, sea));
  }

  @Test
  void theThemeChosenInTheMenuIsRememberedAtTheNextStart() throws Exception {
    interact(() -> menuItem("menu-theme-dark").fire());
    assertThat(app.state().themeProperty().get()).isEqualTo(Theme.DARK);
    assertThat(PreferencesStore.besides(SessionStore.forUser()).load().theme()).isEqualTo(ThemeChoice.DARK);

    stop();
    start(LaunchOptions.defaults());

    assertThat(app.state().themeChoiceProperty().get()).isEqualTo(ThemeChoice.DARK);
    assertThat(stage.getScene().getRoot().getStyleClass()).contains(Themes.DARK_CLASS);
    assertThat(((javafx.scene.control.RadioMenuItem) menuItem("menu-theme-dark")).isSelected()).isTrue();
  }

  @Test
  void theCommandLinesThemeIsForThisRunOnly() throws Exception {
    stop();
    start(LaunchOptions.defaults().withTheme(Optional.of(ThemeChoice.DARK)));
    assertThat(app.state().themeProperty().get()).isEqualTo(Theme.DARK);

    assertThat(PreferencesStore.besides(SessionStore.forUser()).load().theme()).isEqualTo(ThemeChoice.SYSTEM);
  }

  /** The colour a dialog's pane shows in its top left corner, inside its border. */
  private Color dialogBackground(DialogPane pane) throws Exception {
    WaitForAsyncUtils.waitForFxEvents();
    return WaitForAsyncUtils.asyncFx(() -> pane.snapshot(null, null).getPixelReader().getColor(3, 3))
        .get(10, TimeUnit.SECONDS);
  }

  private DialogPane openedDialog() {
    return lookup(".dialog-pane").match(n -> n.getScene() != stage.getScene()).queryAs(DialogPane.class);
  }

  @Test
  void dialogsOpenInTheThemeAndFollowItsChanges() throws Exception {
    interact(() -> app.state().chooseTheme(ThemeChoice.DARK));
    interact(() -> view().actions().get("shortcuts").handler().run());
    DialogPane shortcuts = openedDialog();

    assertThat(shortcuts.getScene().getRoot().getStyleClass()).contains(Themes.DARK_CLASS);
    Color dark = dialogBackground(shortcuts);
    assertThat(dark.getBrightness()).as("the shortcuts dialog is dark: " + dark).isLessThan(0.25);
    interact(() -> List.copyOf(Window.getWindows()).stream().filter(w -> w != stage).forEach(Window::hide));

    interact(() -> {
      Alert alert = new Alert(Alert.AlertType.INFORMATION, "Saved");
      alert.initOwner(stage);
      alert.show();
    });
    DialogPane alert = openedDialog();
    assertThat(dialogBackground(alert).getBrightness()).as("an alert too").isLessThan(0.25);

    interact(() -> app.state().chooseTheme(ThemeChoice.LIGHT));
    assertThat(alert.getScene().getRoot().getStyleClass()).contains(Themes.LIGHT_CLASS);
    assertThat(dialogBackground(alert).getBrightness()).as("and it turns light with the window").isGreaterThan(0.9);
  }

  @Test
  void theButtonsOfTheMapTheTimelineAndTheStoryShowIconsNotCharacters() {
    for (String id : List.of("map-zoom-in", "map-zoom-out", "map-fit", "map-reset", "timeline-previous-event",
        "timeline-previous-day", "timeline-play", "timeline-next-day", "timeline-next-event")) {
      Button button = lookup("#" + id).queryAs(Button.class);
      assertThat(button.getGraphic()).as(id).isInstanceOf(FontIcon.class);
      assertThat(button.getText()).as(id + " has no character for a picture").isNullOrEmpty();
      assertThat(button.getTooltip().getText()).as(id + " still says what it does").isNotBlank();
    }
    for (Button button : List.of(view().storyBar().previousButton(), view().storyBar().nextButton(),
        view().storyBar().closeButton())) {
      assertThat(button.getGraphic()).as(button.getText()).isInstanceOf(FontIcon.class);
      assertThat(button.getText()).doesNotContain("‹", "›");
    }
    for (String id : List.of("menu-open", "menu-export-png", "menu-quit", "menu-copy", "menu-fit",
        "menu-play", "menu-find", "menu-shortcuts", "menu-about")) {
      assertThat(menuItem(id).getGraphic()).as(id).isInstanceOf(FontIcon.class);
    }
  }

  @Test
  void thePlayButtonsIconBecomesPauseWhilePlaying() {
    FontIcon icon = (FontIcon) lookup("#timeline-play").queryAs(Button.class).getGraphic();
    String before = icon.getIconCode().getDescription();

    interact(() -> app.state().togglePlaying());
    String playing = icon.getIconCode().getDescription();
    interact(() -> app.state().togglePlaying());

    assertThat(before).isEqualTo("mdi2p-play");
    assertThat(playing).isEqualTo("mdi2p-pause");
  }

  @Test
  void aThousandPixelWideWindowIsNotCutOffOnTheRight() throws Exception {
    interact(() -> {
      stage.setWidth(1000);
      stage.setHeight(700);
    });
    for (ThemeChoice theme : List.of(ThemeChoice.LIGHT, ThemeChoice.DARK)) {
      interact(() -> app.state().chooseTheme(theme));
      WaitForAsyncUtils.waitForFxEvents();
      double[] widths = WaitForAsyncUtils.asyncFx(() -> new double[] {stage.getScene().getWidth(),
          view().getWidth(), view().minWidth(-1)}).get(10, TimeUnit.SECONDS);
      // Wider than the scene, the window's content would lose its right end: the banner's Dismiss button,
      // the map's zoom buttons, the go-to box.
      assertThat(widths[0]).as("the window's width").isEqualTo(1000);
      assertThat(widths[1]).as(theme + ": the content is as wide as the window").isEqualTo(widths[0]);
      assertThat(widths[2]).as(theme + ": its narrowest").isLessThanOrEqualTo(widths[0]);
    }
  }

  @Test
  void theWindowHasTheApplicationIconAtEverySize() {
    assertThat(stage.getIcons()).extracting(i -> (int) i.getWidth()).containsExactly(16, 32, 48, 64, 128, 256);
    Image large = stage.getIcons().get(5);
    // Not blank: the pin's red is in the middle of the largest.
    Color centre = large.getPixelReader().getColor(128, 96);
    assertThat(centre.getRed()).as("" + centre).isGreaterThan(0.7);
  }
}
