package org.eventmap.cli;

import java.io.OutputStream;
import java.io.PrintStream;
import java.util.logging.Formatter;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.logging.StreamHandler;

/**
 * What the program's log may print on the terminal: warnings and errors only, one short line each on
 * standard error, with no date. Messages at INFO and below are for someone debugging, who can turn them on
 * with {@code -Djava.util.logging.config.file=...}; then this class leaves logging as configured.
 */
public final class TerminalLogging {
  /**
   * JavaFX warns at every start that it was loaded from the class path rather than as modules. The runnable
   * jar is made that way on purpose (a shaded jar has no modules), so the warning tells the person nothing.
   */
  static final String UNNAMED_MODULE_WARNING = "Unsupported JavaFX configuration";

  /** The root logger holds the handler; held here as well so that nothing of this set-up can be collected. */
  private static final Logger ROOT = Logger.getLogger("");

  private TerminalLogging() {}

  /** Call first in {@code main}, before JavaFX starts. */
  public static void install() {
    if (System.getProperty("java.util.logging.config.file") != null
        || System.getProperty("java.util.logging.config.class") != null) {
      return;
    }
    for (Handler handler : ROOT.getHandlers()) {
      ROOT.removeHandler(handler);
    }
    ROOT.addHandler(handler(System.err));
  }

  /** The handler that writes to the terminal's error stream; flushes each line, as a console does. */
  static Handler handler(OutputStream err) {
    StreamHandler handler = new StreamHandler(err instanceof PrintStream p ? p : new PrintStream(err, true),
        new ShortLine()) {
      @Override
      public synchronized void publish(LogRecord record) {
        super.publish(record);
        flush();
      }

      @Override
      public synchronized void close() {
        flush(); // never close the process's standard error
      }
    };
    handler.setLevel(Level.WARNING);
    handler.setFilter(record -> !isUnnamedModuleWarning(record));
    return handler;
  }

  private static boolean isUnnamedModuleWarning(LogRecord record) {
    return "javafx".equals(record.getLoggerName()) && record.getMessage() != null
        && record.getMessage().startsWith(UNNAMED_MODULE_WARNING);
  }

  /** {@code eventmap: warning: message (cause)}: what went wrong, without a date or a stack trace. */
  static final class ShortLine extends Formatter {
    @Override
    public String format(LogRecord record) {
      String level = record.getLevel().intValue() >= Level.SEVERE.intValue() ? "error" : "warning";
      String text = "eventmap: " + level + ": " + formatMessage(record);
      Throwable cause = record.getThrown();
      if (cause != null) {
        text += " (" + cause.getClass().getSimpleName()
            + (cause.getMessage() == null ? "" : ": " + cause.getMessage()) + ")";
      }
      return text + System.lineSeparator();
    }
  }
}
