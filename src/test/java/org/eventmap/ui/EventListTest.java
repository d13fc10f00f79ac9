package org.eventmap.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Callable;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.eventmap.domain.Event;
import org.eventmap.geo.Viewport;
import org.eventmap.geo.WebMercator;
import org.eventmap.state.AppState;
import org.eventmap.ui.list.EventListView;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The event list under the detail pane: clicking rows, following selections made elsewhere, reading it. */
@ExtendWith(ApplicationExtension.class)
class EventListTest {
  private AppState state;
  private TableView<Event> list;

  @Start
  @SuppressWarnings("unchecked")
  void start(Stage stage) {
    TestWindow window = TestWindow.show(stage);
    state = window.state;
    list = (TableView<Event>) window.view.lookup("#" + EventListView.ID);
  }

  private static <T> T onFx(Callable<T> task) {
    WaitForAsyncUtils.waitForFxEvents();
    return WaitForAsyncUtils.waitFor(WaitForAsyncUtils.asyncFx(task));
  }

  /** The rows drawn whole inside the list, top to bottom. */
  private List<TableRow<?>> wholeRowsShown() {
    return onFx(() -> {
      Bounds body = list.lookup(".clipped-container").localToScreen(
          list.lookup(".clipped-container").getBoundsInLocal());
      return list.lookupAll(".table-row-cell").stream()
          .<TableRow<?>>map(n -> (TableRow<?>) n)
          .filter(r -> r.isVisible() && r.getItem() != null)
          .filter(r -> {
            Bounds b = r.localToScreen(r.getBoundsInLocal());
            return b.getMinY() >= body.getMinY() - 0.5 && b.getMaxY() <= body.getMaxY() + 0.5;
          })
          .sorted(Comparator.comparingDouble(r -> r.localToScreen(r.getBoundsInLocal()).getMinY()))
          .toList();
    });
  }

  /** Where the event's row is on screen, top edge; NaN when it is not drawn whole. */
  private double rowTop(Event e) {
    return wholeRowsShown().stream().filter(r -> r.getItem() == e).findFirst()
        .map(r -> onFx(() -> r.localToScreen(r.getBoundsInLocal()).getMinY())).orElse(Double.NaN);
  }

  private Point2D centreOf(TableRow<?> row) {
    return onFx(() -> {
      Bounds b = row.localToScreen(row.getBoundsInLocal());
      return new Point2D(b.getMinX() + 60, b.getCenterY());
    });
  }

  private void scrollListToTheTop(FxRobot robot) {
    robot.interact(() -> list.scrollTo(0));
    WaitForAsyncUtils.waitForFxEvents();
  }

  @Test
  void listStaysPutWhenARowIsClicked(FxRobot robot) {
    scrollListToTheTop(robot);
    List<TableRow<?>> shown = wholeRowsShown();
    assertThat(list.getItems().size()).as("more rows than the list shows").isGreaterThan(shown.size() + 3);
    TableRow<?> middle = shown.get(shown.size() / 2);
    Event clicked = (Event) middle.getItem();
    double top = rowTop(clicked);
    Point2D spot = centreOf(middle);

    robot.clickOn(spot);

    assertThat(state.selectedEvent()).hasValue(clicked);
    assertThat(rowTop(clicked)).as("the clicked row stays where it was").isEqualTo(top);

    robot.clickOn(spot);

    assertThat(state.selectedEvent()).as("a second click at the same spot, the same event").hasValue(clicked);
  }

  @Test
  void aSelectionMadeElsewhereScrollsTheListOnlyAsFarAsItTakes(FxRobot robot) {
    scrollListToTheTop(robot);
    List<TableRow<?>> shown = wholeRowsShown();
    Event below = list.getItems().get(shown.size() + 3); // a few rows below the last one shown

    robot.interact(() -> state.select(below));

    List<TableRow<?>> now = wholeRowsShown();
    assertThat(now.stream().map(r -> (Object) r.getItem()).toList()).as("its row is shown whole").contains(below);
    assertThat(((Event) now.get(now.size() - 1).getItem()).id()).as("at the bottom, scrolled no further than needed")
        .isEqualTo(below.id());

    Event shownAlready = (Event) now.get(1).getItem();
    double top = rowTop(shownAlready);
    robot.interact(() -> state.select(shownAlready));
    assertThat(rowTop(shownAlready)).as("a row already shown does not move").isEqualTo(top);
  }

  @Test
  void aRowChosenWhosePlaceIsOffTheMapBringsThePlaceIntoView(FxRobot robot) {
    robot.interact(() -> state.showView(34.78, 32.08, 256 * 64)); // Tel Aviv; Doha is beyond the east edge
    Event doha = state.dataset().event("2024-03-22-burns-joins-doha-talks").orElseThrow();
    Viewport before = state.viewport();
    assertThat(onMap(before, doha)).isFalse();
    robot.interact(() -> list.scrollTo(doha));
    TableRow<?> row = wholeRowsShown().stream().filter(r -> r.getItem() == doha).findFirst().orElseThrow();

    robot.clickOn(centreOf(row));

    assertThat(state.selectedEvent()).hasValue(doha);
    assertThat(onMap(state.viewport(), doha)).as("Doha is brought into view").isTrue();
    assertThat(state.viewport().scale()).as("by a pan, at the same zoom").isEqualTo(before.scale());
  }

  private static boolean onMap(Viewport v, Event e) {
    double worldX = WebMercator.x(e.place().orElseThrow().location().lon());
    double x = v.screenX(worldX + Math.round(v.centerX() - worldX)); // the copy of the world nearest the centre
    double y = v.screenY(WebMercator.y(e.place().orElseThrow().location().lat()));
    return x >= 0 && x <= v.width() && y >= 0 && y <= v.height();
  }

