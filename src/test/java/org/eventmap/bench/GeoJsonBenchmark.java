package org.eventmap.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.Random;
import org.eventmap.io.LoadResult;
import org.eventmap.io.ProgressListener;
import org.eventmap.io.ReadOptions;

/**
 * Load time and retained heap of the GeoJSON reader alone, without JavaFX, on a file shaped like the USGS
 * earthquake feed (26 properties a feature, epoch milliseconds with {@code tz}, a depth as third coordinate),
 * with a Polygon every 20th feature and a four-stop journey every 50th. The target: 100k features in under
 * 3 s, keeping less heap than the file's size.
 *
 * <p>Usage: {@code GeoJsonBenchmark generate FILE [FEATURES] [usgs|plain]} writes the file (100,000
 * features unless told; never into the project): {@code usgs} as above, {@code plain} an event list as a
 * person exports it from a GIS (name, date, description, category, a source address and two numbers a
 * Point). {@code GeoJsonBenchmark [--runs N] FILE...} reads each file N times (3 unless told) and prints
 * every load time, the median, and the heap the loaded dataset keeps.
 */
public final class GeoJsonBenchmark {
  private static final String[] NETS = {"us", "ci", "nc", "ak", "hv", "nn", "uw", "pr"};
  private static final String[] ALERTS = {"green", "yellow", "orange", "red"};
  private static final String[] REGIONS = {"Alaska", "California", "Chile", "Japan", "Indonesia", "Vanuatu",
      "Peru", "Greece", "Turkey", "New Zealand", "Mexico", "Italy"};
  private static final String[] BEARINGS = {"N", "NNE", "NE", "E", "SE", "S", "SW", "W", "NW", "WNW", "ESE"};

  private GeoJsonBenchmark() {}

  public static void main(String[] args) throws IOException {
    if (args.length >= 2 && args[0].equals("generate")) {
      int features = args.length > 2 ? Integer.parseInt(args[2]) : 100_000;
      if (args.length > 3 && args[3].equals("plain")) {
        generatePlain(Path.of(args[1]), features, new Random(7));
      } else {
        generate(Path.of(args[1]), features, new Random(7));
      }
      System.out.printf(Locale.ROOT, "wrote %,d features, %,d bytes%n", features, Files.size(Path.of(args[1])));
      return;
    }
    int runs = 3;
    int first = 0;
    if (args.length > 1 && args[0].equals("--runs")) {
      runs = Integer.parseInt(args[1]);
      first = 2;
    }
    if (args.length <= first) {
      System.err.println("usage: GeoJsonBenchmark generate FILE [FEATURES] | GeoJsonBenchmark [--runs N] FILE");
      System.exit(2);
    }
    for (int a = first; a < args.length; a++) {
      measure(Path.of(args[a]), runs);
    }
  }

