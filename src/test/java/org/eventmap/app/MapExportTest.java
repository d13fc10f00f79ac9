package org.eventmap.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.eventmap.state.AppState;
import org.eventmap.time.TimeWindow;
import org.junit.jupiter.api.Test;

/** The caption of an exported map says what the map shows. */
class MapExportTest {
  @Test
  void theCaptionSaysTheDateAndTheWindowOfTime() {
    AppState state = new AppState();
    state.applyLoad(DatasetSources.readCurated());
    state.goToDay(LocalDate.of(2024, 3, 22));

    assertThat(MapExport.whenLine(state)).matches("Everything up to Friday 22 March 2024 · \\d+ events");
    state.setWindow(TimeWindow.lastDays(7));
    assertThat(MapExport.whenLine(state)).startsWith("The last 7 days up to Friday 22 March 2024 · ");
    state.setWindow(TimeWindow.range(LocalDate.of(2024, 3, 18), LocalDate.of(2024, 3, 24)));
    state.setSearchText("Blinken");
    assertThat(MapExport.whenLine(state)).matches("18–24 March 2024 · \\d+ events? · matching “Blinken”");
  }

  @Test
  void rangesOfDaysAreWrittenShort() {
    assertThat(MapExport.dayRange(LocalDate.of(2024, 2, 28), LocalDate.of(2024, 3, 3))).isEqualTo("28 February – 3 March 2024");
    assertThat(MapExport.dayRange(LocalDate.of(2023, 12, 28), LocalDate.of(2024, 1, 3)))
        .isEqualTo("28 December 2023 – 3 January 2024");
    assertThat(MapExport.dayRange(LocalDate.of(2024, 3, 22), LocalDate.of(2024, 3, 22))).isEqualTo("Friday 22 March 2024");
  }
}
