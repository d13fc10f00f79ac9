package org.eventmap.ui.columns;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Insets;
import javafx.scene.AccessibleRole;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.eventmap.io.ColumnQuestion;

/**
 * The column dialog's content: the file's first rows under its header, and one choice per role. It says
 * what the answer would give ("the events will have no place") and why it cannot be given yet; the answer
 * is from role to column as {@code --columns} takes it.
 */
final class ColumnForm extends VBox {
  static final String TABLE_ID = "columns-first-rows";
  static final String MESSAGE_ID = "columns-message";
  static final String ORDER_ID = "columns-dates";
  /** The key of {@code --columns} that says whether dates are day or month first. */
  static final String ORDER_KEY = "dates";
  /** At most this many rows are shown: enough to recognise a column, few enough to read at once. */
  static final int SHOWN_ROWS = 20;
  /** Stands for "(none)" in a choice. */
  static final int NONE = -1;

  private static final List<List<ColumnRole>> LAYOUT = List.of(
      List.of(ColumnRole.DATE, ColumnRole.END),
      List.of(ColumnRole.TIME),
      List.of(ColumnRole.LAT, ColumnRole.LON),
      List.of(ColumnRole.ONE_COLUMN_PLACE, ColumnRole.PLACE),
      List.of(ColumnRole.TITLE, ColumnRole.DESCRIPTION),
      List.of(ColumnRole.CATEGORY, ColumnRole.ACTORS),
      List.of(ColumnRole.SOURCE, ColumnRole.URL),
      List.of(ColumnRole.ID));

  private final ColumnQuestion question;
  private final List<List<String>> rows;
  private final Map<ColumnRole, ChoiceBox<Integer>> choices = new EnumMap<>(ColumnRole.class);
  private final Map<ColumnRole, Label> previews = new EnumMap<>(ColumnRole.class);
  /** Whether dates such as 03/04/2024 are day or month first; the reader decides from the column if not said. */
  private final ChoiceBox<DayMonthOrder> order = new ChoiceBox<>();
  /** What the reader guessed for roles this form does not show: handed on as they were. */
  private final Map<String, String> otherGuesses = new LinkedHashMap<>();
  private final TableView<List<String>> table = new TableView<>();
  private final Label message = new Label();
  private final ReadOnlyBooleanWrapper answerable = new ReadOnlyBooleanWrapper(this, "answerable");
  private final ReadOnlyStringWrapper messageText = new ReadOnlyStringWrapper(this, "message");

  ColumnForm(String file, ColumnQuestion question) {
    this.question = question;
    this.rows = question.firstRows().subList(0, Math.min(SHOWN_ROWS, question.firstRows().size()));
    getStyleClass().add("column-form");
    setSpacing(8);
    Label intro = new Label("Say which column holds what. Eventmap remembers the answer for this file.");
    intro.setWrapText(true);
    intro.getStyleClass().add("columns-intro");
    buildTable(file);
    GridPane grid = buildChoices();
    message.setId(MESSAGE_ID);
    message.setWrapText(true);
    message.getStyleClass().add("columns-message");
    message.textProperty().bind(messageText);
    message.setAccessibleRole(AccessibleRole.TEXT);
    getChildren().addAll(intro, table, grid, message);
    preselect();
    choices.values().forEach(c -> c.valueProperty().addListener((obs, old, now) -> update()));
    update();
  }

  /** Whether the answer makes sense: a date or a place, each role a column of its own. */
  ReadOnlyBooleanProperty answerableProperty() {
    return answerable.getReadOnlyProperty();
  }

  ChoiceBox<Integer> choice(ColumnRole role) {
    return choices.get(role);
  }

  Label preview(ColumnRole role) {
    return previews.get(role);
  }

  TableView<List<String>> table() {
    return table;
  }

