package org.eventmap.io.formats;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import org.eventmap.geo.zones.OfflineZones;
import org.eventmap.io.EventFormat;
import org.eventmap.io.EventmapFormat;
import org.eventmap.io.FileHead;
import org.eventmap.io.FileKind;
import org.eventmap.io.FileSnapshot;
import org.eventmap.io.MemoryBudget;
import org.eventmap.io.LoadResult;
import org.eventmap.io.Problem;
import org.eventmap.io.ProgressListener;
import org.eventmap.io.ReadOptions;
import org.eventmap.io.csv.CsvFormat;
import org.eventmap.io.geojson.GeoJsonFormat;
import org.eventmap.io.kml.KmlFormat;
import org.eventmap.io.kml.KmzFormat;
import org.eventmap.io.storymap.StoryMapFormat;
import org.eventmap.io.timelinejs.TimelineJsFormat;
import org.eventmap.io.timelinejs.TimelineJsSheetFormat;
import org.eventmap.io.timemap.TimemapFormat;
import org.eventmap.io.timemap.TimemapJsFormat;

/**
 * Every format Eventmap opens, and the one way in for the app, {@code --snapshot}, {@code validate} and
 * {@code export}: a file's format is recognised from its first bytes, its name's ending only tipping a
 * close call, unless the person forces one ({@code --format NAME}). See ADR 0016.
 */
public final class FormatRegistry {
  /** A matching extension counts for this much: enough to decide between two plausible formats, no more. */
  static final int EXTENSION_HINT = 10;

  /** Where the readers of formats that give only coordinates find a place's time zone; loaded when first asked. */
  private static final OfflineZones ZONES = OfflineZones.shared();

  /** Adding a format is adding a line here. */
  private static final List<EventFormat> FORMATS = List.of(
      new EventmapFormat(),
      new GeoJsonFormat(ZONES),
      new KmlFormat(ZONES),
      new KmzFormat(ZONES),
      new TimelineJsFormat(ZONES),
      new TimelineJsSheetFormat(ZONES),
      new StoryMapFormat(ZONES),
      new TimemapFormat(ZONES),
      new TimemapJsFormat(ZONES),
      new CsvFormat(ZONES));

  private FormatRegistry() {}

  public static List<EventFormat> formats() {
    return FORMATS;
  }

  public static Optional<EventFormat> named(String name) {
    String wanted = name.strip().toLowerCase(Locale.ROOT);
    return FORMATS.stream().filter(f -> f.name().equals(wanted)).findFirst();
  }

  /** The names {@code --format} takes, for messages and help. */
  public static String names() {
    return FORMATS.stream().map(EventFormat::name).distinct().collect(Collectors.joining(", "));
  }

  /** Reads a file in the format forced by the options, or in the one its content shows. */
  public static LoadResult read(Path file) {
    return read(file, ReadOptions.NONE, ProgressListener.NONE);
  }

