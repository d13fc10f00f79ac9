package org.eventmap.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.Callable;
import org.eventmap.app.AppLauncher;
import org.eventmap.app.LaunchOptions;
import org.eventmap.state.MapProvider;
import org.eventmap.state.ThemeChoice;
import org.eventmap.time.TimeWindow;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(
    name = "eventmap",
    mixinStandardHelpOptions = true,
    versionProvider = EventmapCommand.Version.class,
    sortOptions = false,
    description = {
      "Shows dated, geolocated events on an offline map with a linked timeline.",
      "Without FILE it opens the curated dataset on the diplomacy around the Gaza war, March 2024."
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:Done (the window was closed, or the snapshot written).",
      "1:The file has errors, or the snapshot could not be written.",
      "2:A bad option, or --select names an event the file does not have, or --story/--step a story or "
          + "step it does not have (--snapshot)."
    },
    subcommands = {ValidateCommand.class, ExportCommand.class, ConvertCommand.class})
public final class EventmapCommand implements Callable<Integer> {
  @Parameters(arity = "0..1", paramLabel = "FILE", description = "An Eventmap dataset (.json) to open.")
  Path file;

  @Option(names = "--date", paramLabel = "YYYY-MM-DD", description = "Open the timeline on this day.")
  LocalDate date;

  @Option(names = "--select", paramLabel = "EVENT_ID", description = "Open with this event selected.")
  String select;

  @Option(names = "--view", paramLabel = "LON,LAT,ZOOM", converter = ViewConverter.class,
      description = "Open the map centred on a longitude and latitude at a zoom level "
          + "(0 = whole world, 5 = a region, 10 = the Gaza Strip), e.g. 34.4,31.4,10.")
  LaunchOptions.MapView view;

  @Option(names = "--window", paramLabel = "all|Nd|FROM..TO", converter = WindowConverter.class,
      description = "What the map shows for the date: all (everything up to it, the default), "
          + "the last N days (e.g. 7d), or a range of days (e.g. 2024-03-18..2024-03-24).")
  TimeWindow window;

  @Option(names = "--story", paramLabel = "STORY_ID",
      description = "Open stepping through this story of the file (View > Story), at its first step or --step.")
  String story;

  @Option(names = "--step", paramLabel = "N",
      description = "With --story: open on this step of the story, counted from 1.")
  Integer step;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Option(names = "--theme", paramLabel = "light|dark|system", converter = ThemeConverter.class,
      description = "The window's theme for this run (View > Theme remembers a choice): light, dark, or the "
          + "desktop's. With --snapshot the picture is light unless this says otherwise.")
  ThemeChoice theme;

  @Option(names = "--snapshot", paramLabel = "OUT.png",
      description = "Render the main window to a PNG and exit, without showing a window (works headless).")
  Path snapshot;

  @Option(names = "--size", paramLabel = "WxH", defaultValue = "1280x800", converter = SizeConverter.class,
      description = "Size of the --snapshot image (default: ${DEFAULT-VALUE}).")
  Size size;

  @Option(names = "--map", paramLabel = "embedded|google", defaultValue = "embedded",
      converter = MapConverter.class,
      description = "The basemap: the offline map (default) or Google Maps (needs a key and a network).")
  MapProvider map;

  @Option(names = "--google-maps-key", paramLabel = "KEY",
      description = "Google Maps JavaScript API key (default: the environment variable "
          + LaunchOptions.GOOGLE_KEY_VARIABLE + ").")
  String googleMapsKey;

  @Mixin ReadingOptions reading;

  @Option(names = "--report-startup", hidden = true,
      description = "Print how long the first full map frame took after the JVM started, then quit.")
  boolean reportStartup;

  /**
   * Runs a command line and returns its exit code. The ones a desktop gives (none, or one file) open the
   * window without the parser ({@link DesktopLaunch}).
   */
  public static int run(String... args) {
    Optional<LaunchOptions> desktop = DesktopLaunch.options(args, System::getenv);
    if (desktop.isEmpty()) {
      return commandLine().execute(args);
    }
    try {
      AppLauncher.openWindow(desktop.get()); // returns when the window is closed
      return 0;
    } catch (RuntimeException e) { // as the parser's handler says it
      System.err.println("eventmap: " + e.getMessage());
      return 1;
    }
  }

  public static CommandLine commandLine() {
    CommandLine cl = new CommandLine(new EventmapCommand());
    cl.setExecutionExceptionHandler((ex, commandLine, parseResult) -> {
      commandLine.getErr().println("eventmap: " + ex.getMessage());
      return 1;
    });
    return cl;
  }

  @Override
  public Integer call() {
    LaunchOptions options = launchOptions();
    if (snapshot != null) {
      return AppLauncher.snapshot(options, snapshot, size.width(), size.height());
    }
    AppLauncher.openWindow(options); // returns when the window is closed
    return 0;
  }

