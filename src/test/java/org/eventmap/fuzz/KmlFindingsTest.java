package org.eventmap.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.eventmap.geo.ZoneLookup;
import org.eventmap.io.LoadResult;
import org.eventmap.io.Problem;
import org.eventmap.io.ProgressListener;
import org.eventmap.io.ReadOptions;
import org.eventmap.io.kml.KmlFormat;
import org.eventmap.io.kml.KmzFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What fuzzing the KML and KMZ readers found, each kept as a plain test named after it. */
class KmlFindingsTest {
  /**
   * A control character in an entity's value inside the DOCTYPE: the JDK's XML parser has no message
   * for that error and throws MissingResourceException (key InvalidCharInDTD) instead of an
   * XMLStreamException, which escaped the reader as a stack trace.
   */
  private static final String CONTROL_CHARACTER_IN_DOCTYPE =
      "<?xml version=\"1.0\"?>\n<!DOCTYPE kml [\n<!ENTITY a \"x\u0003y\">\n]>\n<kml/>\n";

  @TempDir Path folder;

  @Test
  void aControlCharacterInTheDoctypeIsAProblemNotACrash() throws IOException {
    Path file = folder.resolve("doctype.kml");
    Files.writeString(file, CONTROL_CHARACTER_IN_DOCTYPE, StandardCharsets.UTF_8);
    LoadResult result = new KmlFormat(ZoneLookup.NONE).read(file, ReadOptions.NONE, ProgressListener.NONE);
    assertNotWellFormedAtLine3(result);
  }

  @Test
  void aControlCharacterInTheDoctypeOfAKmzIsAProblemNotACrash() throws IOException {
    Path file = folder.resolve("doctype.kmz");
    ByteArrayOutputStream zip = new ByteArrayOutputStream();
    try (ZipOutputStream out = new ZipOutputStream(zip)) {
      out.putNextEntry(new ZipEntry("doc.kml"));
      out.write(CONTROL_CHARACTER_IN_DOCTYPE.getBytes(StandardCharsets.UTF_8));
      out.closeEntry();
    }
    Files.write(file, zip.toByteArray());
    LoadResult result = new KmzFormat(ZoneLookup.NONE).read(file, ReadOptions.NONE, ProgressListener.NONE);
    assertNotWellFormedAtLine3(result);
  }

  private static void assertNotWellFormedAtLine3(LoadResult result) {
    assertFalse(result.ok());
    assertEquals(1, result.errors().size(), () -> result.problems().toString());
    Problem error = result.errors().get(0);
    assertTrue(error.message().contains("not well-formed"), error::toString);
    assertEquals(3, error.line(), error::toString);
  }
}
