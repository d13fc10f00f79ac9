package org.eventmap.io;

import java.util.Locale;
import java.util.Optional;

/**
 * Whether a file of a given size and format can be read in the heap this Java may use, told before a
 * byte of it is read, so that a file too large gets a sentence instead of an {@link OutOfMemoryError}
 * minutes later. The figures are measured, not guessed: see docs/hostile-files.md for how.
 */
public final class MemoryBudget {
  private static final long MIB = 1L << 20;
  private static final long GIB = 1L << 30;

  /**
   * The heap a read needs, per format: {@code heapPerFileByte} times the file's size, plus {@code baseBytes}
   * (the time zone polygons, for the formats that give only coordinates; the parallel
   * reader's parts for our own). Each is the smallest {@code -Xmx} that read a generated file of 100,000
   * events (G1, Java 17; and 300,000 for our own format and 400,000 rows of CSV), not what the dataset keeps
   * after the read: the peak of a read is what runs out. Measured at one size, a factor holds the read's
   * fixed costs too, so it errs high for larger files.
   */
  public enum Family {
    EVENTMAP("an Eventmap dataset", 0.80, 135 * MIB),
    CSV("a spreadsheet", 1.40, 200 * MIB),
    GEOJSON("GeoJSON", 2.40, 200 * MIB),
    KML("KML", 1.55, 200 * MIB),
    /** Per byte of the zip, measured at 13 × compression; the KML inside is also bounded while it unpacks ({@code UnpackLimits}). */
    KMZ("KMZ", 4.10, 200 * MIB),
    TIMELINEJS("TimelineJS", 2.75, 200 * MIB),
    TIMELINEJS_SHEET("a TimelineJS spreadsheet", 4.80, 200 * MIB),
    STORYMAP("StoryMapJS", 4.70, 200 * MIB),
    TIMEMAP("timemap", 2.50, 200 * MIB),
    TIMEMAP_JS("timemap.js", 4.70, 200 * MIB);

    private final String description;
    private final double heapPerFileByte;
    private final long baseBytes;

    Family(String description, double heapPerFileByte, long baseBytes) {
      this.description = description;
      this.heapPerFileByte = heapPerFileByte;
      this.baseBytes = baseBytes;
    }

    public double heapPerFileByte() {
      return heapPerFileByte;
    }

    public long baseBytes() {
      return baseBytes;
    }

    /** The family of the format named so ({@link EventFormat#name()}); empty for a name it does not know. */
    public static Optional<Family> ofFormat(String formatName) {
      return Optional.ofNullable(switch (formatName) {
        case "eventmap" -> EVENTMAP;
        case "csv" -> CSV;
        case "geojson" -> GEOJSON;
        case "kml" -> KML;
        case "kmz" -> KMZ;
        case "timelinejs" -> TIMELINEJS;
        case "timelinejs-sheet" -> TIMELINEJS_SHEET;
        case "storymap" -> STORYMAP;
        case "timemap" -> TIMEMAP;
        case "timemapjs" -> TIMEMAP_JS;
        default -> null;
      });
    }
  }

  private MemoryBudget() {}

  /** The heap a read of a file of this size needs. */
  public static long heapNeeded(Family family, long fileBytes) {
    return family.baseBytes + (long) Math.ceil(family.heapPerFileByte * fileBytes);
  }

  /** The largest file of the family that this much free heap reads; 0 when it reads none. */
  public static long largestFile(Family family, long freeHeapBytes) {
    return Math.max(0, (long) Math.floor((freeHeapBytes - family.baseBytes) / family.heapPerFileByte));
  }

  /**
   * The {@code -Xmx} to give for a file of this size, in whole gigabytes, keeping {@code inUseBytes} (the
   * dataset on screen stays there while the next one is read).
   */
  public static String xmxFor(Family family, long fileBytes, long inUseBytes) {
    long gib = Math.max(1, ceilDiv(heapNeeded(family, fileBytes) + Math.max(0, inUseBytes), GIB));
    return "-Xmx" + gib + "g";
  }

  /**
   * Why a file cannot be read with this heap, said before reading it; empty when it fits.
   *
   * @param maxHeapBytes the most heap this Java may use ({@code Runtime.maxMemory()})
   * @param inUseBytes heap held already that the read cannot have (the dataset on screen)
   * @param howToGiveMore how this copy of Eventmap is given more memory, e.g. {@link #jarAdvice}
   */
  public static Optional<String> refusal(Family family, long fileBytes, long maxHeapBytes, long inUseBytes,
      String howToGiveMore) {
    long free = maxHeapBytes - Math.max(0, inUseBytes);
    if (heapNeeded(family, fileBytes) <= free) {
      return Optional.empty();
    }
    String xmx = xmxFor(family, fileBytes, inUseBytes);
    // The remedy comes early: the app's banner shows one line, and its end may be out of sight.
    return Optional.of("is " + size(fileBytes) + " of " + family.description + ", too large for the memory Eventmap may use ("
        + size(maxHeapBytes) + (inUseBytes > 0 ? ", " + size(inUseBytes) + " of it in use" : "") + ", enough for up to "
        + size(largestFile(family, free)) + " of this kind). To open it, give Eventmap more memory: "
        + howToGiveMore.replace("{xmx}", xmx) + ". Reading it needs about " + size(heapNeeded(family, fileBytes)) + " ("
        + String.format(Locale.ROOT, "%.2f", family.heapPerFileByte) + " × the file + " + size(family.baseBytes) + ").");
  }

  /** How the jar is given more memory; {@code {xmx}} stands for the option. */
  public static String jarAdvice(String fileName) {
    return "java {xmx} -jar eventmap.jar " + fileName;
  }

  /** How an installed Eventmap is given more memory: a line in its launcher's configuration file. */
  public static String installedAdvice(String configFile) {
    return "add the line java-options={xmx} under [JavaOptions] in " + configFile + " and start Eventmap again";
  }

  /** A size as people read it: "5.0 GB", "740 MB", "12 KB" (powers of 1024). */
  public static String size(long bytes) {
    if (bytes >= GIB) {
      return String.format(Locale.ROOT, "%.1f GB", bytes / (double) GIB);
    }
    if (bytes >= MIB) {
      return (bytes + MIB / 2) / MIB + " MB";
    }
    return (bytes + 512) / 1024 + " KB";
  }

  private static long ceilDiv(long a, long b) {
    return -Math.floorDiv(-a, b);
  }
}
