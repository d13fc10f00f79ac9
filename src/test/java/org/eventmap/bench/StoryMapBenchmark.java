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
 * Load time and retained heap of the StoryMapJS, timemap export and timemap.js readers, without JavaFX, on
 * files shaped like what those tools write (slides with coordinates as texts and free-text dates, one in
 * four without a year; timemap events with M/D/YYYY dates, times, source ids and associations, one id in
 * a thousand repeated; timemap.js items in two datasets, one in ten a polyline). The target: 100k events
 * of each in under 3 s, keeping less heap than the file's size.
 *
 * <p>Usage: {@code StoryMapBenchmark generate DIR [EVENTS]} writes {@code storymap.json}, {@code
 * timemap.json} and {@code timemapjs.json} into DIR (100,000 events each unless told; never into the
 * project). {@code StoryMapBenchmark [--runs N] FILE...} reads each file N times (3 unless told) through
 * the registry and prints every load time, the median, and the heap the loaded dataset keeps.
 */
public final class StoryMapBenchmark {
  private static final String[] MONTHS = {"January", "February", "March", "April", "May", "June", "July", "August",
      "September", "October", "November", "December"};
  private static final String[] KINDS = {"shelling", "protest", "arrest", "fire", "strike", "march", "raid"};

  private StoryMapBenchmark() {}

  public static void main(String[] args) throws IOException {
    if (args.length >= 2 && args[0].equals("generate")) {
      int events = args.length > 2 ? Integer.parseInt(args[2]) : 100_000;
      Path dir = Path.of(args[1]);
      Files.createDirectories(dir);
      for (String name : new String[] {"storymap.json", "timemap.json", "timemapjs.json"}) {
        Path file = dir.resolve(name);
        Random random = new Random(11);
        switch (name) {
          case "storymap.json" -> storymap(file, events, random);
          case "timemap.json" -> timemap(file, events, random);
          default -> timemapJs(file, events, random);
        }
        System.out.printf(Locale.ROOT, "wrote %s: %,d events, %,d bytes%n", file, events, Files.size(file));
      }
      return;
    }
    int runs = 3;
    int first = 0;
    if (args.length > 1 && args[0].equals("--runs")) {
      runs = Integer.parseInt(args[1]);
      first = 2;
    }
    if (args.length <= first) {
      System.err.println("usage: StoryMapBenchmark generate DIR [EVENTS] | StoryMapBenchmark [--runs N] FILE...");
      System.exit(2);
    }
    long zonesStart = System.nanoTime();
    org.eventmap.geo.zones.OfflineZones.shared().zoneAt(0, 0);
    System.out.printf(Locale.ROOT, "time zone polygons read in %.0f ms (once per run of the app)%n",
        (System.nanoTime() - zonesStart) / 1e6);
    for (int a = first; a < args.length; a++) {
      measure(Path.of(args[a]), runs);
    }
  }

  private static void measure(Path file, int runs) throws IOException {
    long size = Files.size(file);
    long[] times = new long[runs];
    long retained = 0;
    int events = 0;
    String format = "?";
    for (int r = 0; r < runs; r++) {
      long before = LoadBenchmark.usedHeapAfterGc();
      long start = System.nanoTime();
      LoadResult result = org.eventmap.io.formats.FormatRegistry.read(file, ReadOptions.NONE, ProgressListener.NONE);
      times[r] = System.nanoTime() - start;
      retained = LoadBenchmark.usedHeapAfterGc() - before;
      java.lang.ref.Reference.reachabilityFence(result);
      events = result.dataset().map(d -> d.events().size()).orElse(0);
      format = org.eventmap.io.formats.FormatRegistry.recognise(org.eventmap.io.FileHead.of(file))
          .map(org.eventmap.io.EventFormat::name).orElse("none");
      if (!result.ok()) {
        System.out.println("NOT OK: " + result.errors().stream().limit(5).toList());
      }
    }
    long[] sorted = times.clone();
    Arrays.sort(sorted);
    System.out.printf(Locale.ROOT,
        "%s (%s): %,d events, %,d bytes; load %s ms, median %.0f ms; retained %,d bytes = %.0f B/event = %.2f x file%n",
        file.getFileName(), format, events, size, Arrays.toString(Arrays.stream(times).map(t -> t / 1_000_000).toArray()),
        sorted[runs / 2] / 1e6, retained, retained / (double) Math.max(1, events), retained / (double) size);
  }

  private static double coordinate(Random random, double from, double span) {
    return Math.round((from + random.nextDouble() * span) * 1_000_000) / 1_000_000.0;
  }

