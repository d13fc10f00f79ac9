package org.eventmap.ui.google;

import static org.assertj.core.api.Assertions.assertThat;
import static org.eventmap.ui.google.Fx.js;
import static org.eventmap.ui.google.Fx.run;
import static org.eventmap.ui.google.Fx.waitUntil;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogManager;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.logging.SimpleFormatter;
import javafx.scene.Scene;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import javafx.util.Duration;
import org.eventmap.app.LaunchOptions;
import org.eventmap.state.AppState;
import org.eventmap.state.MapProvider;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The Google Maps key is a secret: it is not in the launch options' text, in any log record at any level
 * (WebView's own loggers included), or in the text the page shows.
 */
@ExtendWith(ApplicationExtension.class)
class GoogleMapKeyPrivacyTest {
  private static final String KEY = "AIzaSy-SECRET-test/key+42";

  private final StackPane host = new StackPane();
  private final AppState state = new AppState();
  private final List<String> logged = new CopyOnWriteArrayList<>();
  private final Map<Logger, Level> previousLevels = new HashMap<>();
  private final Handler recorder = new Handler() {
    private final SimpleFormatter formatter = new SimpleFormatter();

    @Override
    public void publish(LogRecord record) {
      // The stand-in's HTTP server logs the requests it receives: that is Google's side, not Eventmap's.
      if (!String.valueOf(record.getLoggerName()).startsWith("com.sun.net.httpserver")) {
        logged.add(formatter.format(record)); // message, parameters and any exception with its trace
      }
    }

    @Override
    public void flush() {}

    @Override
    public void close() {}
  };
  private StandInMapsApiServer api;

  @Start
  void start(Stage stage) {
    stage.setScene(new Scene(host, 900, 600));
    stage.show();
  }

  @BeforeEach
  void recordEveryLogRecord() {
    api = new StandInMapsApiServer();
    Logger root = LogManager.getLogManager().getLogger("");
    root.addHandler(recorder);
    recorder.setLevel(Level.ALL);
    // Every logger at ALL, including those that set their own level, so that FINEST records are made.
    for (String name : java.util.Collections.list(LogManager.getLogManager().getLoggerNames())) {
      Logger logger = LogManager.getLogManager().getLogger(name);
      if (logger != null) {
        previousLevels.put(logger, logger.getLevel());
        logger.setLevel(Level.ALL);
      }
    }
    for (String name : List.of("com.sun.webkit", "com.sun.javafx.webkit", "javafx.scene.web", "org.eventmap")) {
      Logger logger = Logger.getLogger(name);
      previousLevels.putIfAbsent(logger, logger.getLevel());
      logger.setLevel(Level.ALL);
    }
  }

  @AfterEach
  void restoreLogging() {
    LogManager.getLogManager().getLogger("").removeHandler(recorder);
    previousLevels.forEach(Logger::setLevel);
    api.close();
  }

  @Test
  void launchOptionsTextDoesNotShowTheKey() {
    LaunchOptions options = new LaunchOptions(Optional.empty(), Optional.empty(), Optional.empty(),
        Optional.empty(), Optional.empty(), MapProvider.GOOGLE, Optional.of(KEY), false);
    assertThat(options.toString()).doesNotContain(KEY).doesNotContain("SECRET").contains("map=GOOGLE");
  }

  @Test
  void noLogRecordContainsTheKey() {
    // A map that loads and one that fails, which logs why.
    List<GoogleMapPane> panes = new ArrayList<>();
    run(() -> {
      state.applyLoad(Fx.dataset("/datasets/small-valid.json"));
      state.chooseMap(MapProvider.GOOGLE);
      panes.add(new GoogleMapPane(state, KEY, api.address(), Fx.PATIENT_DEADLINE));
      host.getChildren().setAll(panes.get(0));
    });
    waitUntil(Fx.PATIENT_DEADLINE.toSeconds(), "the map in the page", () -> panes.get(0).statusProperty().get() == GoogleMapPane.Status.READY);
    assertThat((String) js(panes.get(0), "document.body.innerText")).doesNotContain(KEY);
    run(() -> {
      panes.add(new GoogleMapPane(state, KEY, api.addressThatNeverAnswers(), Duration.seconds(1)));
      host.getChildren().setAll(panes.get(1));
    });
    waitUntil(5, "the fallback", () -> panes.get(1).statusProperty().get() == GoogleMapPane.Status.FAILED);
    org.testfx.util.WaitForAsyncUtils.waitForFxEvents();

    assertThat(logged).as("records were captured at all").anyMatch(r -> r.contains("Google map not shown"));
    String encoded = URLEncoder.encode(KEY, StandardCharsets.UTF_8);
    assertThat(logged).noneMatch(r -> r.contains(KEY) || r.contains(encoded) || r.contains("SECRET"));
  }
}
