package org.eventmap.ui.columns;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import javafx.application.Platform;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.control.ScrollBar;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.PopupWindow;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.eventmap.io.ColumnQuestion;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The column dialog as a person answers it: what it shows, what it lets through, what it answers. */
@ExtendWith(ApplicationExtension.class)
class ColumnDialogTest {
  private static final ColumnQuestion TRIPS = new ColumnQuestion(List.of("when", "y_coord", "x_coord", "what"),
      List.of(List.of("2024-03-18", "31.52", "34.45", "Aid convoy reaches the north"),
          List.of("2024-03-20", "25.29", "51.53", "Negotiators meet in Doha"),
          List.of("2024-03-22", "30.04", "31.24", "Talks move to Cairo")),
      Map.of(), "no column is named like a date, a latitude or a longitude");

  private Stage owner;
  /** The answer once the dialog has closed: empty for a cancel; null while it is open. */
  private final AtomicReference<Optional<Map<String, String>>> answer = new AtomicReference<>();

  @Start
  void start(Stage stage) {
    owner = stage;
    stage.setScene(new javafx.scene.Scene(new javafx.scene.layout.StackPane(), 1280, 800));
    stage.setTitle("Eventmap");
    stage.show();
  }

  @AfterEach
  void closeDialogs() {
    WaitForAsyncUtils.asyncFx(() -> Window.getWindows().stream().filter(w -> w != owner).toList()
        .forEach(Window::hide));
    WaitForAsyncUtils.waitForFxEvents();
  }

  static <T> T onFx(Callable<T> task) {
    return WaitForAsyncUtils.waitFor(WaitForAsyncUtils.asyncFx(task));
  }

  /** Opens the dialog as the app does: {@link ColumnDialog#ask} waits, so it runs in a later pulse. */
  private DialogPane ask(FxRobot robot, String file, ColumnQuestion question) throws Exception {
    Platform.runLater(() -> answer.set(ColumnDialog.ask(owner, file, question)));
    WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#" + ColumnDialog.ID).tryQuery().isPresent());
    WaitForAsyncUtils.waitForFxEvents();
    return robot.lookup("#" + ColumnDialog.ID).queryAs(DialogPane.class);
  }

