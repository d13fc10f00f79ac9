package org.eventmap;

import static org.assertj.core.api.Assertions.assertThat;

import org.eventmap.cli.EventmapCommand;
import org.junit.jupiter.api.Test;

/** The launcher preloads the window's classes only for a command line that opens the window. */
class LauncherTest {
  @Test
  void theSubcommandsKnownBeforeParsingAreThoseTheCommandLineHas() {
    assertThat(EventmapCommand.SUBCOMMANDS)
        .containsExactlyInAnyOrderElementsOf(EventmapCommand.commandLine().getSubcommands().keySet());
  }

  @Test
  void onlyACommandLineThatOpensTheWindowPreloads() {
    assertThat(Main.opensWindow(new String[] {})).isTrue();
    assertThat(Main.opensWindow(new String[] {"events.csv", "--date", "2024-03-22"})).isTrue();
    assertThat(Main.opensWindow(new String[] {"validate", "events.csv"})).isFalse();
    assertThat(Main.opensWindow(new String[] {"--snapshot", "out.png"})).isFalse();
    assertThat(Main.opensWindow(new String[] {"--help"})).isFalse();
  }
}