  /** The answer as the reader takes it: role to the column's name, or to its number when the name is unclear. */
  Map<String, String> answer() {
    Map<String, String> answer = new LinkedHashMap<>(otherGuesses);
    for (ColumnRole role : ColumnRole.values()) {
      int column = chosen(role);
      if (column == NONE) {
        continue;
      }
      String key = role == ColumnRole.ONE_COLUMN_PLACE && CellPreview.isWktPoint(CellPreview.firstCell(rows, column))
          ? ColumnRole.POINT_KEY : role.key();
      answer.put(key, reference(column));
    }
    DayMonthOrder said = order.getValue();
    if (said != null && said.value != null && has(ColumnRole.DATE)) {
      answer.put(ORDER_KEY, said.value);
    }
    return answer;
  }

  /**
   * A column by the name its header writes, which survives columns being moved; by its number from 1 when
   * the name cannot say which column it is (blank, written twice, made up for a file without a header, or
   * holding a "+", which {@code --columns} reads as joining two columns: {@code actors=actor1+actor2}).
   */
  String reference(int column) {
    String name = question.header().get(column);
    boolean unique = question.header().stream().filter(name::equals).count() == 1;
    boolean madeUp = name.equalsIgnoreCase("column " + (column + 1));
    return name.isBlank() || !unique || madeUp || name.contains("+") ? String.valueOf(column + 1) : name;
  }

  private void buildTable(String file) {
    table.setId(TABLE_ID);
    table.getStyleClass().add("columns-first-rows");
    table.setEditable(false);
    table.setFixedCellSize(24);
    table.setPlaceholder(new Label("The file has no rows under its header."));
    table.setAccessibleText("The first " + rows.size() + " rows of " + file);
    table.setColumnResizePolicy(TableView.UNCONSTRAINED_RESIZE_POLICY);
    for (int i = 0; i < question.header().size(); i++) {
      int index = i;
      TableColumn<List<String>, String> column = new TableColumn<>(headerText(i));
      column.setSortable(false);
      column.setReorderable(false);
      column.setCellValueFactory(row -> new ReadOnlyStringWrapper(
          index < row.getValue().size() ? row.getValue().get(index) : ""));
      column.setPrefWidth(widthFor(i));
      table.getColumns().add(column);
    }
    table.getItems().setAll(rows);
    int visibleRows = Math.max(3, Math.min(8, rows.size()));
    table.setPrefHeight(30 + visibleRows * table.getFixedCellSize() + 16);
    table.setMinHeight(30 + 3 * table.getFixedCellSize() + 16);
  }

  private String headerText(int column) {
    String name = question.header().get(column);
    return name.isBlank() ? "(column " + (column + 1) + ")" : name;
  }

  /** Wide enough for its longest cell in the rows shown, within reason: long notes are cut, not the table. */
  private double widthFor(int column) {
    int longest = headerText(column).length() + 2;
    for (List<String> row : rows) {
      if (column < row.size()) {
        longest = Math.max(longest, row.get(column).length());
      }
    }
    return Math.max(60, Math.min(260, 7.5 * longest + 18));
  }

