package org.eventmap.io.kml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.eventmap.bench.KmlBenchmark;
import org.eventmap.domain.Event;
import org.eventmap.geo.ZoneLookup;
import org.eventmap.io.FileHead;
import org.eventmap.io.LoadResult;
import org.eventmap.io.Problem;
import org.eventmap.io.ProgressListener;
import org.eventmap.io.ReadOptions;
import org.eventmap.io.formats.FormatRegistry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class KmzFormatTest {
  @TempDir Path dir;

  private static final String ONE_PLACEMARK = """
      <?xml version="1.0" encoding="UTF-8"?>
      <kml xmlns="http://earth.google.com/kml/2.1">
        <Document><name>Zipped</name>
          <Placemark><name>Inside the zip</name><TimeStamp><when>2019-11-02T10:00:00Z</when></TimeStamp>
            <styleUrl>#pin</styleUrl><Point><coordinates>2.35,48.85,0</coordinates></Point></Placemark>
        </Document>
      </kml>
      """;

  /** Entries in this order, each name followed by its content; stored when its name ends in "!". */
  private Path zip(String name, String... namesAndContents) throws IOException {
    Path file = dir.resolve(name);
    try (OutputStream out = Files.newOutputStream(file); ZipOutputStream zip = new ZipOutputStream(out)) {
      for (int i = 0; i < namesAndContents.length; i += 2) {
        byte[] content = namesAndContents[i + 1].getBytes(StandardCharsets.UTF_8);
        String entryName = namesAndContents[i];
        ZipEntry entry = new ZipEntry(entryName.replace("!", ""));
        if (entryName.endsWith("!")) {
          entry.setMethod(ZipEntry.STORED);
          entry.setSize(content.length);
          CRC32 crc = new CRC32();
          crc.update(content);
          entry.setCrc(crc.getValue());
        }
        zip.putNextEntry(entry);
        zip.write(content);
        zip.closeEntry();
      }
    }
    return file;
  }

  private static LoadResult read(Path file) {
    return new KmzFormat(ZoneLookup.NONE).read(file, ReadOptions.NONE, ProgressListener.NONE);
  }

  @Test
  void readsTheFirstKmlInTheZipPassingOverImagesAndMacosCopies() throws IOException {
    Path kmz = zip("places.kmz",
        "files/pin.png", "not really an image",
        "__MACOSX/._doc.kml", "resource fork, not KML",
        "doc.kml", ONE_PLACEMARK,
        "other.kml", ONE_PLACEMARK.replace("Inside the zip", "Second KML"));

    LoadResult result = read(kmz);

    assertThat(result.errors()).isEmpty();
    assertThat(result.dataset().orElseThrow().title()).isEqualTo("Zipped");
    assertThat(result.dataset().orElseThrow().events()).extracting(Event::title).containsExactly("Inside the zip");
    assertThat(result.dataset().orElseThrow().events().get(0).category().name()).isEqualTo("pin");
  }

  @Test
  void recognisesAZipWhoseFirstEntriesHoldAKml() throws IOException {
    Path kmz = zip("x.zip", "files/pin.png!", "png", "doc.kml", ONE_PLACEMARK);
    // ZipOutputStream writes deflated entries with a data descriptor: their size is not in the local header.
    Path streamed = zip("y.zip", "files/a.txt", "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa", "doc.kml", ONE_PLACEMARK);
    Path noKml = zip("z.zip", "readme.txt", "hello");
    Path noKmlButNamedKmz = zip("z.kmz", "readme.txt", "hello");

    KmzFormat format = new KmzFormat(ZoneLookup.NONE);
    assertThat(format.recognise(FileHead.of(kmz))).isEqualTo(KmzFormat.CERTAIN);
    assertThat(format.recognise(FileHead.of(streamed))).isEqualTo(KmzFormat.CERTAIN);
    assertThat(format.recognise(FileHead.of(noKml))).isEqualTo(KmzFormat.NOT_MINE);
    assertThat(format.recognise(FileHead.of(noKmlButNamedKmz))).isEqualTo(KmzFormat.PLAUSIBLE);
    assertThat(FormatRegistry.recognise(FileHead.of(kmz))).containsInstanceOf(KmzFormat.class);
  }

  @Test
  void theRegistryOpensAKmzByItsContent() throws IOException {
    Path kmz = zip("download.bin", "doc.kml", ONE_PLACEMARK);

    assertThat(FormatRegistry.read(kmz).dataset().orElseThrow().events()).hasSize(1);
  }

  @Test
  void aKmzThatIsNotAZipIsAClearError() {
    Path notZip = KmlFormatTest.fixture("not-a-zip.kmz");

    LoadResult result = read(notZip);

    assertThat(result.ok()).isFalse();
    assertThat(result.errors()).singleElement().satisfies(e -> {
      assertThat(e.file()).isEqualTo(notZip.toString());
      assertThat(e.message()).startsWith("is not a zip archive, so not a KMZ");
    });
  }

  @Test
  void aTextFileNamedKmzIsToldItIsNotAZip() {
    Path notZip = KmlFormatTest.fixture("not-a-zip.kmz");

    LoadResult result = FormatRegistry.read(notZip);

    assertThat(result.errors()).extracting(Problem::message).singleElement()
        .satisfies(m -> assertThat(m).startsWith("is not a zip archive, so not a KMZ"));
  }

  @Test
  void aKmlNamedKmzIsReadAsTheKmlItIs() throws IOException {
    Path misnamed = dir.resolve("really-kml.kmz");
    Files.writeString(misnamed, ONE_PLACEMARK);

    assertThat(FormatRegistry.read(misnamed).dataset().orElseThrow().events()).hasSize(1);
  }

  @Test
  void aZipWithoutKmlIsAClearErrorNamingWhatItHolds() throws IOException {
    LoadResult result = read(zip("photos.kmz", "a.jpg", "x", "b.jpg", "y"));

    assertThat(result.errors()).extracting(Problem::message)
        .containsExactly("holds no .kml file, so it is not a KMZ (it holds a.jpg, b.jpg)");
  }

  @Test
  void anEmptyKmzIsAnErrorSayingSo() throws IOException {
    Path empty = Files.createFile(dir.resolve("empty.kmz"));

    assertThat(read(empty).errors()).extracting(Problem::message).containsExactly("the file is empty");
  }

  @Test
  void problemsInsideAreAtTheLineAndColumnOfTheKmlInTheZip() throws IOException {
    Path kmz = zip("bad.kmz", "doc.kml", ONE_PLACEMARK.replace("2019-11-02T10:00:00Z", "soon"));

    LoadResult result = read(kmz);

    assertThat(result.errors()).singleElement().satisfies(e -> {
      assertThat(e.toString()).startsWith(kmz + "!/doc.kml:4:");
      assertThat(e.message()).contains("'soon' is not an ISO 8601 date");
    });
  }

  @Test
  void aZipBombIsAnErrorLongBeforeItIsUnpacked() throws IOException {
    Path bomb = dir.resolve("bomb.kmz");
    byte[] spaces = new byte[1 << 20];
    Arrays.fill(spaces, (byte) ' ');
    try (OutputStream out = Files.newOutputStream(bomb); ZipOutputStream zip = new ZipOutputStream(out)) {
      zip.putNextEntry(new ZipEntry("doc.kml"));
      zip.write("<kml xmlns=\"http://www.opengis.net/kml/2.2\"><Document>".getBytes(StandardCharsets.UTF_8));
      for (int i = 0; i < 300; i++) {
        zip.write(spaces);
      }
      zip.write("</Document></kml>".getBytes(StandardCharsets.UTF_8));
      zip.closeEntry();
    }
    assertThat(Files.size(bomb)).isLessThan(1 << 20);

    LoadResult result = assertTimeoutPreemptively(Duration.ofSeconds(10), () -> read(bomb));

    assertThat(result.ok()).isFalse();
    assertThat(result.errors()).singleElement().satisfies(e -> {
      assertThat(e.file()).isEqualTo(bomb + "!/doc.kml");
      assertThat(e.message()).contains("zip bomb");
    });
  }

  @Test
  void aZipThatLiesAboutItsSizeIsStoppedWhereItPassesTheLimit() throws IOException {
    Path kmz = zip("big.kmz", "doc.kml", ONE_PLACEMARK.replace("<Document>", "<Document>" + " ".repeat(5000)));
    declareUnpackedSize(kmz, 100);
    UnpackLimits small = new UnpackLimits(2000, 200, 1000);

    LoadResult result = new KmzFormat(ZoneLookup.NONE, small)
        .read(kmz, ReadOptions.NONE, ProgressListener.NONE);

    assertThat(result.errors()).extracting(Problem::message).singleElement()
        .satisfies(m -> assertThat(m).contains("more than the 2,000 bytes a KMZ may unpack to"));
  }

  /** Writes a false unpacked size into the zip's central directory, as a crafted zip bomb does. */
  private static void declareUnpackedSize(Path zip, int size) throws IOException {
    byte[] bytes = Files.readAllBytes(zip);
    for (int i = 0; i + 28 < bytes.length; i++) {
      if (bytes[i] == 'P' && bytes[i + 1] == 'K' && bytes[i + 2] == 1 && bytes[i + 3] == 2) {
        for (int b = 0; b < 4; b++) {
          bytes[i + 24 + b] = (byte) (size >>> (8 * b));
        }
      }
    }
    Files.write(zip, bytes);
  }

  @Test
  void progressGoesUpToTheSizeOfTheKmzAndCanCancel() throws IOException {
    Path kml = dir.resolve("doc.kml");
    KmlBenchmark.write(kml, 8000);
    Path kmz = dir.resolve("many.kmz");
    try (OutputStream out = Files.newOutputStream(kmz); ZipOutputStream zip = new ZipOutputStream(out)) {
      zip.putNextEntry(new ZipEntry("doc.kml"));
      Files.copy(kml, zip);
      zip.closeEntry();
    }
    List<long[]> calls = new ArrayList<>();

    LoadResult result = new KmzFormat(ZoneLookup.NONE).read(kmz, ReadOptions.NONE, (read, total) -> calls.add(new long[] {read, total}));
    LoadResult cancelled = new KmzFormat(ZoneLookup.NONE).read(kmz, ReadOptions.NONE, (read, total) -> read < total / 2);

    assertThat(result.dataset().orElseThrow().events()).hasSize(8000);
    assertThat(calls).hasSizeGreaterThan(2).allSatisfy(c -> assertThat(c[1]).isEqualTo(Files.size(kmz)));
    assertThat(calls.get(calls.size() - 1)[0]).isEqualTo(Files.size(kmz));
    assertThat(cancelled.cancelled()).isTrue();
    assertThat(cancelled.dataset()).isEmpty();
  }
}
