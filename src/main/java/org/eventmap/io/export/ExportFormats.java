package org.eventmap.io.export;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Every format Eventmap writes, in the order menus list them. Adding one is a line here. */
public final class ExportFormats {
  private static final List<DatasetWriter> WRITERS = List.of(
      new EventmapWriter(),
      new GeoJsonWriter(),
      new KmlWriter(),
      new TimelineJsWriter(),
      new CsvWriter());

  private ExportFormats() {}

  public static List<DatasetWriter> all() {
    return WRITERS;
  }

  public static Optional<DatasetWriter> named(String name) {
    String wanted = name.strip().toLowerCase(Locale.ROOT);
    return WRITERS.stream().filter(w -> w.name().equals(wanted)).findFirst();
  }
}
