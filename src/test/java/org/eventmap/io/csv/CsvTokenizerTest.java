package org.eventmap.io.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.Reader;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class CsvTokenizerTest {
  private static List<List<String>> rows(String text, char delimiter) throws Exception {
    CsvTokenizer t = new CsvTokenizer(new StringReader(text), delimiter, '"');
    List<List<String>> rows = new ArrayList<>();
    for (CsvTokenizer.Row r; (r = t.next()) != null; ) {
      rows.add(List.of(r.toArray()));
    }
    return rows;
  }

  @Test
  void quotedCellsKeepLineBreaksDelimitersAndDoubledQuotes() throws Exception {
    assertThat(rows("a,b\r\n\"one\r\ntwo\",\"say \"\"hi\"\", then, go\"\r\nx,y", ','))
        .containsExactly(List.of("a", "b"), List.of("one\r\ntwo", "say \"hi\", then, go"), List.of("x", "y"));
  }

  @Test
  void lineEndsOfEveryKindEndARow() throws Exception {
    assertThat(rows("a;b\nc;d\re;f\r\ng;h\n", ';'))
        .containsExactly(List.of("a", "b"), List.of("c", "d"), List.of("e", "f"), List.of("g", "h"));
  }

  @Test
  void eachCellKnowsTheLineAndColumnWhereItStarts() throws Exception {
    CsvTokenizer t = new CsvTokenizer(new StringReader("id,text,n\r\n1,\"two\nlines\",3\r\n"), ',', '"');
    t.next();
    CsvTokenizer.Row r = t.next();
    assertThat(r.line(0)).isEqualTo(2);
    assertThat(r.column(1)).isEqualTo(3);
    // The cell after a quoted line break starts on the next line.
    assertThat(r.line(2)).isEqualTo(3);
    assertThat(r.column(2)).isEqualTo(8);
  }

  @Test
  void aRowLongerThanTheBufferIsCutWhole() throws Exception {
    String longCell = "x".repeat(200_000);
    assertThat(rows("a,b\n\"" + longCell + "\",end\n", ',')).containsExactly(List.of("a", "b"), List.of(longCell, "end"));
  }

  @Test
  void aQuoteThatIsNeverClosedIsReportedWhereTheCellStarts() {
    assertThatThrownBy(() -> rows("a,b\n1,\"open\n2,3\n", ','))
        .isInstanceOfSatisfying(CsvTokenizer.SyntaxError.class, e -> {
          assertThat(e.line).isEqualTo(2);
          assertThat(e.column).isEqualTo(3);
          assertThat(e.getMessage()).contains("never closed");
        });
  }

  @Test
  void aReaderThatGivesOneCharacterAtATimeCutsTheSameRows() throws Exception {
    String text = "a,\"b\r\nc\"\r\n\"d\"\"\",e\r\n";
    Reader slow = new Reader() {
      private final StringReader in = new StringReader(text);

      @Override
      public int read(char[] buf, int off, int len) throws java.io.IOException {
        return in.read(buf, off, Math.min(1, len));
      }

      @Override
      public void close() {}
    };
    CsvTokenizer t = new CsvTokenizer(slow, ',', '"');
    List<List<String>> rows = new ArrayList<>();
    for (CsvTokenizer.Row r; (r = t.next()) != null; ) {
      rows.add(List.of(r.toArray()));
    }
    assertThat(rows).containsExactly(List.of("a", "b\r\nc"), List.of("d\"", "e"));
  }
}
