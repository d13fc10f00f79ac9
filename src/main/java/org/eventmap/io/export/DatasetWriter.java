package org.eventmap.io.export;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import org.eventmap.domain.Dataset;

/**
 * A format Eventmap writes a dataset in, for other tools (or for itself): one per format, listed in
 * {@link ExportFormats}, used by {@code export}, {@code convert} and the app's File ▸ Export. A writer
 * never fails for what a dataset holds: what its format cannot carry is left out and said in the
 * {@link Written} notes.
 */
public interface DatasetWriter {
  /** How the command line names it ({@code geojson}, {@code kml}). */
  String name();

  /** What a person calls it, for menus and help. */
  String description();

  /** The file name ending, lower case without the dot. */
  String extension();

  /** Writes the whole dataset as text; the writer is flushed, not closed. */
  Written write(Dataset dataset, Writer out) throws IOException;

  /** Writes the whole dataset as UTF-8; the stream is flushed, not closed. */
  default Written write(Dataset dataset, OutputStream out) throws IOException {
    Writer text = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
    Written written = write(dataset, text);
    text.flush();
    return written;
  }
}
