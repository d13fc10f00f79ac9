package org.eventmap.ui;

import java.util.List;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TextArea;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.eventmap.io.Problem;
import org.eventmap.state.AppState;

/**
 * Tells the person what is wrong with the file they opened, line by line, and that the map still shows
 * what it showed before; or that a file is being read.
 */
final class ProblemBanner extends VBox {
  static final String ID = "problem-banner";
  static final String HEADLINE_ID = "problem-headline";
  static final String LIST_ID = "problem-list";
  private static final int MAX_LISTED = 200;

  private final AppState state;
  private final Label headline = new Label();
  private final TextArea list = new TextArea();
  private final Button dismiss = new Button("Dismiss");
  private final ProgressBar progress = new ProgressBar();
  private final Button cancel = new Button("Cancel");

  ProblemBanner(AppState state) {
    this.state = state;
    createView();
    state.problemsProperty().addListener((obs, old, problems) -> refresh());
    state.loadingFileProperty().addListener((obs, old, file) -> refresh());
    state.loadIndexingProperty().addListener((obs, old, events) -> refresh());
    refresh();
  }

  private void createView() {
    setId(ID);
    getStyleClass().add("problem-banner");
    headline.setId(HEADLINE_ID);
    headline.setWrapText(true);
    headline.getStyleClass().add("problem-headline");
    list.setId(LIST_ID);
    list.setEditable(false);
    list.setWrapText(false);
    list.setPrefRowCount(5);
    list.getStyleClass().add("problem-list");
    dismiss.setId("problem-dismiss");
    dismiss.setOnAction(e -> state.dismissProblems());
    progress.setPrefWidth(160);
    progress.setId("load-progress");
    progress.progressProperty().bind(state.loadProgressProperty());
    cancel.setId("load-cancel");
    cancel.setOnAction(e -> state.cancelLoading());
    HBox.setHgrow(headline, Priority.ALWAYS);
    headline.setMaxWidth(Double.MAX_VALUE);
    // A long file name wraps the headline; the buttons keep their words instead of shrinking to "…".
    dismiss.setMinWidth(Region.USE_PREF_SIZE);
    cancel.setMinWidth(Region.USE_PREF_SIZE);
    progress.setMinWidth(Region.USE_PREF_SIZE);
    HBox top = new HBox(10, progress, headline, cancel, dismiss);
    top.setAlignment(Pos.CENTER_LEFT);
    getChildren().addAll(top, list);
    setPadding(new Insets(8, 12, 8, 12));
    setSpacing(6);
  }

  private void refresh() {
    String loading = state.loadingFileProperty().get();
    List<Problem> problems = state.problemsProperty().get();
    getStyleClass().removeAll("problem-error", "problem-warning", "problem-loading");
    boolean isLoading = !loading.isEmpty();
    if (!isLoading && problems.isEmpty()) {
      setVisible(false);
      setManaged(false);
      return;
    }
    setVisible(true);
    setManaged(true);
    progress.setVisible(isLoading);
    progress.setManaged(isLoading);
    dismiss.setVisible(!isLoading);
    dismiss.setManaged(!isLoading);
    cancel.setVisible(isLoading);
    cancel.setManaged(isLoading);
    if (isLoading) {
      getStyleClass().add("problem-loading");
      int indexing = state.loadIndexingProperty().get();
      headline.setText(indexing < 0
          ? "Opening " + loading + " … the map keeps what it shows until the file is ready."
          : "Opening " + loading + ": read; indexing " + String.format(java.util.Locale.UK, "%,d", indexing)
              + (indexing == 1 ? " event" : " events") + " by date … the map keeps what it shows until they are ready.");
      showList(false);
      return;
    }
    long errors = problems.stream().filter(Problem::isError).count();
    long warnings = problems.size() - errors;
    String file = state.problemsFileProperty().get();
    if (errors > 0) {
      getStyleClass().add("problem-error");
      headline.setText("Could not open " + file + ": " + count(errors, "error") + (warnings > 0 ? " and "
          + count(warnings, "warning") : "") + ". The map still shows "
          + (state.dataset() == null ? "nothing" : "“" + state.dataset().title() + "”") + ".");
    } else {
      getStyleClass().add("problem-warning");
      headline.setText("Opened " + file + " with " + count(warnings, "warning") + ".");
    }
    StringBuilder text = new StringBuilder();
    problems.stream().limit(MAX_LISTED).forEach(p -> text.append(p).append('\n'));
    if (problems.size() > MAX_LISTED) {
      text.append("… and ").append(problems.size() - MAX_LISTED).append(" more (run: eventmap validate ")
          .append(file).append(")\n");
    }
    list.setText(text.toString().strip());
    showList(true);
  }

  private void showList(boolean show) {
    list.setVisible(show);
    list.setManaged(show);
    list.setPrefRowCount(Math.min(6, Math.max(1, (int) list.getText().lines().count())));
    list.setMinHeight(Region.USE_PREF_SIZE);
  }

  private static String count(long n, String noun) {
    return n + " " + noun + (n == 1 ? "" : "s");
  }
}
