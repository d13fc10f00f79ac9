package org.eventmap.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.Callable;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.eventmap.domain.Event;
import org.eventmap.io.DatasetReader;
import org.eventmap.io.DatasetReaderTestAccess;
import org.eventmap.state.AppState;
import org.eventmap.ui.detail.DetailPane;
import org.eventmap.ui.map.MapView;
import org.eventmap.ui.timeline.TimelineView;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** A file whose events lack a place or a date, as a person sees it: nothing dropped in silence. */
@ExtendWith(ApplicationExtension.class)
class EventsWithoutPlaceOrDateWindowTest {
  private AppState state;
  private MapView map;

  @Start
  void start(Stage stage) {
    TestWindow window = TestWindow.show(stage);
    state = window.state;
    map = window.view.map();
    state.applyLoad(DatasetReader.read(DatasetReaderTestAccess.resource("without-place-or-date.json")));
  }

  static <T> T onFx(Callable<T> task) {
    return WaitForAsyncUtils.waitFor(WaitForAsyncUtils.asyncFx(task));
  }

  private String text(FxRobot robot, String id) {
    WaitForAsyncUtils.waitForFxEvents();
    return robot.lookup("#" + id).queryAs(Label.class).getText();
  }

  private Event event(String id) {
    return state.dataset().event(id).orElseThrow();
  }

  @Test
  void theCountSaysHowManyEventsHaveNoPlaceAndNoDate(FxRobot robot) {
    assertThat(text(robot, TimelineView.COUNT_LABEL_ID))
        .startsWith("3 of 3 events shown")
        .endsWith(" · 1 event has no place · 1 event has no date");
  }

  @Test
  void theMapShowsThePlacedEventsAndTheListAllOfThem(FxRobot robot) {
    WaitForAsyncUtils.waitForFxEvents();
    List<Event> onMap = onFx(() -> map.markerGroups().stream().flatMap(m -> m.events().stream()).toList());

    assertThat(onMap).extracting(Event::id).containsExactlyInAnyOrder("placed-and-dated", "no-date");
    assertThat(state.visibleEvents().get()).extracting(Event::id)
        .containsExactly("no-place", "placed-and-dated", "no-date");
  }

  @Test
  void selectingAnEventWithoutAPlaceKeepsTheMapDrawingAndThePaneSaysWhatIsNotKnown(FxRobot robot) {
    robot.interact(() -> state.selectAndReveal(event("no-place")));
    assertThat(text(robot, DetailPane.PLACE_ID)).isEqualTo("No place given");

    robot.interact(() -> state.selectAndReveal(event("no-date")));
    assertThat(text(robot, DetailPane.WHEN_ID)).isEqualTo("No date given");
    assertThat(text(robot, DetailPane.PLACE_ID)).startsWith("Tel Aviv");
    assertThat(text(robot, TimelineView.DATE_LABEL_ID)).isEqualTo("Friday 22 March 2024");
  }

  @Test
  void aFileWhoseEventsAllLackADateOpensWithThemOnTheMap(FxRobot robot) throws Exception {
    java.nio.file.Path file = java.nio.file.Files.createTempFile("all-undated", ".json");
    file.toFile().deleteOnExit(); // the window reads it until the test ends
    String json = java.nio.file.Files.readString(DatasetReaderTestAccess.resource("without-place-or-date.json"))
        .replace("\"start\": \"2024-03-22T10:00+02:00\",", "").replace("\"start\": \"2024-03-22\",", "")
        .replace("\"openOn\": \"2024-03-22\",", "");
    java.nio.file.Files.writeString(file, json);
    var result = DatasetReader.read(file);
    assertThat(result.problems()).isEmpty();

    robot.interact(() -> state.applyLoad(result));
    WaitForAsyncUtils.waitForFxEvents();
    List<Event> onMap = onFx(() -> map.markerGroups().stream().flatMap(m -> m.events().stream()).toList());

    assertThat(onMap).extracting(Event::id).containsExactlyInAnyOrder("placed-and-dated", "no-date");
    assertThat(text(robot, TimelineView.DATE_LABEL_ID)).isEqualTo("No dates");
    assertThat(text(robot, TimelineView.COUNT_LABEL_ID))
        .isEqualTo("3 of 3 events shown · 1 event has no place · 3 events have no date");
  }
}
