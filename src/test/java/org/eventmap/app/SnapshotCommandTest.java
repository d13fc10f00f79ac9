package org.eventmap.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code --snapshot} as a person runs it: a separate process, with no display, writing a PNG of the
 * window at a date and a selection.
 */
class SnapshotCommandTest {
  @TempDir Path dir;

  private record Run(int exitCode, String output) {}

  private Run eventmap(String... args) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(List.of(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
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

  /** Pixels in the rectangle that are clearly dark, as text is. */
  private static int darkPixels(BufferedImage image, int x0, int y0, int x1, int y1) {
    int count = 0;
    for (int y = y0; y < y1; y++) {
      for (int x = x0; x < x1; x++) {
        int rgb = image.getRGB(x, y);
        int r = (rgb >> 16) & 0xff, g = (rgb >> 8) & 0xff, b = rgb & 0xff;
        if (r + g + b < 250) {
          count++;
        }
      }
    }
    return count;
  }

  @Test
  void rendersTheWindowAtADateWithASelectedEventToAPng() throws Exception {
    File withSelection = dir.resolve("selected.png").toFile();
    File withoutSelection = dir.resolve("plain.png").toFile();

    Run selected = eventmap("--date", "2024-03-22", "--select", "2024-03-22-blinken-arrives-tel-aviv",
        "--snapshot", withSelection.toString(), "--size", "1000x700");
    Run plain = eventmap("--date", "2024-03-22", "--snapshot", withoutSelection.toString(), "--size", "1000x700");

    assertThat(selected.exitCode()).as(selected.output()).isZero();
    assertThat(plain.exitCode()).as(plain.output()).isZero();
    assertThat(selected.output()).doesNotContain("Exception");
    BufferedImage image = ImageIO.read(withSelection);
    assertThat(image.getWidth()).isEqualTo(1000);
    assertThat(image.getHeight()).isEqualTo(700);
    // The detail pane on the right carries the event's text; without a selection only a short hint.
    int detailWithSelection = darkPixels(image, 720, 40, 1000, 600);
    int detailWithout = darkPixels(ImageIO.read(withoutSelection), 720, 40, 1000, 600);
    assertThat(detailWithSelection).isGreaterThan(3 * Math.max(detailWithout, 1));
  }

  @Test
  void aFileWithErrorsGivesTheErrorsAndNoPicture() throws Exception {
    Path bad = dir.resolve("bad.json");
    java.nio.file.Files.writeString(bad, "{\"format\": \"eventmap/1\", \"title\": 3}");
    File out = dir.resolve("never.png").toFile();

    Run run = eventmap(bad.toString(), "--snapshot", out.toString());

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.output()).contains(bad + ":1:35: 'title' must be a string, found a number")
        .doesNotContain("Exception");
    assertThat(out).doesNotExist();
  }
}