  /** The options the command line gives the window (or the snapshot). */
  LaunchOptions launchOptions() {
    Optional<String> key = googleKey(googleMapsKey, System::getenv);
    LaunchOptions options = new LaunchOptions(Optional.ofNullable(file), Optional.ofNullable(date),
        Optional.ofNullable(select), Optional.ofNullable(view), Optional.ofNullable(window), map, key, reportStartup,
        reading.readOptions()).withStory(storyStart()).withTheme(Optional.ofNullable(theme));
    return options;
  }

  /** The Google Maps key given, else the environment's; none when blank. */
  static Optional<String> googleKey(String given, java.util.function.UnaryOperator<String> environment) {
    return Optional.ofNullable(given)
        .or(() -> Optional.ofNullable(environment.apply(LaunchOptions.GOOGLE_KEY_VARIABLE)))
        .map(String::strip)
        .filter(k -> !k.isEmpty());
  }

  /** The story and step asked for; a step without a story, or a step before the first, is a bad option. */
  private Optional<LaunchOptions.StoryStart> storyStart() {
    if (story == null) {
      if (step != null) {
        throw new CommandLine.ParameterException(spec.commandLine(), "--step needs --story STORY_ID: which story?");
      }
      return Optional.empty();
    }
    if (step != null && step < 1) {
      throw new CommandLine.ParameterException(spec.commandLine(),
          "--step " + step + " is not a step: steps are counted from 1");
    }
    return Optional.of(new LaunchOptions.StoryStart(story.strip(), step == null ? 1 : step));
  }

  record Size(int width, int height) {}

  static final class ViewConverter implements CommandLine.ITypeConverter<LaunchOptions.MapView> {
    @Override
    public LaunchOptions.MapView convert(String value) {
      String[] parts = value.split(",");
      try {
        if (parts.length == 3) {
          return new LaunchOptions.MapView(Double.parseDouble(parts[0].trim()), Double.parseDouble(parts[1].trim()),
              Double.parseDouble(parts[2].trim()));
        }
      } catch (IllegalArgumentException e) {
        throw new CommandLine.TypeConversionException("'" + value + "': " + e.getMessage());
      }
      throw new CommandLine.TypeConversionException("'" + value + "' is not a view like 34.4,31.4,10 (lon,lat,zoom)");
    }
  }

  static final class WindowConverter implements CommandLine.ITypeConverter<TimeWindow> {
    @Override
    public TimeWindow convert(String value) {
      String v = value.strip().toLowerCase(java.util.Locale.ROOT);
      try {
        if (v.equals("all") || v.equals("cumulative")) {
          return TimeWindow.cumulative();
        }
        if (v.matches("\\d+d")) {
          return TimeWindow.lastDays(Integer.parseInt(v.substring(0, v.length() - 1)));
        }
        if (v.contains("..")) {
          String[] ends = v.split("\\.\\.", 2);
          return TimeWindow.range(java.time.LocalDate.parse(ends[0].strip()), java.time.LocalDate.parse(ends[1].strip()));
        }
      } catch (java.time.DateTimeException | IllegalArgumentException e) {
        throw new CommandLine.TypeConversionException("'" + value + "': " + e.getMessage());
      }
      throw new CommandLine.TypeConversionException(
          "'" + value + "' is not a window: use all, 7d (the last 7 days) or 2024-03-18..2024-03-24");
    }
  }

  static final class MapConverter implements CommandLine.ITypeConverter<MapProvider> {
    @Override
    public MapProvider convert(String value) {
      return switch (value.toLowerCase(java.util.Locale.ROOT)) {
        case "embedded", "offline" -> MapProvider.EMBEDDED;
        case "google" -> MapProvider.GOOGLE;
        default -> throw new CommandLine.TypeConversionException(
            "'" + value + "' is not a map: use embedded or google");
      };
    }
  }

  static final class ThemeConverter implements CommandLine.ITypeConverter<ThemeChoice> {
    @Override
    public ThemeChoice convert(String value) {
      return ThemeChoice.ofKey(value).orElseThrow(() -> new CommandLine.TypeConversionException(
          "'" + value + "' is not a theme: use light, dark or system"));
    }
  }

  static final class SizeConverter implements CommandLine.ITypeConverter<Size> {
    @Override
    public Size convert(String value) {
      String[] parts = value.toLowerCase(java.util.Locale.ROOT).split("x");
      try {
        if (parts.length == 2) {
          int w = Integer.parseInt(parts[0].trim());
          int h = Integer.parseInt(parts[1].trim());
          if (w >= 200 && h >= 150 && w <= 8000 && h <= 8000) {
            return new Size(w, h);
          }
        }
      } catch (NumberFormatException e) {
        // reported below
      }
      throw new CommandLine.TypeConversionException(
          "'" + value + "' is not a size like 1280x800 (each side 200 to 8000 pixels, at least 150 high)");
    }
  }

  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() throws IOException {
      Properties p = new Properties();
      try (InputStream in = EventmapCommand.class.getResourceAsStream("/org/eventmap/version.properties")) {
        if (in != null) {
          p.load(in);
        }
      }
      return new String[] {"Eventmap " + p.getProperty("version", "(development build)"),
          "Java " + System.getProperty("java.version")};
    }
  }
}
