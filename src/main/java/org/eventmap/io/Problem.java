package org.eventmap.io;

import java.util.Objects;

/**
 * Something wrong (or doubtful) in a user's file, with where it is, in the form editors and compilers use
 * so that a person can jump to it: {@code FILE:LINE:COLUMN: message}.
 */
public record Problem(Severity severity, String file, int line, int column, String message) {
  public enum Severity {
    ERROR,
    WARNING
  }

  public Problem {
    Objects.requireNonNull(severity, "severity");
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(message, "message");
  }

  public boolean isError() {
    return severity == Severity.ERROR;
  }

  @Override
  public String toString() {
    return file + ":" + line + ":" + column + ": " + (isError() ? "" : "warning: ") + message;
  }
}
