package org.eventmap.geo.zones;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.time.ZoneId;
import java.util.Optional;
import org.eventmap.geo.ZoneLookup;

/**
 * The IANA zone of a coordinate, offline, from the timezone-boundary-builder polygons that the timeshape
 * library ships (land zones including their territorial waters, and the oceans' nautical zones).
 *
 * <p>The polygons are read on the first {@link #zoneAt} call, never at start-up: our own format names its
 * zones, so only a file of another format pays for them. Where no polygon holds a point (a sliver between
 * polygons, the poles) the answer is the nautical zone of its longitude: {@code Etc/GMT+n}, bands 15°
 * wide centred on multiples of 15°, the sign inverted as the tz database writes it (west of Greenwich is
 * {@code +}); so every valid coordinate has a zone.
 *
 * <p>Measured with {@code ZoneBenchmark} on 2 shared cores: the first lookup, which reads the polygons,
 * 4 to 5 s cold (1.5 s with a warm JIT; {@link #prepare()} overlaps it with reading a file); each further
 * lookup 0.3 to 2 µs, where timeshape's own engine takes 1 to 5 ms (it tests whole polygons of up to
 * 100,000 vertices) and keeps 220 MB; heap retained 116 MB (7.9 million vertices as floats, and the
 * grid); the jar grows by 37 MB, mostly the polygons (25 MB) and the native zstd decoder for every
 * platform (7 MB). Lookups are not cached: one costs about what a map look-up of a rounded coordinate
 * would, and the readers already share one place (one lookup) per point. timeshape's bounding-box
 * builders do not help: they keep only the zones wholly inside the box, so a box round Gaza loses
 * Asia/Jerusalem, and they still read the whole archive.
 */
public final class OfflineZones implements ZoneLookup {
  private static final String POLYGONS = "/data.tar.zstd";
  private static final OfflineZones SHARED = new OfflineZones();

  private volatile ZoneGrid grid;
  private volatile String failure;

  /** A lookup of its own, reading the polygons again: for tests; the application uses {@link #shared()}. */
  OfflineZones() {}

  /** The one lookup of the application; cheap to call, it reads nothing until asked for a zone. */
  public static OfflineZones shared() {
    return SHARED;
  }

  /**
   * The zone at a coordinate (latitude -90 to 90, longitude -180 to 180). Empty only when the polygons
   * could not be read ({@link #failure()} says why) or the coordinate is not a number.
   */
  @Override
  public Optional<ZoneId> zoneAt(double latitude, double longitude) {
    if (!Double.isFinite(latitude) || !Double.isFinite(longitude)) {
      return Optional.empty();
    }
    ZoneGrid polygons = polygons();
    if (polygons == null) {
      return Optional.empty();
    }
    Optional<ZoneId> zone = polygons.zoneAt(latitude, longitude);
    return zone.isPresent() ? zone : Optional.of(nauticalZone(longitude));
  }

  /**
   * Starts reading the polygons on a thread of its own, so that a reader can overlap it with parsing its
   * file; the first {@link #zoneAt} then waits only for what is left. Does nothing once they are read.
   */
  public void prepare() {
    if (grid == null && failure == null) {
      Thread reading = new Thread(this::polygons, "time-zone-polygons");
      reading.setDaemon(true);
      reading.start();
    }
  }

  /** Whether the polygons have been read (for tests and the benchmark: they must not be at start-up). */
  public boolean isLoaded() {
    return grid != null;
  }

  /** Why the polygons could not be read, when they could not. */
  public Optional<String> failure() {
    return Optional.ofNullable(failure);
  }

  /**
   * The nautical zone of a longitude at sea: 15° bands centred on multiples of 15°, so 172.5°E to the
   * date line is {@code Etc/GMT-12} (UTC+12) and the date line to 172.5°W is {@code Etc/GMT+12} (UTC−12).
   */
  static ZoneId nauticalZone(double longitude) {
    int hours = (int) Math.round(Math.max(-180, Math.min(180, longitude)) / 15);
    return ZoneId.of(hours == 0 ? "Etc/GMT" : hours > 0 ? "Etc/GMT-" + hours : "Etc/GMT+" + -hours);
  }

  private ZoneGrid polygons() {
    ZoneGrid read = grid;
    if (read != null || failure != null) {
      return read;
    }
    synchronized (this) {
      if (grid == null && failure == null) {
        try {
          grid = readPolygons();
        } catch (IOException | RuntimeException e) {
          failure = "the time zone polygons could not be read (" + e.getMessage() + ")";
        }
      }
      return grid;
    }
  }

  static ZoneGrid readPolygons() throws IOException {
    InputStream archive = OfflineZones.class.getResourceAsStream(POLYGONS);
    if (archive == null) {
      throw new IOException("timeshape's " + POLYGONS.substring(1) + " is not on the class path");
    }
    try (InputStream in = new BufferedInputStream(archive, 1 << 16)) {
      return ZoneGrid.read(in);
    }
  }
}
