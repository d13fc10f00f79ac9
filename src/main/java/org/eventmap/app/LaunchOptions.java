package org.eventmap.app;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;
import org.eventmap.state.MapProvider;

/**
 * How the person asked the app to open: which file, on which day, with which event selected, on which
 * basemap. The Google Maps key is a secret: {@link #toString()} never shows it.
 */
public record LaunchOptions(
    Optional<Path> file,
    Optional<LocalDate> date,
    Optional<String> select,
    MapProvider map,
    Optional<String> googleMapsKey,
    boolean reportStartup) {

  /** The environment variable read when no key is given on the command line. */
  public static final String GOOGLE_KEY_VARIABLE = "GOOGLE_MAPS_API_KEY";

  public static LaunchOptions defaults() {
    return new LaunchOptions(Optional.empty(), Optional.empty(), Optional.empty(), MapProvider.EMBEDDED,
        Optional.empty(), false);
  }

  @Override
  public String toString() {
    return "LaunchOptions[file=" + file + ", date=" + date + ", select=" + select + ", map=" + map
        + ", googleMapsKey=" + (googleMapsKey.isPresent() ? "(given)" : "(none)") + "]";
  }
}