  private Map<String, String> answered() throws Exception {
    WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> answer.get() != null);
    return answer.get().orElseThrow(() -> new AssertionError("the dialog was cancelled"));
  }

  @SuppressWarnings("unchecked")
  private ChoiceBox<Integer> choice(FxRobot robot, ColumnRole role) {
    return robot.lookup("#columns-" + role.key()).queryAs(ChoiceBox.class);
  }

  private String shown(FxRobot robot, ColumnRole role) {
    ChoiceBox<Integer> box = choice(robot, role);
    return onFx(() -> box.getConverter().toString(box.getValue()));
  }

  /** Opens the role's choice with the mouse and clicks the column in its list, as a person does. */
  private void choose(FxRobot robot, ColumnRole role, String column) {
    robot.clickOn(choice(robot, role));
    WaitForAsyncUtils.waitForFxEvents();
    Node item = robot.lookup((Node n) -> n instanceof Labeled l && column.equals(l.getText())
        && n.getScene() != null && n.getScene().getWindow() instanceof PopupWindow && n.isVisible()).query();
    robot.clickOn(item);
    WaitForAsyncUtils.waitForFxEvents();
  }

  private Button ok(FxRobot robot) {
    return robot.lookup("#" + ColumnDialog.ID + "-ok").queryButton();
  }

  private String message(FxRobot robot) {
    return robot.lookup("#" + ColumnForm.MESSAGE_ID).queryAs(Label.class).getText();
  }

  private String preview(FxRobot robot, ColumnRole role) {
    return robot.lookup("#columns-preview-" + role.key()).queryAs(Label.class).getText();
  }

  @Test
  void theDialogIsNamedAfterTheFileAndShowsWhyAndTheFirstRowsUnderTheHeader(FxRobot robot) throws Exception {
    DialogPane pane = ask(robot, "/somewhere/exports/trips.csv", TRIPS);
    TableView<?> table = robot.lookup("#" + ColumnForm.TABLE_ID).queryAs(TableView.class);

    Stage dialogStage = (Stage) pane.getScene().getWindow();
    assertThat(dialogStage.getTitle()).isEqualTo("Columns of trips.csv");
    assertThat(dialogStage.getOwner()).isSameAs(owner);
    assertThat(dialogStage.getModality()).isNotEqualTo(javafx.stage.Modality.NONE);
    assertThat(pane.getHeaderText()).isEqualTo("No column is named like a date, a latitude or a longitude.");
    assertThat(table.getColumns()).extracting(TableColumn::getText).containsExactly("when", "y_coord", "x_coord", "what");
    assertThat(table.getItems()).hasSize(3);
    assertThat(robot.lookup(".table-cell").queryAllAs(Labeled.class)).extracting(Labeled::getText)
        .contains("2024-03-20", "25.29", "51.53", "Negotiators meet in Doha");
  }

  @Test
  void okStaysOffUntilADateOrAPlaceIsChosenAndTheDialogSaysWhy(FxRobot robot) throws Exception {
    ask(robot, "trips.csv", TRIPS);

    assertThat(ok(robot).isDisabled()).isTrue();
    assertThat(message(robot)).isEqualTo("Choose the date column or the place's columns (or both): a file with "
        + "neither has nothing to show on the timeline or the map.");

    choose(robot, ColumnRole.DATE, "when");

    assertThat(ok(robot).isDisabled()).isFalse();
    assertThat(message(robot)).isEqualTo(
        "Without the place's columns, the events are on the timeline and in the list but not on the map.");
  }

  @Test
  void aPlaceWithoutADateIsEnoughAndTheDialogSaysWhatThatMeans(FxRobot robot) throws Exception {
    ask(robot, "trips.csv", TRIPS);

    choose(robot, ColumnRole.LAT, "y_coord");
    assertThat(ok(robot).isDisabled()).as("a latitude alone").isTrue();
    assertThat(message(robot)).isEqualTo("Choose the longitude too: a latitude alone is not a place.");
    choose(robot, ColumnRole.LON, "x_coord");

    assertThat(ok(robot).isDisabled()).isFalse();
    assertThat(message(robot)).isEqualTo(
        "Without a date column, the events are on the map and in the list but not on the timeline.");
  }

  @Test
  void choosingTheColumnsAndPressingEnterAnswersWithThem(FxRobot robot) throws Exception {
    ask(robot, "trips.csv", TRIPS);
    choose(robot, ColumnRole.DATE, "when");
    choose(robot, ColumnRole.LAT, "y_coord");
    choose(robot, ColumnRole.LON, "x_coord");
    choose(robot, ColumnRole.TITLE, "what");

    robot.type(KeyCode.ENTER);

    assertThat(answered()).isEqualTo(Map.of("date", "when", "lat", "y_coord", "lon", "x_coord", "title", "what"));
  }

  @Test
  void enterDoesNothingWhileNeitherADateNorAPlaceIsChosen(FxRobot robot) throws Exception {
    ask(robot, "trips.csv", TRIPS);
    choose(robot, ColumnRole.TITLE, "what");

    robot.type(KeyCode.ENTER);
    WaitForAsyncUtils.waitForFxEvents();

    assertThat(answer.get()).as("still asking").isNull();
    assertThat(robot.lookup("#" + ColumnDialog.ID).tryQuery()).isPresent();
  }

  @Test
  void escapeCancelsWithoutAnAnswer(FxRobot robot) throws Exception {
    ask(robot, "trips.csv", TRIPS);
    choose(robot, ColumnRole.DATE, "when");

    robot.type(KeyCode.ESCAPE);

    WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> answer.get() != null);
    assertThat(answer.get()).isEmpty();
  }

  @Test
  void cancelAnswersNothing(FxRobot robot) throws Exception {
    ask(robot, "trips.csv", TRIPS);
    choose(robot, ColumnRole.DATE, "when");

    robot.clickOn("#" + ColumnDialog.ID + "-cancel");

    WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> answer.get() != null);
    assertThat(answer.get()).isEmpty();
  }

  @Test
  void theReadersGuessesArePreselectedAndAnsweredUnlessChanged(FxRobot robot) throws Exception {
    ask(robot, "acled-shaped.csv", ColumnDialogDemo.wideQuestion());

    assertThat(shown(robot, ColumnRole.LAT)).isEqualTo("latitude");
    assertThat(shown(robot, ColumnRole.LON)).isEqualTo("longitude");
    assertThat(shown(robot, ColumnRole.CATEGORY)).isEqualTo("event_type");
    assertThat(shown(robot, ColumnRole.DATE)).isEqualTo("(none)");
    choose(robot, ColumnRole.DATE, "event_date");
    choose(robot, ColumnRole.CATEGORY, "sub_event_type");
    robot.clickOn("#" + ColumnDialog.ID + "-ok");

    assertThat(answered()).isEqualTo(Map.of("date", "event_date", "lat", "latitude", "lon", "longitude",
        "id", "event_id_cnty", "category", "sub_event_type", "description", "notes", "source", "source"));
  }

  @Test
  void atMostTwentyRowsAreShownAndAWideFileScrollsSideways(FxRobot robot) throws Exception {
    ColumnQuestion wide = ColumnDialogDemo.wideQuestion();
    assertThat(wide.firstRows()).hasSize(25);
    assertThat(wide.header()).hasSize(31);

    DialogPane pane = ask(robot, "acled-shaped.csv", wide);
    TableView<?> table = robot.lookup("#" + ColumnForm.TABLE_ID).queryAs(TableView.class);

    assertThat(table.getItems()).hasSize(ColumnForm.SHOWN_ROWS);
    assertThat(table.getColumns()).hasSize(31);
    ScrollBar sideways = robot.from(table).lookup(".scroll-bar").queryAllAs(ScrollBar.class).stream()
        .filter(b -> b.getOrientation() == Orientation.HORIZONTAL).findFirst().orElseThrow();
    assertThat(sideways.isVisible()).isTrue();
    assertThat(pane.getScene().getWindow().getWidth()).as("the dialog fits the window").isLessThanOrEqualTo(1000);
    // The last column can be reached.
    interact(() -> sideways.setValue(sideways.getMax()));
    assertThat(robot.from(table).lookup(".column-header .label").queryAllAs(Labeled.class).stream()
        .filter(Node::isVisible).map(Labeled::getText).toList()).contains("timestamp");
  }

  private static void interact(Runnable action) {
    WaitForAsyncUtils.waitFor(WaitForAsyncUtils.asyncFx(action));
    WaitForAsyncUtils.waitForFxEvents();
  }

  @Test
  void eachChoiceShowsHowItsFirstCellReads(FxRobot robot) throws Exception {
    ask(robot, "trips.csv", TRIPS);

    choose(robot, ColumnRole.DATE, "when");
    choose(robot, ColumnRole.LAT, "y_coord");
    choose(robot, ColumnRole.LON, "what");

    assertThat(preview(robot, ColumnRole.DATE)).isEqualTo("“2024-03-18”: a day");
    assertThat(preview(robot, ColumnRole.LAT)).isEqualTo("“31.52” = 31.52° N");
    assertThat(preview(robot, ColumnRole.LON)).isEqualTo("“Aid convoy reaches the north”: not a number");
    assertThat(robot.lookup("#columns-preview-lon").query().getStyleClass()).contains("columns-preview-doubt");
    assertThat(choice(robot, ColumnRole.LAT).getAccessibleHelp()).isEqualTo("First cell: “31.52” = 31.52° N");
  }

  @Test
  void theTableSaysWhichRoleEachChosenColumnHas(FxRobot robot) throws Exception {
    ask(robot, "trips.csv", TRIPS);
    choose(robot, ColumnRole.LAT, "y_coord");

    TableView<?> table = robot.lookup("#" + ColumnForm.TABLE_ID).queryAs(TableView.class);
    assertThat(table.getColumns().get(1).getGraphic()).isInstanceOfSatisfying(Label.class,
        l -> assertThat(l.getText()).isEqualTo("latitude"));
    assertThat(table.getColumns().get(0).getGraphic()).isNull();
  }

  @Test
  void oneColumnCannotBeBothTheLatitudeAndTheLongitude(FxRobot robot) throws Exception {
    ask(robot, "trips.csv", TRIPS);
    choose(robot, ColumnRole.DATE, "when");
    choose(robot, ColumnRole.LAT, "y_coord");
    choose(robot, ColumnRole.LON, "y_coord");

    assertThat(ok(robot).isDisabled()).isTrue();
    assertThat(message(robot)).isEqualTo(
        "“y_coord” is chosen for both the latitude and the longitude: each needs a column of its own.");
  }

  @Test
  void bothCoordinatesInOneColumnAreAnsweredAsLatlonOrAsAPoint(FxRobot robot) throws Exception {
    ColumnQuestion oneColumn = new ColumnQuestion(List.of("day", "where", "wkt"),
        List.of(List.of("2024-03-22", "31.52, 34.45", "POINT (34.45 31.52)")), Map.of("latlon", "where"),
        "the place could be either column");
    ask(robot, "both.csv", oneColumn);
    assertThat(shown(robot, ColumnRole.ONE_COLUMN_PLACE)).isEqualTo("where");
    assertThat(preview(robot, ColumnRole.ONE_COLUMN_PLACE)).isEqualTo("“31.52, 34.45” = 31.52° N 34.45° E");

    choose(robot, ColumnRole.ONE_COLUMN_PLACE, "wkt");
    assertThat(preview(robot, ColumnRole.ONE_COLUMN_PLACE))
        .isEqualTo("“POINT (34.45 31.52)”: a WKT point at 31.52° N 34.45° E");
    robot.type(KeyCode.ENTER);

    assertThat(answered()).isEqualTo(Map.of("point", "wkt"));
  }

  @Test
  void choosingALatitudeClearsTheOneColumnPlaceAndTheOtherWayRound(FxRobot robot) throws Exception {
    ColumnQuestion both = new ColumnQuestion(List.of("lat", "lon", "where"),
        List.of(List.of("31.52", "34.45", "31.52,34.45")), Map.of("latlon", "where"), "which place?");
    ask(robot, "both.csv", both);

    choose(robot, ColumnRole.LAT, "lat");
    assertThat(shown(robot, ColumnRole.ONE_COLUMN_PLACE)).isEqualTo("(none)");
    choose(robot, ColumnRole.LON, "lon");
    choose(robot, ColumnRole.ONE_COLUMN_PLACE, "where");

    assertThat(shown(robot, ColumnRole.LAT)).isEqualTo("(none)");
    assertThat(shown(robot, ColumnRole.LON)).isEqualTo("(none)");
  }

  @Test
  void anUnnamedOrRepeatedColumnIsAnsweredByItsNumber(FxRobot robot) throws Exception {
    ColumnQuestion pandas = new ColumnQuestion(List.of("", "value", "value", "lat", "lon", "actor+ally"),
        List.of(List.of("0", "2024-03-22", "2024-03-23", "31.5", "34.4", "A")), Map.of("lat", "lat", "lon", "lon"),
        "two columns are named value");
    ask(robot, "pandas.csv", pandas);
    TableView<?> table = robot.lookup("#" + ColumnForm.TABLE_ID).queryAs(TableView.class);
    assertThat(table.getColumns().get(0).getText()).isEqualTo("(column 1)");

    choose(robot, ColumnRole.DATE, "value");
    choose(robot, ColumnRole.ID, "(column 1)");
    choose(robot, ColumnRole.ACTORS, "actor+ally");
    robot.type(KeyCode.ENTER);

    assertThat(answered()).isEqualTo(Map.of("date", "2", "id", "1", "lat", "lat", "lon", "lon", "actors", "6"));
  }

  @Test
  void theKeyboardReachesEveryChoiceAndEachSaysWhatItIsFor(FxRobot robot) throws Exception {
    DialogPane pane = ask(robot, "trips.csv", TRIPS);

    assertThat(onFx(() -> pane.getScene().getFocusOwner())).as("the date's choice has the focus")
        .isSameAs(choice(robot, ColumnRole.DATE));
    for (ColumnRole role : ColumnRole.values()) {
      ChoiceBox<Integer> box = choice(robot, role);
      assertThat(box.getAccessibleText()).startsWith("Column for ");
      assertThat(robot.lookup(".columns-role").queryAllAs(Label.class))
          .anyMatch(l -> l.getLabelFor() == box);
      assertThat(box.isFocusTraversable()).isTrue();
    }
    assertThat(choice(robot, ColumnRole.LAT).getAccessibleText()).isEqualTo("Column for the latitude");
  }

  @Test
  void theDayAndMonthOrderIsAnsweredOnlyWhenThePersonSaysIt(FxRobot robot) throws Exception {
    ColumnQuestion slashes = new ColumnQuestion(List.of("day", "lat", "lon", "town"),
        List.of(List.of("03/04/2024", "31.5", "34.4", "Rafah"), List.of("05/04/2024", "31.3", "34.2", "Khan Younis")),
        Map.of("lat", "lat", "lon", "lon", "dates", "month-first"), "no column is named like a date");
    ask(robot, "slashes.csv", slashes);
    assertThat(robot.lookup("#" + ColumnForm.ORDER_ID).queryAs(ChoiceBox.class).getValue())
        .isEqualTo(ColumnForm.DayMonthOrder.MONTH_FIRST);

    choose(robot, ColumnRole.DATE, "day");
    clickOn(robot, "#" + ColumnForm.ORDER_ID);
    clickOnPopupItem(robot, "day first: 22/03/2024");
    choose(robot, ColumnRole.PLACE, "town");
    robot.type(KeyCode.ENTER);

    assertThat(answered()).isEqualTo(Map.of("date", "day", "dates", "day-first", "lat", "lat", "lon", "lon",
        "place", "town"));
  }

  @Test
  void noDayAndMonthOrderIsAnsweredWhenTheColumnIsLeftToTell(FxRobot robot) throws Exception {
    ask(robot, "trips.csv", TRIPS);
    choose(robot, ColumnRole.DATE, "when");

    robot.type(KeyCode.ENTER);

    assertThat(answered()).isEqualTo(Map.of("date", "when"));
  }

  private static void clickOn(FxRobot robot, String query) {
    robot.clickOn(query);
    WaitForAsyncUtils.waitForFxEvents();
  }

  private static void clickOnPopupItem(FxRobot robot, String text) {
    Node item = robot.lookup((Node n) -> n instanceof Labeled l && text.equals(l.getText())
        && n.getScene() != null && n.getScene().getWindow() instanceof PopupWindow && n.isVisible()).query();
    robot.clickOn(item);
    WaitForAsyncUtils.waitForFxEvents();
  }

  @Test
  void aColumnOfWordsCannotBeTheLongitude(FxRobot robot) throws Exception {
    // The reader would refuse every row, and the answer would be remembered for the file.
    ask(robot, "trips.csv", TRIPS);
    choose(robot, ColumnRole.DATE, "when");
    choose(robot, ColumnRole.LAT, "y_coord");
    choose(robot, ColumnRole.LON, "what");

    assertThat(ok(robot).isDisabled()).isTrue();
    assertThat(message(robot)).isEqualTo("No cell of “what” in the rows shown reads as the longitude "
        + "(“Aid convoy reaches the north” is not a number): choose another column for it.");
  }

  @Test
  void aCoordinateColumnWithAnOddFirstCellIsAllowedAndTheCellIsPointedOut(FxRobot robot) throws Exception {
    ColumnQuestion odd = new ColumnQuestion(List.of("day", "north", "east"),
        List.of(List.of("2024-03-18", "unknown", "34.45"), List.of("2024-03-20", "25.29", "51.53")),
        Map.of("date", "day", "lat", "north", "lon", "east"), "no column is named like a latitude");
    ask(robot, "odd.csv", odd);

    assertThat(ok(robot).isDisabled()).as("the other rows read").isFalse();
    assertThat(message(robot)).isEqualTo(
        "“unknown” is not a number: check the column chosen for the latitude.");
  }

  @Test
  void aColumnWithoutDigitsCannotBeTheDate(FxRobot robot) throws Exception {
    // Every date form the reader knows has digits (2024-03-22, 22 March 2024, epoch seconds).
    ask(robot, "trips.csv", TRIPS);
    choose(robot, ColumnRole.DATE, "what");

    assertThat(ok(robot).isDisabled()).isTrue();
    assertThat(message(robot)).isEqualTo("No cell of “what” in the rows shown reads as the date (or the start) "
        + "(“Aid convoy reaches the north” has no digits): choose another column for it.");
  }
}
