package org.eventmap.io.export;

import java.io.IOException;
import java.io.Writer;
import java.util.List;
import org.eventmap.domain.Dataset;
import org.eventmap.io.CsvExport;

/** The proofreading CSV of {@link CsvExport}, one row per event, as {@code export --csv} has always written it. */
final class CsvWriter implements DatasetWriter {
  @Override
  public String name() {
    return "csv";
  }

  @Override
  public String description() {
    return "CSV spreadsheet, one row per event (for proofreading)";
  }

  @Override
  public String extension() {
    return "csv";
  }

  @Override
  public Written write(Dataset dataset, Writer out) throws IOException {
    CsvExport.write(dataset, out);
    out.flush();
    return new Written(dataset.events().size(), List.of());
  }
}
