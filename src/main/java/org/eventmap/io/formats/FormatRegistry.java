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
    if (options.format().isPresent()) {
      Optional<EventFormat> forced = named(options.format().get());
      if (forced.isEmpty()) {
        return LoadResult.failure(name, "--format " + options.format().get() + " is not a format Eventmap knows (it knows "
            + names() + ")");
      }
      return readWith(forced.get(), file, options, listener);
    }
    FileHead head;
    try {
      if (Files.isDirectory(file)) {
        return LoadResult.failure(name, "is a folder, not a file");
      }
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
    Optional<EventFormat> format = recognise(head);
    if (format.isPresent()) {
      return readWith(format.get(), file, options, listener);
    }
    return LoadResult.failure(name, knownButNotRead(head).map(kind -> "is " + kind + ", which Eventmap does not read yet")
        .orElseGet(() -> "is not a file Eventmap can open: its content looks like none of "
            + FORMATS.stream().map(EventFormat::description).collect(Collectors.joining(", "))
            + " (use --format NAME to say which it is)"));
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
