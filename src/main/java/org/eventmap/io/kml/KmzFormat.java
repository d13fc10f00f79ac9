package org.eventmap.io.kml;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.Objects;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;
import org.eventmap.geo.ZoneLookup;
import org.eventmap.geo.zones.OfflineZones;
import org.eventmap.io.ProgressInputStream;
import org.eventmap.io.EventFormat;
import org.eventmap.io.FileHead;
import org.eventmap.io.LoadResult;
import org.eventmap.io.ProgressListener;
import org.eventmap.io.ReadOptions;

/**
 * A KMZ: a zip holding KML (and often the images it uses). Its first {@code .kml} entry in the zip's
 * directory is read, as Google Earth does (usually {@code doc.kml}); the copies macOS adds under
 * {@code __MACOSX/} are not KML and are passed over. Problems inside it are reported as
 * {@code FILE.kmz!/ENTRY.kml:LINE:COLUMN}.
 *
 * <p>Only that one entry is ever unpacked, and never beyond {@link UnpackLimits}: a zip bomb is an error,
 * not a full disk or heap.
 */
public final class KmzFormat implements EventFormat {
  private final ZoneLookup zones;
  private final UnpackLimits limits;

  /**
   * With the application's offline zone lookup, whose polygons are read when the first place needs its
   * zone (the registry starts reading them while the file is parsed).
   */
  public KmzFormat() {
    this(OfflineZones.shared());
  }

  public KmzFormat(ZoneLookup zones) {
    this(zones, UnpackLimits.DEFAULT);
  }

  KmzFormat(ZoneLookup zones, UnpackLimits limits) {
    this.zones = Objects.requireNonNull(zones, "zones");
    this.limits = Objects.requireNonNull(limits, "limits");
  }

  @Override
  public String name() {
    return "kmz";
  }

  @Override
  public String description() {
    return "KMZ (zipped KML)";
  }

  @Override
  public List<String> extensions() {
    return List.of("kmz");
  }

  /**
   * For a file named {@code .kmz} that is no zip: just below plausible, so that with its extension it
   * wins over a format that merely finds it plausible (any text is plausibly a spreadsheet) and the person
   * is told it is not a zip, but loses to a format certain of it (a KML misnamed {@code .kmz} is read as
   * the KML it is).
   */
  static final int NAMED_KMZ_BUT_NO_ZIP = PLAUSIBLE - 1;

  @Override
  public int recognise(FileHead head) {
    if (!KmlRecognition.isZip(head)) {
      return head.extension().equals("kmz") ? NAMED_KMZ_BUT_NO_ZIP : NOT_MINE;
    }
    if (KmlRecognition.entryNames(head).stream().anyMatch(KmlRecognition::isKmlEntry)) {
      return CERTAIN;
    }
    return head.extension().equals("kmz") ? PLAUSIBLE : NOT_MINE;
  }

  @Override
  public LoadResult read(Path file, ReadOptions options, ProgressListener listener) {
    String name = file.toString();
    long size;
    try {
      size = Files.size(file);
    } catch (NoSuchFileException e) {
      return KmlFormat.failure(name, "no such file");
    } catch (IOException e) {
      return KmlFormat.failure(name, "cannot be read: " + e.getMessage());
    }
    if (size == 0) {
      return KmlFormat.failure(name, "the file is empty");
    }
    ZipFile zip;
    try {
      zip = new ZipFile(file.toFile());
    } catch (AccessDeniedException e) {
      return KmlFormat.failure(name, "cannot be read: permission denied");
    } catch (ZipException e) {
      return KmlFormat.failure(name, "is not a zip archive, so not a KMZ (a KMZ is a zip holding a .kml file)"
          + (e.getMessage() == null ? "" : ": " + e.getMessage()));
    } catch (IOException e) {
      return KmlFormat.failure(name, "cannot be read: " + e.getMessage());
    }
    try (zip) {
      ZipEntry entry = firstKml(zip);
      if (entry == null) {
        return KmlFormat.failure(name, "holds no .kml file, so it is not a KMZ (it holds " + someNames(zip) + ")");
      }
      String label = name + "!/" + entry.getName();
      String tooBig = limits.declaredTooBig(entry);
      if (tooBig != null) {
        return KmlFormat.failure(label, tooBig);
      }
      long unpackedSize = entry.getSize();
      try (InputStream in = new ProgressInputStream(
          new BufferedInputStream(limits.bounded(zip.getInputStream(entry), entry), 1 << 16), size, listener,
          unpacked -> unpackedSize > 0 ? (long) (unpacked * (double) size / unpackedSize) : 0)) {
        return new KmlReader(label, zones).read(in, name, KmlFormat.titleOf(file));
      } catch (UnpackLimits.TooMuch e) {
        return KmlFormat.failure(label, e.getMessage());
      }
    } catch (ProgressInputStream.Cancelled e) {
      return LoadResult.cancelled(name);
    } catch (ZipException e) {
      return KmlFormat.failure(name, "is a damaged zip archive: " + e.getMessage());
    } catch (IOException e) {
      return KmlFormat.failure(name, "cannot be read: " + e.getMessage());
    }
  }

  private static ZipEntry firstKml(ZipFile zip) {
    Enumeration<? extends ZipEntry> entries = zip.entries();
    while (entries.hasMoreElements()) {
      ZipEntry entry = entries.nextElement();
      if (!entry.isDirectory() && KmlRecognition.isKmlEntry(entry.getName())) {
        return entry;
      }
    }
    return null;
  }

  private static String someNames(ZipFile zip) {
    List<String> names = new ArrayList<>();
    Enumeration<? extends ZipEntry> entries = zip.entries();
    while (entries.hasMoreElements() && names.size() < 5) {
      names.add(entries.nextElement().getName());
    }
    if (names.isEmpty()) {
      return "nothing";
    }
    return String.join(", ", names) + (zip.size() > names.size() ? " and " + (zip.size() - names.size()) + " more" : "");
  }
}
