package org.eventmap.ui.help;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

/** What Help ▸ About says of the build: its version, what ships in it and under which licences. */
public final class Licences {
  static final String LIST = "/org/eventmap/help/licences.tsv";
  static final String PROJECT_LICENCE = "/org/eventmap/help/LICENSE.txt";
  static final String WORLD_ATLAS_LICENCE = "/basemap/LICENSE-world-atlas.txt";
  private static final String VERSION = "/org/eventmap/version.properties";

  private Licences() {}

  /** A library that ships inside the application, and its licence. */
  public record Library(String artifact, String version, String name, String licence, String address) {}

  /** Every library that ships, as the list in the resources gives them. */
  public static List<Library> libraries() {
    List<Library> libraries = new ArrayList<>();
    for (String line : text(LIST).split("\n")) {
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      String[] fields = line.split("\t", -1);
      if (fields.length != 5) {
        throw new IllegalStateException("a line of " + LIST + " does not have 5 fields: " + line);
      }
      libraries.add(new Library(fields[0], fields[1], fields[2], fields[3], fields[4]));
    }
    return List.copyOf(libraries);
  }

  /** "0.1.0", or "(development build)" when the build did not say. */
  public static String version() {
    Properties p = new Properties();
    try (InputStream in = Licences.class.getResourceAsStream(VERSION)) {
      if (in != null) {
        p.load(in);
      }
    } catch (IOException e) {
      // an unreadable version is no reason to fail the About window
    }
    String version = p.getProperty("version", "");
    return version.isBlank() || version.startsWith("${") ? "(development build)" : version;
  }

  /** The project's own licence, the text of LICENSE. */
  public static String projectLicence() {
    return text(PROJECT_LICENCE);
  }

  /** The licence of the world-atlas package the basemap was made from, as it asks to be copied. */
  public static String worldAtlasLicence() {
    return text(WORLD_ATLAS_LICENCE);
  }

  static String text(String resource) {
    try (InputStream in = Licences.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException(resource + " is missing from the build");
      }
      try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
        StringBuilder s = new StringBuilder();
        reader.lines().forEach(line -> s.append(line).append('\n'));
        return s.toString();
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
