package org.eventmap.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import org.eventmap.domain.Dataset;
import org.eventmap.io.EventmapFormat;
import org.eventmap.io.LoadResult;
import org.eventmap.io.ProgressListener;
import org.eventmap.io.ReadOptions;
import org.eventmap.io.export.AtomicFile;
import org.eventmap.io.export.DatasetWriter;
import org.eventmap.io.export.ExportFormats;
import org.eventmap.io.export.Written;

/**
 * How long each export format takes to write a large dataset, as {@code export --out} writes it (into a
 * temporary file, then moved). The target: 100k events in under 3 s for each format.
 *
 * <p>Usage: {@code ExportBenchmark FOLDER [--events N] [--runs R]}: writes a synthetic dataset of N events
 * (100,000 unless told; {@link SyntheticDataset}) into FOLDER unless it is there already, reads it once, then
 * writes it R times (3 unless told) in each format into FOLDER, printing every time, the median and the size.
 * FOLDER must be outside the project.
 */
public final class ExportBenchmark {
  private ExportBenchmark() {}

  public static void main(String[] args) throws IOException {
    if (args.length < 1) {
      System.err.println("usage: ExportBenchmark FOLDER [--events N] [--runs R]");
      System.exit(2);
    }
    Path folder = Path.of(args[0]);
    int events = 100_000;
    int runs = 3;
    for (int i = 1; i < args.length; i++) {
      switch (args[i]) {
        case "--events" -> events = Integer.parseInt(args[++i].replace("_", ""));
        case "--runs" -> runs = Integer.parseInt(args[++i]);
        default -> throw new IllegalArgumentException("unknown option " + args[i]);
      }
    }
    Files.createDirectories(folder);
    Path input = folder.resolve("synthetic-" + events + ".json");
    if (!Files.exists(input)) {
      SyntheticDataset.main(new String[] {"--events", Integer.toString(events), "--out", input.toString()});
    }
    long readStart = System.nanoTime();
    LoadResult result = new EventmapFormat().read(input, ReadOptions.NONE, ProgressListener.NONE);
    Dataset dataset = result.dataset().orElseThrow(() -> new IllegalStateException("the input has errors: "
        + result.errors()));
    System.out.printf(Locale.ROOT, "read %,d events in %.2f s (not counted below)%n", dataset.events().size(),
        (System.nanoTime() - readStart) / 1e9);
    for (DatasetWriter writer : ExportFormats.all()) {
      Path out = folder.resolve("export-" + writer.name() + "." + writer.extension());
      double[] seconds = new double[runs];
      double[] cpu = new double[runs];
      Written written = null;
      for (int r = 0; r < runs; r++) {
        long cpuStart = LoadBenchmark.processCpuNanos();
        long start = System.nanoTime();
        written = AtomicFile.write(out, writer, dataset);
        seconds[r] = (System.nanoTime() - start) / 1e9;
        cpu[r] = (LoadBenchmark.processCpuNanos() - cpuStart) / 1e9;
      }
      double[] sorted = seconds.clone();
      Arrays.sort(sorted);
      StringBuilder each = new StringBuilder();
      for (int r = 0; r < runs; r++) {
        each.append(String.format(Locale.ROOT, " %.2f (cpu %.2f)", seconds[r], cpu[r]));
      }
      System.out.printf(Locale.ROOT, "%-10s %,d events, %,d bytes: median %.2f s (runs, wall and process cpu:%s)%s%n", writer.name(),
          written.events(), Files.size(out), sorted[runs / 2], each, sorted[runs / 2] < 3 ? "" : "  OVER 3 s");
    }
  }
}
