package org.eventmap.ui.timeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TypedDatesTest {
  private final TypedDates dates = new TypedDates();

  @ParameterizedTest
  @ValueSource(strings = {"2024-03-22", "22/03/2024", "22/3/2024", "22.3.2024", "22 March 2024", "22 Mar 2024",
      " 2024-03-22 "})
  void readsTheWaysPeopleWriteADay(String typed) {
    assertThat(dates.fromString(typed)).isEqualTo(LocalDate.of(2024, 3, 22));
  }

  @ParameterizedTest
  @ValueSource(strings = {"yesterday", "2024-02-30", "31/02/2024", "", "22 Marc 2024"})
  void givesNothingForWhatIsNotADay(String typed) {
    assertThat(dates.fromString(typed)).isNull();
  }
}