  @Test
  void noDateInTheWhenColumnIsCutShort(FxRobot robot) {
    robot.interact(() -> state.goToDay(java.time.LocalDate.of(2024, 4, 7)));
    scrollListToTheTop(robot); // October 2023: "12 Oct 2023 10:30" among them
    List<String[]> shownAndWritten = onFx(() -> list.lookupAll(".table-cell").stream()
        .filter(n -> n instanceof TableCell<?, ?> c && c.getTableColumn() != null
            && "event-list-when".equals(c.getTableColumn().getId()) && c.getText() != null && c.isVisible())
        .map(n -> {
          TableCell<?, ?> c = (TableCell<?, ?>) n;
          Text drawn = (Text) c.lookup(".text");
          return new String[] {drawn == null ? "" : drawn.getText(), c.getText()};
        })
        .toList());

    assertThat(shownAndWritten).extracting(p -> p[1]).contains("12 Oct 2023 10:30");
    assertThat(shownAndWritten).allSatisfy(p -> assertThat(p[0]).as("drawn").isEqualTo(p[1]));
  }

  @Test
  void aFastMovingTimelineDoesNotRelayTheListEveryFrame(FxRobot robot) throws Exception {
    robot.interact(() -> {
      state.setWindow(org.eventmap.time.TimeWindow.lastDays(3));
      state.goToDay(java.time.LocalDate.of(2024, 3, 1));
    });
    int[] rowChanges = {0};
    int[] visibleChanges = {0};
    long[] elapsed = {0};
    java.util.concurrent.CountDownLatch done = new java.util.concurrent.CountDownLatch(1);
    robot.interact(() -> {
      list.getItems().addListener((javafx.collections.ListChangeListener<Event>) c -> rowChanges[0]++);
      state.visibleEvents().addListener((obs, old, now) -> visibleChanges[0]++);
      new javafx.animation.AnimationTimer() {
        private int days;
        private long start;

        @Override
        public void handle(long now) {
          if (start == 0) {
            start = System.nanoTime();
          }
          state.stepDays(1); // a day a frame, as when dragging the slider fast
          if (++days == 40) {
            elapsed[0] = System.nanoTime() - start;
            stop();
            done.countDown();
          }
        }
      }.start();
    });
    assertThat(done.await(30, java.util.concurrent.TimeUnit.SECONDS)).isTrue();

    long quarters = elapsed[0] / 250_000_000L + 1;
    assertThat(visibleChanges[0]).as("the map's events changed on most frames").isGreaterThan(15);
    assertThat(rowChanges[0]).as("the list followed at most three times a quarter of a second")
        .isLessThanOrEqualTo((int) (3 * quarters + 1));
  }

  @Test
  void replacingTheRowsLeavesTheSelectionAsTheStateHasIt(FxRobot robot) {
    // Two days listing as many events as each other, none in common: the rows change, row for row.
    java.time.LocalDate[] dates = new java.time.LocalDate[2];
    List<List<Event>> days = onFx(() -> {
      java.util.Map<Integer, List<Event>> bySize = new java.util.HashMap<>();
      java.util.Map<Integer, java.time.LocalDate> dayOfSize = new java.util.HashMap<>();
      for (java.time.LocalDate d = state.firstTime().toLocalDate(); !d.isAfter(state.lastTime().toLocalDate());
          d = d.plusDays(1)) {
        state.setWindow(org.eventmap.time.TimeWindow.range(d, d));
        List<Event> shown = List.copyOf(state.visibleEvents().get());
        List<Event> earlier = bySize.get(shown.size());
        if (shown.size() >= 2 && earlier != null && java.util.Collections.disjoint(earlier, shown)) {
          dates[0] = dayOfSize.get(shown.size());
          dates[1] = d;
          return List.of(earlier, shown);
        }
        bySize.putIfAbsent(shown.size(), shown);
        dayOfSize.putIfAbsent(shown.size(), d);
      }
      throw new AssertionError("no two such days in the curated dataset");
    });
    java.time.LocalDate first = dates[0];
    java.time.LocalDate second = dates[1];
    robot.interact(() -> state.setWindow(org.eventmap.time.TimeWindow.range(first, first)));
    WaitForAsyncUtils.sleep(400, java.util.concurrent.TimeUnit.MILLISECONDS); // the list follows within 250 ms
    WaitForAsyncUtils.waitForFxEvents();
    assertThat(onFx(() -> List.copyOf(list.getItems()))).containsExactlyInAnyOrderElementsOf(days.get(0));
    TableRow<?> row = wholeRowsShown().get(1);
    Event clicked = (Event) row.getItem();
    robot.clickOn(centreOf(row));
    assertThat(state.selectedEvent()).hasValue(clicked);

    robot.interact(() -> state.setWindow(org.eventmap.time.TimeWindow.range(second, second)));
    WaitForAsyncUtils.sleep(400, java.util.concurrent.TimeUnit.MILLISECONDS); // the list follows within 250 ms
    WaitForAsyncUtils.waitForFxEvents();

    assertThat(onFx(() -> List.copyOf(list.getItems()))).containsExactlyInAnyOrderElementsOf(days.get(1));
    assertThat(state.selectedEvent()).as("the event chosen stays chosen, not the one now in its row")
        .hasValue(clicked);
    assertThat(onFx(() -> list.getSelectionModel().getSelectedItem())).as("no row is marked").isNull();
  }
}
