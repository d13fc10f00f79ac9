package org.eventmap.bench;

import java.lang.management.ManagementFactory;
import javafx.animation.AnimationTimer;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.layout.Pane;
import javafx.stage.Stage;

/**
 * The floor for start-up time: an empty JavaFX window of the same size, timed from the JVM's start to
 * its first frame. Not a test; run by src/bench/startup.sh beside Eventmap's own start-up figure.
 */
public final class EmptyWindowStartup {
  private EmptyWindowStartup() {}

  public static void main(String[] args) {
    Application.launch(EmptyWindow.class, args);
  }

  /** Separate from the launcher so that JavaFX can start from the class path. */
  public static final class EmptyWindow extends Application {
    @Override
    public void start(Stage stage) {
      long jvmStart = ManagementFactory.getRuntimeMXBean().getStartTime();
      stage.setTitle("Empty");
      stage.setScene(new Scene(new Pane(), 1280, 800));
      stage.show();
      new AnimationTimer() {
        @Override
        public void handle(long now) {
          stop();
          System.out.println("startup: empty window first frame "
              + (System.currentTimeMillis() - jvmStart) + " ms after the JVM started");
          Platform.exit();
        }
      }.start();
    }
  }
}
