package org.eventmap.ui.timeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class RangeTextTest {
  @Test
  void aRangeWithinAMonthNamesTheMonthOnce() {
    assertThat(RangeText.candidates(LocalDate.of(2024, 3, 18), LocalDate.of(2024, 3, 24)))
        .containsExactly("18 – 24 March 2024");
  }

  @Test
  void aRangeAcrossMonthsOrYearsHasAFullAndAShortForm() {
    assertThat(RangeText.candidates(LocalDate.of(2024, 2, 28), LocalDate.of(2024, 3, 3)))
        .containsExactly("28 February – 3 March 2024", "28 Feb – 3 Mar 2024");
    assertThat(RangeText.candidates(LocalDate.of(2023, 12, 28), LocalDate.of(2024, 1, 3)))
        .containsExactly("28 December 2023 – 3 January 2024", "28 Dec 2023 – 3 Jan 2024");
  }

  @Test
  void aRangeOfOneDayIsThatDay() {
    assertThat(RangeText.candidates(LocalDate.of(2024, 3, 22), LocalDate.of(2024, 3, 22)))
        .startsWith("Friday 22 March 2024");
    assertThat(RangeText.length(LocalDate.of(2024, 3, 22), LocalDate.of(2024, 3, 22))).isEqualTo("1 day");
    assertThat(RangeText.length(LocalDate.of(2021, 1, 1), LocalDate.of(2024, 12, 31))).isEqualTo("1,461 days");
  }

  @Test
  void aRangeBeforeTheCommonEraSaysBcNotIsosYear() {
    assertThat(RangeText.candidates(LocalDate.of(-43, 3, 10), LocalDate.of(-43, 3, 15)))
        .containsExactly("10 – 15 March 44 BC");
    assertThat(RangeText.candidates(LocalDate.of(-1, 12, 30), LocalDate.of(1, 1, 2)))
        .containsExactly("30 December 2 BC – 2 January AD 1", "30 Dec 2 BC – 2 Jan AD 1");
    assertThat(RangeText.candidates(LocalDate.of(-43, 3, 15), LocalDate.of(-43, 3, 15)))
        .containsExactly("Friday 15 March 44 BC", "15 March 44 BC", "15 Mar 44 BC");
  }
}
