import java.awt.image.BufferedImage;
import java.io.File;
import java.util.HashSet;
import java.util.Set;
import javax.imageio.ImageIO;

/**
 * Says whether a PNG written by {@code --snapshot} shows a window rather than nothing: the size asked
 * for, and more than a handful of colours (a blank or one-colour picture has one or two). Run as a
 * single source file: {@code java CheckSnapshot.java OUT.png WIDTH HEIGHT}; exit 0 when it does.
 */
public final class CheckSnapshot {
  public static void main(String[] args) throws Exception {
    File file = new File(args[0]);
    int width = Integer.parseInt(args[1]);
    int height = Integer.parseInt(args[2]);
    BufferedImage image = file.isFile() ? ImageIO.read(file) : null;
    if (image == null) {
      fail(file + " is missing or is not an image");
    }
    if (image.getWidth() != width || image.getHeight() != height) {
      fail(file + " is " + image.getWidth() + "x" + image.getHeight() + ", not " + width + "x" + height);
    }
    Set<Integer> colours = new HashSet<>();
    for (int y = 0; y < height; y += 2) {
      for (int x = 0; x < width; x += 2) {
        colours.add(image.getRGB(x, y));
      }
    }
    if (colours.size() < 50) {
      fail(file + " is nearly blank: " + colours.size() + " colours");
    }
    System.out.println(file + ": " + width + "x" + height + ", " + colours.size() + " colours: not blank");
  }

  private static void fail(String message) {
    System.err.println("snapshot check: " + message);
    System.exit(1);
  }
}
