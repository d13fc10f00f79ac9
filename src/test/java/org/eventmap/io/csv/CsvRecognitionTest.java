package org.eventmap.io.csv;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.eventmap.io.EventFormat;
import org.eventmap.io.FileHead;
import org.eventmap.io.formats.FormatRegistry;
import org.junit.jupiter.api.Test;

class CsvRecognitionTest {
  private static int score(String name, String text) {
    byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
    return new CsvFormat().recognise(new FileHead(name, bytes, bytes.length));
  }

  @Test
  void textWithTheSameCellsOnEveryLineIsPlausible() {
    assertThat(score("a.txt", "a;b;c\n1;2;3\n4;5;6\n")).isEqualTo(EventFormat.PLAUSIBLE);
    assertThat(score("a.txt", "a|b\n1|2\n")).isEqualTo(EventFormat.PLAUSIBLE);
  }

  @Test
  void aHeaderNamingADateAndCoordinatesIsMoreThanPlausible() {
    assertThat(score("x", "event_date\tlatitude\tlongitude\n2024-03-22\t50.4\t30.5\n"))
        .isGreaterThan(EventFormat.PLAUSIBLE);
  }

  @Test
  void acledAndGdeltAreKnownByTheirColumns() throws Exception {
    assertThat(new CsvFormat().recognise(FileHead.of(Fixtures.file("acled-shaped.csv")))).isEqualTo(CsvFormat.KNOWN_EXPORT);
    assertThat(new CsvFormat().recognise(FileHead.of(Fixtures.file("gdelt1-export.tsv")))).isEqualTo(CsvFormat.KNOWN_EXPORT);
  }

  @Test
  void jsonXmlZipsAndProseAreNotSpreadsheets() {
    assertThat(score("a.csv", "{\"type\": \"FeatureCollection\", \"features\": []}")).isEqualTo(EventFormat.NOT_MINE);
    assertThat(score("a.csv", "  [1, 2, 3]")).isEqualTo(EventFormat.NOT_MINE);
    assertThat(score("a.csv", "<?xml version=\"1.0\"?><kml/>")).isEqualTo(EventFormat.NOT_MINE);
    assertThat(score("a.csv", "callback({\"a\": 1, \"b\": 2})")).isEqualTo(EventFormat.NOT_MINE);
    assertThat(score("a.csv", "PK\u0003\u0004\u0014\u0000\u0000\u0000")).isEqualTo(EventFormat.NOT_MINE);
    assertThat(score("a.csv", "just one line of text")).isEqualTo(EventFormat.NOT_MINE);
  }

  @Test
  void theRegistryGivesSpreadsheetsToThisReader() throws Exception {
    assertThat(FormatRegistry.recognise(FileHead.of(Fixtures.file("semicolon-bom.csv"))).map(EventFormat::name))
        .contains("csv");
  }

  @Test
  void aDelimiterIsChosenByTheCellsItGivesEveryRow() {
    // Decimal commas in a semicolon file: the comma gives one cell on the header and two below.
    assertThat(Dialect.sniff("date;lat;lon\n2024-03-22;50,4;30,5\n2024-03-23;48,8;2,3\n", true).delimiter()).isEqualTo(';');
    assertThat(Dialect.sniff("a\tb, c\td\n1\t2, 3\t4\n5\t6\t7\n", true).delimiter()).isEqualTo('\t');
    assertThat(Dialect.sniff("sep=|\na|b\n1|2\n", true).delimiter()).isEqualTo('|');
  }
}
