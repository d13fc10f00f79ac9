package org.eventmap.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 11, item 12: the terminal stays quiet unless something is wrong. Each run is a separate process
 * started through {@code org.eventmap.Main}, as the jar starts.
 */
public class QuietTerminalTest {
  private static final String CURATED = "assets/datasets/gaza-diplomacy-2024-03.json";
  @TempDir Path dir;

  public record Run(int exitCode, String out, String err) {}

  public static Run eventmap(List<String> jvmOptions, String... args) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(List.of(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp", System.getProperty("java.class.path")));
    command.addAll(jvmOptions);
    command.add("org.eventmap.Main");
    command.addAll(List.of(args));
    Process process = new ProcessBuilder(command).start();
    // Read both streams while it runs, so that a full pipe cannot stall the process.
    var out = java.util.concurrent.CompletableFuture.supplyAsync(() -> readAll(process.getInputStream()));
    var err = java.util.concurrent.CompletableFuture.supplyAsync(() -> readAll(process.getErrorStream()));
    if (!process.waitFor(90, TimeUnit.SECONDS)) {
      process.destroyForcibly();
      throw new AssertionError("eventmap " + String.join(" ", args) + " did not finish in 90 s");
    }
    return new Run(process.exitValue(), out.join(), err.join());
  }

  private static String readAll(java.io.InputStream in) {
    try {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  @Test
  void validatePrintsItsVerdictAndNothingOnStandardError() throws Exception {
    Run run = eventmap(List.of(), "validate", CURATED);

    assertThat(run.exitCode()).isZero();
    assertThat(run.err()).isEmpty();
    assertThat(run.out().lines()).containsExactly(CURATED + ": valid, 41 events");
  }

  @Test
  void snapshotPrintsNoUnsupportedJavaFxConfigurationWarning() throws Exception {
    Path png = dir.resolve("shot.png");

    Run run = eventmap(List.of(), "--snapshot", png.toString(), "--size", "800x600", "--date", "2024-03-22");

    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.err()).doesNotContain("Unsupported JavaFX configuration").isEmpty();
    assertThat(run.out().lines()).containsExactly("wrote " + png + " (800x600)");
  }

  @Test
  void theWindowPrintsNoUnsupportedJavaFxConfigurationWarning() throws Exception {
    // The window on the headless platform; --report-startup closes it once the map is drawn.
    Run run = eventmap(List.of("-Dglass.platform=Monocle", "-Dmonocle.platform=Headless", "-Dprism.order=sw",
        "-Deventmap.session=" + dir.resolve("session.json")), "--report-startup");

    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.err()).doesNotContain("Unsupported JavaFX configuration").isEmpty();
    assertThat(run.out()).startsWith("startup: first map with basemap and markers drawn");
  }

  @Test
  void infoMessagesStayOffTheTerminalAndErrorsAreOneShortLineWithoutADate() {
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    Handler terminal = TerminalLogging.handler(err);

    LogRecord info = new LogRecord(Level.INFO, "Google map not shown: UNREACHABLE");
    LogRecord severe = new LogRecord(Level.SEVERE, "cannot read the built-in basemap {0}");
    severe.setParameters(new Object[] {"1:50m"});
    severe.setThrown(new java.io.EOFException("truncated"));
    LogRecord javafx = new LogRecord(Level.WARNING, "Unsupported JavaFX configuration: classes were loaded from 'unnamed module @1'");
    javafx.setLoggerName("javafx");
    for (LogRecord r : List.of(info, javafx, severe)) {
      if (terminal.isLoggable(r)) {
        terminal.publish(r);
      }
    }

    assertThat(err.toString(StandardCharsets.UTF_8).lines())
        .containsExactly("eventmap: error: cannot read the built-in basemap 1:50m (EOFException: truncated)");
  }
}
