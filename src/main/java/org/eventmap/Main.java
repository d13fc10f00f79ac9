package org.eventmap;

import org.eventmap.cli.EventmapCommand;
import org.eventmap.cli.TerminalLogging;

/**
 * The launcher. It does not extend {@code javafx.application.Application}, so that the runnable jar
 * starts with JavaFX on the class path.
 */
public final class Main {
  private Main() {}

  public static void main(String[] args) {
    if (opensWindow(args)) {
      ClassPreloader.start();
    }
    TerminalLogging.install(); // before JavaFX starts: it warns at start-up
    System.exit(EventmapCommand.commandLine().execute(args));
  }

  /** Whether the command line opens the window (no subcommand, no picture, no help): worth preloading for. */
  static boolean opensWindow(String[] args) {
    for (String arg : args) {
      if (arg.equals("--snapshot") || arg.startsWith("--snapshot=") || arg.equals("--help") || arg.equals("-h")
          || arg.equals("--version") || arg.equals("-V") || EventmapCommand.SUBCOMMANDS.contains(arg)) {
        return false;
      }
    }
    return true;
  }
}
