package org.eventmap.ui.google;

import static org.assertj.core.api.Assertions.assertThat;
import static org.eventmap.ui.google.Fx.js;
import static org.eventmap.ui.google.Fx.onFx;
import static org.eventmap.ui.google.Fx.run;
import static org.eventmap.ui.google.Fx.waitUntil;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import javafx.scene.Scene;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.eventmap.domain.Event;
import org.eventmap.state.AppState;
import org.eventmap.state.MapProvider;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Dataset text goes into the page as data, never as HTML or script: hostile titles, place and category
 * names (src/test/resources/google/hostile-titles.json) show as text in the marker titles and the info
 * window of the stand-in Maps JavaScript API, create no elements, and run nothing.
 */
@ExtendWith(ApplicationExtension.class)
class GoogleMapEscapingTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  private final StackPane host = new StackPane();
  private final AppState state = new AppState();
  private final List<String> alerts = new CopyOnWriteArrayList<>();
  private StandInMapsApiServer api;
  private GoogleMapPane pane;

  @Start
  void start(Stage stage) {
    stage.setScene(new Scene(host, 900, 600));
    stage.show();
  }

  @BeforeEach
  void showHostileDatasetOnStandIn() {
    api = new StandInMapsApiServer();
    run(() -> {
      state.chooseMap(MapProvider.GOOGLE);
      pane = new GoogleMapPane(state, "stand-in-key", api.address(), Fx.PATIENT_DEADLINE);
      host.getChildren().setAll(pane);
    });
    waitUntil(Fx.PATIENT_DEADLINE.toSeconds(), "the map in the page", () -> pane.statusProperty().get() == GoogleMapPane.Status.READY);
    run(() -> {
      pane.webEngine().setOnAlert(e -> alerts.add(e.getData()));
      state.applyLoad(Fx.dataset("/google/hostile-titles.json"));
    });
    waitUntil(5, "three markers", () -> ((Number) pane.webEngine().executeScript("standInMaps.markerCount()")).intValue() == 3);
  }

  @AfterEach
  void stopServer() {
    api.close();
  }

  @Test
  void hostileTitlesAreMarkerTitlesAsText() throws Exception {
    List<String> titles = onFx(() -> state.dataset().events().stream().map(Event::title).toList());
    assertThat(titles).contains("<img src=x onerror=alert(1)>", "</script><script>alert(2);document.title='hostile'</script>");
    assertThat(stringsFrom("standInMaps.markerTitlesJson()")).containsExactlyInAnyOrderElementsOf(titles);
    assertThat(stringsFrom("standInMaps.markerAttributeTitlesJson()")).containsExactlyInAnyOrderElementsOf(titles);
    assertNothingRan();
  }

  @Test
  void hostileTextInTheInfoWindowIsText() {
    for (Event event : onFx(() -> state.dataset().events())) {
      run(() -> state.select(event));
      waitUntil(5, "the info window of " + event.id(),
          () -> event.title().equals(pane.webEngine().executeScript("standInMaps.openInfoWindowAnchorTitle()")));
      String text = (String) js(pane, "standInMaps.openInfoWindowText()");
      assertThat(text).contains(event.title()).contains(event.place().orElseThrow().name()).contains(event.category().name());
    }
    assertNothingRan();
  }

  private void assertNothingRan() {
    // An <img src=x> that had been created would fail to load and run its onerror on a later turn.
    WaitForAsyncUtils.sleep(500, java.util.concurrent.TimeUnit.MILLISECONDS);
    WaitForAsyncUtils.waitForFxEvents();
    assertThat(js(pane, "standInMaps.elementCount('img')")).isEqualTo(0);
    assertThat(js(pane, "standInMaps.elementCount('svg')")).isEqualTo(0);
    assertThat(js(pane, "standInMaps.elementCount('b')")).isEqualTo(0);
    assertThat(js(pane, "document.getElementsByTagName('script').length"))
        .as("our page's script and the stand-in API only").isEqualTo(2);
    assertThat(js(pane, "window.hostileScriptRan === true")).isEqualTo(false);
    assertThat(js(pane, "document.title")).isNotEqualTo("hostile");
    assertThat(alerts).isEmpty();
    assertThat(onFx(() -> state.selectedEvent().map(Event::id).orElse(""))).isIn("", "image-title", "script-title", "handler-title");
  }

  private List<String> stringsFrom(String script) throws Exception {
    return List.of(JSON.readValue((String) js(pane, script), String[].class));
  }
}
