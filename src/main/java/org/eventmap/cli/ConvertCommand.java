package org.eventmap.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.eventmap.io.export.ExportFormats;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(
    name = "convert",
    mixinStandardHelpOptions = true,
    description = {
      "Writes a file of any format Eventmap reads as an Eventmap dataset (eventmap/1), keeping every field.",
      "Places are shared by id, with the time zones of their coordinates; what had to change for the format "
          + "(ids, times without an offset) is said as a warning. The file is written whole or not at all."
    })
final class ConvertCommand implements Callable<Integer> {
  @Parameters(arity = "1", paramLabel = "FILE", description = "The file to convert.")
  Path file;

  @Option(names = "--out", required = true, paramLabel = "OUT.json", description = "Where to write the dataset.")
  Path out;

  @Spec CommandSpec spec;

  @Mixin ReadingOptions reading;

  @Override
  public Integer call() {
    return ExportCommand.export(spec, file, out, reading, ExportFormats.named("eventmap").orElseThrow(), "converted");
  }
}