  static void storymap(Path file, int slides, Random random) throws IOException {
    try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      out.write("{\"storymap\": {\"language\": \"en\", \"map_type\": \"osm:standard\", \"slides\": [\n");
      out.write("{\"type\": \"overview\", \"date\": \"2013\", \"text\": {\"headline\": \"A synthetic story\", "
          + "\"text\": \"<p>Generated for a benchmark.</p>\"}}");
      for (int i = 1; i <= slides; i++) {
        int day = 1 + random.nextInt(28);
        String month = MONTHS[random.nextInt(12)];
        String date = switch (i % 4) {
          case 0 -> month.substring(0, 3) + " " + day; // no year: kept as written only
          case 1 -> day + " " + month + " " + (1990 + random.nextInt(30));
          case 2 -> month + " " + (1990 + random.nextInt(30));
          default -> Integer.toString(1990 + random.nextInt(30));
        };
        out.write(",\n{\"date\": \"" + date + "\", \"text\": {\"headline\": \"Stop " + i + "\", \"text\": \"<p>What "
            + "happened at stop " + i + ", with <a href='https://example.org/" + i + "'>a link</a>.</p>\"}, "
            + "\"location\": {\"name\": \"Town " + random.nextInt(5000) + "\", \"lat\": \""
            + coordinate(random, -60, 120) + "\", \"lon\": \"" + coordinate(random, -180, 360)
            + "\", \"zoom\": 10, \"line\": true}, \"media\": {\"url\": \"https://example.org/media/" + i
            + ".jpg\", \"credit\": \"Agency " + random.nextInt(40) + "\", \"caption\": \"Picture " + i + "\"}}");
      }
      out.write("\n]}}\n");
    }
  }

  static void timemap(Path file, int events, Random random) throws IOException {
    try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      out.write("[\n");
      for (int i = 0; i < events; i++) {
        int id = i % 1000 == 999 ? i - 1 : i; // a repeated id now and then, as exports have
        String kind = KINDS[random.nextInt(KINDS.length)];
        String time = random.nextInt(3) == 0 ? "" : String.format(Locale.ROOT, "%02d:%02d", random.nextInt(24),
            random.nextInt(60));
        out.write((i == 0 ? "" : ",\n") + "{\"id\": \"" + id + "\", \"description\": \"A " + kind + " seen in "
            + "footage " + i + "; about " + random.nextInt(200) + " people.\", \"date\": \"" + (1 + random.nextInt(12))
            + "/" + (1 + random.nextInt(28)) + "/" + (2014 + random.nextInt(10)) + "\", \"time\": \"" + time
            + "\", \"location\": \"District " + random.nextInt(300) + "\", \"latitude\": \""
            + coordinate(random, 44, 8) + "\", \"longitude\": \"" + coordinate(random, 22, 18)
            + "\", \"category\": \"" + kind + "\", \"associations\": [\"" + KINDS[random.nextInt(KINDS.length)]
            + "\", \"verified\"], \"sources\": [\"src-" + random.nextInt(50_000) + "\"], \"comments\": \"\"}");
      }
      out.write("\n]\n");
    }
  }

  static void timemapJs(Path file, int items, Random random) throws IOException {
    try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      out.write("{\"datasets\": [");
      for (int set = 0; set < 2; set++) {
        out.write((set == 0 ? "" : ",") + "\n{\"id\": \"set" + set + "\", \"title\": \"Dataset " + set
            + "\", \"type\": \"basic\", \"options\": {\"items\": [\n");
        int count = set == 0 ? items / 2 : items - items / 2;
        for (int i = 0; i < count; i++) {
          String start = String.format(Locale.ROOT, "%d-%02d-%02d", 1400 + random.nextInt(600), 1 + random.nextInt(12),
              1 + random.nextInt(28));
          String where = i % 10 == 0
              ? "\"polyline\": [{\"lat\": " + coordinate(random, 40, 5) + ", \"lon\": " + coordinate(random, 5, 10)
                  + "}, {\"lat\": " + coordinate(random, 40, 5) + ", \"lon\": " + coordinate(random, 5, 10) + "}]"
              : "\"point\": {\"lat\": " + coordinate(random, 40, 5) + ", \"lon\": " + coordinate(random, 5, 10) + "}";
          out.write((i == 0 ? "" : ",\n") + "{\"title\": \"Item " + set + "-" + i + "\", \"start\": \"" + start
              + "\", " + where + ", \"options\": {\"description\": \"<p>About item " + i + ".</p>\"}}");
        }
        out.write("\n]}}");
      }
      out.write("\n]}\n");
    }
  }
}
