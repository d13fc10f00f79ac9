package org.eventmap.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.Random;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.eventmap.geo.zones.OfflineZones;
import org.eventmap.io.LoadResult;
import org.eventmap.io.formats.FormatRegistry;

/**
 * Load time and retained heap of the KML and KMZ readers on a generated file of many placemarks (the
 * issue's target: 100k placemarks in under 3 s, keeping less heap than the file's size).
 *
 * <p>Usage: {@code KmlBenchmark [--placemarks N] [--runs R] FILE.kml}: writes a KML of N placemarks
 * (100,000 by default) to FILE.kml and the same zipped to FILE.kml.kmz, then reads each R times (3 by
 * default) through the format registry, as the app does, and prints every load time, the median, and the
 * heap the loaded dataset keeps. The offline time zone polygons are read first and measured apart: the
 * app reads them once, for the first file that needs them. Run it from the test class path, e.g.
 * {@code mvn -q -ntp -o test-compile} then
 * {@code java -cp target/classes:target/test-classes:$(cat cp.txt) org.eventmap.bench.KmlBenchmark /tmp/kml-100k.kml}
 * with {@code cp.txt} from {@code mvn dependency:build-classpath -Dmdep.outputFile=cp.txt}.
 */
public final class KmlBenchmark {
  private KmlBenchmark() {}

  public static void main(String[] args) throws IOException {
    int placemarks = 100_000;
    int runs = 3;
    Path file = null;
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--placemarks" -> placemarks = Integer.parseInt(args[++i]);
        case "--runs" -> runs = Integer.parseInt(args[++i]);
        default -> file = Path.of(args[i]);
      }
    }
    if (file == null) {
      System.err.println("usage: KmlBenchmark [--placemarks N] [--runs R] FILE.kml");
      System.exit(2);
    }
    long start = System.nanoTime();
    write(file, placemarks);
    Path kmz = file.resolveSibling(file.getFileName() + ".kmz");
    zip(file, kmz);
    System.out.printf(Locale.ROOT, "wrote %s (%,d bytes) and %s (%,d bytes) in %d ms%n", file, Files.size(file), kmz,
        Files.size(kmz), (System.nanoTime() - start) / 1_000_000);
    // The zone polygons are the application's, read once for every file of another format: measured on
    // their own, so that the figures below are the reader's.
    long zonesBefore = LoadBenchmark.usedHeapAfterGc();
    long zonesStart = System.nanoTime();
    OfflineZones.shared().zoneAt(0, 0);
    System.out.printf(Locale.ROOT, "time zone polygons read in %d ms, retaining %,d bytes (once per run of the app)%n",
        (System.nanoTime() - zonesStart) / 1_000_000, LoadBenchmark.usedHeapAfterGc() - zonesBefore);
    measure(file, runs);
    measure(kmz, runs);
  }

  private static void measure(Path file, int runs) throws IOException {
    long size = Files.size(file);
    long kmlSize = file.toString().endsWith(".kmz")
        ? Files.size(file.resolveSibling(file.getFileName().toString().replaceFirst("\\.kmz$", ""))) : size;
    long[] times = new long[runs];
    long[] cpu = new long[runs];
    long retained = 0;
    int events = 0;
    for (int r = 0; r < runs; r++) {
      long before = LoadBenchmark.usedHeapAfterGc();
      long cpuBefore = LoadBenchmark.processCpuNanos();
      long t = System.nanoTime();
      LoadResult result = FormatRegistry.read(file);
      times[r] = (System.nanoTime() - t) / 1_000_000;
      cpu[r] = (LoadBenchmark.processCpuNanos() - cpuBefore) / 1_000_000;
      retained = LoadBenchmark.usedHeapAfterGc() - before;
      java.lang.ref.Reference.reachabilityFence(result);
      events = result.dataset().map(d -> d.events().size()).orElse(0);
      if (!result.ok()) {
        System.out.println("NOT OK: " + result.errors().stream().limit(5).toList());
      }
    }
    long[] sorted = times.clone();
    Arrays.sort(sorted);
    System.out.printf(Locale.ROOT, "%s: %,d events; load %s ms, median %d ms (process CPU %s ms); retained %,d bytes"
            + " = %.0f B/event = %.2f x the KML's %,d bytes, on %d processors%n",
        file.getFileName(), events, Arrays.toString(times), sorted[runs / 2], Arrays.toString(cpu), retained,
        retained / (double) Math.max(1, events), retained / (double) kmlSize, kmlSize,
        Runtime.getRuntime().availableProcessors());
  }

  /**
   * A KML as a person's export looks: placemarks in folders, each with a name, an HTML description, a
   * style, a date (most a day, some a moment with its offset), two ExtendedData values and its own point.
   * The same seed gives the same file.
   */
  public static void write(Path file, int placemarks) throws IOException {
    Random random = new Random(13);
    String[] kinds = {"Protest", "Road closure", "Flood", "Fire", "Market", "Meeting", "Strike", "Repair"};
    int perFolder = Math.max(1, placemarks / 20);
    try (Writer out = new BufferedWriter(new OutputStreamWriter(Files.newOutputStream(file), StandardCharsets.UTF_8),
        1 << 16)) {
      out.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<kml xmlns=\"http://www.opengis.net/kml/2.2\">\n"
          + "<Document>\n  <name>Generated: " + placemarks + " placemarks</name>\n");
      for (int k = 0; k < kinds.length; k++) {
        out.write("  <Style id=\"kind-" + k + "\"><IconStyle><scale>1.1</scale></IconStyle></Style>\n");
      }
      for (int i = 0; i < placemarks; i++) {
        if (i % perFolder == 0) {
          if (i > 0) {
            out.write("  </Folder>\n");
          }
          out.write("  <Folder>\n    <name>Region " + (i / perFolder + 1) + "</name>\n");
        }
        int kind = random.nextInt(kinds.length);
        double lon = -180 + random.nextDouble() * 360;
        double lat = -60 + random.nextDouble() * 130;
        int day = random.nextInt(3650);
        String when = java.time.LocalDate.of(2015, 1, 1).plusDays(day).toString();
        if (i % 5 == 0) {
          when += String.format(Locale.ROOT, "T%02d:%02d:00+03:00", random.nextInt(24), random.nextInt(60));
        }
        out.write(String.format(Locale.ROOT, """
                <Placemark id="pm-%d">
                  <name>%s %d</name>
                  <description><![CDATA[<p>Reported by <b>observer %d</b>. <a href="https://example.org/reports/%d">Report</a></p>]]></description>
                  <styleUrl>#kind-%d</styleUrl>
                  <TimeStamp><when>%s</when></TimeStamp>
                  <ExtendedData><Data name="fatalities"><value>%d</value></Data><Data name="source"><value>Radio %d</value></Data></ExtendedData>
                  <Point><coordinates>%.5f,%.5f,0</coordinates></Point>
                </Placemark>
            """, i, kinds[kind], i, random.nextInt(500), i, kind, when, random.nextInt(5), random.nextInt(40), lon, lat));
      }
      out.write("  </Folder>\n</Document>\n</kml>\n");
    }
  }

  private static void zip(Path kml, Path kmz) throws IOException {
    try (OutputStream file = Files.newOutputStream(kmz); ZipOutputStream zip = new ZipOutputStream(file)) {
      zip.putNextEntry(new ZipEntry("doc.kml"));
      Files.copy(kml, zip);
      zip.closeEntry();
    }
  }
}
