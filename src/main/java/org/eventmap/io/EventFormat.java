package org.eventmap.io;

import java.nio.file.Path;
import java.util.List;

/**
 * A kind of file Eventmap opens: our own dataset, a spreadsheet, GeoJSON, KML, a KMZ. Each reads into the
 * same domain and reports every problem as {@code FILE:LINE:COLUMN: message}; none throws for a user's
 * mistake. Adding a format is one class like this and one line in {@code io.formats.FormatRegistry}.
 */
public interface EventFormat {
  /** How {@code --format} names it: lower case, no spaces ({@code csv}, {@code geojson}). */
  String name();

  /** What a person calls it, for messages and the open dialog ("CSV or TSV spreadsheet"). */
  String description();

  /** The file name endings it usually has, lower case without the dot; a hint, never proof. */
  List<String> extensions();

  /**
   * How sure this format is that a file is its own, from the file's first bytes alone: {@link
   * #NOT_MINE}, {@link #PLAUSIBLE} (the content could be it), or {@link #CERTAIN} (a mark only this
   * format has, such as {@code "format": "eventmap/1"} or a KML namespace). The registry adds a little
   * for a matching extension.
   */
  int recognise(FileHead head);

  int NOT_MINE = 0;
  int PLAUSIBLE = 50;
  int CERTAIN = 100;

  /**
   * Reads the whole file, telling the listener how far it has got; the listener (or an interrupt of the
   * reading thread) can cancel, and the result then says so and holds nothing.
   */
  LoadResult read(Path file, ReadOptions options, ProgressListener listener);
}
