package org.eventmap.ui.map;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import javafx.scene.Scene;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;
import javafx.stage.Stage;
import org.eventmap.state.AppState;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The map's look comes from its stylesheet: a rule in the scene's stylesheet changes what is drawn. */
@ExtendWith(ApplicationExtension.class)
class MapStyleTest {
  private static BasemapLibrary basemaps;
  private final AppState state = new AppState();
  private MapView map;
  private Scene scene;

  @Start
  void start(Stage stage) {
    if (basemaps == null) {
      basemaps = BasemapLibrary.loadedNow();
    }
    map = new MapView(state, basemaps);
    scene = new Scene(map, 800, 600);
    stage.setScene(scene);
    stage.show();
    state.showView(20, 15, 256 * 8); // the Sahel: land, the Mediterranean and the Gulf of Guinea
  }

  private static <T> T onFx(Callable<T> task) {
    return WaitForAsyncUtils.waitFor(WaitForAsyncUtils.asyncFx(task));
  }

  /** The share of the map's pixels that are exactly this colour. */
  private double share(Color color) {
    return onFx(() -> {
      map.applyCss();
      map.layout();
      WritableImage image = map.snapshot(null, null);
      PixelReader pixels = image.getPixelReader();
      int want = toArgb(color);
      long hits = 0;
      int w = (int) image.getWidth();
      int h = (int) image.getHeight();
      for (int y = 0; y < h; y++) {
        for (int x = 0; x < w; x++) {
          if (pixels.getArgb(x, y) == want) {
            hits++;
          }
        }
      }
      return hits / (double) (w * h);
    });
  }

  private static int toArgb(Color c) {
    return (255 << 24) | ((int) Math.round(c.getRed() * 255) << 16) | ((int) Math.round(c.getGreen() * 255) << 8)
        | (int) Math.round(c.getBlue() * 255);
  }

  @Test
  void theLandTakesItsColourFromTheStylesheet(@TempDir Path dir) throws Exception {
    Color land = Color.web("#f6f3ec");
    Color red = Color.web("#d01010");
    assertThat(share(land)).as("map.css's land before any other rule").isGreaterThan(0.2);
    assertThat(share(red)).isZero();

    Path theme = dir.resolve("theme.css");
    Files.writeString(theme, ".map-view { -map-land-fill: #d01010; }");
    onFx(() -> scene.getStylesheets().add(theme.toUri().toString()));

    assertThat(share(red)).as("the theme's land").isGreaterThan(0.2);
    assertThat(share(land)).as("no land left in the old colour").isZero();
    assertThat(share(Color.web("#cfe0ec"))).as("the sea as it was").isGreaterThan(0.02);

    onFx(() -> {
      scene.getStylesheets().clear();
      return null;
    });
    assertThat(share(land)).as("back to map.css once the theme goes").isGreaterThan(0.2);
  }

  @Test
  void theStyleIsReadOncePerChangeOfStyleNotPerFrame() {
    MapStyle first = onFx(() -> {
      map.applyCss();
      map.layout();
      return map.style();
    });
    MapStyle later = onFx(() -> {
      state.panMap(-30, 0);
      map.layout();
      return map.style();
    });
    assertThat(later).as("the same value, not read again for a frame").isSameAs(first);
    assertThat(first.land()).isEqualTo(Color.web("#f6f3ec"));
    assertThat(first).as("map.css says what MapStyle.DEFAULT says").isEqualTo(MapStyle.DEFAULT);
  }
}
