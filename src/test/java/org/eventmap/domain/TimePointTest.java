package org.eventmap.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class TimePointTest {
  private static final ZoneId JERUSALEM = ZoneId.of("Asia/Jerusalem");
  private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");

  @ParameterizedTest
  @CsvSource({"2024,YEAR", "2024-03,MONTH", "2024-03-22,DAY", "2024-03-22T09:50+02:00,MINUTE",
      "2024-03-22T09:50:30Z,SECOND"})
  void keepsThePrecisionAsWritten(String text, Precision precision) {
    TimePoint t = TimePoint.parse(text);
    assertThat(t.precision()).isEqualTo(precision);
    assertThat(t.text()).isEqualTo(text);
  }

  @Test
  void aDayIsTheWholeDayAsLivedAtThePlace() {
    TimePoint day = TimePoint.parse("2024-03-22");
    // Israel was at UTC+2 in March 2024 (summer time began on 29 March).
    assertThat(day.earliest(JERUSALEM)).isEqualTo(Instant.parse("2024-03-21T22:00:00Z"));
    assertThat(day.latestExclusive(JERUSALEM)).isEqualTo(Instant.parse("2024-03-22T22:00:00Z"));
    // New York was already on daylight time (UTC-4) from 10 March 2024.
    assertThat(day.earliest(NEW_YORK)).isEqualTo(Instant.parse("2024-03-22T04:00:00Z"));
  }

  @Test
  void aMonthIsNotItsFirstDay() {
    TimePoint month = TimePoint.parse("2024-03");
    assertThat(month.firstLocalDay(JERUSALEM)).isEqualTo(LocalDate.of(2024, 3, 1));
    assertThat(month.lastLocalDay(JERUSALEM)).isEqualTo(LocalDate.of(2024, 3, 31));
    // The month spans Israel's change to summer time: it ends at 21:00 UTC, not 22:00.
    assertThat(month.latestExclusive(JERUSALEM)).isEqualTo(Instant.parse("2024-03-31T21:00:00Z"));
  }

  @Test
  void aMomentIsTheInstantItsOffsetSays() {
    TimePoint arrival = TimePoint.parse("2024-03-22T09:50+02:00");
    assertThat(arrival.earliest(NEW_YORK)).isEqualTo(Instant.parse("2024-03-22T07:50:00Z"));
    assertThat(arrival.firstLocalDay(NEW_YORK)).isEqualTo(LocalDate.of(2024, 3, 22));
  }

  @Test
  void theLocalDayOfAMomentIsTheDayAtThePlace() {
    TimePoint lateInNewYork = TimePoint.parse("2024-03-22T21:30-04:00");
    assertThat(lateInNewYork.firstLocalDay(NEW_YORK)).isEqualTo(LocalDate.of(2024, 3, 22));
    assertThat(lateInNewYork.firstLocalDay(JERUSALEM)).isEqualTo(LocalDate.of(2024, 3, 23));
  }

  @ParameterizedTest
  @ValueSource(strings = {"2024-02-30", "2023-02-29", "2024-13", "2024-03-22T25:00+02:00", "2024-03-22T10:61Z"})
  void impossibleDatesAreRefusedWithAReason(String text) {
    assertThatThrownBy(() -> TimePoint.parse(text))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining(text);
  }

  @Test
  void aTimeWithoutItsOffsetIsRefused() {
    assertThatThrownBy(() -> TimePoint.parse("2024-03-22T09:50"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("no UTC offset");
  }

  @ParameterizedTest
  @ValueSource(strings = {"22/03/2024", "March 2024", "2024-3-22", "", "2024-03-22 09:50"})
  void otherNotationsAreRefused(String text) {
    assertThatThrownBy(() -> TimePoint.parse(text)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void leapDayOf2024Exists() {
    assertThat(TimePoint.parse("2024-02-29").precision()).isEqualTo(Precision.DAY);
  }
}
