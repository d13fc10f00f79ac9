package org.eventmap;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;

/**
 * Loads and links, on a thread of its own, the classes a window's start-up needs, in the order it needs
 * them, while the main thread parses the command line and JavaFX starts: the two cores share the
 * reading and verifying of some 3,000 classes from the jar, which is most of the start-up's own time.
 * Nothing is initialised here, so no class's code runs early or on the wrong thread.
 */
final class ClassPreloader {
  static final String LIST = "/org/eventmap/startup-classes.txt";

  private ClassPreloader() {}

  static void start() {
    if (!Boolean.parseBoolean(System.getProperty("eventmap.preload", "true"))) {
      return; // making the list: only what start-up itself loads
    }
    Thread thread = new Thread(ClassPreloader::preload, "class-preloader");
    thread.setDaemon(true);
    thread.setPriority(Thread.NORM_PRIORITY - 1);
    thread.start();
  }

  private static void preload() {
    ClassLoader loader = ClassPreloader.class.getClassLoader();
    try (InputStream in = ClassPreloader.class.getResourceAsStream(LIST)) {
      if (in == null) {
        return;
      }
      BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      for (String name = lines.readLine(); name != null; name = lines.readLine()) {
        try {
          // Asking for the fields links the class, which verifies its code: the costly part.
          Class.forName(name, false, loader).getDeclaredFields();
        } catch (Throwable notHere) {
          // A class of another platform or version: the start-up that needs it loads it itself.
        }
      }
    } catch (IOException e) {
      // Only speed is lost.
    }
  }
}
