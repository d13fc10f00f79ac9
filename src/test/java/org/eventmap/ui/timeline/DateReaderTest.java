package org.eventmap.ui.timeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Every way of typing a day that is read, and every one that is refused with its reason. */
class DateReaderTest {
  private static final int TIMELINES_YEAR = 2024;

  private static DateReader.Reading read(String typed) {
    return DateReader.read(typed, TIMELINES_YEAR);
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "2024-03-22", "2024-3-22", "2024/03/22", "2024.03.22", "20240322", " 2024-03-22 ",
      "22/03/2024", "22/3/2024", "22.3.2024", "22.03.2024", "22-03-2024", "22 03 2024", "22/03/24", "22.3.24",
      "22 March 2024", "22 Mar 2024", "22 march 2024", "22 MAR 2024", "22-Mar-2024", "22 Mar. 2024",
      "22nd March 2024", "22nd of March 2024", "22nd of March, 2024",
      "March 22, 2024", "March 22 2024", "Mar 22 2024", "Mar 22, 2024", "Mar. 22, 2024", "March 22nd, 2024",
      "2024 March 22", "2024-Mar-22", "Friday 22 March 2024", "Fri 22 Mar 2024", "Friday, March 22, 2024",
      "22 Mar 24"})
  void readsTheWaysPeopleWriteADay(String typed) {
    DateReader.Reading reading = read(typed);
    assertThat(reading.date()).as(typed).isEqualTo(LocalDate.of(2024, 3, 22));
    assertThat(reading.problem()).isNull();
    assertThat(reading.note()).isNull();
  }

  @ParameterizedTest
  @ValueSource(strings = {"22 Mar", "22 March", "March 22", "Mar 22", "22nd of March", "22/03", "22.3", "22.3.",
      "22-03"})
  void aMissingYearIsTheTimelinesYear(String typed) {
    assertThat(read(typed).date()).as(typed).isEqualTo(LocalDate.of(2024, 3, 22));
    assertThat(DateReader.read(typed, 2023).date()).as(typed).isEqualTo(LocalDate.of(2023, 3, 22));
  }

  @ParameterizedTest
  @CsvSource(delimiter = ';', value = {
      "1 Sept 2023; 2023-09-01", "1 September 2023; 2023-09-01", "7 Oct; 2024-10-07", "29/02/2024; 2024-02-29",
      "31.12.99; 1999-12-31", "1/1/30; 2030-01-01", "1 Jan 2025; 2025-01-01", "Thu 1 Feb 2024; 2024-02-01",
      "Tues 5 Mar 2024; 2024-03-05", "12/11/2023; 2023-11-12"})
  void readsOtherDays(String typed, LocalDate expected) {
    assertThat(read(typed).date()).as(typed).isEqualTo(expected);
  }

  @ParameterizedTest
  @CsvSource(delimiter = ';', value = {
      "03/22/2024; 2024-03-22", "3/22/2024; 2024-03-22", "03/22; 2024-03-22", "12.31.2023; 2023-12-31"})
  void numbersThatCannotBeDayFirstAreReadMonthFirstAndSaySo(String typed, LocalDate expected) {
    DateReader.Reading reading = read(typed);
    assertThat(reading.date()).isEqualTo(expected);
    assertThat(reading.message()).isEqualTo("Read “" + typed + "” month first, as " + expected.getDayOfMonth() + " "
        + (expected.getMonthValue() == 3 ? "March" : "December") + " " + expected.getYear() + ", since there is no month "
        + expected.getDayOfMonth() + ".");
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "2024-13-45| month 13 does not exist",
      "2024-00-10| month 0 does not exist",
      "13/13/2024| month 13 does not exist",
      "32/01/2024| day 32 does not exist",
      "0/1/2024| day 0 does not exist",
      "2024-02-30| February 2024 has 29 days",
      "31/02/2023| February 2023 has 28 days",
      "02/30/2024| February 2024 has 29 days",
      "31 April 2024| April has 30 days",
      "April 31| April has 30 days",
      "22 Marc 2024| “Marc” is not a month name — did you mean March?",
      "22 Septembre 2024| “Septembre” is not a month name — did you mean September?",
      "yesterday| “yesterday” is not the name of a month",
      "22 March April 2024| it names two months, March and April",
      "March 2024| it has no day (e.g. 1 March 2024)",
      "March| it has no day (e.g. 22 March)",
      "2024-03| it has a month and a year but no day",
      "03/2024| it has a month and a year but no day",
      "2024| a year alone is not a day (e.g. 22/03/2024)",
      "22| a number alone is not a day (add the month, e.g. 22 March)",
      "22/03/202| the year 202 is not written in full (e.g. 2024)",
      "22/03/20245| the year 20245 has too many digits",
      "1/2/3/4| it has more numbers than a day, a month and a year",
      "22 March 2024 10| it has more numbers than a day and a year",
      "2024-03-22 10:00| type the day only, without a time",
      "22#03#2024| “#” has no place in a date",
      "Monday 22 March 2024| 22 March 2024 is a Friday, not a Monday"})
  void saysWhyATextIsNotADay(String typed, String reason) {
    DateReader.Reading reading = read(typed);
    assertThat(reading.date()).as(typed).isNull();
    assertThat(reading.problem()).isEqualTo(reason);
    assertThat(reading.message()).isEqualTo("Could not read “" + typed + "” as a date: " + reason);
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "   "})
  void nothingTypedIsNeitherADayNorAProblem(String typed) {
    DateReader.Reading reading = read(typed);
    assertThat(reading.isEmpty()).isTrue();
    assertThat(reading.message()).isEmpty();
  }

  @org.junit.jupiter.api.Test
  void aVeryLongTextIsShortenedInTheMessage() {
    String typed = "this is not a date at all, whatever one hopes";
    assertThat(read(typed).message()).startsWith("Could not read “this is not a date at all, what…” as a date: ");
  }
}
