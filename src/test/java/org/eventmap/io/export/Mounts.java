package org.eventmap.io.export;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Real file systems for the tests of the app's own files: a small tmpfs that fills up, a read-only bind
 * mount. Root ignores permissions, so these are how a root test meets a full disk or a read-only folder.
 * Mounting needs the right to mount (root in a container that allows it); where it is refused the tests
 * that need it are skipped, and the fault-injecting tests beside them still run.
 */
public final class Mounts implements AutoCloseable {
  private final List<Path> mounted = new ArrayList<>();

  /** A tmpfs of this many KiB at {@code dir} (made if missing); false when mounting is refused here. */
  public boolean smallDisk(Path dir, int kib) throws IOException, InterruptedException {
    Files.createDirectories(dir);
    return run(dir, "mount", "-t", "tmpfs", "-o", "size=" + kib + "k", "tmpfs", dir.toString());
  }

  /** {@code dir} mounted again over itself, read-only; false when mounting is refused here. */
  public boolean readOnly(Path dir) throws IOException, InterruptedException {
    Files.createDirectories(dir);
    return run(dir, "mount", "--bind", "-o", "ro", dir.toString(), dir.toString())
        && !Files.isWritable(dir);
  }

  private boolean run(Path dir, String... command) throws IOException, InterruptedException {
    Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
    p.getInputStream().readAllBytes();
    if (!p.waitFor(20, TimeUnit.SECONDS) || p.exitValue() != 0) {
      return false;
    }
    mounted.add(0, dir);
    return true;
  }

  /** Fills the disk at {@code dir} but for about {@code leftBytes}, with a file that is not in the way. */
  public static void fill(Path dir, long leftBytes) throws IOException {
    long free = Files.getFileStore(dir).getUsableSpace();
    Files.write(dir.resolve("filler"), new byte[(int) Math.max(0, free - leftBytes)]);
  }

  @Override
  public void close() throws IOException, InterruptedException {
    for (Path dir : mounted) {
      new ProcessBuilder("umount", "-l", dir.toString()).redirectErrorStream(true).start().waitFor(20, TimeUnit.SECONDS);
    }
    mounted.clear();
  }
}
