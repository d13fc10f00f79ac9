package org.eventmap.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.eventmap.io.ProgressListener;
import org.eventmap.io.formats.FormatRegistry;
import org.eventmap.io.LoadResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(
    name = "validate",
    mixinStandardHelpOptions = true,
    description = {
      "Checks dataset files and prints every problem as FILE:LINE:COLUMN: message.",
      "Exits 0 when all files are valid (warnings allowed), 1 otherwise."
    })
final class ValidateCommand implements Callable<Integer> {
  @Parameters(arity = "1..*", paramLabel = "FILE", description = "Dataset files to check.")
  List<Path> files;

  @Spec CommandSpec spec;

  @Mixin ReadingOptions reading;

  @Override
  public Integer call() {
    var out = spec.commandLine().getOut();
    boolean allValid = true;
    for (Path file : files) {
      LoadResult result = FormatRegistry.read(file, reading.readOptions(), ProgressListener.NONE).withQuestionAsError();
      result.problems().forEach(out::println);
      if (result.ok()) {
        out.println(file + ": valid, " + counted(result.dataset().get().events().size(), "event")
            + (result.warnings().isEmpty() ? "" : ", " + counted(result.warnings().size(), "warning")));
      } else {
        allValid = false;
        out.println(file + ": not valid, " + counted(result.errors().size(), "error"));
      }
    }
    out.flush();
    return allValid ? 0 : 1;
  }

  private static String counted(int count, String thing) {
    return count + " " + thing + (count == 1 ? "" : "s");
  }
}
