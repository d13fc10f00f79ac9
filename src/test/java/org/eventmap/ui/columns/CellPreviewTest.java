package org.eventmap.ui.columns;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The line beside a choice that says how the chosen column's first cell reads. */
class CellPreviewTest {
  @Test
  void coordinatesSayTheirHemisphereAndWhenTheyAreOutOfRange() {
    assertThat(CellPreview.of(ColumnRole.LAT, "-33.87")).isEqualTo("“-33.87” = 33.87° S");
    assertThat(CellPreview.of(ColumnRole.LON, "-70")).isEqualTo("“-70” = 70° W");
    assertThat(CellPreview.of(ColumnRole.LAT, "123")).isEqualTo("“123”: not a latitude (outside -90 to 90)");
    assertThat(CellPreview.of(ColumnRole.LON, "151.2")).isEqualTo("“151.2” = 151.2° E");
    assertThat(CellPreview.of(ColumnRole.LON, "NaN")).isEqualTo("“NaN”: not a longitude (outside -180 to 180)");
  }

  @Test
  void aCoordinateWithADecimalCommaIsANumber() {
    // Semicolon files from European spreadsheets write 31,52; the reader takes them.
    assertThat(CellPreview.of(ColumnRole.LAT, "31,52")).isEqualTo("“31,52” = 31.52° N");
    assertThat(CellPreview.of(ColumnRole.LON, "-0,13")).isEqualTo("“-0,13” = 0.13° W");
    assertThat(CellPreview.of(ColumnRole.LON, "1,234,5")).isEqualTo("“1,234,5”: not a number");
  }

  @Test
  void datesSayTheirPrecisionAndWhetherTheDayExists() {
    assertThat(CellPreview.of(ColumnRole.DATE, "2024")).isEqualTo("“2024”: a year");
    assertThat(CellPreview.of(ColumnRole.DATE, "2024-03")).isEqualTo("“2024-03”: a month");
    assertThat(CellPreview.of(ColumnRole.END, "2024-03-22T09:50")).isEqualTo("“2024-03-22T09:50”: a local time");
    assertThat(CellPreview.of(ColumnRole.DATE, "2024-03-22T09:50+02:00"))
        .isEqualTo("“2024-03-22T09:50+02:00”: a time with its offset");
    assertThat(CellPreview.of(ColumnRole.DATE, "2024-02-30")).isEqualTo("“2024-02-30”: not a day that exists");
    // Other forms are the reader's to judge: the cell is shown as it is.
    assertThat(CellPreview.of(ColumnRole.DATE, "22 March 2024")).isEqualTo("“22 March 2024”");
  }

  @Test
  void bothCoordinatesInOneCellAsAPairOrAsAWktPoint() {
    assertThat(CellPreview.of(ColumnRole.ONE_COLUMN_PLACE, "50.45, 30.52")).isEqualTo("“50.45, 30.52” = 50.45° N 30.52° E");
    assertThat(CellPreview.of(ColumnRole.ONE_COLUMN_PLACE, "POINT (30.52 50.45)"))
        .isEqualTo("“POINT (30.52 50.45)”: a WKT point at 50.45° N 30.52° E");
    assertThat(CellPreview.of(ColumnRole.ONE_COLUMN_PLACE, "POINT (30.52)")).isEqualTo("“POINT (30.52)”: not a WKT POINT (lon lat)");
    assertThat(CellPreview.of(ColumnRole.ONE_COLUMN_PLACE, "Kyiv")).isEqualTo("“Kyiv”: not “lat,lon”");
    assertThat(CellPreview.of(ColumnRole.ONE_COLUMN_PLACE, "95, 30")).isEqualTo("“95, 30”: not a place (latitude 95, longitude 30)");
  }

  @Test
  void theFirstCellIsTheFirstThatIsNotBlank() {
    List<List<String>> rows = List.of(List.of("", "a"), List.of("  ", "b"), List.of(" 31.5 ", "c"));
    assertThat(CellPreview.firstCell(rows, 0)).isEqualTo("31.5");
    assertThat(CellPreview.firstCell(List.of(List.of("x")), 3)).isEmpty();
    assertThat(CellPreview.of(ColumnRole.TITLE, "")).isEqualTo("empty in the first rows");
  }

  @Test
  void longTextIsCutBetweenWordsNotInsideOne() {
    assertThat(CellPreview.of(ColumnRole.DESCRIPTION, "On 1 March people gathered\nin the square to ask for bread"))
        .isEqualTo("“On 1 March people gathered in the…”");
    assertThat(CellPreview.of(ColumnRole.SOURCE, "https://example.org/a/very/long/address/without/any/space"))
        .isEqualTo("“https://example.org/a/very/long/address…”");
  }
}
