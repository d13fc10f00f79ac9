package org.eventmap.ui.google;

import static org.assertj.core.api.Assertions.assertThat;
import static org.eventmap.ui.google.Fx.js;
import static org.eventmap.ui.google.Fx.onFx;
import static org.eventmap.ui.google.Fx.run;
import static org.eventmap.ui.google.Fx.waitUntil;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.util.List;
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

/**
 * The state-to-page bridge, against the stand-in of the Maps JavaScript API served from test resources
 * (our own code, not Google's): the markers are the visible events, moving the day changes them, a
 * marker click selects in the state, and a selection in the state opens that marker's info window.
 */
@ExtendWith(ApplicationExtension.class)
class GoogleMapBridgeTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  private final StackPane host = new StackPane();
  private final AppState state = new AppState();
  private StandInMapsApiServer api;
  private GoogleMapPane pane;

  @Start
  void start(Stage stage) {
    stage.setScene(new Scene(host, 900, 600));
    stage.show();
  }

  @BeforeEach
  void showGoogleMapOnStandIn() {
    api = new StandInMapsApiServer();
    run(() -> {
      state.applyLoad(Fx.dataset("/datasets/small-valid.json"));
      state.chooseMap(MapProvider.GOOGLE);
      pane = new GoogleMapPane(state, "stand-in key&v=1", api.address(), Fx.PATIENT_DEADLINE);
      host.getChildren().setAll(pane);
    });
    // The page's Java objects must outlive a garbage collection (WebView holds them only weakly).
    System.gc();
    waitUntil(Fx.PATIENT_DEADLINE.toSeconds(), "the map in the page", () -> pane.statusProperty().get() == GoogleMapPane.Status.READY);
  }

  @AfterEach
  void stopServer() {
    api.close();
  }

  @Test
  void markersAreTheVisibleEvents() throws Exception {
    List<Event> visible = onFx(() -> state.visibleEvents().get());
    assertThat(visible).hasSize(3);
    assertThat(js(pane, "standInMaps.isStandIn")).isEqualTo(true);
    assertThat(markerTitles()).containsExactlyInAnyOrderElementsOf(visible.stream().map(Event::title).toList());
  }

  @Test
  void movingTheDayChangesTheMarkers() throws Exception {
    run(() -> state.goToDay(LocalDate.of(2024, 3, 18)));
    waitUntil(5, "two markers", () -> ((Number) pane.webEngine().executeScript("standInMaps.markerCount()")).intValue() == 2);
    List<Event> visible = onFx(() -> state.visibleEvents().get());
    assertThat(markerTitles()).containsExactlyInAnyOrderElementsOf(visible.stream().map(Event::title).toList())
        .containsExactlyInAnyOrder("Talks resume", "Something in March");
    // Events going on that day are drawn larger than those that are over, as on the offline map:
    // on 25 March the arrival (22 March) is over and "Something in March" is not.
    run(() -> state.goToDay(LocalDate.of(2024, 3, 25)));
    waitUntil(5, "three markers", () -> ((Number) pane.webEngine().executeScript("standInMaps.markerCount()")).intValue() == 3);
    assertThat(scaleOf("Something in March")).isGreaterThan(scaleOf("Arrival in Tel Aviv"));
  }

  @Test
  void clickingAMarkerSelectsItsEvent() {
    assertThat(js(pane, "standInMaps.clickMarker('Talks resume')")).isEqualTo(true);
    waitUntil(5, "the clicked event selected", () -> state.selectedEvent().map(Event::id).orElse("").equals("talks-resume"));
    // and the page follows the state: that marker is highlighted and its info window open
    waitUntil(5, "its info window", () -> "Talks resume".equals(pane.webEngine().executeScript("standInMaps.openInfoWindowAnchorTitle()")));
    js(pane, "standInMaps.clickMap()");
    waitUntil(5, "the selection cleared", () -> state.selectedEvent().isEmpty());
    waitUntil(5, "the info window closed", () -> pane.webEngine().executeScript("standInMaps.openInfoWindowText()") == null);
  }

  @Test
  void selectingInTheStateOpensThatMarker() throws Exception {
    double unselected = scaleOf("Something in March");
    run(() -> state.select("month-only"));
    waitUntil(5, "its info window", () -> "Something in March".equals(pane.webEngine().executeScript("standInMaps.openInfoWindowAnchorTitle()")));
    assertThat((String) js(pane, "standInMaps.openInfoWindowText()"))
        .contains("Something in March").contains("Somewhere at sea").contains("March 2024").contains("Ceasefire talks");
    assertThat(scaleOf("Something in March")).isGreaterThan(unselected);
  }

  @Test
  void theMapIsFittedToTheDataset() throws Exception {
    String bounds = (String) js(pane, "standInMaps.fittedBoundsJson()");
    var fitted = JSON.readTree(bounds);
    assertThat(fitted.get("south").asDouble()).isEqualTo(25.2854);
    assertThat(fitted.get("north").asDouble()).isEqualTo(32.0853);
    assertThat(fitted.get("west").asDouble()).isEqualTo(34.0);
    assertThat(fitted.get("east").asDouble()).isEqualTo(51.531);
  }

  @Test
  void theKeyTravelsUrlEncodedInTheScriptAddressOnly() {
    assertThat(api.rawQueries()).singleElement().asString()
        .startsWith("key=stand-in+key%26v%3D1&")
        .contains("callback=" + MapsApiAddress.CALLBACK);
    assertThat(js(pane, "standInMaps.key")).isEqualTo("stand-in key&v=1");
  }

  @Test
  void theBridgeStillWorksAfterGarbageCollection() {
    for (int i = 0; i < 3; i++) {
      System.gc();
    }
    js(pane, "standInMaps.clickMarker('Arrival in Tel Aviv')");
    waitUntil(5, "the clicked event selected", () -> state.selectedEvent().map(Event::id).orElse("").equals("arrival"));
  }

  private List<String> markerTitles() throws Exception {
    return List.of(JSON.readValue((String) js(pane, "standInMaps.markerTitlesJson()"), String[].class));
  }

  private double scaleOf(String title) {
    return ((Number) js(pane, "standInMaps.markerScale(" + JSON.valueToTree(title) + ")")).doubleValue();
  }
}
