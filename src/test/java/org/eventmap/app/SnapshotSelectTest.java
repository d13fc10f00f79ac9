package org.eventmap.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 11, item 10: {@code --snapshot --select} of an id the file does not have is not ignored. */
class SnapshotSelectTest {
  @TempDir Path dir;

  @Test
  void snapshotWithAnUnknownSelectSaysWhichIdWasNotFoundAndFails() throws Exception {
    Path png = dir.resolve("shot.png");

    var run = org.eventmap.cli.QuietTerminalTest.eventmap(List.of(), "--snapshot", png.toString(), "--select",
        "no-such-event");

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err().lines())
        .containsExactly("eventmap: no event has the id 'no-such-event' (given with --select); no snapshot written");
    assertThat(png).doesNotExist();
  }

  @Test
  void theHelpListsTheExitCodes() {
    java.io.StringWriter out = new java.io.StringWriter();
    picocli.CommandLine cl = org.eventmap.cli.EventmapCommand.commandLine();
    cl.setOut(new java.io.PrintWriter(out));

    assertThat(cl.execute("--help")).isZero();

    assertThat(out.toString()).contains("Exit codes:")
        .containsPattern("2\\s+A bad option, or --select names an event the file does not have");
  }
}
