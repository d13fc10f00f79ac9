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
 * Load time and retained heap of the TimelineJS readers alone, without JavaFX, through the registry as the
 * app reads a file. The target: 100k slides in under 3 s, keeping less heap than the file's size.
 *
 * <p>Usage: {@code TimelineJsBenchmark generate FILE [SLIDES] [json|csv]} writes a TimelineJS 3 JSON file
 * (100,000 slides unless told: string date parts, HTML text, media, a group, a location block on every
 * other slide, eras) or the spreadsheet template as CSV, never into the project. {@code TimelineJsBenchmark
 * [--runs N] FILE...} reads each file N times (3 unless told) and prints every load time, the median and the
 * heap the loaded dataset keeps.
 */
public final class TimelineJsBenchmark {
  private static final String[] GROUPS = {"Politics", "Science", "Arts", "Sport", "Trade", "War", "Religion"};
  private static final String[] REGIONS = {"Alaska", "Chile", "Japan", "Peru", "Greece", "Mexico", "Italy", "Kenya"};

  private TimelineJsBenchmark() {}

  public static void main(String[] args) throws IOException {
    if (args.length >= 2 && args[0].equals("generate")) {
      int slides = args.length > 2 ? Integer.parseInt(args[2]) : 100_000;
      Path file = Path.of(args[1]);
      if (args.length > 3 && args[3].equals("csv")) {
        generateSheet(file, slides, new Random(7));
      } else {
        generateJson(file, slides, new Random(7));
      }
      System.out.printf(Locale.ROOT, "wrote %,d slides, %,d bytes%n", slides, Files.size(file));
      return;
    }
    int runs = 3;
    int first = 0;
    if (args.length > 1 && args[0].equals("--runs")) {
      runs = Integer.parseInt(args[1]);
      first = 2;
    }
    if (args.length <= first) {
      System.err.println("usage: TimelineJsBenchmark generate FILE [SLIDES] [json|csv] | TimelineJsBenchmark "
          + "[--runs N] FILE...");
      System.exit(2);
    }
    for (int a = first; a < args.length; a++) {
      measure(Path.of(args[a]), runs);
    }
  }

  private static void measure(Path file, int runs) throws IOException {
    long size = Files.size(file);
    long zonesStart = System.nanoTime();
    org.eventmap.geo.zones.OfflineZones.shared().zoneAt(0, 0);
    System.out.printf(Locale.ROOT, "time zone polygons read in %.0f ms (once per run of the app)%n",
        (System.nanoTime() - zonesStart) / 1e6);
    long[] times = new long[runs];
    long[] cpu = new long[runs];
    long retained = 0;
    int events = 0;
    for (int r = 0; r < runs; r++) {
      long before = LoadBenchmark.usedHeapAfterGc();
      long cpuBefore = LoadBenchmark.processCpuNanos();
      long start = System.nanoTime();
      LoadResult result = org.eventmap.io.formats.FormatRegistry.read(file, ReadOptions.NONE, ProgressListener.NONE);
      times[r] = System.nanoTime() - start;
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
    System.out.printf(Locale.ROOT,
        "%s: %,d events, %,d bytes; load %s ms, median %.0f ms; retained %,d bytes = %.0f B/event = %.2f x file%n",
        file.getFileName(), events, size, Arrays.toString(Arrays.stream(times).map(t -> t / 1_000_000).toArray()),
        sorted[runs / 2] / 1e6, retained, retained / (double) Math.max(1, events), retained / (double) size);
    System.out.printf(Locale.ROOT, "  process CPU %s ms on %d processors (the machine may be shared: see the load)%n",
        Arrays.toString(cpu), Runtime.getRuntime().availableProcessors());
  }

  static void generateJson(Path file, int slides, Random random) throws IOException {
    try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      out.write("{\n\"title\": {\"text\": {\"headline\": \"Synthetic timeline\", \"text\": \"<p>Generated.</p>\"}},\n");
      out.write("\"eras\": [{\"start_date\": {\"year\": \"1900\"}, \"end_date\": {\"year\": \"1950\"}, \"text\": "
          + "{\"headline\": \"First half\"}}, {\"start_date\": {\"year\": \"1950\"}, \"end_date\": {\"year\": \"2000\"}, "
          + "\"text\": {\"headline\": \"Second half\"}}],\n\"events\": [\n");
      for (int i = 0; i < slides; i++) {
        String group = GROUPS[random.nextInt(GROUPS.length)];
        String region = REGIONS[random.nextInt(REGIONS.length)];
        StringBuilder s = new StringBuilder(700);
        s.append(i == 0 ? "" : ",\n").append("{\"start_date\": {\"year\": \"").append(1900 + random.nextInt(100))
            .append("\", \"month\": \"").append(String.format(Locale.ROOT, "%02d", 1 + random.nextInt(12)))
            .append("\", \"day\": \"").append(1 + random.nextInt(28));
        if (i % 3 == 0) {
          s.append("\", \"hour\": \"").append(random.nextInt(24)).append("\", \"minute\": \"")
              .append(random.nextInt(60)).append("\", \"second\": \"\", \"millisecond\": \"\", \"format\": \"");
        }
        s.append("\"},\n  \"text\": {\"headline\": \"A ").append(group.toLowerCase(Locale.ROOT)).append(" event in ")
            .append(region).append(", number ").append(i).append("\", \"text\": \"<p>Something of note happened in ")
            .append(region).append("; <a href='https://example.org/").append(i).append("'>a report</a>.</p>\"},\n")
            .append("  \"media\": {\"url\": \"https://example.org/img/").append(i)
            .append(".jpg\", \"caption\": \"A picture\", \"credit\": \"\"},\n  \"group\": \"").append(group)
            .append("\", \"unique_id\": \"slide-").append(i).append('"');
        if (i % 2 == 0) {
          s.append(",\n  \"location\": {\"lat\": ").append(Math.round((random.nextDouble() * 160 - 80) * 1e4) / 1e4)
              .append(", \"lon\": ").append(Math.round((random.nextDouble() * 360 - 180) * 1e4) / 1e4)
              .append(", \"name\": \"Town ").append(random.nextInt(3000)).append("\", \"zoom\": 9}");
        }
        out.write(s.append('}').toString());
      }
      out.write("\n]}\n");
    }
  }

  static void generateSheet(Path file, int slides, Random random) throws IOException {
    try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      out.write("Year,Month,Day,Time,End Year,End Month,End Day,End Time,Display Date,Headline,Text,Media,"
          + "Media Credit,Media Caption,Media Thumbnail,Type,Group,Background\r\n");
      out.write(",,,,,,,,,Synthetic timeline,Generated.,,,,,title,,\r\n");
      out.write("1900,,,,1950,,,,,First half,,,,,,era,,\r\n");
      for (int i = 0; i < slides; i++) {
        String group = GROUPS[random.nextInt(GROUPS.length)];
        String region = REGIONS[random.nextInt(REGIONS.length)];
        out.write((1900 + random.nextInt(100)) + "," + (1 + random.nextInt(12)) + "," + (1 + random.nextInt(28)) + ","
            + (i % 3 == 0 ? random.nextInt(12) + 1 + ":" + String.format(Locale.ROOT, "%02d", random.nextInt(60))
                + " PM" : "") + ",,,,,,A " + group.toLowerCase(Locale.ROOT) + " event in " + region + " " + i
            + ",\"<p>Something happened, in " + region + ".</p>\",https://example.org/img/" + i + ".jpg,,A picture,,,"
            + group + ",\r\n");
      }
    }
  }
}
