package org.eventmap.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Whether a browser took a link is known from the system's opener command. */
class LinkOpenerTest {
  private static final URI LINK = URI.create("https://www.un.org/press/en/2024/sc15637.doc.htm");

  @Test
  void anOpenerCommandThatDoesNotExistMeansNoBrowser() {
    assertThat(new LinkOpener.Command(List.of("eventmap-test-no-such-browser")).open(LINK)).isFalse();
  }

  @Test
  void anOpenerThatFailsMeansNoBrowserAndOneThatSucceedsMeansOpened() {
    assumeTrue(Files.isExecutable(Path.of("/bin/false")) && Files.isExecutable(Path.of("/bin/true")), "a Unix system");
    assertThat(new LinkOpener.Command(List.of("/bin/false")).open(LINK)).isFalse();
    assertThat(new LinkOpener.Command(List.of("/bin/true")).open(LINK)).isTrue();
  }

  @Test
  void onlyWebAddressesAreHandedToTheSystem() {
    assumeTrue(Files.isExecutable(Path.of("/bin/true")), "a Unix system");
    assertThat(new LinkOpener.Command(List.of("/bin/true")).open(URI.create("file:///etc/passwd"))).isFalse();
  }
}
