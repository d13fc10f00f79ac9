package org.eventmap.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** A placeholder until the writer of our own format lands. */
@Command(
    name = "convert",
    mixinStandardHelpOptions = true,
    description = "Writes a file of any format Eventmap reads as an Eventmap dataset.")
final class ConvertCommand implements Callable<Integer> {
  @Parameters(arity = "1", paramLabel = "FILE", description = "The file to convert.")
  Path file;

  @Option(names = "--out", required = true, paramLabel = "OUT.json", description = "Where to write the dataset.")
  Path out;

  @Mixin ReadingOptions reading;

  @Override
  public Integer call() {
    System.err.println("convert is not built yet");
    return 2;
  }
}
