package org.eventmap.tools;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Area;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.awt.geom.RoundRectangle2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;

/**
 * Draws Eventmap's application icon: a map pin standing on a timeline, on a rounded square of sea blue
 * with a sliver of land. Each size is drawn anew, not scaled down, so that the small ones stay crisp: at
 * 16 and 32 px the ticks and the land are left out and the lines are thicker.
 *
 * <p>Run it from the project's folder after changing the design, and commit the PNGs it writes (it needs
 * only the JDK): {@code mvn -q -ntp -o test-compile && java -Djava.awt.headless=true -cp target/test-classes
 * org.eventmap.tools.AppIconGenerator}, or run its main method from an IDE. It writes
 * {@code src/main/resources/org/eventmap/icons/eventmap-SIZE.png} for every size of {@link #SIZES}.
 */
public final class AppIconGenerator {
  public static final int[] SIZES = {16, 32, 48, 64, 128, 256};

  private static final Color SEA_TOP = new Color(0x2f6fb0);
  private static final Color SEA_BOTTOM = new Color(0x1d4a7d);
  private static final Color LAND = new Color(0xe9e2cf);
  private static final Color TIMELINE = new Color(0xffffff);
  private static final Color PIN = new Color(0xe0452c);
  private static final Color PIN_EDGE = new Color(0x8f2414);
  private static final Color PIN_HOLE = new Color(0xffffff);

  private AppIconGenerator() {}

  public static void main(String[] args) throws IOException {
    Path folder = Path.of(args.length > 0 ? args[0] : "src/main/resources/org/eventmap/icons");
    Files.createDirectories(folder);
    for (int size : SIZES) {
      Path file = folder.resolve("eventmap-" + size + ".png");
      ImageIO.write(draw(size), "png", file.toFile());
      System.out.println("wrote " + file);
    }
  }

  /** The icon at this many pixels a side. */
  public static BufferedImage draw(int size) {
    BufferedImage image = new BufferedImage(size, size, BufferedImage.TYPE_INT_ARGB);
    Graphics2D g = image.createGraphics();
    g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
    g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
    g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
    g.scale(size / 256.0, size / 256.0);
    boolean small = size <= 32;

    // The tile: sea, with a coast across its lower left.
    RoundRectangle2D tile = new RoundRectangle2D.Double(8, 8, 240, 240, 56, 56);
    g.setPaint(new GradientPaint(0, 8, SEA_TOP, 0, 248, SEA_BOTTOM));
    g.fill(tile);
    if (!small) {
      Path2D land = new Path2D.Double();
      land.moveTo(8, 150);
      land.curveTo(50, 132, 74, 160, 112, 150);
      land.curveTo(150, 140, 170, 170, 248, 158);
      land.lineTo(248, 248);
      land.lineTo(8, 248);
      land.closePath();
      Area clipped = new Area(land);
      clipped.intersect(new Area(tile));
      g.setColor(LAND);
      g.fill(clipped);
    }

    // The timeline: a line with ticks, the pin's point on it.
    double lineY = 196;
    g.setColor(small ? TIMELINE : new Color(0x37474f));
    g.setStroke(new BasicStroke(small ? 22 : 12, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
    g.draw(new java.awt.geom.Line2D.Double(40, lineY, 216, lineY));
    if (!small) {
      g.setStroke(new BasicStroke(8, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
      for (double x : new double[] {56, 92, 164, 200}) {
        g.draw(new java.awt.geom.Line2D.Double(x, lineY - 14, x, lineY + 14));
      }
    }

    // The pin: a round head drawn down to a point on the line.
    double cx = 128;
    double headY = small ? 92 : 96;
    double r = small ? 62 : 56;
    Path2D pin = new Path2D.Double();
    pin.moveTo(cx, lineY - 6);
    pin.curveTo(cx - 20, headY + r * 0.95, cx - r, headY + r * 0.55, cx - r, headY);
    pin.curveTo(cx - r, headY - r * 0.56, cx - r * 0.56, headY - r, cx, headY - r);
    pin.curveTo(cx + r * 0.56, headY - r, cx + r, headY - r * 0.56, cx + r, headY);
    pin.curveTo(cx + r, headY + r * 0.55, cx + 20, headY + r * 0.95, cx, lineY - 6);
    pin.closePath();
    g.setColor(PIN);
    g.fill(pin);
    g.setColor(PIN_EDGE);
    g.setStroke(new BasicStroke(small ? 10 : 6, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
    g.draw(pin);
    double hole = small ? 26 : 22;
    g.setColor(PIN_HOLE);
    g.fill(new Ellipse2D.Double(cx - hole, headY - hole, 2 * hole, 2 * hole));
    g.dispose();
    return image;
  }
}