  private static void measure(Path file, int runs) throws IOException {
    long size = Files.size(file);
    // The app reads the zone polygons once, for the first file that needs them: measured apart.
    long zonesStart = System.nanoTime();
    org.eventmap.geo.zones.OfflineZones.shared().zoneAt(0, 0);
    System.out.printf(Locale.ROOT, "time zone polygons read in %.0f ms (once per run of the app)%n",
        (System.nanoTime() - zonesStart) / 1e6);
    long[] times = new long[runs];
    long[] cpu = new long[runs];
    long[] gc = new long[runs];
    long retained = 0;
    int events = 0;
    for (int r = 0; r < runs; r++) {
      long before = LoadBenchmark.usedHeapAfterGc();
      long cpuBefore = LoadBenchmark.processCpuNanos();
      long gcBefore = LoadBenchmark.collectionMillis();
      long start = System.nanoTime();
      // Through the registry, as the app reads it: recognised, with the zones of its places.
      LoadResult result = org.eventmap.io.formats.FormatRegistry.read(file, ReadOptions.NONE, ProgressListener.NONE);
      times[r] = System.nanoTime() - start;
      cpu[r] = (LoadBenchmark.processCpuNanos() - cpuBefore) / 1_000_000;
      gc[r] = LoadBenchmark.collectionMillis() - gcBefore;
      retained = LoadBenchmark.usedHeapAfterGc() - before;
      java.lang.ref.Reference.reachabilityFence(result);
      events = result.dataset().map(d -> d.events().size()).orElse(0);
      if (!result.ok()) {
        System.out.println("NOT OK: " + result.errors().stream().limit(5).toList());
      }
    }
    long[] sorted = times.clone();
    Arrays.sort(sorted);
    System.out.printf(Locale.ROOT,
        "%s: %,d events, %,d bytes; load %s ms, median %.0f ms; retained %,d bytes = %.0f B/event = %.2f x file%n",
        file.getFileName(), events, size, Arrays.toString(Arrays.stream(times).map(t -> t / 1_000_000).toArray()),
        sorted[runs / 2] / 1e6, retained, retained / (double) Math.max(1, events), retained / (double) size);
    System.out.printf(Locale.ROOT, "  process CPU %s ms, collections %s ms, on %d processors, max heap %,d MB%n",
        Arrays.toString(cpu), Arrays.toString(gc), Runtime.getRuntime().availableProcessors(),
        Runtime.getRuntime().maxMemory() >> 20);
  }

