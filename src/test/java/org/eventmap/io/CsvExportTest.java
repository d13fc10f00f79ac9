package org.eventmap.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import org.eventmap.domain.Dataset;
import org.junit.jupiter.api.Test;

class CsvExportTest {
  @Test
  void writesOneRowPerEventWithPlacesResolvedAndDatesAsWritten() throws IOException {
    Dataset d = DatasetReader.read(DatasetReaderTest.resource("small-valid.json")).dataset().orElseThrow();
    StringBuilder out = new StringBuilder();

    CsvExport.write(d, out);

    assertThat(out.toString().split("\r\n")).containsExactly(
        "id,title,start,end,precision,timezone,lat,lon,place,category,approximate",
        "month-only,Something in March,2024-03,,month,Asia/Gaza,31.5,34.0,Somewhere at sea,talks,",
        "talks-resume,Talks resume,2024-03-18,2024-03-22,day,Asia/Qatar,25.2854,51.531,Doha,talks,",
        "arrival,Arrival in Tel Aviv,2024-03-22T10:00+02:00,,minute,Asia/Jerusalem,32.0853,34.7818,Tel Aviv,diplomacy,time");
  }

  @Test
  void quotesCellsThatHoldCommasQuotesOrLineBreaks() {
    assertThat(CsvExport.quote("plain")).isEqualTo("plain");
    assertThat(CsvExport.quote("Rafah, Gaza")).isEqualTo("\"Rafah, Gaza\"");
    assertThat(CsvExport.quote("say \"no\"")).isEqualTo("\"say \"\"no\"\"\"");
    assertThat(CsvExport.quote("two\nlines")).isEqualTo("\"two\nlines\"");
  }
}
