package org.eventmap.ui.detail;

import java.net.URI;
import java.util.List;
import java.util.function.Consumer;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.eventmap.domain.Event;
import org.eventmap.domain.Place;
import org.eventmap.domain.Quote;
import org.eventmap.domain.Source;
import org.eventmap.domain.TimePoint;
import org.eventmap.domain.TimeText;
import org.eventmap.state.AppState;
import org.eventmap.ui.CategoryPalette;

/**
 * What is known about the selected event: what happened, where and when (local time and UTC), who was
 * involved, what was said, and the sources. Related events are links that change the selection.
 */
public final class DetailPane extends ScrollPane {
  public static final String ID = "detail-pane";
  public static final String TITLE_ID = "detail-title";
  public static final String WHEN_ID = "detail-when";
  public static final String WHEN_UTC_ID = "detail-when-utc";
  public static final String PLACE_ID = "detail-place";
  public static final String SUMMARY_ID = "detail-summary";
  public static final String SOURCES_ID = "detail-sources";
  public static final String HIDDEN_ID = "detail-hidden";

  private final AppState state;
  private final Consumer<URI> openLink;
  private final VBox content = new VBox(10);
  /** Shown above an event that the search, actor or category filters keep off the map and the list. */
  private final Label hiddenNote = note("", "detail-hidden");

  /**
   * @param openLink opens a source in the system browser
   */
  public DetailPane(AppState state, Consumer<URI> openLink) {
    this.state = state;
    this.openLink = openLink;
    createView();
    state.selectedEventProperty().addListener((obs, old, event) -> show(event));
    state.filteredPositions().addListener((obs, old, positions) -> showWhetherHidden());
    show(state.selectedEvent().orElse(null));
  }

  private void createView() {
    setId(ID);
    hiddenNote.setId(HIDDEN_ID);
    hiddenNote.managedProperty().bind(hiddenNote.visibleProperty());
    getStyleClass().add("detail-pane");
    content.getStyleClass().add("detail-content");
    content.setPadding(new Insets(14));
    setContent(content);
    setFitToWidth(true);
    setHbarPolicy(ScrollBarPolicy.NEVER);
    setMinWidth(280);
    setPrefWidth(380);
    setFocusTraversable(true); // arrow keys scroll what one reads
  }

  private void show(Event event) {
    // A followed link is about to disappear with the content it was in; without this the focus would
    // fall to the first control of the window (the search box) instead of staying with what one reads.
    boolean hadFocus = getScene() != null && isInside(getScene().getFocusOwner());
    content.getChildren().clear();
    if (hadFocus) {
      requestFocus();
    }
    setAccessibleText(event == null ? "Details of the selected event" : event.title());
    setVvalue(0);
    if (event == null) {
      Label hint = text("Click a marker on the map to read what happened, where and when, who was involved, "
          + "what was said, and the sources.", "detail-hint");
      hint.setId(TITLE_ID);
      content.getChildren().add(hint);
      return;
    }
    Label title = text(event.title(), "detail-title");
    title.setId(TITLE_ID);
    content.getChildren().addAll(hiddenNote, title);
    showWhetherHidden();
    content.getChildren().add(categoryLine(event));
    addWhen(event);
    addPlace(event);
    event.approximate().ifPresent(a -> content.getChildren().add(
        note("Approximate" + (a.time() && a.place() ? " time and place" : a.time() ? " time" : a.place() ? " place" : "")
            + ": " + a.note(), "detail-approximate")));
    event.disputed().ifPresent(d -> content.getChildren().add(note("Sources disagree: " + d, "detail-disputed")));
    if (!event.actors().isEmpty()) {
      content.getChildren().add(section("Who", text(String.join(" · ", event.actors()), "detail-actors")));
    }
    Label summary = text(event.summary(), "detail-summary");
    summary.setId(SUMMARY_ID);
    content.getChildren().add(section("What happened", summary));
    if (!event.quotes().isEmpty()) {
      VBox quotes = new VBox(8);
      for (Quote q : event.quotes()) {
        quotes.getChildren().add(quote(q, event));
      }
      content.getChildren().add(section("What was said", quotes));
    }
    VBox sources = new VBox(4);
    sources.setId(SOURCES_ID);
    for (Source s : event.sources()) {
      sources.getChildren().add(source(s));
    }
    content.getChildren().add(section("Sources", sources));
    List<Event> related = event.related().stream()
        .map(id -> state.dataset() == null ? null : state.dataset().event(id).orElse(null))
        .filter(java.util.Objects::nonNull)
        .toList();
    if (!related.isEmpty()) {
      VBox links = new VBox(2);
      for (Event r : related) {
        Hyperlink link = new Hyperlink(r.title()
            + r.start().map(start -> " (" + TimeText.local(start, r.zone()) + ")").orElse(""));
        link.setWrapText(true);
        link.getStyleClass().add("detail-related");
        link.setOnAction(e -> state.selectAndReveal(r));
        links.getChildren().add(link);
      }
      content.getChildren().add(section("Related", links));
    }
  }

