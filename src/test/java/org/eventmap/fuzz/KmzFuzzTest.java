package org.eventmap.fuzz;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.eventmap.geo.ZoneLookup;
import org.eventmap.io.ProgressListener;
import org.eventmap.io.ReadOptions;
import org.eventmap.io.kml.KmzFormat;

/**
 * Any bytes given to the KMZ reader: as they are (a broken zip, mostly), and as the document of a well
 * made zip under a fuzzed entry name (zip-slip names, no .kml at all). Problems are placed in the
 * document inside the zip, so only their being at line 1 or after is checked.
 */
class KmzFuzzTest {
  private static final ReaderContract CONTRACT = new ReaderContract("KmzFuzzTest");

  @FuzzTest(maxDuration = "60s")
  void anyBytes(byte[] input) {
    KmzFormat format = new KmzFormat(ZoneLookup.NONE);
    CONTRACT.check(input, CONTRACT.write(input, "kmz"),
        file -> format.read(file, ReadOptions.NONE, ProgressListener.NONE), false);
  }

  @FuzzTest(maxDuration = "60s")
  void zippedDocument(FuzzedDataProvider data) {
    String entryName = data.consumeString(40);
    byte[] document = data.consumeRemainingAsBytes();
    byte[] zip = zip(entryName.isEmpty() ? "doc.kml" : entryName, document);
    KmzFormat format = new KmzFormat(ZoneLookup.NONE);
    CONTRACT.check(zip, CONTRACT.write(zip, "kmz"),
        file -> format.read(file, ReadOptions.NONE, ProgressListener.NONE), false);
  }

  private static byte[] zip(String entryName, byte[] document) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ZipOutputStream out = new ZipOutputStream(bytes)) {
      out.putNextEntry(new ZipEntry(entryName));
      out.write(document);
      out.closeEntry();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return bytes.toByteArray();
  }
}
