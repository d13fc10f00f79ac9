package org.eventmap.cli;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.eventmap.domain.Dataset;
import org.eventmap.io.CsvExport;
import org.eventmap.io.LoadResult;
import org.eventmap.io.ProgressListener;
import org.eventmap.io.export.AtomicFile;
import org.eventmap.io.export.DatasetWriter;
import org.eventmap.io.export.ExportFormats;
import org.eventmap.io.export.Written;
import org.eventmap.io.formats.FormatRegistry;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(
    name = "export",
    mixinStandardHelpOptions = true,
    description = {
      "Writes a dataset (of any format Eventmap reads) in another format, on standard output or into --out.",
      "A file is written whole or not at all: into a temporary file beside it, then renamed."
    })
final class ExportCommand implements Callable<Integer> {
  @ArgGroup(exclusive = true, multiplicity = "1")
  Format format;

  static final class Format {
    @Option(names = "--geojson", required = true, description = "GeoJSON (RFC 7946): a Feature per event.")
    boolean geojson;

    @Option(names = "--kml", required = true, description = "KML 2.2 for Google Earth: a Placemark per event.")
    boolean kml;

    @Option(names = "--timelinejs", required = true, description = "TimelineJS3 JSON: a slide per dated event.")
    boolean timelinejs;

    @Option(names = "--csv", required = true, description = "One CSV row per event: " + CsvExport.HEADER)
    boolean csv;

    String name() {
      return geojson ? "geojson" : kml ? "kml" : timelinejs ? "timelinejs" : "csv";
    }
  }

  @Parameters(arity = "1", paramLabel = "FILE", description = "The dataset to export.")
  Path file;

  @Option(names = "--out", paramLabel = "OUT", description = "The file to write (default: standard output).")
  Path out;

  @Spec CommandSpec spec;

  @Mixin ReadingOptions reading;

  @Override
  public Integer call() {
    return export(spec, file, out, reading, ExportFormats.named(format.name()).orElseThrow(), "exported");
  }

  /**
   * Reads FILE, then writes it with the writer to OUT (atomically) or to standard output. Nothing is
   * written when the file has errors or OUT cannot be a file: 1 for the file's errors or a failed write
   * (the disk full, the folder gone meanwhile), 2 for an OUT that cannot be written (no such folder, the
   * input itself). What went wrong with OUT is said as {@code eventmap: cannot write OUT: why}.
   */
  static int export(CommandSpec spec, Path file, Path out, ReadingOptions reading, DatasetWriter writer,
      String verb) {
    PrintWriter err = spec.commandLine().getErr();
    try {
      if (out != null) {
        String refusal = refusal(file, out);
        if (refusal != null) {
          err.println("eventmap: cannot write " + out + ": " + refusal);
          return 2;
        }
      }
      LoadResult result = FormatRegistry.read(file, reading.readOptions(), ProgressListener.NONE).withQuestionAsError();
      result.problems().forEach(err::println);
      if (!result.ok()) {
        err.println(file + ": not " + verb + ", the file has errors");
        return 1;
      }
      Dataset dataset = result.dataset().get();
      Written written;
      if (out == null) {
        try {
          PrintWriter stdout = spec.commandLine().getOut();
          BufferedWriter buffered = new BufferedWriter(stdout, 1 << 16);
          written = writer.write(dataset, buffered);
          buffered.flush();
          stdout.flush();
        } catch (IOException e) {
          err.println("eventmap: cannot write to standard output: " + e.getMessage());
          return 1;
        }
      } else {
        try {
          written = AtomicFile.write(out, writer, dataset);
        } catch (IOException e) {
          // Its message already says why in words, and that nothing was written.
          err.println("eventmap: cannot write " + out + ": " + e.getMessage());
          return 1;
        }
      }
      for (String note : written.notes()) {
        err.println("warning: " + note);
      }
      if (out != null) {
        spec.commandLine().getOut().println(out + ": " + written.events() + " events written as "
            + writer.description());
      }
      return 0;
    } finally {
      err.flush();
      spec.commandLine().getOut().flush();
    }
  }

  /** Why OUT cannot be written to, or null when it can. */
  static String refusal(Path file, Path out) {
    Path target = out.toAbsolutePath().normalize();
    Path folder = target.getParent();
    if (folder == null) {
      return "it is not a file";
    }
    if (Files.exists(folder) && !Files.isDirectory(folder)) {
      return folder + " is not a folder; nothing was written";
    }
    if (!Files.isDirectory(folder)) {
      return "the folder " + folder + " does not exist; nothing was written";
    }
    if (Files.isDirectory(target)) {
      return "it is a folder: give the name of the file to write";
    }
    Path input = file.toAbsolutePath().normalize();
    try {
      if (target.equals(input) || Files.exists(target) && Files.exists(input) && Files.isSameFile(target, input)) {
        return "it is the file being read; choose another name (the file read is never written to)";
      }
    } catch (IOException e) {
      return "it cannot be checked: " + e.getMessage();
    }
    if (!Files.isWritable(folder) || Files.exists(target) && !Files.isWritable(target)) {
      return whyNotWritable(target) + "; nothing was written";
    }
    return null;
  }

  /** Tried for real, since the permissions do not say why (a read-only disk says it only when written to). */
  private static String whyNotWritable(Path target) {
    try {
      Files.delete(Files.createTempFile(target.getParent(), ".eventmap-", ".probe"));
      return "permission denied";
    } catch (IOException e) {
      return AtomicFile.reason(target, e);
    }
  }
}
