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
    TerminalLogging.install(); // before JavaFX starts: it warns at start-up
    System.exit(EventmapCommand.run(args));
  }
}
