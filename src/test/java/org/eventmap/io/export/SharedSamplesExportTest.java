package org.eventmap.io.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.eventmap.domain.Dataset;
import org.eventmap.io.EventmapFormat;
import org.eventmap.io.LoadResult;
import org.eventmap.io.formats.FormatRegistry;
import org.eventmap.io.geojson.GeoJsonFormat;
import org.eventmap.io.kml.KmlFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Real files of other tools (the shared samples beside the project, when they are there): each one
 * Eventmap reads is exported as KML valid against the OGC schema, as GeoJSON our reader reads back
 * with every event, and converted to our format, which reads back without errors.
 */
class SharedSamplesExportTest {
  private static final Path SAMPLES = Path.of("../shared/samples/formats");

  @TempDir Path dir;

  @Test
  void everyReadableSampleExportsAndConvertsCleanly() throws Exception {
    assumeTrue(Files.isDirectory(SAMPLES), "the shared samples are not beside the project");
    List<Path> samples;
    try (Stream<Path> files = Files.list(SAMPLES)) {
      samples = files.filter(f -> f.toString().matches(".*\\.(kml|kmz|geojson|csv)")).sorted().toList();
    }
    int tried = 0;
    for (Path sample : samples) {
      LoadResult result = FormatRegistry.read(sample);
      if (!result.ok()) {
        continue;
      }
      tried++;
      Dataset dataset = result.dataset().get();
      Path kml = ExportFixtures.write(new KmlWriter(), dataset, dir.resolve("sample.kml"));
      assertThat(Kml22Schema.errors(kml)).as(sample.toString()).isEmpty();
      assertThat(ExportFixtures.read(new KmlFormat(ExportFixtures.zonesOf(dataset)), kml).events())
          .as(sample.toString()).hasSameSizeAs(dataset.events());
      Path geojson = ExportFixtures.write(new GeoJsonWriter(), dataset, dir.resolve("sample.geojson"));
      assertThat(ExportFixtures.read(new GeoJsonFormat(ExportFixtures.zonesOf(dataset)), geojson).events())
          .as(sample.toString()).hasSameSizeAs(dataset.events());
      Path converted = ExportFixtures.write(new EventmapWriter(), dataset, dir.resolve("sample.json"));
      assertThat(ExportFixtures.read(new EventmapFormat(), converted).events()).as(sample.toString())
          .hasSameSizeAs(dataset.events());
    }
    assertThat(tried).isGreaterThan(0);
  }
}
