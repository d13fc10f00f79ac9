package org.eventmap.ui.google;

import com.lynden.gmapsfx.GoogleMapView;
import java.util.List;
import java.util.Objects;
import java.util.logging.Level;
import java.util.logging.Logger;
import javafx.animation.PauseTransition;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.concurrent.Worker;
import javafx.scene.web.WebEngine;
import javafx.scene.layout.StackPane;
import javafx.util.Duration;
import netscape.javascript.JSObject;
import org.eventmap.domain.Dataset;
import org.eventmap.domain.Event;
import org.eventmap.state.AppState;
import org.eventmap.state.MapProvider;

/**
 * Google's map (roads, satellite, terrain) through GMapsFX, showing the same markers and selection as
 * the offline map, from the same {@link AppState}. The rest of the window does not know which map it
 * shows: this pane only reads the state and changes it through {@code select} and {@code clearSelection}.
 *
 * <p>GMapsFX hosts the WebView and loads our own page (google-map.html), which loads the current Maps
 * JavaScript API with the key (docs/adr/0006). If Google cannot be reached, refuses the key, or does not
 * answer before the deadline, the pane tells the state, which goes back to the offline map and says why
 * in the window. Choosing Google again tries again.
 *
 * <p>The key is only ever handed to the page inside the script URL; it is not logged, not shown, and not
 * given to GMapsFX.
 */
public final class GoogleMapPane extends StackPane {
  public static final String ID = "google-map";

  /** How long Google may take, from creating the page to the map existing in it. */
  static final Duration DEFAULT_DEADLINE = Duration.seconds(8);

  /** Our page; an absolute resource path because GMapsFX resolves it against its own class. */
  private static final String PAGE = "/org/eventmap/ui/google/google-map.html";

  private static final Logger LOG = Logger.getLogger(GoogleMapPane.class.getName());

  /** Where the pane is on its way to showing Google's map. */
  enum Status {
    LOADING,
    READY,
    FAILED
  }

  private final AppState state;
  private final String apiKey;
  private final MapsApiAddress api;
  private final PauseTransition deadline;
  private final ReadOnlyObjectWrapper<Status> status = new ReadOnlyObjectWrapper<>(this, "status", Status.LOADING);

  // WebView keeps the Java objects it hands to a page only weakly: these two fields keep them alive.
  private final MapsLoadCallback loadCallback = new MapsLoadCallback(this::mapsReady, this::mapsFailed);
  private final MarkerClickBridge clickBridge;

  /** The GMapsFX view of the current attempt; null when none could be made. */
  private GoogleMapView mapView;
  /** Counts attempts so that a late answer from an abandoned page is recognised and ignored. */
  private int attempt;
  /** The dataset the map was last fitted to; a new dataset is fitted once. */
  private Dataset fittedDataset;

  /** Google's map for this key. Starts loading at once; call on the FX thread. */
  public GoogleMapPane(AppState state, String apiKey) {
    this(state, apiKey, MapsApiAddress.GOOGLE, DEFAULT_DEADLINE);
  }

  /** For tests: the Maps JavaScript API from another address (a stand-in), and another deadline. */
  GoogleMapPane(AppState state, String apiKey, MapsApiAddress api, Duration deadlineAfter) {
    this.state = Objects.requireNonNull(state, "state");
    this.apiKey = Objects.requireNonNull(apiKey, "apiKey");
    this.api = Objects.requireNonNull(api, "api");
    this.clickBridge = new MarkerClickBridge(state);
    this.deadline = new PauseTransition(deadlineAfter);
    createView();
    initListeners();
    start();
  }

  private void createView() {
    setId(ID);
    getStyleClass().add("google-map");
    setMinSize(0, 0);
  }

  private void initListeners() {
    deadline.setOnFinished(e -> fail(MapFailure.UNREACHABLE, null));
    state.visibleEvents().addListener((obs, old, now) -> showEvents());
    state.selectedEventProperty().addListener((obs, old, now) -> showSelection());
    state.themeProperty().addListener((obs, old, now) -> showTheme());
    // Choosing Google again after a failure is the way to retry (e.g. once the network is back).
    state.mapProviderProperty().addListener((obs, old, now) -> {
      if (now == MapProvider.GOOGLE && status.get() == Status.FAILED) {
        start();
      }
    });
  }

  ReadOnlyObjectProperty<Status> statusProperty() {
    return status.getReadOnlyProperty();
  }

  /** The page's engine, for tests that look inside the page; null when GMapsFX could not be started. */
  WebEngine webEngine() {
    return mapView == null ? null : mapView.getWebview().getEngine();
  }

  // ---- loading ---------------------------------------------------------------------------------

  private void start() {
    attempt++;
    int thisAttempt = attempt;
    status.set(Status.LOADING);
    discardPage();
    deadline.playFromStart();
    try {
      // The key stays out of GMapsFX: with a page of its own GMapsFX does not need it.
      GoogleMapView view = new GoogleMapView(PAGE, null, null, false);
      WebEngine engine = view.getWebview().getEngine();
      // GMapsFX logs a page's alerts and errors with their text; the page has nothing to say to the user.
      engine.setOnAlert(e -> {});
      engine.setOnError(e -> LOG.fine("Google map page reported an error"));
      engine.getLoadWorker().stateProperty().addListener((obs, old, now) -> {
        if (now == Worker.State.FAILED || now == Worker.State.CANCELLED) {
          whenCurrent(thisAttempt, () -> fail(MapFailure.NOT_STARTED, engine.getLoadWorker().getException()));
        }
      });
      // With a page of its own, GMapsFX calls this when the page has loaded (not when Google has).
      view.addMapInializedListener(() -> whenCurrent(thisAttempt, this::pageLoaded));
      view.setMinSize(0, 0);
      mapView = view;
      getChildren().setAll(view);
    } catch (RuntimeException | LinkageError e) {
      // LinkageError: a library GMapsFX needs is missing from the class path (e.g. slf4j-api).
      fail(MapFailure.NOT_STARTED, e);
    }
  }

