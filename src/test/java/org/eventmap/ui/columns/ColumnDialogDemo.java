package org.eventmap.ui.columns;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.eventmap.app.DatasetSources;
import org.eventmap.state.AppState;
import org.eventmap.ui.MainView;
import org.eventmap.ui.map.BasemapLibrary;

/**
 * Shows the column dialog over the main window, for screenshots: {@code wide} asks about a 31-column
 * ACLED-shaped file with made-up rows, anything else about a four-column file. Prints the answer.
 * Not a test: run it with the test classes on the class path.
 */
public final class ColumnDialogDemo {
  private ColumnDialogDemo() {}

  public static void main(String[] args) {
    Application.launch(Window.class, args);
  }

  /** The window, as a class of its own: JavaFX on the class path cannot launch a main class that is one. */
  public static final class Window extends Application {
    @Override
    public void start(Stage stage) {
    AppState state = new AppState();
    MainView view = new MainView(state, BasemapLibrary.loadedNow(), new MainView.Actions() {});
    state.applyLoad(DatasetSources.readCurated());
    stage.setScene(new Scene(view, 1280, 800));
    stage.setTitle("Eventmap");
    stage.show();
    boolean wide = getParameters().getRaw().contains("wide");
    Platform.runLater(() -> {
      System.out.println("answer: " + ColumnDialog.ask(stage, wide ? "/data/exports/acled-shaped.csv" : "/data/trips.csv",
          wide ? wideQuestion() : narrowQuestion()));
      Platform.exit();
    });
    }
  }

  static org.eventmap.io.ColumnQuestion narrowQuestion() {
    return new org.eventmap.io.ColumnQuestion(List.of("when", "y_coord", "x_coord", "what"),
        List.of(List.of("2024-03-18", "31.52", "34.45", "Aid convoy reaches the north"),
            List.of("2024-03-20", "25.29", "51.53", "Negotiators meet in Doha"),
            List.of("2024-03-22", "30.04", "31.24", "Talks move to Cairo")),
        Map.of(), "no column is named like a date, a latitude or a longitude");
  }

  static org.eventmap.io.ColumnQuestion wideQuestion() {
    List<String> header = List.of("event_id_cnty", "event_date", "year", "time_precision", "disorder_type",
        "event_type", "sub_event_type", "actor1", "assoc_actor_1", "inter1", "actor2", "assoc_actor_2", "inter2",
        "interaction", "civilian_targeting", "iso", "region", "country", "admin1", "admin2", "admin3", "location",
        "latitude", "longitude", "geo_precision", "source", "source_scale", "notes", "fatalities", "tags",
        "timestamp");
    List<List<String>> rows = new ArrayList<>();
    for (int i = 0; i < 25; i++) {
      rows.add(List.of("XYZ" + (1000 + i), "0" + (1 + i % 9) + "/03/2024", "2024", "1", "Demonstrations",
          "Protests", "Peaceful protest", "Protesters (Xland)", "", "6", "", "", "0", "60", "", "999", "Region",
          "Xland", "North", "Riverside", "", "Town " + i, String.valueOf(10 + i * 0.1), String.valueOf(20 + i * 0.2),
          "1", "Local paper", "Subnational", "On 0" + (1 + i % 9) + " March, people gathered in town " + i
              + " to ask for cheaper bread.", "0", "crowd size=no report", "1711100000"));
    }
    return new org.eventmap.io.ColumnQuestion(header, rows, Map.of("lat", "latitude", "lon", "longitude",
        "id", "event_id_cnty", "category", "event_type", "description", "notes", "source", "source"),
        "event_date could be day first or month first: none of its first days is above 12");
  }
}
