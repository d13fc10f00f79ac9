package org.eventmap.ui.detail;

import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.scene.text.TextFlow;
import org.eventmap.domain.Attribute;
import org.eventmap.domain.Event;
import org.eventmap.domain.Place;
import org.eventmap.domain.Quote;
import org.eventmap.domain.Source;
import org.eventmap.domain.SourceKind;
import org.eventmap.domain.TimeText;
import org.eventmap.io.text.HtmlText;
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
  public static final String ATTRIBUTES_ID = "detail-attributes";
  public static final String STORY_ID = "detail-story";
  public static final String STORY_CAPTION_ID = "detail-story-caption";
  public static final String WHEN_WRITTEN_ID = "detail-when-written";
  public static final String MEDIA_ID = "detail-media";
  public static final String MEDIA_CAPTION_ID = "detail-media-caption";
  public static final String MEDIA_CREDIT_ID = "detail-media-credit";

  /** Attributes the pane shows in places of their own, not among the file's other fields. */
  private static final java.util.Set<String> SHOWN_APART = java.util.Set.of(Attribute.DATE_AS_WRITTEN,
      Attribute.MEDIA, Attribute.MEDIA_CAPTION, Attribute.MEDIA_CREDIT);

  /** Enough for a few screens of reading; a description of a megabyte would take seconds to lay out. */
  private static final int SUMMARY_CHARACTERS = 20_000;
  private static final int ATTRIBUTE_CHARACTERS = 2_000;
  private static final String STYLESHEET = DetailPane.class.getResource("detail.css").toExternalForm();

  private final AppState state;
  private final Consumer<URI> openLink;
  private final VBox content = new VBox(10);
  /** Shown above an event that the search, actor or category filters keep off the map and the list. */
  private final Label hiddenNote = note("", "detail-hidden");
  /** What the story being read says of this event, on top of all (empty outside a story). */
  private final VBox storyBlock = new VBox(3);
  private final Label storyHeading = text("", "detail-story-heading");
  private final Label storyCaption = text("", "detail-story-caption");

  /**
   * @param openLink opens a source in the system browser
   */
  public DetailPane(AppState state, Consumer<URI> openLink) {
    this.state = state;
    this.openLink = openLink;
    createView();
    state.selectedEventProperty().addListener((obs, old, event) -> show(event));
    // The category's swatch has a colour of each theme.
    state.themeProperty().addListener((obs, old, theme) -> show(state.selectedEvent().orElse(null)));
    state.filteredPositions().addListener((obs, old, positions) -> showWhetherHidden());
    state.story().currentStepProperty().addListener((obs, old, step) -> showStoryCaption());
    show(state.selectedEvent().orElse(null));
  }

  private void createView() {
    setId(ID);
    hiddenNote.setId(HIDDEN_ID);
    hiddenNote.managedProperty().bind(hiddenNote.visibleProperty());
    storyBlock.setId(STORY_ID);
    storyCaption.setId(STORY_CAPTION_ID);
    storyBlock.getStyleClass().add("detail-story");
    storyBlock.getChildren().addAll(storyHeading, storyCaption);
    storyBlock.managedProperty().bind(storyBlock.visibleProperty());
    storyCaption.managedProperty().bind(storyCaption.visibleProperty());
    getStyleClass().add("detail-pane");
    getStylesheets().add(STYLESHEET);
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
    content.getChildren().addAll(storyBlock, hiddenNote, title);
    showStoryCaption();
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
    List<HtmlText.Block> summary = HtmlText.blocks(event.summary(), SUMMARY_CHARACTERS);
    if (!summary.isEmpty()) {
      Node blocks = blocks(summary);
      blocks.setId(SUMMARY_ID);
      content.getChildren().add(section("What happened", blocks));
    }
    addMedia(event);
    List<Attribute> others = event.attributes().stream().filter(a -> !SHOWN_APART.contains(a.name())).toList();
    if (!others.isEmpty()) {
      content.getChildren().add(section("From the file", attributes(others)));
    }
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
    if (!sources.getChildren().isEmpty()) {
      content.getChildren().add(section("Sources", sources)); // files of other formats often name none
    }
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

  /** The caption of the story's step on top, when the event shown is the step's. */
  private void showStoryCaption() {
    Event event = state.selectedEvent().orElse(null);
    org.eventmap.state.StoryModel story = state.story();
    boolean shown = event != null && story.currentStep().map(s -> s.eventId().equals(event.id())).orElse(false);
    storyBlock.setVisible(shown);
    if (shown) {
      org.eventmap.domain.Story s = story.story().orElseThrow();
      storyHeading.setText("In this story: " + s.title() + " · step " + (story.stepIndex() + 1) + " of "
          + s.steps().size());
      String caption = story.currentStep().orElseThrow().caption();
      storyCaption.setText(caption);
      storyCaption.setVisible(!caption.isBlank());
    }
  }

  /**
   * A picture, video or page the file links the event to: a link opened in the browser, never fetched
   * here, with its caption and credit.
   */
  private void addMedia(Event event) {
    Optional<String> url = attribute(event, Attribute.MEDIA).map(String::strip).filter(u -> !u.isEmpty());
    Optional<String> caption = attribute(event, Attribute.MEDIA_CAPTION).map(DetailPane::plain)
        .filter(c -> !c.isBlank());
    Optional<String> credit = attribute(event, Attribute.MEDIA_CREDIT).map(DetailPane::plain)
        .filter(c -> !c.isBlank());
    if (url.isEmpty() && caption.isEmpty() && credit.isEmpty()) {
      return;
    }
    VBox media = new VBox(2);
    url.ifPresent(u -> {
      Optional<URI> link = webAddress(u);
      Node shown = link.isPresent() ? link(caption.orElse(u), link.get(), "detail-media-link")
          : text(u + " (not a web address: not opened)", "detail-media-link");
      shown.setId(MEDIA_ID);
      media.getChildren().add(shown);
    });
    caption.ifPresent(c -> {
      Label l = text(c, "detail-media-caption");
      l.setId(MEDIA_CAPTION_ID);
      media.getChildren().add(l);
    });
    credit.ifPresent(c -> {
      Label l = text("Credit: " + c, "detail-media-credit");
      l.setId(MEDIA_CREDIT_ID);
      media.getChildren().add(l);
    });
    content.getChildren().add(section("Media", media));
  }

  /** An http(s) address a browser can open; anything else (a file path, a script) is not a link here. */
  private static Optional<URI> webAddress(String text) {
    try {
      URI uri = new URI(text);
      String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
      return (scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null ? Optional.of(uri)
          : Optional.empty();
    } catch (java.net.URISyntaxException e) {
      return Optional.empty();
    }
  }

  private static Optional<String> attribute(Event event, String name) {
    return event.attributes().stream().filter(a -> a.name().equals(name)).map(Attribute::value).findFirst();
  }

  private static String plain(String html) {
    return HtmlText.blocks(html, ATTRIBUTE_CHARACTERS).stream().map(HtmlText.Block::plainText)
        .collect(java.util.stream.Collectors.joining("\n"));
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
    Node swatch = CategoryPalette.swatch(state.dataset(), event.category(), 5, state.themeProperty().get());
    Label name = text(event.category().name(), "detail-category");
    HBox line = new HBox(6, swatch, name);
    line.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
    return line;
  }

  private void addWhen(Event event) {
    Optional<Label> asWritten = attribute(event, Attribute.DATE_AS_WRITTEN).map(DetailPane::plain)
        .filter(w -> !w.isBlank()).map(w -> {
          Label l = text("As written: “" + w.strip() + "”", "detail-when-written");
          l.setId(WHEN_WRITTEN_ID);
          return l;
        });
    if (!event.hasDate()) {
      Label none = text("No date given", "detail-when");
      none.setId(WHEN_ID);
      VBox when = new VBox(2, none);
      asWritten.ifPresent(when.getChildren()::add);
      content.getChildren().add(section("When", when));
      return;
    }
    // The clipboard's text says the same words (EventText), so the pane and a copy never disagree.
    String utc = org.eventmap.io.text.EventText.whenInUtc(event).map(u -> u.equals(
        org.eventmap.io.text.EventText.UTC_NOT_KNOWN) ? "The time in UTC is " + u + "." : u).orElse("");
    Label localLabel = text(org.eventmap.io.text.EventText.whenAtThePlace(event), "detail-when");
    localLabel.setId(WHEN_ID);
    Label utcLabel = text(utc, "detail-when-utc");
    utcLabel.setId(WHEN_UTC_ID);
    VBox when = new VBox(2, localLabel);
    asWritten.ifPresent(when.getChildren()::add);
    when.getChildren().add(utcLabel);
    content.getChildren().add(section("When", when));
  }

  /** Paragraphs, headings and items of a description, with its http(s) links as links. */
  private Node blocks(List<HtmlText.Block> blocks) {
    VBox box = new VBox(6);
    box.getStyleClass().add("detail-summary");
    for (HtmlText.Block block : blocks) {
      TextFlow flow = new TextFlow();
      flow.getStyleClass().add(switch (block.kind()) {
        case HEADING -> "detail-summary-heading";
        case ITEM -> "detail-summary-item";
        case PARAGRAPH -> "detail-summary-paragraph";
      });
      if (block.kind() == HtmlText.Kind.ITEM) {
        flow.getChildren().add(words("•  "));
      }
      for (HtmlText.Run run : block.runs()) {
        if (run instanceof HtmlText.Link link) {
          flow.getChildren().add(link(link.text(), link.url(), "detail-summary-link"));
        } else {
          flow.getChildren().add(words(run.text()));
        }
      }
      box.getChildren().add(flow);
    }
    return box;
  }

  private static javafx.scene.text.Text words(String text) {
    javafx.scene.text.Text words = new javafx.scene.text.Text(text);
    words.getStyleClass().add("detail-summary-text");
    return words;
  }

  private Hyperlink link(String text, URI url, String styleClass) {
    Hyperlink link = new Hyperlink(text);
    link.setWrapText(true);
    link.getStyleClass().add(styleClass);
    link.setOnAction(e -> openLink.accept(url));
    link.setAccessibleHelp(url.toString());
    javafx.scene.control.Tooltip.install(link, new javafx.scene.control.Tooltip(url.toString()));
    return link;
  }

  /** What the file said beyond the fields Eventmap knows, as names and values (HTML in a value as text). */
  private Node attributes(List<Attribute> attributes) {
    GridPane grid = new GridPane();
    grid.setId(ATTRIBUTES_ID);
    grid.getStyleClass().add("detail-attributes");
    grid.setHgap(10);
    grid.setVgap(2);
    ColumnConstraints names = new ColumnConstraints();
    names.setMaxWidth(140);
    ColumnConstraints values = new ColumnConstraints();
    values.setHgrow(javafx.scene.layout.Priority.ALWAYS);
    grid.getColumnConstraints().addAll(names, values);
    int row = 0;
    for (Attribute attribute : attributes) {
      Label name = text(attribute.name(), "detail-attribute-name");
      String value = HtmlText.blocks(attribute.value(), ATTRIBUTE_CHARACTERS).stream()
          .map(HtmlText.Block::plainText).collect(java.util.stream.Collectors.joining("\n"));
      grid.addRow(row++, name, text(value, "detail-attribute-value"));
    }
    return grid;
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
    // A file that names only who published (an ACLED row's source) gives the same words twice.
    String label = (s.title().equals(s.publisher()) ? s.publisher() : s.title() + " — " + s.publisher())
        + s.date().map(d -> ", " + d.text()).orElse("");
    Node title = s.url().isEmpty() ? text(label + " (no link)", "detail-source")
        : link(label, s.url().get(), "detail-source");
    if (s.kind().isEmpty() && s.note().isEmpty()) {
      return title; // every format but our own
    }
    VBox titleAndNote = new VBox(1, title);
    s.note().ifPresent(n -> titleAndNote.getChildren().add(text(n, "detail-source-note")));
    if (s.kind().isEmpty()) {
      titleAndNote.getStyleClass().add("detail-source-row");
      return titleAndNote;
    }
    // Before the title, so that a reader knows whether the link lands on the original before following it.
    SourceKind kind = s.kind().get();
    Label tag = new Label(kind.label());
    tag.getStyleClass().addAll("detail-source-kind", "detail-source-kind-" + kind.key());
    tag.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE); // detail.css widens it, so that titles line up
    tag.setTooltip(new javafx.scene.control.Tooltip(kind.label() + ": " + kind.explanation()));
    tag.setAccessibleText(kind.label() + " source");
    HBox row = new HBox(6, tag, titleAndNote);
    row.getStyleClass().add("detail-source-row");
    row.setAlignment(javafx.geometry.Pos.TOP_LEFT);
    HBox.setHgrow(titleAndNote, javafx.scene.layout.Priority.ALWAYS);
    return row;
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
