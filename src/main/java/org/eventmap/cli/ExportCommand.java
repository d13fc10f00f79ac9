package org.eventmap.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.eventmap.io.CsvExport;
import org.eventmap.io.ProgressListener;
import org.eventmap.io.formats.FormatRegistry;
import org.eventmap.io.LoadResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;

@Command(
    name = "export",
    mixinStandardHelpOptions = true,
    description = "Prints a dataset in another format on standard output.")
final class ExportCommand implements Callable<Integer> {
  @Option(names = "--csv", required = true, description = "One CSV row per event: " + CsvExport.HEADER)
  boolean csv;

  @Parameters(arity = "1", paramLabel = "FILE", description = "The dataset to export.")
  Path file;

  @Spec CommandSpec spec;

  @Mixin ReadingOptions reading;

  @Override
  public Integer call() throws IOException {
    LoadResult result = FormatRegistry.read(file, reading.readOptions(), ProgressListener.NONE).withQuestionAsError();
    PrintWriter err = spec.commandLine().getErr();
    result.problems().forEach(err::println);
    if (!result.ok()) {
      err.println(file + ": not exported, the file has errors");
      err.flush();
      return 1;
    }
    PrintWriter out = spec.commandLine().getOut();
    CsvExport.write(result.dataset().get(), out);
    out.flush();
    err.flush();
    return 0;
  }
}
