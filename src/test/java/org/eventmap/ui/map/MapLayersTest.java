package org.eventmap.ui.map;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import javafx.event.Event;
import javafx.scene.Scene;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.stage.Stage;
import org.eventmap.app.DatasetSources;
import org.eventmap.state.AppState;
import org.eventmap.ui.map.MapView.MarkerGroup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The map as a stack of layers: each dirty layer is drawn at most once a pulse, hovering draws only the
 * hover layer, and a zoom in progress scales the data, which is drawn again once the zoom rests.
 * A layout pass of the map ({@code layout()}) is what each pulse does.
 */
@ExtendWith(ApplicationExtension.class)
class MapLayersTest {
  private static BasemapLibrary basemaps;
  private final AppState state = new AppState();
  private MapView map;

  @Start
  void start(Stage stage) {
    if (basemaps == null) {
      basemaps = BasemapLibrary.loadedNow();
    }
    map = new MapView(state, basemaps);
    state.applyLoad(DatasetSources.readCurated());
    stage.setScene(new Scene(map, 1000, 700));
    stage.show();
  }

  private static <T> T onFx(Callable<T> task) {
    return WaitForAsyncUtils.waitFor(WaitForAsyncUtils.asyncFx(task));
  }

  private static int[] redraws(MapView map) {
    return map.layers().stream().mapToInt(MapLayer::redraws).toArray();
  }

  private void moveTo(double x, double y) {
    Event.fireEvent(map, new MouseEvent(MouseEvent.MOUSE_MOVED, x, y, 0, 0, MouseButton.NONE, 0, false, false,
        false, false, false, false, false, false, false, false, null));
  }

  @Test
  void manyChangesInOnePulseDrawTheDataOnce() {
    int[] counts = onFx(() -> {
      map.layout();
      int before = map.dataLayer().redraws();
      // A new day, a new selection and the journeys shown: three reasons to draw, one pulse.
      state.goToDay(state.dataset().lastDay().orElseThrow().minusDays(3));
      state.select(state.visibleEvents().get().get(0));
      state.setShowJourneys(!state.showJourneysProperty().get());
      map.dataLayer().markDirty();
      map.layout();
      int afterOnePass = map.dataLayer().redraws();
      map.layout(); // nothing changed since: nothing drawn
      return new int[] {before, afterOnePass, map.dataLayer().redraws()};
    });
    assertThat(counts[1]).as("drawn once for all the changes").isEqualTo(counts[0] + 1);
    assertThat(counts[2]).as("and not again without a change").isEqualTo(counts[1]);
  }

  @Test
  void hoveringAMarkDrawsOnlyTheHoverLayer() {
    MarkerGroup mark = onFx(() -> {
      map.layout();
      return map.markerGroups().stream()
          .filter(m -> m.x() > 30 && m.y() > 30 && m.x() < map.getWidth() - 30 && m.y() < map.getHeight() - 30)
          .findFirst().orElseThrow();
    });
    int[] before = onFx(() -> redraws(map));
    int[] after = onFx(() -> {
      moveTo(mark.x(), mark.y());
      map.layout();
      return redraws(map);
    });
    List<MapLayer> layers = map.layers();
    int hover = layers.indexOf(map.hoverLayer());
    for (int i = 0; i < layers.size(); i++) {
      assertThat(after[i]).as(layers.get(i).getClass().getSimpleName())
          .isEqualTo(i == hover ? before[i] + 1 : before[i]);
    }
    assertThat(onFx(() -> map.hoverLayer().node().isVisible())).as("the ring is shown").isTrue();
    assertThat(onFx(() -> map.hoverLayer().node().getBoundsInParent().contains(mark.x(), mark.y())))
        .as("around the mark").isTrue();

    onFx(() -> {
      moveTo(2, 2); // the corner of the map, away from every mark
      map.layout();
      return null;
    });
    assertThat(onFx(() -> map.hoverLayer().node().isVisible())).as("the ring goes with the pointer").isFalse();
    assertThat(onFx(() -> map.dataLayer().redraws())).isEqualTo(before[layers.indexOf(map.dataLayer())]);
  }

  @Test
  void aZoomOfALargeFileDrawsTheLastLayoutsMarksWithoutNamesAndClustersThemAgainOnceItRests() {
    onFx(() -> {
      map.dataLayer().lastLayoutFromPlaces(0); // as with a large file
      return null;
    });
    int[] before = onFx(() -> {
      // Well within the 1:50m basemap's zooms, so that the zoom does not bring a finer one.
      state.showView(35.5, 30.5, 12_000);
      map.layout();
      return new int[] {map.dataLayer().redraws(), map.basemapLayer().redraws(), map.markLayouts()};
    });
    assertThat(onFx(() -> map.dataLayer().namesShown())).as("names at rest").isPositive();
    boolean ofAnotherScale = onFx(() -> {
      state.zoomMap(map.getWidth() / 2, map.getHeight() / 2, 1.2);
      map.layout();
      state.zoomMap(map.getWidth() / 2, map.getHeight() / 2, 1.2);
      map.layout();
      return map.dataLayer().isScaled();
    });
    int[] during = onFx(() -> new int[] {map.dataLayer().redraws(), map.basemapLayer().redraws(), map.markLayouts()});
    assertThat(ofAnotherScale).as("the marks drawn are those of the last layout while the zoom runs").isTrue();
    assertThat(during).as("the data is drawn at each frame, the basemap only scaled, the marks not clustered again")
        .containsExactly(before[0] + 2, before[1], before[2]);
    assertThat(onFx(() -> map.dataLayer().namesShown())).as("no names while the zoom runs").isZero();

    WaitForAsyncUtils.sleep((long) SlidingSheet.REST.toMillis() * 3, TimeUnit.MILLISECONDS);
    WaitForAsyncUtils.waitForFxEvents();
    onFx(() -> {
      map.layout();
      return null;
    });
    assertThat(onFx(() -> map.dataLayer().isScaled())).as("laid out for the view once the zoom rests").isFalse();
    assertThat(onFx(() -> map.dataLayer().redraws())).isEqualTo(before[0] + 3);
    assertThat(onFx(() -> map.basemapLayer().redraws())).isEqualTo(before[1] + 1);
    assertThat(onFx(() -> map.markLayouts())).isEqualTo(before[2] + 1);
    assertThat(onFx(() -> map.dataLayer().namesShown())).as("the names back once it rests").isPositive();
  }