  public static LoadResult read(Path file, ReadOptions options, ProgressListener listener) {
    String name = file.toString();
    // Before anything opens it: a named pipe would block the open, a device would never end.
    Optional<String> notAFile = FileKind.whyNotAFile(file);
    if (notAFile.isPresent()) {
      return LoadResult.failure(name, notAFile.get());
    }
    FileSnapshot before;
    try {
      before = FileSnapshot.of(file);
    } catch (IOException e) {
      return LoadResult.failure(name, FileKind.whyNotAFile(file).orElse("cannot be read: " + e.getMessage()));
    }
    EventFormat format;
    if (options.format().isPresent()) {
      Optional<EventFormat> forced = named(options.format().get());
      if (forced.isEmpty()) {
        return LoadResult.failure(name, "--format " + options.format().get() + " is not a format Eventmap knows (it knows "
            + names() + ")");
      }
      format = forced.get();
    } else {
      FileHead head;
      try {
        head = FileHead.of(file);
      } catch (NoSuchFileException e) {
        return LoadResult.failure(name, "no such file");
      } catch (AccessDeniedException e) {
        return LoadResult.failure(name, "cannot be read: permission denied");
      } catch (IOException e) {
        return LoadResult.failure(name, "cannot be read: " + e.getMessage());
      }
      if (head.size() == 0) {
        return LoadResult.failure(name, "the file is empty");
      }
      Optional<EventFormat> recognised = recognise(head);
      if (recognised.isEmpty()) {
        return LoadResult.failure(name, knownButNotRead(head).map(kind -> "is " + kind + ", which Eventmap does not read yet")
            .orElseGet(() -> "is not a file Eventmap can open: its content looks like none of "
                + FORMATS.stream().map(EventFormat::description).collect(Collectors.joining(", "))
                + " (use --format NAME to say which it is)"));
      }
      format = recognised.get();
    }
    Optional<MemoryBudget.Family> family = MemoryBudget.Family.ofFormat(format.name());
    if (family.isPresent()) {
      Optional<String> tooLarge = MemoryBudget.refusal(family.get(), before.size(), Runtime.getRuntime().maxMemory(), 0,
          howToGiveMoreMemory(file));
      if (tooLarge.isPresent()) {
        return LoadResult.failure(name, tooLarge.get());
      }
    }
    LoadResult result;
    try {
      result = readWith(format, file, options, listener);
    } catch (OutOfMemoryError e) {
      // What the read had made is garbage now; the estimate above was too low for this file.
      return LoadResult.failure(name, "ran out of memory while it was read (" + MemoryBudget.size(before.size())
          + ", with " + MemoryBudget.size(Runtime.getRuntime().maxMemory()) + " of memory): give Eventmap more memory: "
          + howToGiveMoreMemory(file).replace("{xmx}", "-Xmx" + Math.max(2, 2 * (Runtime.getRuntime().maxMemory() >> 30))
              + "g"));
    } catch (RuntimeException e) {
      // A bug of ours, not the person's mistake: still a message, and what is on screen stays.
      return LoadResult.failure(name, "could not be read because of an error in Eventmap (" + e + "); please report it");
    }
    if (result.cancelled()) {
      return result;
    }
    Optional<String> changed = before.changeSince(file);
    return changed.isPresent() ? LoadResult.failure(name, changed.get()) : result;
  }

  /**
   * How this copy of Eventmap is given more memory: the installed app reads its Java options from its
   * launcher's configuration file (jpackage names the launcher in {@code jpackage.app-path}); the jar
   * takes {@code -Xmx}. {@code {xmx}} stands for the option.
   */
  static String howToGiveMoreMemory(Path file) {
    String launcher = System.getProperty("jpackage.app-path");
    if (launcher == null || launcher.isBlank()) {
      return MemoryBudget.jarAdvice(file.toString());
    }
    Path home = Path.of(launcher).toAbsolutePath().getParent();
    // Linux: bin/Eventmap and lib/app/; Windows: Eventmap.exe and app\; macOS: Contents/MacOS/ and Contents/app/.
    for (Path config : List.of(home.resolveSibling("lib").resolve("app").resolve("Eventmap.cfg"),
        home.resolve("app").resolve("Eventmap.cfg"), home.resolveSibling("app").resolve("Eventmap.cfg"))) {
      if (Files.isRegularFile(config)) {
        return MemoryBudget.installedAdvice(config.toString());
      }
    }
    return MemoryBudget.installedAdvice("lib/app/Eventmap.cfg (in the folder Eventmap is installed in)");
  }

  /** Files of other tools that people will try, named, so that a refusal says what the file is. */
  static Optional<String> knownButNotRead(FileHead head) {
    String text = head.textFromFirstNonBlank();
    if (text.startsWith("<") && text.contains("<gpx")) {
      return Optional.of("a GPX file of tracks and waypoints");
    }
    return Optional.empty();
  }

  /**
   * Our own format names each place's zone; the others give coordinates, whose zones are looked up: the
   * zone polygons start loading on a thread of their own while the file is read.
   */
  private static LoadResult readWith(EventFormat format, Path file, ReadOptions options, ProgressListener listener) {
    if (!(format instanceof EventmapFormat)) {
      ZONES.prepare();
    }
    return format.read(file, options, listener);
  }

  /** The format a file's head shows most surely; empty when none claims it. */
  public static Optional<EventFormat> recognise(FileHead head) {
    // Each format looks at the head once: a spreadsheet's look decodes and sniffs all 64 KiB.
    EventFormat best = null;
    int bestScore = 0;
    for (EventFormat format : FORMATS) {
      int sure = format.recognise(head);
      int score = sure + (format.extensions().contains(head.extension()) ? EXTENSION_HINT : 0);
      if (sure > EventFormat.NOT_MINE && score > bestScore) {
        best = format;
        bestScore = score;
      }
    }
    return Optional.ofNullable(best);
  }

}
