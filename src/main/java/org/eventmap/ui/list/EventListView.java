package org.eventmap.ui.list;

import java.time.Instant;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.SortedList;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import org.eventmap.domain.Event;
import org.eventmap.domain.TimeText;
import org.eventmap.state.AppState;

/**
 * The events the map shows, as a table a person can sort and read with a screen reader. Choosing a
 * row selects the event everywhere and leaves the table where it is; selecting elsewhere scrolls the
 * table only as far as it takes to show the row. With very many events
 * in the window it lists the latest few thousand and says so: a list of half a million rows helps
 * nobody and would cost every step of the timeline.
 *
 * <p>While the timeline moves fast (dragging, playing), the rows follow four times a second instead of
 * every frame: re-laying the table's cells cost more than the rest of a frame together, and nobody reads
 * a list that changes sixty times a second. The rows change at once at most three times within that
 * quarter. Changes made between two layouts of the window (opening a file, then going to a day, a window
 * and an event, as the command line and a snapshot do) count as one and are all shown at once: the
 * table is laid out once for all of them. So is a selection.
 */
public final class EventListView extends javafx.scene.layout.VBox {
  public static final String ID = "event-list";
  static final int MAX_ROWS = 5_000;

  private final AppState state;
  private final TableView<Event> table = new TableView<>();
  private final ListSkin skin = new ListSkin(table);
  private final Label note = new Label();
  private final ObservableList<Event> rows = FXCollections.observableArrayList();
  /** The rows in the table's order; see {@link #sortRowsAfresh()}. */
  private SortedList<Event> sorted;
  /** The selected event the table was last scrolled to, or whose row was clicked: it need not scroll again. */
  private Event revealed;
  /** How often the rows follow a timeline in motion, and how many changes are shown at once before that. */
  private static final javafx.util.Duration FOLLOW_INTERVAL = javafx.util.Duration.millis(250);
  private static final int IMMEDIATE_CHANGES = 3;
  private final javafx.animation.PauseTransition pendingRefresh = new javafx.animation.PauseTransition(FOLLOW_INTERVAL);
  /** When the latest immediate refreshes happened (a ring): a new one is due only if the oldest is old. */
  private final long[] recentRefreshNanos = new long[IMMEDIATE_CHANGES];
  private int nextRecent;
  /** Whether the rows were refreshed since the window was last laid out: another refresh costs no layout. */
  private boolean refreshedSinceLayout;
  private final Runnable windowLaidOut = () -> refreshedSinceLayout = false;
  private TableColumn<Event, Instant> when;
  /** The font the When column's width was measured in; null before the first cell. */
  private javafx.scene.text.Font whenMeasuredIn;

