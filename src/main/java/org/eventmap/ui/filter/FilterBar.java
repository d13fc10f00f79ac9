package org.eventmap.ui.filter;

import javafx.animation.PauseTransition;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.util.Duration;
import org.eventmap.state.AppState;

/** Search and filter: words to look for, one actor, and how many events that leaves. */
public final class FilterBar extends HBox {
  public static final String ID = "filter-bar";
  public static final String SEARCH_ID = "search-field";
  public static final String ACTOR_ID = "actor-filter";
  /** Shown while a search runs in the background; the count beside it is still the last search's. */
  public static final String SEARCHING_ID = "filter-searching";
  private static final String ALL_ACTORS = "All actors";

  private final AppState state;
  private final TextField search = new TextField();
  private final ComboBox<String> actor = new ComboBox<>();
  private final Label count = new Label();
  private final Label searchingNote = new Label("Searching…");
  private final PauseTransition typing = new PauseTransition(Duration.millis(150));

  public FilterBar(AppState state) {
    this.state = state;
    setId(ID);
    getStyleClass().add("filter-bar");
    search.setId(SEARCH_ID);
    search.setPromptText("Search titles, summaries, actors, places (Ctrl+F)");
    search.setAccessibleText("Search events");
    HBox.setHgrow(search, Priority.ALWAYS);
    search.setMaxWidth(420);
    actor.setId(ACTOR_ID);
    actor.setPrefWidth(260);
    actor.setAccessibleText("Show the events of one actor");
    count.setId("filter-count");
    count.getStyleClass().add("filter-count");
    searchingNote.setId(SEARCHING_ID);
    searchingNote.getStyleClass().add("filter-searching");
    searchingNote.managedProperty().bind(searchingNote.visibleProperty());
    searchingNote.visibleProperty().bind(state.searchingProperty());
    Button clear = new Button("Clear filters");
    clear.setId("filter-clear");
    clear.setOnAction(e -> {
      state.setSearchText("");
      state.setActorFilter(null);
      for (String id : java.util.List.copyOf(state.hiddenCategories())) {
        state.showCategory(id, true);
      }
    });
    getChildren().addAll(new Label("Find:"), search, actor, clear, searchingNote, count);
    setAlignment(Pos.CENTER_LEFT);
    setSpacing(8);
    setPadding(new Insets(5, 12, 5, 12));

    // Typing waits for a pause, so that a million events are not filtered on every key.
    typing.setOnFinished(e -> state.setSearchText(search.getText()));
    search.textProperty().addListener((obs, old, text) -> typing.playFromStart());
    search.setOnAction(e -> {
      typing.stop();
      state.setSearchText(search.getText());
    });
    state.searchTextProperty().addListener((obs, old, text) -> {
      if (!text.equals(search.getText().strip())) {
        search.setText(text);
      }
    });
    actor.setOnAction(e -> state.setActorFilter(ALL_ACTORS.equals(actor.getValue()) ? null : actor.getValue()));
    state.actorFilterProperty().addListener((obs, old, a) -> actor.setValue(a == null ? ALL_ACTORS : a));
    state.datasetProperty().addListener((obs, old, d) -> refreshActors());
    state.filteredEvents().addListener((obs, old, events) -> refreshCount());
    refreshActors();
  }

  private void refreshActors() {
    actor.getItems().setAll(ALL_ACTORS);
    actor.getItems().addAll(state.actors());
    actor.setValue(state.actorFilterProperty().get() == null ? ALL_ACTORS : state.actorFilterProperty().get());
    refreshCount();
  }

  private void refreshCount() {
    int total = state.dataset() == null ? 0 : state.dataset().events().size();
    int shown = state.filteredEvents().get().size();
    count.setText(shown == total ? "" : String.format(java.util.Locale.UK, "%,d of %,d events match", shown, total));
  }

  /** Puts the typing cursor in the search box. */
  public void focusSearch() {
    search.requestFocus();
    search.selectAll();
  }
}