  private GridPane buildChoices() {
    GridPane grid = new GridPane();
    grid.getStyleClass().add("columns-choices");
    grid.setHgap(8);
    grid.setVgap(5);
    grid.setPadding(new Insets(4, 0, 0, 0));
    for (int c = 0; c < 2; c++) {
      ColumnConstraints label = new ColumnConstraints();
      label.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
      ColumnConstraints box = new ColumnConstraints();
      box.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
      ColumnConstraints preview = new ColumnConstraints(80, 200, Double.MAX_VALUE);
      preview.setHgrow(Priority.ALWAYS);
      grid.getColumnConstraints().addAll(label, box, preview);
    }
    int row = 0;
    String[] headings = {"When", null, "Where", null, "What", null, null, null};
    for (int line = 0; line < LAYOUT.size(); line++) {
      if (headings[line] != null) {
        Label heading = new Label(headings[line]);
        heading.getStyleClass().add("columns-heading");
        grid.add(heading, 0, row++, 6, 1);
      }
      List<ColumnRole> roles = LAYOUT.get(line);
      for (int slot = 0; slot < roles.size(); slot++) {
        ColumnRole role = roles.get(slot);
        ChoiceBox<Integer> box = choiceFor(role);
        Label label = new Label(role.label());
        label.setMnemonicParsing(true);
        label.setLabelFor(box);
        label.getStyleClass().add("columns-role");
        Label preview = new Label();
        preview.getStyleClass().add("columns-preview");
        preview.setId("columns-preview-" + role.key());
        previews.put(role, preview);
        boolean wide = roles.size() == 1 && role != ColumnRole.TIME; // beside the time: the day and month order
        grid.add(label, slot * 3, row);
        grid.add(box, slot * 3 + 1, row);
        grid.add(preview, slot * 3 + 2, row, wide ? 4 : 1, 1);
      }
      if (roles.contains(ColumnRole.TIME)) {
        Label label = new Label("Da_y and month");
        label.setMnemonicParsing(true);
        label.setLabelFor(order);
        label.getStyleClass().add("columns-role");
        order.setId(ORDER_ID);
        order.getItems().setAll(DayMonthOrder.values());
        order.setConverter(new StringConverter<>() {
          @Override
          public String toString(DayMonthOrder o) {
            return o == null ? "" : o.label;
          }

          @Override
          public DayMonthOrder fromString(String text) {
            throw new UnsupportedOperationException("a choice is never typed");
          }
        });
        order.setValue(DayMonthOrder.FROM_THE_COLUMN);
        order.setAccessibleText("Whether dates such as 03/04/2024 are day first or month first");
        grid.add(label, 3, row);
        grid.add(order, 4, row, 2, 1);
      }
      row++;
    }
    return grid;
  }

  /** How dates written as two numbers and a year are read; {@code dates=} of {@code --columns}. */
  enum DayMonthOrder {
    FROM_THE_COLUMN("as the column shows", null),
    DAY_FIRST("day first: 22/03/2024", "day-first"),
    MONTH_FIRST("month first: 03/22/2024", "month-first");

    final String label;
    final String value;

    DayMonthOrder(String label, String value) {
      this.label = label;
      this.value = value;
    }
  }

  ChoiceBox<DayMonthOrder> order() {
    return order;
  }

  private ChoiceBox<Integer> choiceFor(ColumnRole role) {
    ChoiceBox<Integer> box = new ChoiceBox<>();
    box.setId("columns-" + role.key());
    box.getItems().add(NONE);
    IntStream.range(0, question.header().size()).forEach(box.getItems()::add);
    box.setConverter(new StringConverter<>() {
      @Override
      public String toString(Integer column) {
        return column == null || column == NONE ? "(none)" : headerText(column);
      }

      @Override
      public Integer fromString(String text) {
        throw new UnsupportedOperationException("a choice is never typed");
      }
    });
    box.setValue(NONE);
    box.setMinWidth(150);
    box.setMaxWidth(220);
    box.setAccessibleText("Column for " + role.holds());
    choices.put(role, box);
    // Latitude and longitude in two columns, or both in one: choosing one form clears the other.
    box.valueProperty().addListener((obs, old, now) -> {
      if (now == null || now == NONE) {
        return;
      }
      if (role == ColumnRole.ONE_COLUMN_PLACE) {
        choices.get(ColumnRole.LAT).setValue(NONE);
        choices.get(ColumnRole.LON).setValue(NONE);
      } else if (role == ColumnRole.LAT || role == ColumnRole.LON) {
        choices.get(ColumnRole.ONE_COLUMN_PLACE).setValue(NONE);
      }
    });
    return box;
  }

  private void preselect() {
    question.guessed().forEach((key, column) -> {
      if (key.equalsIgnoreCase(ORDER_KEY)) {
        String v = column.toLowerCase(Locale.ROOT);
        order.setValue(v.startsWith("day") ? DayMonthOrder.DAY_FIRST
            : v.startsWith("month") ? DayMonthOrder.MONTH_FIRST : DayMonthOrder.FROM_THE_COLUMN);
        return;
      }
      Optional<ColumnRole> role = ColumnRole.ofKey(key.toLowerCase(Locale.ROOT));
      Optional<Integer> index = columnNamed(column);
      if (role.isPresent() && index.isPresent()) {
        choices.get(role.get()).setValue(index.get());
      } else if (role.isEmpty()) {
        otherGuesses.put(key, column);
      }
    });
  }