  /** At a million events, walking every trip at each zoom frame took 4 to 13 ms of the JavaFX thread. */
  @Test
  void journeysAreWorkedOutOnceForTheVisibleEventsNotAtEachFrameOfAZoom() {
    int[] walks = onFx(() -> {
      map.dataLayer().lastLayoutFromPlaces(0); // as with a large file
      state.setShowJourneys(true);
      state.showView(35.5, 30.5, 12_000);
      map.layout();
      int atRest = map.dataLayer().journeyWalks();
      int drawn = map.dataLayer().redraws();
      for (int i = 0; i < 3; i++) {
        state.zoomMap(map.getWidth() / 2, map.getHeight() / 2, 1.1);
        map.layout();
      }
      int zoomed = map.dataLayer().journeyWalks();
      int drawnWhileZooming = map.dataLayer().redraws() - drawn;
      state.goToDay(state.dataset().lastDay().orElseThrow());
      map.layout();
      return new int[] {atRest, zoomed, drawnWhileZooming, map.dataLayer().journeyWalks()};
    });
    assertThat(walks[0]).as("worked out for the first drawing").isPositive();
    assertThat(walks[2]).as("the data drawn at each zoom frame").isEqualTo(3);
    assertThat(walks[1]).as("but the journeys not worked out again").isEqualTo(walks[0]);
    assertThat(walks[3]).as("worked out again once other events are visible").isEqualTo(walks[0] + 1);
  }

  @Test
  void aZoomOfALargeFileHidesThePointersToTheDaysPlacesBeyondTheEdgesUntilItRests() {
    List<String> atRest = onFx(() -> {
      map.dataLayer().lastLayoutFromPlaces(0); // as with a large file
      state.goToDay(java.time.LocalDate.of(2024, 3, 22)); // the vote in New York and the talks in Doha
      state.showView(35.5, 31.0, 40_000);
      map.layout();
      return map.edgePointers().stream().map(javafx.scene.control.Button::getText).toList();
    });
    assertThat(atRest).as("pointers at rest").isNotEmpty();
    List<String> whileZooming = onFx(() -> {
      state.zoomMap(map.getWidth() / 2, map.getHeight() / 2, 1.1);
      map.layout();
      return map.edgePointers().stream().map(javafx.scene.control.Button::getText).toList();
    });
    assertThat(whileZooming).as("none while the zoom runs").isEmpty();

    WaitForAsyncUtils.sleep((long) SlidingSheet.REST.toMillis() * 3, TimeUnit.MILLISECONDS);
    WaitForAsyncUtils.waitForFxEvents();
    List<String> rested = onFx(() -> {
      map.layout();
      return map.edgePointers().stream().map(javafx.scene.control.Button::getText).toList();
    });
    assertThat(rested).as("back once it rests").isNotEmpty();
  }

  @Test
  void aZoomOverAFewPlacesDrawsTheDataAgainAtEachFrameInsteadOfScalingIt() {
    int before = onFx(() -> {
      state.showView(35.5, 30.5, 12_000);
      map.layout();
      return map.dataLayer().redraws();
    });
    boolean scaled = onFx(() -> {
      state.zoomMap(map.getWidth() / 2, map.getHeight() / 2, 1.2);
      map.layout();
      state.zoomMap(map.getWidth() / 2, map.getHeight() / 2, 1.2);
      map.layout();
      return map.dataLayer().isScaled();
    });

    assertThat(scaled).as("the curated file's few places are not scaled").isFalse();
    assertThat(onFx(() -> map.dataLayer().redraws())).isEqualTo(before + 2);
  }

  @Test
  void panningMovesTheDataAndTheBasemapWithoutDrawingThem() {
    int[] before = onFx(() -> {
      map.layout();
      state.panMap(-40, 10); // the first frame of a pan draws the data far beyond the view
      map.layout();
      return redraws(map);
    });
    int[] after = onFx(() -> {
      for (int i = 0; i < 5; i++) {
        state.panMap(-6, 2);
        map.layout();
      }
      return redraws(map);
    });
    List<MapLayer> layers = map.layers();
    assertThat(after[layers.indexOf(map.dataLayer())]).isEqualTo(before[layers.indexOf(map.dataLayer())]);
    assertThat(after[layers.indexOf(map.basemapLayer())]).isEqualTo(before[layers.indexOf(map.basemapLayer())]);
  }
}
