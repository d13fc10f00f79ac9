package org.eventmap.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.eventmap.app.LaunchOptions;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class DesktopLaunchTest {
  private static final UnaryOperator<String> NO_KEY = name -> null;

  private static LaunchOptions parsed(String... args) {
    EventmapCommand command = new EventmapCommand();
    new CommandLine(command).parseArgs(args);
    return command.launchOptions();
  }

  private static String[] split(String line) {
    return line.isEmpty() ? new String[0] : line.split(" ");
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "--report-startup", "assets/datasets/gaza-diplomacy-2024-03.json",
      "some_folder/a_file.csv --report-startup", "--report-startup notes.kml", "x.json"})
  void aDesktopsCommandLineOpensWithTheOptionsTheParserGives(String line) {
    String[] args = split(line);
    assertThat(DesktopLaunch.options(args, System::getenv)).contains(parsed(args));
  }

  @Test
  void aFileNameWithSpacesIsOneFile() {
    String[] args = {"my events/March 2024.json"};
    assertThat(DesktopLaunch.options(args, NO_KEY)).map(LaunchOptions::file)
        .contains(Optional.of(Path.of("my events/March 2024.json")));
    assertThat(DesktopLaunch.options(args, System::getenv)).contains(parsed(args));
  }

  @ParameterizedTest
  @ValueSource(strings = {"--date 2024-03-10", "validate x.json", "export a.json b.kml", "convert a.csv b.json",
      "--snapshot out.png", "-h", "--help", "-V", "--version", "@arguments.txt", "a.json b.json",
      "--report-startup --report-startup", "--theme dark", "--map google", "--select e1", "-", "--"})
  void anythingElseIsLeftToTheParser(String line) {
    assertThat(DesktopLaunch.options(split(line), NO_KEY)).isEmpty();
  }

  @Test
  void theGoogleKeyComesFromTheEnvironmentAsTheParserTakesIt() {
    Map<String, String> environment = Map.of(LaunchOptions.GOOGLE_KEY_VARIABLE, "  k3y \n");
    assertThat(DesktopLaunch.options(new String[0], environment::get)).map(LaunchOptions::googleMapsKey)
        .contains(Optional.of("k3y"));
    Map<String, String> blank = Map.of(LaunchOptions.GOOGLE_KEY_VARIABLE, "   ");
    assertThat(DesktopLaunch.options(new String[0], blank::get)).map(LaunchOptions::googleMapsKey)
        .contains(Optional.empty());
  }

  @Test
  void reportingStartupIsKept() {
    assertThat(DesktopLaunch.options(new String[] {"--report-startup"}, NO_KEY))
        .map(LaunchOptions::reportStartup).contains(true);
    assertThat(DesktopLaunch.options(new String[0], NO_KEY)).map(LaunchOptions::reportStartup).contains(false);
  }
}