  /** The column a guess names: by its name as written, by its number from 1, or by its name in any case. */
  private Optional<Integer> columnNamed(String column) {
    List<String> header = question.header();
    int exact = header.indexOf(column);
    if (exact >= 0) {
      return Optional.of(exact);
    }
    try {
      int number = Integer.parseInt(column.strip());
      if (number >= 1 && number <= header.size()) {
        return Optional.of(number - 1);
      }
    } catch (NumberFormatException e) {
      // not a number: a name in another case, perhaps
    }
    return IntStream.range(0, header.size()).filter(i -> header.get(i).equalsIgnoreCase(column.strip()))
        .boxed().findFirst();
  }

  private int chosen(ColumnRole role) {
    Integer value = choices.get(role).getValue();
    return value == null ? NONE : value;
  }

  private boolean has(ColumnRole role) {
    return chosen(role) != NONE;
  }

  private void update() {
    for (ColumnRole role : ColumnRole.values()) {
      int column = chosen(role);
      Label preview = previews.get(role);
      String text = column == NONE ? "" : CellPreview.of(role, CellPreview.firstCell(rows, column));
      preview.setText(text);
      preview.setTooltip(text.isEmpty() ? null : new javafx.scene.control.Tooltip(text));
      preview.getStyleClass().remove("columns-preview-doubt");
      if (text.contains(": not ")) {
        preview.getStyleClass().add("columns-preview-doubt");
      }
      choices.get(role).setAccessibleHelp(text.isEmpty() ? null : "First cell: " + text);
    }
    markTableColumns();
    Optional<String> refusal = refusal();
    answerable.set(refusal.isEmpty());
    Optional<String> doubt = refusal.isPresent() ? Optional.empty() : doubt();
    message.getStyleClass().removeAll("columns-message-refusal", "columns-message-doubt");
    if (refusal.isPresent()) {
      message.getStyleClass().add("columns-message-refusal");
    } else if (doubt.isPresent()) {
      message.getStyleClass().add("columns-message-doubt");
    }
    messageText.set(refusal.or(() -> doubt).orElseGet(this::consequence));
  }

  /** Each column of the table says the roles chosen for it, so a wrong choice shows in the rows. */
  private void markTableColumns() {
    Map<Integer, List<String>> roles = new HashMap<>();
    for (ColumnRole role : ColumnRole.values()) {
      if (has(role)) {
        roles.computeIfAbsent(chosen(role), c -> new ArrayList<>()).add(role.shortName());
      }
    }
    for (int i = 0; i < table.getColumns().size(); i++) {
      TableColumn<List<String>, ?> column = table.getColumns().get(i);
      List<String> named = roles.get(i);
      if (named == null) {
        column.setGraphic(null);
        column.getStyleClass().remove("columns-chosen");
      } else {
        Label tag = new Label(String.join(", ", named));
        tag.getStyleClass().add("columns-role-tag");
        column.setGraphic(tag);
        if (!column.getStyleClass().contains("columns-chosen")) {
          column.getStyleClass().add("columns-chosen");
        }
      }
    }
  }

