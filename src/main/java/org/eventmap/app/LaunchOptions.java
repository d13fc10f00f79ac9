package org.eventmap.app;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;

/** How the person asked the app to open: which file, on which day, with which event selected. */
public record LaunchOptions(
    Optional<Path> file, Optional<LocalDate> date, Optional<String> select, boolean reportStartup) {

  public static LaunchOptions defaults() {
    return new LaunchOptions(Optional.empty(), Optional.empty(), Optional.empty(), false);
  }
}