  private void showWhetherHidden() {
    Event event = state.selectedEvent().orElse(null);
    int[] passing = state.filteredPositions().get();
    boolean hidden = event != null && passing != null
        && java.util.Arrays.binarySearch(passing, state.timeIndex().indexOf(event)) < 0;
    hiddenNote.setVisible(hidden);
    if (hidden) {
      hiddenNote.setText("Hidden by the filters: this event is not on the map or in the list while "
          + activeFilters() + ". Clear the filters to see it there.");
    }
  }

  /** The filters in force, in words: "the search is “Rafah” and only Hamas's events are shown". */
  private String activeFilters() {
    List<String> filters = new java.util.ArrayList<>();
    if (!state.searchTextProperty().get().isEmpty()) {
      filters.add("the search is “" + state.searchTextProperty().get() + "”");
    }
    if (state.actorFilterProperty().get() != null) {
      filters.add("only the events of " + state.actorFilterProperty().get() + " are shown");
    }
    if (!state.hiddenCategories().isEmpty()) {
      filters.add(state.hiddenCategories().size() == 1 ? "a category is hidden"
          : state.hiddenCategories().size() + " categories are hidden");
    }
    return filters.isEmpty() ? "filters are set" : String.join(" and ", filters);
  }

  private Node categoryLine(Event event) {
    Node swatch = CategoryPalette.swatch(state.dataset(), event.category(), 5);
    Label name = text(event.category().name(), "detail-category");
    HBox line = new HBox(6, swatch, name);
    line.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
    return line;
  }

  private void addWhen(Event event) {
    if (!event.hasDate()) {
      Label none = text("No date given", "detail-when");
      none.setId(WHEN_ID);
      content.getChildren().add(section("When", none));
      return;
    }
    TimePoint start = event.start().get();
    java.time.ZoneId zone = event.zone();
    String local = TimeText.local(start, zone);
    String utc = TimeText.utc(start, zone);
    if (event.end().isPresent()) {
      TimePoint end = event.end().get();
      local = TimeText.localRange(start, end, zone);
      utc = TimeText.utcRange(start, end, zone);
    }
    Label localLabel = text(local + (start.precision().hasTime() ? "" : " (local date, " + zone.getId() + ")"),
        "detail-when");
    localLabel.setId(WHEN_ID);
    Label utcLabel = text(utc, "detail-when-utc");
    utcLabel.setId(WHEN_UTC_ID);
    content.getChildren().add(section("When", new VBox(2, localLabel, utcLabel)));
  }

  private void addPlace(Event event) {
    if (!event.hasPlace()) {
      Label none = text("No place given", "detail-place");
      none.setId(PLACE_ID);
      content.getChildren().add(section("Where", none));
      return;
    }
    Place place = event.place().get();
    String where = place.name() + place.country().map(c -> ", " + c).orElse("")
        + String.format(java.util.Locale.ROOT, "  (%.4f°%s, %.4f°%s)",
            Math.abs(place.location().lat()), place.location().lat() >= 0 ? "N" : "S",
            Math.abs(place.location().lon()), place.location().lon() >= 0 ? "E" : "W");
    Label label = text(where, "detail-place");
    label.setId(PLACE_ID);
    content.getChildren().add(section("Where", label));
  }

  private Node quote(Quote q, Event event) {
    Label text = text("“" + q.text() + "”", "detail-quote");
    StringBuilder who = new StringBuilder("— " + q.speaker());
    q.occasion().ifPresent(o -> who.append(", ").append(o));
    q.date().ifPresent(d -> who.append(", ").append(TimeText.local(d, event.zone())));
    Label attribution = text(who.toString(), "detail-quote-speaker");
    return new VBox(2, text, attribution);
  }

  private Node source(Source s) {
    String label = s.title() + " — " + s.publisher() + s.date().map(d -> ", " + d.text()).orElse("");
    if (s.url().isEmpty()) {
      return text(label + " (no link)", "detail-source");
    }
    Hyperlink link = new Hyperlink(label);
    link.setWrapText(true);
    link.getStyleClass().add("detail-source");
    link.setOnAction(e -> openLink.accept(s.url().get()));
    link.setAccessibleHelp(s.url().get().toString());
    javafx.scene.control.Tooltip.install(link, new javafx.scene.control.Tooltip(s.url().get().toString()));
    return link;
  }

  private boolean isInside(Node node) {
    for (Node n = node; n != null; n = n.getParent()) {
      if (n == this) {
        return true;
      }
    }
    return false;
  }

  private static Node section(String heading, Node body) {
    Label h = new Label(heading.toUpperCase(java.util.Locale.ROOT));
    h.getStyleClass().add("detail-heading");
    return new VBox(3, h, body);
  }

  private static Label note(String text, String styleClass) {
    Label label = text(text, styleClass);
    label.getStyleClass().add("detail-note");
    return label;
  }

  private static Label text(String text, String styleClass) {
    Label label = new Label(text);
    label.setWrapText(true);
    label.getStyleClass().add(styleClass);
    label.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
    return label;
  }

}