  /** Why the answer cannot be given as it stands; empty when it can. */
  private Optional<String> refusal() {
    boolean date = has(ColumnRole.DATE);
    boolean twoColumns = has(ColumnRole.LAT) && has(ColumnRole.LON);
    boolean place = twoColumns || has(ColumnRole.ONE_COLUMN_PLACE);
    if (has(ColumnRole.LAT) != has(ColumnRole.LON)) {
      return Optional.of(has(ColumnRole.LAT) ? "Choose the longitude too: a latitude alone is not a place."
          : "Choose the latitude too: a longitude alone is not a place.");
    }
    for (ColumnRole role : List.of(ColumnRole.LAT, ColumnRole.LON, ColumnRole.ONE_COLUMN_PLACE)) {
      Optional<String> unreadable = readsInNoRow(role);
      if (unreadable.isPresent()) {
        return Optional.of("No cell of “" + headerText(chosen(role)) + "” in the rows shown reads as " + role.holds()
            + " (" + unreadable.get().replaceFirst(": not ", " is not ") + "): choose another column for it.");
      }
    }
    for (ColumnRole role : List.of(ColumnRole.DATE, ColumnRole.END, ColumnRole.TIME)) {
      Optional<String> wordsOnly = digitsInNoRow(role);
      if (wordsOnly.isPresent()) {
        return Optional.of("No cell of “" + headerText(chosen(role)) + "” in the rows shown reads as " + role.holds()
            + " (“" + wordsOnly.get() + "” has no digits): choose another column for it.");
      }
    }
    if (!date && !place) {
      return Optional.of("Choose the date column or the place's columns (or both): a file with neither has "
          + "nothing to show on the timeline or the map.");
    }
    if (!date && (has(ColumnRole.END) || has(ColumnRole.TIME))) {
      return Optional.of("Choose the date too: " + (has(ColumnRole.END) ? "an end" : "a time of day")
          + " needs the date it belongs to.");
    }
    Map<Integer, List<ColumnRole>> byColumn = new LinkedHashMap<>();
    for (ColumnRole role : ColumnRole.values()) {
      if (role.isDateOrPlace() && has(role)) {
        byColumn.computeIfAbsent(chosen(role), c -> new ArrayList<>()).add(role);
      }
    }
    return byColumn.entrySet().stream().filter(e -> e.getValue().size() > 1).findFirst()
        .map(e -> "“" + headerText(e.getKey()) + "” is chosen for both " + e.getValue().stream()
            .map(ColumnRole::holds).collect(Collectors.joining(" and ")) + ": each needs a column of its own.");
  }

  /**
   * For a coordinate column none of whose cells shown is a coordinate, how the first reads: the reader
   * would refuse every row (it takes plain numbers only), and the answer would be remembered for the file.
   */
  private Optional<String> readsInNoRow(ColumnRole role) {
    int column = chosen(role);
    if (column == NONE) {
      return Optional.empty();
    }
    List<String> cells = rows.stream().filter(r -> column < r.size() && !r.get(column).isBlank())
        .map(r -> r.get(column).strip()).toList();
    boolean none = !cells.isEmpty() && cells.stream().allMatch(c -> CellPreview.of(role, c).contains(": not "));
    return none ? Optional.of(CellPreview.of(role, cells.get(0))) : Optional.empty();
  }

  /**
   * For a date or time column none of whose cells shown has a digit, its first cell, shortened: every form
   * of date the reader knows has digits, so it would refuse every row.
   */
  private Optional<String> digitsInNoRow(ColumnRole role) {
    int column = chosen(role);
    if (column == NONE) {
      return Optional.empty();
    }
    List<String> cells = rows.stream().filter(r -> column < r.size() && !r.get(column).isBlank())
        .map(r -> r.get(column).strip()).toList();
    boolean none = !cells.isEmpty() && cells.stream().noneMatch(c -> c.chars().anyMatch(Character::isDigit));
    return none ? Optional.of(CellPreview.shortened(cells.get(0))) : Optional.empty();
  }

  /**
   * A chosen column whose first cell does not read as its role (words as a longitude): allowed, since the
   * first cell may be the odd one, but said in full where the preview beside the choice has no room.
   */
  private Optional<String> doubt() {
    for (ColumnRole role : ColumnRole.values()) {
      String text = previews.get(role).getText();
      if (has(role) && text.contains(": not ")) {
        return Optional.of(text.replaceFirst(": not ", " is not ") + ": check the column chosen for " + role.holds()
            + ".");
      }
    }
    return Optional.empty();
  }

  /** What the answer will give, when it leaves out a date or a place: such events are kept, elsewhere. */
  private String consequence() {
    if (!has(ColumnRole.DATE)) {
      return "Without a date column, the events are on the map and in the list but not on the timeline.";
    }
    if (!has(ColumnRole.LAT) && !has(ColumnRole.ONE_COLUMN_PLACE)) {
      return "Without the place's columns, the events are on the timeline and in the list but not on the map.";
    }
    return "";
  }
}
