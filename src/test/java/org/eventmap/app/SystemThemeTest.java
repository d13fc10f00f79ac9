package org.eventmap.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.eventmap.state.Theme;
import org.junit.jupiter.api.Test;

/** What each desktop says of its theme, read as SystemTheme reads it (the programs stood in for). */
class SystemThemeTest {
  private final List<List<String>> asked = new ArrayList<>();

  private SystemTheme.Asker answering(String output) {
    return command -> {
      asked.add(command);
      return Optional.ofNullable(output);
    };
  }

  @Test
  void aGtkThemeNamedDarkIsDarkWithoutAskingGnome() {
    assertThat(SystemTheme.detect("Linux", Map.of("GTK_THEME", "Adwaita:dark"), answering(null))).isEqualTo(Theme.DARK);
    assertThat(SystemTheme.detect("Linux", Map.of("GTK_THEME", "Adwaita"), answering("'prefer-dark'")))
        .isEqualTo(Theme.LIGHT);
    assertThat(asked).isEmpty();
  }

  @Test
  void gnomesColourSchemeIsAskedWhenNoGtkThemeIsSet() {
    assertThat(SystemTheme.detect("Linux", Map.of(), answering("'prefer-dark'\n"))).isEqualTo(Theme.DARK);
    assertThat(SystemTheme.detect("Linux", Map.of(), answering("'default'\n"))).isEqualTo(Theme.LIGHT);
    assertThat(asked.get(0)).containsExactly("gsettings", "get", "org.gnome.desktop.interface", "color-scheme");
  }

  @Test
  void windowsDarkModeIsAppsUseLightThemeZero() {
    String dark = "\nHKEY_CURRENT_USER\\Software\\Microsoft\\Windows\\CurrentVersion\\Themes\\Personalize\n"
        + "    AppsUseLightTheme    REG_DWORD    0x0\n";
    assertThat(SystemTheme.detect("Windows 11", Map.of(), answering(dark))).isEqualTo(Theme.DARK);
    assertThat(SystemTheme.detect("Windows 11", Map.of(), answering(dark.replace("0x0", "0x1"))))
        .isEqualTo(Theme.LIGHT);
  }

  @Test
  void macOsDarkModeIsAppleInterfaceStyleDark() {
    assertThat(SystemTheme.detect("Mac OS X", Map.of(), answering("Dark\n"))).isEqualTo(Theme.DARK);
    // In light mode the key is missing and the program fails: no answer.
    assertThat(SystemTheme.detect("Mac OS X", Map.of(), answering(null))).isEqualTo(Theme.LIGHT);
  }

  @Test
  void aDesktopThatCannotTellIsLight() {
    assertThat(SystemTheme.detect("Linux", Map.of(), answering(null))).isEqualTo(Theme.LIGHT);
    assertThat(SystemTheme.detect("Haiku", Map.of(), answering(null))).isEqualTo(Theme.LIGHT);
  }

  @Test
  void askingThisMachineTakesLittleTime() {
    long start = System.nanoTime();
    Theme theme = SystemTheme.detect();
    long millis = (System.nanoTime() - start) / 1_000_000;

    assertThat(theme).isNotNull();
    // The timeout is 150 ms; starting a program on a busy machine adds a little.
    assertThat(millis).isLessThan(600);
  }
}
