package org.eventmap.app;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.eventmap.state.Theme;

/**
 * Which theme the desktop uses, where it can be told (JavaFX 21 has no API for it): on Linux the
 * {@code GTK_THEME} variable or GNOME's colour scheme, on Windows the registry's AppsUseLightTheme, on
 * macOS the global AppleInterfaceStyle. Each asks one small program at most, and gives up quickly: a
 * desktop that does not answer opens in the light theme rather than late.
 */
public final class SystemTheme {
  /** Longer than the programs take on a quiet machine (some 20 ms), short enough not to delay the window. */
  static final long TIMEOUT_MILLIS = 150;

  private SystemTheme() {}

  /** The desktop's theme, or light when it cannot be told. Quick: called before the window shows. */
  public static Theme detect() {
    try {
      return detect(System.getProperty("os.name", ""), System.getenv(), SystemTheme::run);
    } catch (RuntimeException e) {
      return Theme.LIGHT; // never a reason not to start
    }
  }

  /** Runs a program and gives what it printed, or nothing if it failed or took too long. */
  interface Asker {
    Optional<String> ask(List<String> command);
  }

  static Theme detect(String osName, Map<String, String> environment, Asker asker) {
    String os = osName.toLowerCase(Locale.ROOT);
    if (os.startsWith("windows")) {
      return asker.ask(List.of("reg", "query", "HKCU\\Software\\Microsoft\\Windows\\CurrentVersion\\Themes\\Personalize",
              "/v", "AppsUseLightTheme"))
          .map(SystemTheme::fromWindowsRegistry).orElse(Theme.LIGHT);
    }
    if (os.startsWith("mac")) {
      // Prints "Dark" in dark mode; in light mode the key is absent and the program fails.
      return asker.ask(List.of("defaults", "read", "-g", "AppleInterfaceStyle"))
          .filter(out -> out.strip().equalsIgnoreCase("dark")).map(out -> Theme.DARK).orElse(Theme.LIGHT);
    }
    String gtkTheme = environment.get("GTK_THEME");
    if (gtkTheme != null && !gtkTheme.isBlank()) {
      return gtkTheme.toLowerCase(Locale.ROOT).contains("dark") ? Theme.DARK : Theme.LIGHT;
    }
    // GNOME 42 and later (and desktops that follow it) keep the choice here.
    Optional<Theme> scheme = asker.ask(List.of("gsettings", "get", "org.gnome.desktop.interface", "color-scheme"))
        .map(out -> out.contains("prefer-dark") ? Theme.DARK : null);
    if (scheme.isPresent()) {
      return scheme.get();
    }
    return Theme.LIGHT;
  }

  /** {@code AppsUseLightTheme    REG_DWORD    0x0} means dark. */
  static Theme fromWindowsRegistry(String output) {
    for (String line : output.split("\\R")) {
      if (line.contains("AppsUseLightTheme")) {
        return line.strip().endsWith("0x0") ? Theme.DARK : Theme.LIGHT;
      }
    }
    return Theme.LIGHT;
  }

  private static Optional<String> run(List<String> command) {
    Process process;
    try {
      process = new ProcessBuilder(command).redirectErrorStream(true).redirectInput(ProcessBuilder.Redirect.DISCARD)
          .start();
    } catch (IOException | SecurityException e) {
      return Optional.empty(); // the program is not there: not this desktop
    }
    try {
      if (!process.waitFor(TIMEOUT_MILLIS, TimeUnit.MILLISECONDS)) {
        process.destroyForcibly();
        return Optional.empty();
      }
      if (process.exitValue() != 0) {
        return Optional.empty();
      }
      try (InputStream in = process.getInputStream()) {
        return Optional.of(new String(in.readNBytes(4096), StandardCharsets.UTF_8));
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      process.destroyForcibly();
      return Optional.empty();
    } catch (IOException e) {
      return Optional.empty();
    }
  }
}