  private void whenCurrent(int forAttempt, Runnable action) {
    if (forAttempt == attempt && status.get() != Status.FAILED) {
      action.run();
    }
  }

  /** Our page is there: give it the two Java objects it may call, then let it load Google's script. */
  private void pageLoaded() {
    LogRedaction.hide(apiKey); // WebKit logs the address of each resource it loads, key and all
    showTheme();
    callPage(page -> {
      page.call("connect", loadCallback, clickBridge);
      page.call("loadMapsApi", api.scriptUrlWithKey(apiKey));
    });
  }

  private void mapsReady() {
    if (status.get() != Status.LOADING) {
      return;
    }
    deadline.stop();
    status.set(Status.READY);
    fittedDataset = null;
    showEvents();
    showSelection();
  }

  private void mapsFailed(String reason) {
    // Called from the page's own script; the state is changed later, outside it (see fail).
    fail(MapFailure.fromPage(reason), null);
  }

  /**
   * Gives up on this attempt. The state is told on a later pulse so that a failure found while the
   * window is still switching maps (inside a listener of the map provider) does not switch it back midway.
   */
  private void fail(MapFailure failure, Throwable cause) {
    if (status.get() == Status.FAILED) {
      return;
    }
    deadline.stop();
    status.set(Status.FAILED);
    // FINE: the window already says why; the log is for someone debugging the page.
    LOG.log(Level.FINE, "Google map not shown: {0}{1}",
        new Object[] {failure, cause == null ? "" : " (" + LogRedaction.redact(String.valueOf(cause)) + ")"});
    GoogleMapView failedView = mapView;
    Platform.runLater(() -> {
      if (mapView == failedView) { // not a page started since, by choosing Google again
        discardPage();
      }
      // Only a person still waiting for Google's map is sent back; one who already left it is not bothered.
      if (state.mapProviderProperty().get() == MapProvider.GOOGLE) {
        state.mapFailed(MapProvider.GOOGLE, failure.message());
      }
    });
  }

  private void discardPage() {
    if (mapView != null) {
      try {
        mapView.getWebview().getEngine().load("about:blank"); // stops Google's scripts and timers
      } catch (RuntimeException e) {
        LOG.log(Level.FINE, "Google map page could not be unloaded", e);
      }
      getChildren().clear();
      mapView = null;
    }
  }

  // ---- state to page ---------------------------------------------------------------------------

  private void showEvents() {
    if (status.get() != Status.READY) {
      return;
    }
    Dataset dataset = state.dataset();
    List<Event> visible = state.visibleEvents().get();
    callPage(page -> {
      page.call("showEvents", MarkerData.json(dataset, visible, state.currentDay()));
      if (dataset != null && dataset != fittedDataset && !dataset.events().isEmpty()) {
        fittedDataset = dataset;
        fitTo(page, dataset.events());
      }
    });
  }

  private void showSelection() {
    if (status.get() != Status.READY) {
      return;
    }
    String id = state.selectedEvent().map(Event::id).orElse("");
    callPage(page -> page.call("showSelection", id));
  }

  private static void fitTo(JSObject page, List<Event> events) {
    double south = 90;
    double north = -90;
    double west = 180;
    double east = -180;
    for (Event e : events) {
      if (e.place().isEmpty()) {
        continue;
      }
      var at = e.place().get().location();
      south = Math.min(south, at.lat());
      north = Math.max(north, at.lat());
      west = Math.min(west, at.lon());
      east = Math.max(east, at.lon());
    }
    page.call("fitBounds", south, west, north, east);
  }

  /** The page's own background follows the theme, so that no pale page shows before Google's tiles do. */
  private void showTheme() {
    if (mapView == null) {
      return;
    }
    boolean dark = state.themeProperty().get() == org.eventmap.state.Theme.DARK;
    try {
      mapView.getWebview().getEngine().executeScript(
          "document.body && document.body.classList.toggle('theme-dark', " + dark + ")");
    } catch (RuntimeException e) {
      LOG.fine("Google map page could not take the theme");
    }
  }

  /**
   * Calls into the page. Every call goes through here because any of them can throw (a JSException from
   * the page, an IllegalStateException from a page being replaced); a failure becomes the offline map,
   * never an exception on the FX thread.
   */
  private void callPage(java.util.function.Consumer<JSObject> calls) {
    if (mapView == null) {
      return;
    }
    try {
      Object page = mapView.getWebview().getEngine().executeScript("window.eventmapPage");
      if (!(page instanceof JSObject)) {
        fail(MapFailure.NOT_STARTED, null);
        return;
      }
      calls.accept((JSObject) page);
    } catch (RuntimeException e) {
      fail(MapFailure.NOT_STARTED, e);
    }
  }
}
