package org.eventmap.app;

import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

/**
 * Opens a web address in the person's browser and says whether that worked, so that the window can
 * say so when it did not. JavaFX's {@code HostServices.showDocument} gives no answer, and AWT's
 * {@code Desktop} is missing where there is no GTK or no AWT display.
 */
interface LinkOpener {
  /** Whether a browser took the address. Blocks for up to a few seconds: call it off the FX thread. */
  boolean open(URI uri);

  /** The system's own opener: xdg-open on Linux and other Unix systems, open on macOS. */
  static LinkOpener forThisSystem() {
    String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
    if (os.contains("win")) {
      return new Command(List.of("rundll32", "url.dll,FileProtocolHandler"));
    }
    return new Command(List.of(os.contains("mac") ? "open" : "xdg-open"));
  }

  /** Runs a command with the address as its last argument; a command that is missing or fails is no browser. */
  final class Command implements LinkOpener {
    /**
     * How long the command may take to answer. xdg-open can wait for a browser it starts until that
     * browser closes; still running after this long means the browser is up.
     */
    static final Duration PATIENCE = Duration.ofSeconds(5);

    private final List<String> command;

    Command(List<String> command) {
      this.command = List.copyOf(command);
    }

    @Override
    public boolean open(URI uri) {
      String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
      if (!scheme.equals("http") && !scheme.equals("https")) {
        return false; // only web addresses are handed to the system, never a file or a program
      }
      List<String> line = new ArrayList<>(command);
      line.add(uri.toString());
      try {
        Process process = new ProcessBuilder(line)
            .redirectInput(ProcessBuilder.Redirect.from(nullDevice()))
            .redirectOutput(ProcessBuilder.Redirect.DISCARD)
            .redirectError(ProcessBuilder.Redirect.DISCARD) // its complaints would only clutter the terminal
            .start();
        if (!process.waitFor(PATIENCE.toMillis(), TimeUnit.MILLISECONDS)) {
          return true;
        }
        return process.exitValue() == 0;
      } catch (IOException e) {
        return false; // no such command on this system
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return false;
      }
    }

    private static java.io.File nullDevice() {
      return new java.io.File(System.getProperty("os.name", "").toLowerCase(Locale.ROOT).contains("win") ? "NUL" : "/dev/null");
    }
  }
}
