package org.eventmap.fuzz;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.util.Map;
import org.eventmap.geo.ZoneLookup;
import org.eventmap.io.ProgressListener;
import org.eventmap.io.ReadOptions;
import org.eventmap.io.csv.CsvFormat;

/** Any bytes given to the spreadsheet reader the format registry uses, with and without a column mapping. */
class CsvFuzzTest {
  private static final ReaderContract CONTRACT = new ReaderContract("CsvFuzzTest");
  /** Used when the fuzzed mapping is not one that {@code --columns} would take (it refuses that itself). */
  private static final Map<String, String> USUAL_MAPPING =
      Map.of("date", "when", "lat", "y", "lon", "x", "title", "name");

  @FuzzTest(maxDuration = "60s")
  void withoutOptions(byte[] input) {
    CsvFormat format = new CsvFormat(ZoneLookup.NONE);
    CONTRACT.check(input, "csv", file -> format.read(file, ReadOptions.NONE, ProgressListener.NONE));
  }

  /** The first line of the input is the {@code --columns} text, the rest the file. */
  @FuzzTest(maxDuration = "60s")
  void withColumnMapping(FuzzedDataProvider data) {
    String mappingText = data.consumeString(80);
    Map<String, String> mapping;
    try {
      mapping = ReadOptions.parseColumns(mappingText);
    } catch (IllegalArgumentException refusedByTheCommandLine) {
      mapping = USUAL_MAPPING;
    }
    ReadOptions options = ReadOptions.NONE.withColumns(mapping);
    byte[] input = data.consumeRemainingAsBytes();
    CsvFormat format = new CsvFormat(ZoneLookup.NONE);
    CONTRACT.check(input, "csv", file -> format.read(file, options, ProgressListener.NONE));
  }
}
