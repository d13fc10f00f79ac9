package org.eventmap.app;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;
import org.eventmap.io.ReadOptions;
import org.eventmap.state.MapProvider;
import org.eventmap.state.ThemeChoice;
import org.eventmap.time.TimeWindow;

/**
 * How the person asked the app to open: which file, on which day and window of time, with which event
 * selected, on which part of the map and which basemap, and on which step of a story. What is given here wins over the last session. The Google Maps key is a secret: {@link #toString()} never shows it.
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
    ReadOptions reading,
    Optional<StoryStart> story,
    Optional<ThemeChoice> theme) {

  /** As the command line gives them when it names no theme (the remembered one, or the system's). */
  public LaunchOptions(Optional<Path> file, Optional<LocalDate> date, Optional<String> select, Optional<MapView> view,
      Optional<TimeWindow> window, MapProvider map, Optional<String> googleMapsKey, boolean reportStartup,
      ReadOptions reading, Optional<StoryStart> story) {
    this(file, date, select, view, window, map, googleMapsKey, reportStartup, reading, story, Optional.empty());
  }

  /** As the command line gives them when it asks for no story. */
  public LaunchOptions(Optional<Path> file, Optional<LocalDate> date, Optional<String> select, Optional<MapView> view,
      Optional<TimeWindow> window, MapProvider map, Optional<String> googleMapsKey, boolean reportStartup,
      ReadOptions reading) {
    this(file, date, select, view, window, map, googleMapsKey, reportStartup, reading, Optional.empty());
  }

  /** As the command line gives them when it says nothing of the file's format or columns. */
  public LaunchOptions(Optional<Path> file, Optional<LocalDate> date, Optional<String> select, Optional<MapView> view,
      Optional<TimeWindow> window, MapProvider map, Optional<String> googleMapsKey, boolean reportStartup) {
    this(file, date, select, view, window, map, googleMapsKey, reportStartup, ReadOptions.NONE);
  }

  /** The same options for another file, read as that file asks (its remembered columns, say). */
  public LaunchOptions withFile(Optional<Path> otherFile, ReadOptions otherReading) {
    return new LaunchOptions(otherFile, date, select, view, window, map, googleMapsKey, reportStartup, otherReading,
        story, theme);
  }

  /** The same options, opening on a step of a story (or on none). */
  public LaunchOptions withStory(Optional<StoryStart> otherStory) {
    return new LaunchOptions(file, date, select, view, window, map, googleMapsKey, reportStartup, reading, otherStory,
        theme);
  }

  /** The same options with the theme {@code --theme} names (or none: the remembered one). */
  public LaunchOptions withTheme(Optional<ThemeChoice> otherTheme) {
    return new LaunchOptions(file, date, select, view, window, map, googleMapsKey, reportStartup, reading, story,
        otherTheme);
  }

  /** A story to open on ({@code --story ID --step N}), at its step {@code step}, counted from 1. */
  public record StoryStart(String id, int step) {
    public StoryStart {
      java.util.Objects.requireNonNull(id, "id");
      if (step < 1) {
        throw new IllegalArgumentException("steps are counted from 1");
      }
    }

    /**
     * What is wrong with asking for this step of this dataset's stories, in words for the command line
     * (naming the stories there are); empty when the dataset has the story and the step.
     */
    public Optional<String> problemIn(org.eventmap.domain.Dataset dataset) {
      Optional<org.eventmap.domain.Story> story = dataset.story(id);
      if (story.isEmpty()) {
        return Optional.of("no story has the id '" + id + "' (given with --story); " + storiesOf(dataset));
      }
      int steps = story.get().steps().size();
      if (step > steps) {
        return Optional.of("the story '" + id + "' has " + (steps == 1 ? "1 step" : steps + " steps")
            + ", so --step " + step + " is not one of them (use 1 to " + steps + ")");
      }
      return Optional.empty();
    }

    private static String storiesOf(org.eventmap.domain.Dataset dataset) {
      if (dataset.stories().isEmpty()) {
        return "the file has no stories";
      }
      return "its stories are " + String.join(", ", dataset.stories().stream()
          .map(s -> s.id() + " (" + s.title() + ", " + s.steps().size() + " steps)").toList());
    }
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
        + ", googleMapsKey=" + (googleMapsKey.isPresent() ? "(given)" : "(none)") + ", reading=" + reading
        + ", story=" + story + ", theme=" + theme + "]";
  }
}
