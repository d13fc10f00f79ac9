package org.eventmap.ui.timeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class TypedDatesTest {
  private final List<DateReader.Reading> readings = new ArrayList<>();
  private LocalDate value = LocalDate.of(2024, 3, 18);
  private final TypedDates dates = new TypedDates(() -> 2023, () -> value, readings::add);

  @Test
  void showsADayAsIso() {
    assertThat(dates.toString(LocalDate.of(2024, 1, 16))).isEqualTo("2024-01-16");
    assertThat(dates.toString(null)).isEmpty();
  }

  @Test
  void readsWithTheYearOfTheTimelineWhenNoneIsTyped() {
    assertThat(dates.fromString("22 Mar")).isEqualTo(LocalDate.of(2023, 3, 22));
    assertThat(readings).singleElement().matches(DateReader.Reading::isDate);
  }

  @Test
  void aTextThatIsNotADayKeepsTheValueAndPassesOnWhy() {
    assertThat(dates.fromString("2024-13-45")).isEqualTo(value);
    assertThat(readings).singleElement().extracting(DateReader.Reading::problem).isEqualTo("month 13 does not exist");
  }
}
