package org.eventmap.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import javafx.scene.Node;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.TableView;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.eventmap.domain.Event;
import org.eventmap.state.AppState;
import org.eventmap.ui.detail.DetailPane;
import org.eventmap.ui.filter.FilterBar;
import org.eventmap.ui.list.EventListView;
import org.eventmap.ui.map.MapView;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Every action reachable from the keyboard, and every shortcut working wherever the focus is. */
@ExtendWith(ApplicationExtension.class)
class KeyboardTest {
  private AppState state;
  private Stage stage;

  @Start
  void start(Stage stage) {
    this.stage = stage;
    state = TestWindow.show(stage).state;
  }

  private static <T> T onFx(Callable<T> task) {
    return WaitForAsyncUtils.waitFor(WaitForAsyncUtils.asyncFx(task));
  }

  private Node focused() {
    return onFx(() -> stage.getScene().getFocusOwner());
  }

  private Event event(String id) {
    return state.dataset().event(id).orElseThrow();
  }

  /** The ids of the nodes Tab visits, starting from the search box, until it comes round again. */
  private List<String> tabOrder(FxRobot robot) {
    robot.interact(() -> robot.lookup("#" + FilterBar.SEARCH_ID).query().requestFocus());
    List<String> visited = new ArrayList<>();
    for (int i = 0; i < 60; i++) {
      robot.type(KeyCode.TAB);
      Node owner = focused();
      String id = owner == null ? "none" : owner.getId() == null ? owner.getClass().getSimpleName() : owner.getId();
      if (FilterBar.SEARCH_ID.equals(id)) {
        break;
      }
      visited.add(id);
    }
    return visited;
  }

  @Test
  void tabNeverReachedTheMapOrItsButtons(FxRobot robot) {
    List<String> order = tabOrder(robot);

    assertThat(order).contains(MapView.ID, "map-zoom-in", "map-zoom-out", "map-fit", "map-reset");
  }

  @Test
  void theMapsButtonsWorkFromTheKeyboard(FxRobot robot) {
    double before = state.viewport().scale();
    robot.interact(() -> robot.lookup("#map-zoom-in").query().requestFocus());

    robot.type(KeyCode.SPACE);

    assertThat(state.viewport().scale()).isEqualTo(before * 2);
  }

  @Test
  void dayAndEventShortcutsDidNothingWithTheListFocused(FxRobot robot) {
    robot.interact(() -> robot.lookup("#" + EventListView.ID).queryAs(TableView.class).requestFocus());
    LocalDate day = state.currentDay();

    robot.press(KeyCode.CONTROL).type(KeyCode.LEFT).release(KeyCode.CONTROL);
    assertThat(state.currentDay()).isEqualTo(day.minusDays(1));

    robot.press(KeyCode.CONTROL).type(KeyCode.RIGHT).release(KeyCode.CONTROL);
    assertThat(state.currentDay()).isEqualTo(day);

    robot.press(KeyCode.CONTROL).type(KeyCode.PAGE_DOWN).release(KeyCode.CONTROL);
    assertThat(state.selectedEvent()).as("Ctrl+Page Down selects the next event").isPresent();
    Event next = state.selectedEvent().orElseThrow();

    robot.press(KeyCode.CONTROL).type(KeyCode.PAGE_UP).release(KeyCode.CONTROL);
    assertThat(state.selectedEvent()).isPresent();
    assertThat(state.selectedEvent().orElseThrow()).isNotEqualTo(next);
    assertThat(focused()).as("the list keeps the focus").isInstanceOf(TableView.class);
  }

  @Test
  void shortcutsWorkWithTheMapFocusedToo(FxRobot robot) {
    robot.interact(() -> robot.lookup("#" + MapView.ID).query().requestFocus());
    LocalDate day = state.currentDay();

    robot.press(KeyCode.CONTROL).type(KeyCode.LEFT).release(KeyCode.CONTROL);

    assertThat(state.currentDay()).isEqualTo(day.minusDays(1));
  }

  @Test
  void aTextFieldKeepsItsOwnKeys(FxRobot robot) {
    TextInputControl search = robot.lookup("#" + FilterBar.SEARCH_ID).queryAs(TextInputControl.class);
    robot.interact(() -> {
      search.requestFocus();
      search.setText("Rafah");
      search.positionCaret(5);
    });
    LocalDate day = state.currentDay();

    robot.press(KeyCode.CONTROL).type(KeyCode.LEFT).release(KeyCode.CONTROL);

    assertThat(state.currentDay()).as("Ctrl+← moves the caret by a word, not the timeline").isEqualTo(day);
    assertThat(onFx(search::getCaretPosition)).isZero();
  }

  @Test
  void followingARelatedLinkMovedTheFocusToFind(FxRobot robot) {
    Event arrival = event("2024-03-22-blinken-arrives-tel-aviv");
    robot.interact(() -> state.select(arrival));
    Hyperlink related = robot.lookup((Node n) -> n instanceof Hyperlink h && h.getStyleClass().contains("detail-related"))
        .queryAs(Hyperlink.class);
    robot.interact(related::requestFocus);

    robot.type(KeyCode.SPACE);

    assertThat(state.selectedEvent()).isPresent().get().isNotEqualTo(arrival);
    Node owner = focused();
    assertThat(owner).as("focus stays in the detail pane").isNotNull();
    assertThat(isInside(owner, robot.lookup("#" + DetailPane.ID).query()))
        .as("focus is in the detail pane, not on " + owner).isTrue();
  }

  private static boolean isInside(Node node, Node ancestor) {
    for (Node n = node; n != null; n = n.getParent()) {
      if (n == ancestor) {
        return true;
      }
    }
    return false;
  }
}
