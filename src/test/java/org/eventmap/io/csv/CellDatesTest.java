package org.eventmap.io.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.eventmap.domain.Precision;
import org.eventmap.domain.TimePoint;
import org.eventmap.io.csv.CellDates.Order;
import org.junit.jupiter.api.Test;

class CellDatesTest {
  private static String read(String text, Order order) {
    return CellDates.parse(text, order).text();
  }

  @Test
  void isoDatesKeepTheirPrecisionAndZone() {
    assertThat(read("2024", Order.UNKNOWN)).isEqualTo("2024");
    assertThat(read("2024-03", Order.UNKNOWN)).isEqualTo("2024-03");
    assertThat(read("2024-03-22", Order.UNKNOWN)).isEqualTo("2024-03-22");
    assertThat(read("2024-03-22T09:50+02:00", Order.UNKNOWN)).isEqualTo("2024-03-22T09:50+02:00");
    assertThat(read("2016-01-26T01:13:30.000Z", Order.UNKNOWN)).isEqualTo("2016-01-26T01:13:30Z");
  }

  @Test
  void aTimeWithoutAZoneIsLocalToThePlace() {
    TimePoint local = CellDates.parse("2024-03-22 09:50", Order.UNKNOWN);
    assertThat(local.text()).isEqualTo("2024-03-22T09:50");
    assertThat(local.precision()).isEqualTo(Precision.MINUTE);
    assertThat(CellDates.parse("22/03/2024 9:50 PM", Order.DAY_FIRST).text()).isEqualTo("2024-03-22T21:50");
  }

  @Test
  void monthNamesInTheWaysPeopleWriteThem() {
    assertThat(read("22 March 2024", Order.UNKNOWN)).isEqualTo("2024-03-22");
    assertThat(read("22-Mar-2024", Order.UNKNOWN)).isEqualTo("2024-03-22");
    assertThat(read("March 22, 2024", Order.UNKNOWN)).isEqualTo("2024-03-22");
    assertThat(read("Sept 3 2024", Order.UNKNOWN)).isEqualTo("2024-09-03");
    assertThat(read("March 2024", Order.UNKNOWN)).isEqualTo("2024-03");
  }

  @Test
  void dayAndMonthAsNumbersFollowTheColumnsOrder() {
    assertThat(read("03/04/2024", Order.DAY_FIRST)).isEqualTo("2024-04-03");
    assertThat(read("03/04/2024", Order.MONTH_FIRST)).isEqualTo("2024-03-04");
    assertThat(read("22.03.2024", Order.DAY_FIRST)).isEqualTo("2024-03-22");
    assertThat(read("2024/03/22", Order.UNKNOWN)).isEqualTo("2024-03-22");
  }

  @Test
  void aCellThatLeavesNoDoubtIsEvidenceForItsColumn() {
    assertThat(CellDates.evidence("22/03/2024")).isEqualTo(Order.DAY_FIRST);
    assertThat(CellDates.evidence("03/22/2024")).isEqualTo(Order.MONTH_FIRST);
    assertThat(CellDates.evidence("03/04/2024")).isEqualTo(Order.UNKNOWN);
    assertThat(CellDates.evidence("2024-03-04")).isNull();
  }

  @Test
  void anUndecidedColumnDoesNotGuess() {
    assertThatThrownBy(() -> CellDates.parse("03/04/2024", Order.UNKNOWN))
        .hasMessageContaining("could be day/month or month/day");
  }

  @Test
  void aCellThatContradictsItsColumnsOrderIsAnError() {
    assertThatThrownBy(() -> CellDates.parse("03/22/2024", Order.DAY_FIRST)).hasMessageContaining("month 22");
  }

  @Test
  void epochSecondsAndMillisecondsAreToldApartByTheirDigits() {
    assertThat(read("1711100000", Order.UNKNOWN)).isEqualTo("2024-03-22T09:33:20Z");
    assertThat(read("1711100000000", Order.UNKNOWN)).isEqualTo("2024-03-22T09:33:20Z");
    assertThat(read("20240322", Order.UNKNOWN)).isEqualTo("2024-03-22");
  }

  @Test
  void aYearStaysAYear() {
    TimePoint year = CellDates.parse("1848", Order.UNKNOWN);
    assertThat(year.precision()).isEqualTo(Precision.YEAR);
    assertThat(year.text()).isEqualTo("1848");
    assertThat(CellDates.parse("-30", Order.UNKNOWN).precision()).isEqualTo(Precision.YEAR);
  }

  @Test
  void whatIsNotADateSaysSo() {
    assertThatThrownBy(() -> CellDates.parse("soon", Order.UNKNOWN)).hasMessageContaining("'soon' is not a date");
    assertThatThrownBy(() -> CellDates.parse("31/02/2024", Order.DAY_FIRST)).hasMessageContaining("not a real date");
    assertThatThrownBy(() -> CellDates.parse("22/03/24", Order.DAY_FIRST)).hasMessageContaining("two digits");
  }

  @Test
  void aTimeOfDayJoinsItsDay() {
    assertThat(CellDates.onDay(java.time.LocalDate.of(2024, 3, 22), "09:50").text()).isEqualTo("2024-03-22T09:50");
    assertThat(CellDates.onDay(java.time.LocalDate.of(2024, 3, 22), "09:50:10Z").text())
        .isEqualTo("2024-03-22T09:50:10Z");
  }
}
