package org.eventmap.cli;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.eventmap.app.LaunchOptions;
import org.eventmap.state.MapProvider;

/**
 * The command lines a desktop gives when a person opens the app (none, or the one file they opened),
 * understood without building the full command-line parser: making it, with its annotations and
 * subcommands, is about a quarter of a second of a cold start (docs/performance.md). Anything else goes
 * to the parser, which gives these the same options ({@code DesktopLaunchTest}).
 */
final class DesktopLaunch {
  private static final String REPORT_STARTUP = "--report-startup";

  private DesktopLaunch() {}

  /** The options of such a command line; empty for any other, which the parser reads. */
  static Optional<LaunchOptions> options(String[] args, UnaryOperator<String> environment) {
    Path file = null;
    boolean reportStartup = false;
    for (String arg : args) {
      if (arg.equals(REPORT_STARTUP) && !reportStartup) {
        reportStartup = true;
      } else if (file == null && isPlainFileName(arg)) {
        try {
          file = Path.of(arg);
        } catch (InvalidPathException e) {
          return Optional.empty(); // the parser says what is wrong with it
        }
      } else {
        return Optional.empty();
      }
    }
    return Optional.of(new LaunchOptions(Optional.ofNullable(file), Optional.empty(), Optional.empty(),
        Optional.empty(), Optional.empty(), MapProvider.EMBEDDED, EventmapCommand.googleKey(null, environment),
        reportStartup));
  }

  /** Not an option, an argument file ({@code @FILE}) or a subcommand: the parser has more to say of those. */
  private static boolean isPlainFileName(String arg) {
    return !arg.isEmpty() && !arg.startsWith("-") && !arg.startsWith("@") && !arg.equals("validate")
        && !arg.equals("export") && !arg.equals("convert");
  }
}
