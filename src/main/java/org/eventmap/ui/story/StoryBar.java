package org.eventmap.ui.story;

import java.util.Arrays;
import java.util.Optional;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.eventmap.domain.Event;
import org.eventmap.domain.Story;
import org.eventmap.domain.StoryStep;
import org.eventmap.state.AppState;
import org.eventmap.state.StoryModel;

/**
 * The story being read, above the map: its title, where one is in it ("Step 3 of 8"), what the map cannot
 * show of the step (no place, hidden by the filters), and Previous, Next and Close. The step's caption
 * is in the detail pane, above its event, and not here as well: twice the same words took two lines of
 * the map. Shown only while a story is being read; its buttons run the window's actions.
 */
public final class StoryBar extends VBox {
  public static final String ID = "story-bar";
  public static final String TITLE_ID = "story-title";
  public static final String POSITION_ID = "story-position";
  public static final String NOTE_ID = "story-note";
  public static final String PREVIOUS_ID = "story-previous";
  public static final String NEXT_ID = "story-next";
  public static final String CLOSE_ID = "story-close";

  private final AppState state;
  private final StoryModel story;
  private final Label title = label(TITLE_ID, "story-title");
  private final Label position = label(POSITION_ID, "story-position");
  private final Label note = label(NOTE_ID, "story-note");
  private final Button previous = button("Previous", "story-previous");
  private final Button next = button("Next", "story-next");
  private final Button close = button("Close", "story-stop");

  public StoryBar(AppState state) {
    this.state = state;
    this.story = state.story();
    setId(ID);
    getStyleClass().add("story-bar");
    previous.setId(PREVIOUS_ID);
    next.setId(NEXT_ID);
    close.setId(CLOSE_ID);
    previous.getStyleClass().add("story-button");
    next.getStyleClass().addAll("story-button", "story-next");
    close.getStyleClass().add("story-button");
    title.setWrapText(false);
    position.setMinWidth(USE_PREF_SIZE);
    HBox.setHgrow(title, Priority.ALWAYS);
    title.setMaxWidth(Double.MAX_VALUE);
    HBox top = new HBox(12, title, position, previous, next, close);
    top.setAlignment(Pos.CENTER_LEFT);
    note.managedProperty().bind(note.visibleProperty());
    getChildren().addAll(top, note);
    setSpacing(4);
    setPadding(new Insets(8, 12, 8, 12));
    visibleProperty().bind(story.storyProperty().isNotNull());
    managedProperty().bind(visibleProperty());
    story.storyProperty().addListener((obs, old, now) -> update());
    story.stepIndexProperty().addListener((obs, old, now) -> update());
    state.filteredPositions().addListener((obs, old, now) -> update());
    update();
  }

  /** The buttons, for the window to bind to its actions. */
  public Button previousButton() {
    return previous;
  }

  public Button nextButton() {
    return next;
  }

  public Button closeButton() {
    return close;
  }

  private void update() {
    Optional<Story> shown = story.story();
    Optional<StoryStep> step = story.currentStep();
    if (shown.isEmpty() || step.isEmpty()) {
      return;
    }
    Story s = shown.get();
    title.setText(s.title());
    position.setText("Step " + (story.stepIndex() + 1) + " of " + s.steps().size());
    previous.setDisable(!story.hasPrevious());
    next.setDisable(!story.hasNext());
    String what = story.currentEvent().map(this::whatTheMapCannotShow).orElse("");
    note.setText(what);
    note.setVisible(!what.isEmpty());
    setAccessibleText(s.title() + ", " + position.getText());
  }

  /** Why the map or the timeline does not show this step's event; empty when they do. */
  private String whatTheMapCannotShow(Event event) {
    if (hiddenByFilters(event)) {
      return "This step's event is hidden by the filters: it is not on the map or in the list until they "
          + "are cleared.";
    }
    if (!event.hasPlace() && !event.hasDate()) {
      return "This step's event has no place and no date: the map and the timeline stay where they were.";
    }
    if (!event.hasPlace()) {
      return "This step's event has no place: the map stays where it was.";
    }
    if (!event.hasDate()) {
      return "This step's event has no date: the timeline stays where it was.";
    }
    return "";
  }

  private boolean hiddenByFilters(Event event) {
    int[] passing = state.filteredPositions().get();
    return passing != null && Arrays.binarySearch(passing, state.timeIndex().indexOf(event)) < 0;
  }

  /** A button with its words and the icon of the action it runs; Next has its arrow after the word. */
  private static Button button(String text, String actionId) {
    Button button = new Button(text);
    org.eventmap.ui.theme.Icons.forAction(actionId, 16).ifPresent(button::setGraphic);
    if (actionId.equals("story-next")) {
      button.setContentDisplay(javafx.scene.control.ContentDisplay.RIGHT);
    }
    return button;
  }

  private static Label label(String id, String styleClass) {
    Label label = new Label();
    label.setId(id);
    label.setWrapText(true);
    label.getStyleClass().add(styleClass);
    return label;
  }
}
