package org.eventmap.cli;

import java.util.Map;
import java.util.Optional;
import org.eventmap.io.ReadOptions;
import picocli.CommandLine;
import picocli.CommandLine.Option;

/** How to read the files named: {@code --format} and {@code --columns}, the same for every command. */
final class ReadingOptions {
  @Option(names = "--format", paramLabel = "NAME",
      description = "Read the file as this format rather than the one its content shows: "
          + "eventmap, csv, geojson, kml or kmz.")
  String format;

  @Option(names = "--columns", paramLabel = "ROLE=COLUMN,...", converter = ColumnsConverter.class,
      description = "Which spreadsheet column holds what, e.g. date=event_date,lat=latitude,lon=longitude,"
          + "title=location (roles: id, date, end, time, lat, lon, latlon, point, title, description, category, "
          + "actors, source, url, place; and dates=day-first or dates=month-first for 03/04/2024).")
  Columns columns;

  /** The pairs of {@code --columns}, in one value so that picocli does not read them as its own map syntax. */
  record Columns(Map<String, String> byRole) {}

  ReadOptions readOptions() {
    return new ReadOptions(Optional.ofNullable(format), columns == null ? Map.of() : columns.byRole());
  }

  static final class ColumnsConverter implements CommandLine.ITypeConverter<Columns> {
    @Override
    public Columns convert(String value) {
      try {
        return new Columns(ReadOptions.parseColumns(value));
      } catch (IllegalArgumentException e) {
        throw new CommandLine.TypeConversionException(e.getMessage());
      }
    }
  }
}