  public EventListView(AppState state) {
    this.state = state;
    table.setId(ID);
    table.setSkin(skin);
    table.getStyleClass().add("event-list");
    table.setPlaceholder(new Label("No events in the window. Move the timeline or clear the filters."));
    table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
    table.setAccessibleText("Events shown on the map");
    note.setId("event-list-note");
    note.setWrapText(true);
    note.getStyleClass().add("event-list-note");
    note.managedProperty().bind(note.visibleProperty());
    note.setVisible(false);
    javafx.scene.layout.VBox.setVgrow(table, javafx.scene.layout.Priority.ALWAYS);
    getChildren().addAll(table, note);

    TableColumn<Event, Instant> when = new TableColumn<>("When");
    when.setId("event-list-when");
    when.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().earliestInstant().orElse(Instant.MAX)));
    when.setCellFactory(column -> new javafx.scene.control.TableCell<>() {
      @Override
      protected void updateItem(Instant item, boolean empty) {
        super.updateItem(item, empty);
        Event e = empty || getTableRow() == null ? null : getTableRow().getItem();
        setText(e == null ? null : shortWhen(e));
        fitWhenColumnTo(this);
      }
    });
    when.setPrefWidth(132);
    when.setMinWidth(120);
    this.when = when;
    TableColumn<Event, String> title = column("Event", "event-list-title", Event::title, 220);
    // The category shows as its marker beside the title, as on the map.
    title.setCellFactory(column -> new javafx.scene.control.TableCell<>() {
      @Override
      protected void updateItem(String item, boolean empty) {
        super.updateItem(item, empty);
        Event e = empty || getTableRow() == null ? null : getTableRow().getItem();
        setText(e == null ? null : item);
        setGraphic(e == null ? null : org.eventmap.ui.CategoryPalette.swatch(state.dataset(), e.category(), 4.5,
            state.themeProperty().get()));
        setAccessibleText(e == null ? null : item + ", " + e.category().name());
      }
    });
    TableColumn<Event, String> place = column("Place", "event-list-place", e -> e.place().map(p -> p.name()).orElse("—"), 100);
    table.getColumns().setAll(java.util.List.of(when, title, place));

    sortRowsAfresh();

    state.themeProperty().addListener((obs, old, theme) -> table.refresh()); // the swatches' colours
    pendingRefresh.setOnFinished(e -> refreshRows());
    sceneProperty().addListener((obs, old, scene) -> {
      if (old != null) {
        old.removePostLayoutPulseListener(windowLaidOut);
      }
      if (scene != null) {
        scene.addPostLayoutPulseListener(windowLaidOut);
      }
    });
    state.visibleEvents().addListener((obs, old, events) -> visibleChanged());
    // A newly opened file starts afresh: no row of the last one stays, and its first changes (the file,
    // then its opening day) show at once.
    state.datasetProperty().addListener((obs, old, dataset) -> {
      sortRowsAfresh();
      java.util.Arrays.fill(recentRefreshNanos, 0);
      refreshRows();
      refreshedSinceLayout = true;
    });
    state.selectedEventProperty().addListener((obs, old, e) -> {
      if (pendingRefresh.getStatus() == javafx.animation.Animation.Status.RUNNING) {
        // The selected row may be among those still to come; not now, since the table itself may be
        // telling of a click on a row.
        javafx.application.Platform.runLater(this::refreshRows);
      } else {
        showSelection(e);
      }
    });
    // Only a row the person chose differs from the state's selection: marking the state's own row, clearing
    // the marks, and new rows (from which the table drops a selected event that left them) give either
    // the state's event or none. So no flag is needed to tell the person's choice from the list's own.
    table.getSelectionModel().selectedItemProperty().addListener((obs, old, e) -> {
      if (e != null && !e.equals(state.selectedEvent().orElse(null))) {
        revealed = e; // its row is under the pointer (or the keyboard's focus): the table stays put
        state.selectAndReveal(e);
      }
    });
    // A list made shorter (the window, or the panes around it, laid out again) keeps the selected row in
    // sight, scrolling no further than that takes.
    table.heightProperty().addListener((obs, old, height) -> {
      int row = revealed == null ? -1 : table.getItems().indexOf(revealed);
      if (row >= 0 && height.doubleValue() < old.doubleValue()) {
        skin.reveal(row);
      }
    });
    refreshRows();
  }

  /**
   * The rows in the table's order, in a new sorted view of them. JavaFX's SortedList keeps the rows it had
   * beyond those it has now (its array is not cleared when the rows get fewer): up to {@value #MAX_ROWS}
   * events of the file shown before, and all they refer to, would stay in memory with the next file.
   */
  private void sortRowsAfresh() {
    if (sorted != null) {
      sorted.comparatorProperty().unbind();
    }
    sorted = new SortedList<>(rows);
    sorted.comparatorProperty().bind(table.comparatorProperty());
    table.setItems(sorted);
  }

  private static TableColumn<Event, String> column(String name, String id,
      java.util.function.Function<Event, String> value, double width) {
    TableColumn<Event, String> c = new TableColumn<>(name);
    c.setId(id);
    c.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue())));
    c.setPrefWidth(width);
    return c;
  }

  /** The start as written, in the place's local time, short: "22 Mar 2024 10:00", "Mar 2024". */
  static String shortWhen(Event e) {
    if (!e.hasDate()) {
      return "no date";
    }
    org.eventmap.domain.TimePoint start = e.start().get();
    java.time.LocalDate first = e.firstLocalDay().orElseThrow();
    return switch (start.precision()) {
      // Years as people write them ("31 BC", "AD 79"), not as ISO does ("-0030", "0079").
      case YEAR -> TimeText.year(first.getYear());
      case MONTH -> first.format(java.time.format.DateTimeFormatter.ofPattern("MMM", java.util.Locale.UK)) + " "
          + TimeText.year(first.getYear());
      case DAY -> TimeText.shortDay(first);
      case MINUTE, SECOND -> TimeText.shortDay(first) + " " + org.eventmap.time.WallClock.start(e).toLocalTime().withSecond(0);
    };
  }

  /**
   * At once, unless the rows changed several times within the interval; then at its end. Changes before
   * the window's next layout count as one with the last refresh: they cost one layout of the table.
   */
  private void visibleChanged() {
    if (pendingRefresh.getStatus() == javafx.animation.Animation.Status.RUNNING) {
      return;
    }
    if (refreshedSinceLayout) {
      refreshRows(false);
      return;
    }
    long oldest = recentRefreshNanos[nextRecent];
    if (oldest == 0 || System.nanoTime() - oldest >= FOLLOW_INTERVAL.toMillis() * 1_000_000) {
      refreshRows();
      // What else changes before the next layout belongs with this change (a command doing several
      // things). Not after a catch-up at the interval's end: what follows that is the timeline moving on.
      refreshedSinceLayout = true;
    } else {
      pendingRefresh.playFromStart();
    }
  }

  private void refreshRows() {
    refreshRows(true);
  }

  /** {@code counted}: whether this refresh costs a layout of its own and counts towards the limit. */
  private void refreshRows(boolean counted) {
    pendingRefresh.stop();
    if (counted) {
      recentRefreshNanos[nextRecent] = System.nanoTime();
      nextRecent = (nextRecent + 1) % IMMEDIATE_CHANGES;
    }
    java.util.List<Event> visible = state.visibleEvents().get();
    int shown = Math.min(MAX_ROWS, visible.size());
    java.util.List<Event> latest = visible.subList(visible.size() - shown, visible.size());
    if (!sameEvents(latest, rows)) {
      rows.setAll(latest);
    }
    note.setVisible(shown < visible.size());
    note.setText(String.format(java.util.Locale.UK, "The latest %,d of %,d events in the window are listed; "
        + "narrow the window or search to list others.", shown, visible.size()));
    showSelection(state.selectedEvent().orElse(null));
  }

  /** Whether two lists hold the very same events in the same order (the same objects, not equal ones). */
  private static boolean sameEvents(java.util.List<Event> a, java.util.List<Event> b) {
    if (a.size() != b.size()) {
      return false;
    }
    for (int i = 0; i < a.size(); i++) {
      if (a.get(i) != b.get(i)) {
        return false;
      }
    }
    return true;
  }

  /** Marks the selected row; a selection not yet shown is scrolled to, as little as it takes. */
  private void showSelection(Event e) {
    int row = e == null ? -1 : table.getItems().indexOf(e);
    if (row < 0) {
      table.getSelectionModel().clearSelection();
      revealed = null; // chosen again later, it is scrolled to again
    } else {
      table.getSelectionModel().select(row);
      if (e != revealed) {
        skin.reveal(row);
        revealed = e;
      }
    }
  }

  /**
   * Widens the When column, once per font, to its longest text ("28 Sept 2024 22:22"), so that no date
   * is cut: the font comes from the style sheet and is known only in a cell.
   */
  private void fitWhenColumnTo(javafx.scene.control.TableCell<Event, Instant> cell) {
    javafx.scene.text.Font font = cell.getFont();
    if (font == null || font.equals(whenMeasuredIn)) {
      return;
    }
    whenMeasuredIn = font;
    javafx.scene.text.Text probe = new javafx.scene.text.Text();
    probe.setFont(font);
    double widest = 0;
    for (java.time.Month month : java.time.Month.values()) {
      probe.setText(TimeText.shortDay(java.time.LocalDate.of(2024, month, 28)) + " 22:22");
      widest = Math.max(widest, probe.getLayoutBounds().getWidth());
    }
    double needed = Math.ceil(widest + cell.snappedLeftInset() + cell.snappedRightInset()) + 4;
    when.setMinWidth(needed);
    when.setPrefWidth(Math.max(needed, when.getPrefWidth()));
  }

  /** The table's own skin, which lends its rows' flow for scrolling no further than needed. */
  private static final class ListSkin extends javafx.scene.control.skin.TableViewSkin<Event> {
    ListSkin(TableView<Event> table) {
      super(table);
    }

    /**
     * Scrolls so that the row shows whole: not at all when it does, to the top edge when it is above
     * the rows shown, to the bottom edge when it is below them. Before the table has rows on screen it
     * goes to the top.
     */
    void reveal(int row) {
      TableView<Event> table = getSkinnable();
      if (table.getHeight() > 0 && table.isNeedsLayout()) {
        table.layout(); // rows may have changed: see where they are now, not where they were
      }
      javafx.scene.control.skin.VirtualFlow<?> flow = getVirtualFlow();
      javafx.scene.control.IndexedCell<?> first = flow.getFirstVisibleCell();
      javafx.scene.control.IndexedCell<?> last = flow.getLastVisibleCell();
      if (first == null || last == null || first.getIndex() < 0 || flow.getHeight() <= 0) {
        flow.scrollToTop(row);
      } else if (row >= first.getIndex() && row <= last.getIndex()) {
        flow.scrollTo(row); // shown, perhaps in part: scrolls by that part only
      } else if (row < first.getIndex()) {
        flow.scrollToTop(row);
      } else {
        int wholeRows = Math.max(1, (int) Math.floor(flow.getHeight() / Math.max(1, first.getHeight())));
        flow.scrollToTop(Math.max(0, row - wholeRows + 1));
        // The flow places rows by an estimate of their heights until it lays them out: once it has, the
        // row is made whole by the least scroll that takes.
        table.layout();
        makeWhole(flow, row);
      }
      ((RevealingFlow) flow).keepWhole(row);
    }

    @Override
    protected javafx.scene.control.skin.VirtualFlow<javafx.scene.control.TableRow<Event>> createVirtualFlow() {
      return new RevealingFlow();
    }

    /**
     * The rows' flow, which makes a revealed row whole again after its next layouts: until it has laid
     * its rows out it places them by an estimate of their heights, and a list laid out again (a window
     * resized, a snapshot's last pass) would otherwise leave the row cut at the edge.
     */
    private static final class RevealingFlow
        extends javafx.scene.control.skin.VirtualFlow<javafx.scene.control.TableRow<Event>> {
      private int pendingRow = -1;

      void keepWhole(int row) {
        pendingRow = row;
        requestLayout();
      }

      @Override
      protected void layoutChildren() {
        super.layoutChildren();
        if (pendingRow < 0 || pendingRow >= getCellCount() || getHeight() <= 0) {
          return;
        }
        javafx.scene.control.TableRow<Event> cell = getVisibleCell(pendingRow);
        if (cell == null) {
          scrollTo(pendingRow); // comes round again in the next layout
          return;
        }
        pendingRow = -1;
        scrollTo(cell);
      }
    }

    private static <C extends javafx.scene.control.IndexedCell<?>> void makeWhole(
        javafx.scene.control.skin.VirtualFlow<C> flow, int row) {
      C cell = flow.getVisibleCell(row);
      if (cell != null) {
        flow.scrollTo(cell);
      }
    }
  }
}
