package org.eventmap.io.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.eventmap.domain.Dataset;
import org.eventmap.domain.Event;
import org.eventmap.domain.Place;
import org.eventmap.geo.ZoneLookup;
import org.eventmap.io.EventFormat;
import org.eventmap.io.LoadResult;
import org.eventmap.io.ProgressListener;
import org.eventmap.io.ReadOptions;
import org.eventmap.io.formats.FormatRegistry;

/** The files the export tests write from and read back. */
final class ExportFixtures {
  static final Path CURATED = Path.of("assets/datasets/gaza-diplomacy-2024-03.json");

  private ExportFixtures() {}

  static Path fixture(String name) {
    try {
      return Path.of(ExportFixtures.class.getResource("/formats/export/" + name).toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The curated dataset, read as the app reads it. */
  static Dataset curated() {
    return read(new org.eventmap.io.EventmapFormat(), CURATED);
  }

  static Dataset read(EventFormat format, Path file) {
    LoadResult result = format.read(file, ReadOptions.NONE, ProgressListener.NONE);
    assertThat(result.errors()).as("errors reading " + file).isEmpty();
    return result.dataset().orElseThrow();
  }

  static Path write(DatasetWriter writer, Dataset dataset, Path file) throws IOException {
    try (OutputStream out = Files.newOutputStream(file)) {
      writer.write(dataset, out);
    }
    return file;
  }

  static EventFormat registered(String name) {
    return FormatRegistry.named(name).orElseThrow();
  }

  /**
   * The zones of the dataset's places by their coordinates (to the 7 decimals written): a reader of the
   * written file gets back the zone each place had, without loading the real zone polygons.
   */
  static ZoneLookup zonesOf(Dataset dataset) {
    Map<String, ZoneId> zones = new HashMap<>();
    for (Event e : dataset.events()) {
      e.place().ifPresent(p -> zones.put(key(p.location().lat(), p.location().lon()), p.zone()));
    }
    for (Place p : dataset.places()) {
      zones.put(key(p.location().lat(), p.location().lon()), p.zone());
    }
    return (lat, lon) -> Optional.ofNullable(zones.get(key(lat, lon)));
  }

  private static String key(double lat, double lon) {
    return Texts.degrees(lat) + "," + Texts.degrees(lon);
  }

  /** The events of a dataset by id. */
  static Map<String, Event> byId(Dataset dataset) {
    Map<String, Event> events = new HashMap<>();
    for (Event e : dataset.events()) {
      events.put(e.id(), e);
    }
    return events;
  }
}
