package org.eventmap.app;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Scene;
import javafx.scene.image.WritableImage;
import javax.imageio.ImageIO;
import org.eventmap.io.LoadResult;
import org.eventmap.state.AppState;
import org.eventmap.time.EventTimeIndex;
import org.eventmap.ui.MainView;
import org.eventmap.ui.map.BasemapLibrary;

/**
 * Renders the main window to a PNG without showing it, on the headless Monocle platform, so that it
 * works on a server without a display. The same views draw it as in the window.
 */
final class Snapshot {
  private Snapshot() {}

  /** Must run before anything touches JavaFX: the platform is chosen once per process. */
  static void useHeadlessPlatform() {
    System.setProperty("glass.platform", "Monocle");
    System.setProperty("monocle.platform", "Headless");
    System.setProperty("prism.order", "sw");
    System.setProperty("java.awt.headless", "true");
  }

  static WritableImage render(LoadResult loaded, LaunchOptions options, int width, int height) throws Exception {
    CompletableFuture<WritableImage> image = new CompletableFuture<>();
    BasemapLibrary basemaps = BasemapLibrary.loadedNow();
    Platform.startup(() -> {
      try {
        image.complete(scene(loaded, options, width, height, basemaps).snapshot(null));
      } catch (RuntimeException e) {
        image.completeExceptionally(e);
      }
    });
    try {
      return image.get(60, TimeUnit.SECONDS);
    } finally {
      Platform.exit();
    }
  }

  /**
   * The main window's scene as the window would show it with these options, laid out and ready to be
   * drawn. On the JavaFX thread. Without {@code --theme} the picture is light, whatever the desktop
   * uses: a script's pictures should not change with the desktop of whoever runs it.
   */
  static Scene scene(LoadResult loaded, LaunchOptions options, int width, int height, BasemapLibrary basemaps) {
    AppState state = new AppState();
    state.chooseTheme(options.theme().orElse(org.eventmap.state.ThemeChoice.LIGHT));
    if (state.themeChoiceProperty().get() == org.eventmap.state.ThemeChoice.SYSTEM) {
      state.themes().systemUses(SystemTheme.detect());
    }
    MainView view = new MainView(state, basemaps, new MainView.Actions() {});
    Scene scene = new Scene(view, width, height);
    org.eventmap.ui.theme.Themes.install(scene, state);
    // As the window does: it is on screen, laid out and its map sized, before the file is shown.
    view.applyCss();
    view.layout();
    StartupState.apply(state, loaded, loaded.dataset().map(d -> new EventTimeIndex(d.events())).orElse(null),
        options, java.util.Optional.empty());
    view.applyCss();
    view.layout();
    return scene;
  }

  static void write(WritableImage image, Path out) throws IOException {
    BufferedImage buffered = SwingFXUtils.fromFXImage(image, null);
    Path parent = out.toAbsolutePath().getParent();
    if (parent != null) {
      Files.createDirectories(parent);
    }
    // Written beside the target and moved into place, so that nobody ever sees half a picture.
    Path temporary = Files.createTempFile(parent == null ? Path.of(".") : parent, ".eventmap-", ".png.part");
    try {
      if (!ImageIO.write(buffered, "png", temporary.toFile())) {
        throw new IOException("no PNG writer available");
      }
      Files.move(temporary, out, java.nio.file.StandardCopyOption.REPLACE_EXISTING,
          java.nio.file.StandardCopyOption.ATOMIC_MOVE);
    } finally {
      Files.deleteIfExists(temporary);
    }
  }

}
