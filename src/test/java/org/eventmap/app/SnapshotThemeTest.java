package org.eventmap.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.File;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;
import org.eventmap.cli.EventmapCommand;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code --theme} on the command line, as a person types it, with {@code --snapshot} in its own process. */
class SnapshotThemeTest {
  @TempDir Path dir;

  private record Run(int exitCode, String output) {}

  private Run eventmap(String... args) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(List.of(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-Deventmap.session=" + dir.resolve("session.json"),
        "-cp", System.getProperty("java.class.path"), "org.eventmap.Main"));
    command.addAll(List.of(args));
    Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
    boolean finished = process.waitFor(90, TimeUnit.SECONDS);
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    if (!finished) {
      process.destroyForcibly();
      throw new AssertionError("snapshot did not finish in 90 s: " + output);
    }
    return new Run(process.exitValue(), output);
  }

  /** The mean brightness of the picture, 0 (black) to 1 (white). */
  private static double brightness(BufferedImage image) {
    double sum = 0;
    int n = 0;
    for (int y = 0; y < image.getHeight(); y += 5) {
      for (int x = 0; x < image.getWidth(); x += 5) {
        int rgb = image.getRGB(x, y);
        sum += (((rgb >> 16) & 0xff) + ((rgb >> 8) & 0xff) + (rgb & 0xff)) / (3 * 255.0);
        n++;
      }
    }
    return sum / n;
  }

  @Test
  void themeDarkWithSnapshotWritesADarkPictureAndWithoutItALightOne() throws Exception {
    File dark = dir.resolve("dark.png").toFile();
    File light = dir.resolve("light.png").toFile();

    Run darkRun = eventmap("--date", "2024-03-22", "--theme", "dark", "--snapshot", dark.toString(), "--size", "800x600");
    Run lightRun = eventmap("--date", "2024-03-22", "--snapshot", light.toString(), "--size", "800x600");

    assertThat(darkRun.exitCode()).as(darkRun.output()).isZero();
    assertThat(lightRun.exitCode()).as(lightRun.output()).isZero();
    double darkness = brightness(ImageIO.read(dark));
    double lightness = brightness(ImageIO.read(light));
    assertThat(darkness).as("the dark picture").isLessThan(0.3);
    assertThat(lightness).as("the light picture, the default for scripts").isGreaterThan(0.75);
    // The dark map's sea is there: the picture is the designed dark map, not an inverted light one.
    BufferedImage image = ImageIO.read(dark);
    int sea = 0;
    for (int y = 0; y < image.getHeight(); y += 3) {
      for (int x = 0; x < image.getWidth(); x += 3) {
        if ((image.getRGB(x, y) & 0xffffff) == 0x101c2b) {
          sea++;
        }
      }
    }
    assertThat(sea).isGreaterThan(200);
  }

  @Test
  void anUnknownThemeIsABadOptionThatNamesTheChoices() {
    StringWriter err = new StringWriter();
    CommandLine cl = EventmapCommand.commandLine();
    cl.setOut(new PrintWriter(new StringWriter()));
    cl.setErr(new PrintWriter(err));

    int code = cl.execute("--theme", "sepia", "--snapshot", dir.resolve("x.png").toString());

    assertThat(code).isEqualTo(2);
    assertThat(err.toString()).contains("'sepia' is not a theme: use light, dark or system")
        .doesNotContain("Exception");
    assertThat(dir.resolve("x.png")).doesNotExist();
  }
}
