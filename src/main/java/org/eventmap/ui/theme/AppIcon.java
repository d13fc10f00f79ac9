package org.eventmap.ui.theme;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.image.Image;
import javafx.stage.Stage;

/**
 * The application's icon on a window (and in the task bar), at the sizes desktops ask for: a map pin on
 * a timeline, drawn by {@code org.eventmap.tools.AppIconGenerator} (in the tests) into the PNGs under
 * {@code /org/eventmap/icons/}. The desktop picks the size it needs from the list.
 */
public final class AppIcon {
  public static final int[] SIZES = {16, 32, 48, 64, 128, 256};
  private static List<Image> images;

  private AppIcon() {}

  public static void install(Stage stage) {
    stage.getIcons().setAll(images());
  }

  /** The icon at every size there is, smallest first; read once. */
  public static synchronized List<Image> images() {
    if (images == null) {
      List<Image> read = new ArrayList<>();
      for (int size : SIZES) {
        try (InputStream in = AppIcon.class.getResourceAsStream("/org/eventmap/icons/eventmap-" + size + ".png")) {
          if (in != null) {
            read.add(new Image(in));
          }
        } catch (java.io.IOException e) {
          // a window without one of the sizes still opens: the desktop scales another
        }
      }
      images = List.copyOf(read);
    }
    return images;
  }
}
