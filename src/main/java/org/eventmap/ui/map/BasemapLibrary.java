package org.eventmap.ui.map;

import java.io.IOException;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;
import javafx.application.Platform;
import org.eventmap.geo.ProjectedBasemap;
import org.eventmap.geo.basemap.Basemap;
import org.eventmap.geo.basemap.BasemapScale;

/**
 * Holds the basemap generalisations that are loaded, and loads the others in the background when a
 * zoom level asks for them; until then the nearest loaded one is drawn, so the map is never blank.
 */
public final class BasemapLibrary {
  private static final Logger LOG = Logger.getLogger(BasemapLibrary.class.getName());

  private final Map<BasemapScale, ProjectedBasemap> loaded = new EnumMap<>(BasemapScale.class);
  private final Map<BasemapScale, Boolean> requested = new EnumMap<>(BasemapScale.class);
  private final ExecutorService loader;
  private Consumer<BasemapScale> onLoaded = scale -> {};

  private BasemapLibrary(ExecutorService loader) {
    this.loader = loader;
  }

  /** Loads in a background thread and tells the listener on the FX thread. */
  public static BasemapLibrary background() {
    return new BasemapLibrary(
        Executors.newSingleThreadExecutor(r -> {
          Thread t = new Thread(r, "basemap-loader");
          t.setDaemon(true);
          return t;
        }));
  }

  /** Loads every scale now, on the calling thread: for snapshots, where there is no later frame. */
  public static BasemapLibrary loadedNow() {
    BasemapLibrary library = new BasemapLibrary(null);
    for (BasemapScale scale : BasemapScale.values()) {
      library.loaded.put(scale, load(scale));
    }
    return library;
  }

  /** Must be called on the FX thread. */
  void setOnLoaded(Consumer<BasemapScale> listener) {
    this.onLoaded = listener;
  }

  /** Starts loading a scale in the background if it is not there yet. Call on the FX thread. */
  public void request(BasemapScale scale) {
    if (loaded.containsKey(scale) || requested.containsKey(scale) || loader == null) {
      return;
    }
    requested.put(scale, Boolean.TRUE);
    loader.submit(() -> {
      ProjectedBasemap basemap = load(scale);
      Platform.runLater(() -> {
        if (basemap != null) {
          loaded.put(scale, basemap);
          onLoaded.accept(scale);
        }
      });
    });
  }

  /** The best loaded basemap for the wanted scale, asking for the wanted one if it is missing. */
  Optional<ProjectedBasemap> bestFor(BasemapScale wanted) {
    request(wanted);
    if (loaded.containsKey(wanted)) {
      return Optional.of(loaded.get(wanted));
    }
    return loaded.entrySet().stream()
        .min((a, b) -> Integer.compare(distance(a.getKey(), wanted), distance(b.getKey(), wanted)))
        .map(Map.Entry::getValue);
  }

  private static int distance(BasemapScale a, BasemapScale b) {
    return Math.abs(a.ordinal() - b.ordinal());
  }

  private static ProjectedBasemap load(BasemapScale scale) {
    try {
      return ProjectedBasemap.of(Basemap.load(scale));
    } catch (IOException | RuntimeException e) {
      // The basemap ships inside the jar; failing to read it is a broken build, not a user's mistake.
      LOG.log(Level.SEVERE, "cannot read the built-in basemap " + scale, e);
      return null;
    }
  }
}
