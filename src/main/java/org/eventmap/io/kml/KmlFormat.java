package org.eventmap.io.kml;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.eventmap.geo.ZoneLookup;
import org.eventmap.geo.zones.OfflineZones;
import org.eventmap.io.ProgressInputStream;
import org.eventmap.io.EventFormat;
import org.eventmap.io.FileHead;
import org.eventmap.io.LoadResult;
import org.eventmap.io.Problem;
import org.eventmap.io.ProgressListener;
import org.eventmap.io.ReadOptions;

/**
 * KML as Google Earth and other tools write it (the 2.0, 2.1 and 2.2 namespaces, and Google's {@code gx:}
 * extensions): see {@link KmlReader} for what each element becomes.
 */
public final class KmlFormat implements EventFormat {
  private final ZoneLookup zones;

  /**
   * With the application's offline zone lookup, whose polygons are read when the first place needs its
   * zone (the registry starts reading them while the file is parsed).
   */
  public KmlFormat() {
    this(OfflineZones.shared());
  }

  /** @param zones gives each place its time zone, for dates without a time and times without a zone */
  public KmlFormat(ZoneLookup zones) {
    this.zones = Objects.requireNonNull(zones, "zones");
  }

  @Override
  public String name() {
    return "kml";
  }

  @Override
  public String description() {
    return "KML (Google Earth)";
  }

  @Override
  public List<String> extensions() {
    return List.of("kml");
  }

  @Override
  public int recognise(FileHead head) {
    return KmlRecognition.isKml(head) ? CERTAIN : NOT_MINE;
  }

  @Override
  public LoadResult read(Path file, ReadOptions options, ProgressListener listener) {
    String name = file.toString();
    long size;
    try {
      size = Files.size(file);
    } catch (NoSuchFileException e) {
      return failure(name, "no such file");
    } catch (IOException e) {
      return failure(name, "cannot be read: " + e.getMessage());
    }
    if (size == 0) {
      return failure(name, "the file is empty");
    }
    try (InputStream in = new ProgressInputStream(new BufferedInputStream(Files.newInputStream(file), 1 << 16),
        size, listener)) {
      return new KmlReader(name, zones).read(in, name, titleOf(file));
    } catch (ProgressInputStream.Cancelled e) {
      return LoadResult.cancelled(name);
    } catch (AccessDeniedException e) {
      return failure(name, "cannot be read: permission denied");
    } catch (IOException e) {
      return failure(name, "cannot be read: " + e.getMessage());
    }
  }

  /** The file's name without its ending: the dataset's title when the KML names no Document. */
  static String titleOf(Path file) {
    String name = file.getFileName() == null ? file.toString() : file.getFileName().toString();
    int dot = name.lastIndexOf('.');
    return dot > 0 ? name.substring(0, dot) : name;
  }

  static LoadResult failure(String name, String message) {
    return new LoadResult(name, Optional.empty(), List.of(new Problem(Problem.Severity.ERROR, name, 1, 1, message)));
  }
}
