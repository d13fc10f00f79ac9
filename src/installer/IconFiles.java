import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Makes the Windows .ico and the macOS .icns of the application icon from its PNGs, so that one
 * picture, kept as PNG, serves every installer. Both formats may hold PNG images as they are, which is
 * all this does: no image library, no tool of the operating system. Run as a single source file:
 * {@code java IconFiles.java eventmap-256.png OUT_DIR}; the other sizes (eventmap-16.png ...) are
 * taken from beside the given one when they are there.
 */
public final class IconFiles {
  private static final byte[] PNG_SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};

  public static void main(String[] args) throws IOException {
    if (args.length != 2) {
      System.err.println("usage: java IconFiles.java ICON-256.png OUT_DIR");
      System.exit(2);
    }
    Path largest = Path.of(args[0]);
    Path out = Path.of(args[1]);
    List<Png> pngs = sizesBeside(largest);
    Files.createDirectories(out);
    String base = largest.getFileName().toString().replaceFirst("-\\d+\\.png$", "").replaceFirst("\\.png$", "");
    Files.write(out.resolve(base + ".ico"), ico(pngs));
    Files.write(out.resolve(base + ".icns"), icns(pngs));
    Files.copy(largest, out.resolve(base + ".png"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    System.out.println("icons: " + out.resolve(base + ".{png,ico,icns}") + " from " + pngs.size() + " sizes");
  }

  record Png(int size, byte[] bytes) {}

  static List<Png> sizesBeside(Path largest) throws IOException {
    List<Png> pngs = new ArrayList<>();
    Matcher named = Pattern.compile("(.*)-(\\d+)\\.png").matcher(largest.getFileName().toString());
    if (named.matches()) {
      for (int size : new int[] {16, 32, 48, 64, 128, 256, 512}) {
        Path p = largest.resolveSibling(named.group(1) + "-" + size + ".png");
        if (Files.isRegularFile(p)) {
          pngs.add(png(p));
        }
      }
    }
    if (pngs.isEmpty()) {
      pngs.add(png(largest));
    }
    return pngs;
  }

  static Png png(Path file) throws IOException {
    byte[] bytes = Files.readAllBytes(file);
    ByteBuffer b = ByteBuffer.wrap(bytes).order(ByteOrder.BIG_ENDIAN);
    for (int i = 0; i < PNG_SIGNATURE.length; i++) {
      if (bytes.length < 24 || bytes[i] != PNG_SIGNATURE[i]) {
        throw new IOException(file + " is not a PNG image");
      }
    }
    int width = b.getInt(16);
    int height = b.getInt(20);
    if (width != height) {
      throw new IOException(file + " is " + width + "x" + height + ": an icon must be square");
    }
    return new Png(width, bytes);
  }

  /** ICO: a directory of entries, each a PNG (Windows Vista and later read PNG entries). */
  static byte[] ico(List<Png> pngs) {
    List<Png> fit = pngs.stream().filter(p -> p.size() <= 256).toList();
    int offset = 6 + 16 * fit.size();
    ByteBuffer b = ByteBuffer.allocate(offset + fit.stream().mapToInt(p -> p.bytes().length).sum())
        .order(ByteOrder.LITTLE_ENDIAN);
    b.putShort((short) 0).putShort((short) 1).putShort((short) fit.size());
    for (Png p : fit) {
      b.put((byte) (p.size() == 256 ? 0 : p.size())).put((byte) (p.size() == 256 ? 0 : p.size()));
      b.put((byte) 0).put((byte) 0).putShort((short) 1).putShort((short) 32);
      b.putInt(p.bytes().length).putInt(offset);
      offset += p.bytes().length;
    }
    fit.forEach(p -> b.put(p.bytes()));
    return b.array();
  }

  /** ICNS: typed chunks; ic07/ic08/ic09 hold 128, 256 and 512 pixel PNGs, icp4/icp5/icp6 16, 32, 64. */
  static byte[] icns(List<Png> pngs) throws IOException {
    ByteArrayOutputStream chunks = new ByteArrayOutputStream();
    for (Png p : pngs) {
      String type = switch (p.size()) {
        case 16 -> "icp4";
        case 32 -> "icp5";
        case 64 -> "icp6";
        case 128 -> "ic07";
        case 256 -> "ic08";
        case 512 -> "ic09";
        default -> null; // 48 has no PNG type in ICNS
      };
      if (type != null) {
        chunks.write(type.getBytes(java.nio.charset.StandardCharsets.US_ASCII));
        chunks.write(ByteBuffer.allocate(4).putInt(8 + p.bytes().length).array());
        chunks.write(p.bytes());
      }
    }
    ByteArrayOutputStream all = new ByteArrayOutputStream();
    all.write("icns".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
    all.write(ByteBuffer.allocate(4).putInt(8 + chunks.size()).array());
    chunks.writeTo(all);
    return all.toByteArray();
  }
}
