package org.eventmap.io.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.eventmap.io.export.ExportFixtures.read;
import static org.eventmap.io.export.ExportFixtures.write;

import java.io.IOException;
import java.io.StringWriter;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.eventmap.domain.Dataset;
import org.eventmap.domain.Event;
import org.eventmap.io.EventmapFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What a file says of its sources' kinds and notes survives an export. */
class SourceKindsExportTest {
  @TempDir Path dir;

  private static Dataset fixture() {
    try {
      return read(new EventmapFormat(),
          Path.of(SourceKindsExportTest.class.getResource("/datasets/source-kinds.json").toURI()));
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  @Test
  void ourFormatWritesEachSourcesKindAndNoteBack() throws IOException {
    Dataset original = fixture();

    Path written = write(new EventmapWriter(), original, dir.resolve("out.json"));
    Dataset back = read(new EventmapFormat(), written);

    assertThat(back.events()).extracting(Event::sources)
        .containsExactlyElementsOf(original.events().stream().map(Event::sources).toList());
    String text = Files.readString(written);
    assertThat(text).contains("\"kind\": \"primary\"", "\"kind\": \"report\"", "\"kind\": \"copy\"",
        "\"note\": \"A note without a kind.\"");
  }

  @Test
  void geoJsonAndKmlCarryTheKindWithTheSource() throws IOException {
    Dataset dataset = fixture();
    StringWriter geoJson = new StringWriter();
    new GeoJsonWriter().write(dataset, geoJson);
    StringWriter kml = new StringWriter();
    new KmlWriter().write(dataset, kml);

    assertThat(geoJson.toString()).contains("{\"title\":\"The outlet's own report\",\"publisher\":\"CNN\","
        + "\"url\":\"https://example.org/report\",\"kind\":\"report\"}");
    assertThat(kml.toString()).contains("The outlet's own report (CNN, report) https://example.org/report");
    // A source whose file gives no kind gets none.
    assertThat(geoJson.toString()).contains("{\"title\":\"Copy one\",\"publisher\":\"Aggregator\"}");
    assertThat(kml.toString()).contains("Copy one (Aggregator)<");
  }
}
