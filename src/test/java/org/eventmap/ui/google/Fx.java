package org.eventmap.ui.google;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.eventmap.io.DatasetReader;
import org.eventmap.io.LoadResult;
import org.testfx.util.WaitForAsyncUtils;

/** Small helpers for tests that drive a real WebView on the FX thread. */
final class Fx {
  /**
   * A deadline for tests that are not about the deadline: long enough that a busy build machine does not
   * turn a slow page load into a fallback.
   */
  static final javafx.util.Duration PATIENT_DEADLINE = javafx.util.Duration.seconds(30);

  private Fx() {}

  static <T> T onFx(Callable<T> task) {
    return WaitForAsyncUtils.waitFor(WaitForAsyncUtils.asyncFx(task));
  }

  static void run(Runnable action) {
    onFx(() -> {
      action.run();
      return null;
    });
  }

  /** Waits until the condition, evaluated on the FX thread, holds; fails the test after the timeout. */
  static void waitUntil(double seconds, String what, Callable<Boolean> condition) {
    try {
      WaitForAsyncUtils.waitFor((long) (seconds * 1000), TimeUnit.MILLISECONDS, () -> onFx(condition));
    } catch (TimeoutException e) {
      throw new AssertionError("timed out after " + seconds + " s waiting for: " + what, e);
    }
  }

  /** Runs a script in the pane's page and returns its result (String, Integer, Boolean, or null). */
  static Object js(GoogleMapPane pane, String script) {
    return onFx(() -> pane.webEngine().executeScript(script));
  }

  static LoadResult dataset(String resource) {
    try (InputStream in = Fx.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalArgumentException("no test resource " + resource);
      }
      LoadResult result = DatasetReader.read(resource, in);
      if (!result.ok()) {
        throw new IllegalArgumentException(resource + " has errors: " + result.errors());
      }
      return result;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