  static void generatePlain(Path file, int features, Random random) throws IOException {
    String[] kinds = {"protest", "meeting", "strike", "flood", "fire", "election", "festival"};
    try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      out.write("{\"type\":\"FeatureCollection\",\"name\":\"Synthetic events\",\"features\":[\n");
      for (int i = 0; i < features; i++) {
        String kind = kinds[random.nextInt(kinds.length)];
        String region = REGIONS[random.nextInt(REGIONS.length)];
        String day = String.format(Locale.ROOT, "20%02d-%02d-%02d", 10 + random.nextInt(15), 1 + random.nextInt(12),
            1 + random.nextInt(28));
        double lon = Math.round((random.nextDouble() * 360 - 180) * 10_000) / 10_000.0;
        double lat = Math.round((random.nextDouble() * 160 - 80) * 10_000) / 10_000.0;
        out.write((i == 0 ? "" : ",\n") + "{\"type\":\"Feature\",\"id\":\"ev" + i + "\",\"properties\":{\"name\":\""
            + kind + " in Town " + random.nextInt(5000) + ", " + region + "\",\"date\":\"" + day
            + "\",\"description\":\"A " + kind + " reported by local press; about " + random.nextInt(2000)
            + " people.\",\"category\":\"" + kind + "\",\"url\":\"https://example.org/news/" + i
            + "\",\"people\":" + random.nextInt(2000) + ",\"confidence\":" + (1 + random.nextInt(3))
            + "},\"geometry\":{\"type\":\"Point\",\"coordinates\":[" + lon + "," + lat + "]}}");
      }
      out.write("\n]}\n");
    }
  }

  static void generate(Path file, int features, Random random) throws IOException {
    long now = 1_711_100_400_000L;
    try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      out.write("{\"type\":\"FeatureCollection\",\"metadata\":{\"generated\":" + now
          + ",\"title\":\"Synthetic earthquakes\",\"status\":200,\"count\":" + features + "},\"features\":[\n");
      for (int i = 0; i < features; i++) {
        String net = NETS[random.nextInt(NETS.length)];
        String code = String.format(Locale.ROOT, "%08d", i);
        double mag = Math.round((2 + random.nextDouble() * 6) * 10) / 10.0;
        String region = REGIONS[random.nextInt(REGIONS.length)];
        String place = (1 + random.nextInt(300)) + "km " + BEARINGS[random.nextInt(BEARINGS.length)] + " of Town "
            + random.nextInt(5000) + ", " + region;
        long time = now - (long) (random.nextDouble() * 400L * 86_400_000L);
        double lon = Math.round((random.nextDouble() * 360 - 180) * 10_000) / 10_000.0;
        double lat = Math.round((random.nextDouble() * 160 - 80) * 10_000) / 10_000.0;
        double depth = Math.round(random.nextDouble() * 7000) / 10.0;
        StringBuilder f = new StringBuilder(900);
        f.append(i == 0 ? "" : ",\n").append("{\"type\":\"Feature\",\"properties\":{\"mag\":").append(mag)
            .append(",\"place\":\"").append(place).append("\",\"time\":").append(time)
            .append(",\"updated\":").append(time + random.nextInt(100_000_000))
            .append(",\"tz\":").append((random.nextInt(25) - 12) * 60)
            .append(",\"url\":\"https://example.org/earthquakes/eventpage/").append(net).append(code)
            .append("\",\"detail\":\"https://example.org/earthquakes/feed/detail/").append(net).append(code)
            .append(".geojson\",\"felt\":").append(random.nextInt(4) == 0 ? "null" : Integer.toString(random.nextInt(10_000)))
            .append(",\"cdi\":").append(Math.round(random.nextDouble() * 90) / 10.0)
            .append(",\"mmi\":").append(Math.round(random.nextDouble() * 9000) / 1000.0)
            .append(",\"alert\":\"").append(ALERTS[random.nextInt(ALERTS.length)])
            .append("\",\"status\":\"reviewed\",\"tsunami\":").append(random.nextInt(2))
            .append(",\"sig\":").append(random.nextInt(1500))
            .append(",\"net\":\"").append(net).append("\",\"code\":\"").append(code)
            .append("\",\"ids\":\",").append(net).append(code).append(",\",\"sources\":\",").append(net)
            .append(",\",\"types\":\",cap,dyfi,geoserve,losspager,moment-tensor,origin,phase-data,shakemap,\"")
            .append(",\"nst\":").append(random.nextInt(3) == 0 ? "null" : Integer.toString(random.nextInt(300)))
            .append(",\"dmin\":").append(Math.round(random.nextDouble() * 10_000) / 1000.0)
            .append(",\"rms\":").append(Math.round(random.nextDouble() * 200) / 100.0)
            .append(",\"gap\":").append(random.nextInt(360))
            .append(",\"magType\":\"").append(random.nextBoolean() ? "mww" : "mb")
            .append("\",\"type\":\"earthquake\",\"title\":\"M ").append(mag).append(" - ").append(place).append('"');
        if (i % 50 == 49) {
          f.append(",\"times\":[");
          for (int s = 0; s < 4; s++) {
            f.append(s == 0 ? "" : ",").append(time + s * 3_600_000L);
          }
          f.append("]},\"geometry\":{\"type\":\"LineString\",\"coordinates\":[");
          for (int s = 0; s < 4; s++) {
            f.append(s == 0 ? "" : ",").append('[').append(Math.min(180, lon + s * 0.01)).append(',').append(lat)
                .append(']');
          }
          f.append("]}");
        } else if (i % 20 == 19) {
          f.append("},\"geometry\":{\"type\":\"Polygon\",\"coordinates\":[[");
          double[][] ring = {{0, 0}, {0.1, 0}, {0.1, 0.1}, {0, 0.1}, {0, 0}};
          for (int v = 0; v < ring.length; v++) {
            f.append(v == 0 ? "" : ",").append('[').append(Math.min(180, lon + ring[v][0])).append(',')
                .append(lat + ring[v][1]).append(']');
          }
          f.append("]]}");
        } else {
          f.append("},\"geometry\":{\"type\":\"Point\",\"coordinates\":[").append(lon).append(',').append(lat)
              .append(',').append(depth).append("]}");
        }
        f.append(",\"id\":\"").append(net).append(code).append("\"}");
        out.append(f);
      }
      out.write("\n]}\n");
    }
  }
}
