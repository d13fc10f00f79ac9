package org.eventmap.ui.timeline;

import java.util.concurrent.Callable;
import javafx.geometry.Point2D;
import javafx.scene.Scene;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import javafx.stage.Stage;
import org.eventmap.app.DatasetSources;
import org.eventmap.state.AppState;
import org.testfx.util.WaitForAsyncUtils;

/** The time axis alone in a window 1000 pixels wide, on the curated dataset, as a person sees it. */
final class AxisOnStage {
  static final double WIDTH = 1000;

  final AppState state = new AppState();
  final TimelineCanvas axis = new TimelineCanvas(state);
  final Scene scene;

  AxisOnStage(Stage stage) {
    state.applyLoad(DatasetSources.readCurated());
    scene = new Scene(new VBox(axis), WIDTH, TimelineCanvas.HEIGHT);
    stage.setScene(scene);
    stage.show();
  }

  static <T> T onFx(Callable<T> task) {
    return WaitForAsyncUtils.waitFor(WaitForAsyncUtils.asyncFx(task));
  }

  /** A point of the axis in the scene's coordinates, which events fired at the axis are given in. */
  Point2D inScene(double x, double y) {
    return onFx(() -> axis.localToScene(x, y));
  }

  /** The colour drawn at a point of the axis. */
  Color pixel(double x, double y) {
    WaitForAsyncUtils.waitForFxEvents();
    return onFx(() -> {
      WritableImage image = axis.snapshot(null, null);
      return image.getPixelReader().getColor((int) x, (int) y);
    });
  }
}
