package org.eventmap.app;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;
import org.eventmap.io.ReadOptions;
import org.eventmap.state.MapProvider;
import org.eventmap.time.TimeWindow;

/**
 * How the person asked the app to open: which file, on which day and window of time, with which event
 * selected, on which part of the map and which basemap. What is given here wins over the last session. The Google Maps key is a secret: {@link #toString()} never shows it.
 */
public record LaunchOptions(
    Optional<Path> file,
    Optional<LocalDate> date,
    Optional<String> select,
    Optional<MapView> view,
    Optional<TimeWindow> window,
    MapProvider map,
    Optional<String> googleMapsKey,
    boolean reportStartup,
    ReadOptions reading) {

  /** As the command line gives them when it says nothing of the file's format or columns. */
  public LaunchOptions(Optional<Path> file, Optional<LocalDate> date, Optional<String> select, Optional<MapView> view,
      Optional<TimeWindow> window, MapProvider map, Optional<String> googleMapsKey, boolean reportStartup) {
    this(file, date, select, view, window, map, googleMapsKey, reportStartup, ReadOptions.NONE);
  }

  /** The same options for another file, read as that file asks (its remembered columns, say). */
  public LaunchOptions withFile(Optional<Path> otherFile, ReadOptions otherReading) {
    return new LaunchOptions(otherFile, date, select, view, window, map, googleMapsKey, reportStartup, otherReading);
  }

  public LaunchOptions withReading(ReadOptions otherReading) {
    return withFile(file, otherReading);
  }

  /** A map view asked for on the command line: its centre and a web-map zoom level (0 = whole world). */
  public record MapView(double lon, double lat, double zoom) {
    public MapView {
      if (!(lat >= -85 && lat <= 85 && lon >= -180 && lon <= 180 && zoom >= 0 && zoom <= 23)) {
        throw new IllegalArgumentException("a view needs longitude -180..180, latitude -85..85, zoom 0..23");
      }
    }
  }

  /** The environment variable read when no key is given on the command line. */
  public static final String GOOGLE_KEY_VARIABLE = "GOOGLE_MAPS_API_KEY";

  public static LaunchOptions defaults() {
    return new LaunchOptions(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
        Optional.empty(), MapProvider.EMBEDDED, Optional.empty(), false);
  }

  @Override
  public String toString() {
    return "LaunchOptions[file=" + file + ", date=" + date + ", select=" + select + ", view=" + view + ", window=" + window + ", map=" + map
        + ", googleMapsKey=" + (googleMapsKey.isPresent() ? "(given)" : "(none)") + ", reading=" + reading + "]";
  }
}
