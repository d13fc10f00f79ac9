package org.eventmap.app;

import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;

/**
 * Where start-up time goes, for {@code --report-startup}: named moments, printed with the first full frame
 * as milliseconds after the JVM started. Off (and free) unless the option is given.
 */
public final class StartupTrace {
  private static volatile boolean on;
  private static final List<String> MOMENTS = new ArrayList<>();

  private StartupTrace() {}

  static void turnOn() {
    on = true;
  }

  public static boolean isOn() {
    return on;
  }

  /** Notes that {@code what} has just happened, on any thread. */
  public static void mark(String what) {
    if (on) {
      long since = System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime();
      synchronized (MOMENTS) {
        MOMENTS.add(what + " " + since);
      }
    }
  }

  /** The moments so far, "what ms" each, in the order they happened. */
  static String moments() {
    synchronized (MOMENTS) {
      return String.join(", ", MOMENTS);
    }
  }
}
