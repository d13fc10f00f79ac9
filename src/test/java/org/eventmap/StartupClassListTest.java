package org.eventmap;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The preloader's list is start-up's own: a real window start (headless, in a JVM of its own) loads
 * hardly a class from the class path that the list does not name, and the list names hardly a class
 * that no longer exists. When start-up changes, {@code src/bench/startup-classes.sh} writes it again.
 */
class StartupClassListTest {
  private static final String REMAKE = "; run src/bench/startup-classes.sh to write the list again";

  @Test
  void theListNamesWhatAWindowsStartUpLoads(@TempDir Path dir) throws Exception {
    Set<String> listed = listed();
    Set<String> loaded = loadedByAWindowStart(dir);
    Set<String> unlisted = loaded.stream().filter(c -> !listed.contains(c)).collect(Collectors.toCollection(LinkedHashSet::new));
    assertTrue(loaded.size() > 1000, "a window's start loads thousands of classes, not " + loaded.size());
    assertTrue(unlisted.size() <= loaded.size() / 20, unlisted.size() + " of the " + loaded.size()
        + " classes start-up loads are not in the list, among them " + unlisted.stream().limit(10).toList() + REMAKE);
  }

  @Test
  void everyListedClassExists() throws IOException {
    Set<String> listed = listed();
    List<String> gone = listed.stream().filter(c -> getClass().getClassLoader().getResource(
        c.replace('.', '/') + ".class") == null).toList();
    assertTrue(gone.size() <= listed.size() / 50, gone.size() + " listed classes do not exist, among them "
        + gone.stream().limit(10).toList() + REMAKE);
  }

  private static Set<String> listed() throws IOException {
    try (InputStream in = ClassPreloader.class.getResourceAsStream(ClassPreloader.LIST)) {
      assertTrue(in != null, "the list is missing from the build" + REMAKE);
      return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().collect(Collectors.toCollection(LinkedHashSet::new));
    }
  }

  /** Classes a start of the window on the curated dataset loads from the class path (the JDK's are apart). */
  private static Set<String> loadedByAWindowStart(Path dir) throws Exception {
    Path log = dir.resolve("classes.log");
    Path java = Path.of(System.getProperty("java.home"), "bin", "java");
    Process start = new ProcessBuilder(java.toString(), "-Xlog:class+load:file=" + log, "-Deventmap.preload=false",
        "-Deventmap.session=" + dir.resolve("session.json"), "-Dglass.platform=Monocle", "-Dmonocle.platform=Headless",
        "-Dprism.order=sw", "-Djava.awt.headless=true", "-cp", System.getProperty("java.class.path"),
        Main.class.getName(), "--report-startup")
        .redirectErrorStream(true).redirectOutput(dir.resolve("out.txt").toFile()).start();
    assertTrue(start.waitFor(120, TimeUnit.SECONDS), "the window's start did not end");
    String out = Files.readString(dir.resolve("out.txt"));
    assertTrue(out.contains("startup: first map"), "the window did not show its first map: " + out);
    try (var lines = Files.lines(log)) {
      return lines.filter(l -> l.contains("source: file:"))
          .map(l -> l.split(" ")[1])
          .filter(c -> !c.contains("$$Lambda") && !c.startsWith("com.sun.glass.ui.monocle.")
              && !c.startsWith("org.junit.") && !c.startsWith("org.osgi."))
          .collect(Collectors.toCollection(LinkedHashSet::new));
    }
  }
}
