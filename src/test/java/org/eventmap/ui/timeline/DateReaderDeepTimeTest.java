package org.eventmap.ui.timeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Go to date in early and deep time: ISO's signed years, and years with BC or AD as people write them. */
class DateReaderDeepTimeTest {
  private static DateReader.Reading read(String typed) {
    return DateReader.read(typed, 2024);
  }

  @ParameterizedTest
  @CsvSource(delimiter = ';', value = {
      "-66000000; -66000000; 1; 1", "66000000 BC; -65999999; 1; 1", "66,000,000 BC; -65999999; 1; 1",
      "66 million BC; -65999999; 1; 1", "2.5 million BC; -2499999; 1; 1", "252 million BCE; -251999999; 1; 1",
      "31 BC; -30; 1; 1", "1 BC; 0; 1; 1", "-0030; -30; 1; 1", "+0000; 0; 1; 1", "AD 79; 79; 1; 1", "79 AD; 79; 1; 1",
      "79 CE; 79; 1; 1", "15 March 44 BC; -43; 3; 15", "March 15, 44 BC; -43; 3; 15", "24 August AD 79; 79; 8; 24",
      "-0044-02-29; -44; 2; 29", "-66000000-06-01; -66000000; 6; 1", "+12345; 12345; 1; 1", "44 B.C.; -43; 1; 1",
      "-999999999; -999999999; 1; 1"})
  void readsEarlyAndDeepYears(String typed, int year, int month, int day) {
    DateReader.Reading reading = read(typed);
    assertThat(reading.problem()).as(typed).isNull();
    assertThat(reading.date()).as(typed).isEqualTo(LocalDate.of(year, month, day));
  }

  @Test
  void aYearAloneSaysItWentToTheStartOfThatYear() {
    assertThat(read("66 million BC").message()).isEqualTo("Went to the start of 66,000,000 BC (ISO -65999999).");
    assertThat(read("-0030").message()).isEqualTo("Went to the start of 31 BC (ISO -0030).");
    assertThat(read("15 March 44 BC").message()).isEqualTo("Read “15 March 44 BC” as 15 Mar 44 BC (ISO -0043-03-15).");
  }

  @Test
  void theDayABoxShowsIsReadBack() {
    // The date boxes show their day as ISO text; what they show must read as the same day.
    for (LocalDate day : new LocalDate[] {LocalDate.of(-65_999_999, 1, 1), LocalDate.of(-30, 3, 15),
        LocalDate.of(12_345, 6, 7), LocalDate.MIN, LocalDate.MAX}) {
      assertThat(read(day.toString()).date()).as(day.toString()).isEqualTo(day);
    }
  }

  @ParameterizedTest
  @CsvSource(delimiter = ';', value = {
      "-13800000000; year -13800000000 is before the earliest year Eventmap can place, -999999999",
      "13.8 billion BC; it is not a year or a day (e.g. 31 BC, 15 March 44 BC, 66 million BC)",
      "4500 million BC; year -4499999999 is before the earliest year Eventmap can place, -999999999",
      "0 BC; there is no year 0 BC: 1 BC is followed by AD 1 (ISO 8601 writes 1 BC as 0000)",
      "66 million; say whether it is BC or AD (e.g. 66 million BC)",
      "2.5 BC; a year is a whole number (e.g. 66 million BC)",
      "29 February 43 BC; February 43 BC has 28 days",
      "AD 79 BC; it names two eras"})
  void saysWhyAnEarlyYearIsNotADay(String typed, String reason) {
    DateReader.Reading reading = read(typed);
    assertThat(reading.date()).as(typed).isNull();
    assertThat(reading.problem()).isEqualTo(reason);
  }
}
