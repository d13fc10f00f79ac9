package org.eventmap.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Dates long before 1582 and far beyond 9999, as ISO 8601 and TimelineJS count them (proleptic Gregorian). */
class TimePointDeepTimeTest {
  private static final ZoneId JERUSALEM = ZoneId.of("Asia/Jerusalem");

  @Test
  void theYearsAreThoseJavaTimeHolds() {
    assertThat(TimePoint.MIN_YEAR).isEqualTo(-999_999_999);
    assertThat(TimePoint.MAX_YEAR).isEqualTo(999_999_999);
  }

  @Test
  void theEndOfTheDinosaursIsPlacedAsAYear() {
    TimePoint chicxulub = TimePoint.parse("-66000000");
    assertThat(chicxulub.precision()).isEqualTo(Precision.YEAR);
    assertThat(chicxulub.text()).isEqualTo("-66000000");
    assertThat(chicxulub.firstLocalDay(ZoneOffset.UTC)).isEqualTo(LocalDate.of(-66_000_000, 1, 1));
    assertThat(chicxulub.lastLocalDay(ZoneOffset.UTC)).isEqualTo(LocalDate.of(-66_000_000, 12, 31));
    assertThat(chicxulub).isEqualTo(TimePoint.ofYear(-66_000_000));
    assertThat(chicxulub.compareTo(TimePoint.parse("-252000000"))).isPositive();
  }

  @Test
  void theBigBangIsRefusedInPlainWords() {
    assertThatThrownBy(() -> TimePoint.parse("-13800000000"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("year -13800000000 is before the earliest year Eventmap can place, -999999999");
    assertThatThrownBy(() -> TimePoint.parse("-4500000000-01-01"))
        .hasMessage("year -4500000000 is before the earliest year Eventmap can place, -999999999");
    assertThatThrownBy(() -> TimePoint.parse("+1000000000"))
        .hasMessage("year 1000000000 is after the latest year Eventmap can place, 999999999");
    assertThatThrownBy(() -> TimePoint.ofYear(Integer.MIN_VALUE)).hasMessageContaining("before the earliest year");
    assertThat(TimePoint.beyondRange(-13_800_000_000L)).contains("-13800000000");
    assertThat(TimePoint.beyondRange(-66_000_000)).isNull();
  }

  @Test
  void aYearLongerThanALongHoldsIsRefusedToo() {
    assertThatThrownBy(() -> TimePoint.parse("-1380000000000000000000"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("before the earliest year Eventmap can place");
  }

  @ParameterizedTest
  @ValueSource(strings = {"-999999999", "+999999999", "-999999999-01-01", "+999999999-12-31", "+999999999-12",
      "-999999999-01-01T00:00Z", "+999999999-12-31T23:59:59Z", "-66000000-06-15", "+0012345", "+12345-03-22"})
  void everyConversionHoldsAtTheExtremes(String text) {
    TimePoint t = TimePoint.parse(text);
    assertThat(t.text()).isEqualTo(text);
    for (ZoneId zone : new ZoneId[] {ZoneOffset.UTC, JERUSALEM, ZoneId.of("America/New_York"),
        ZoneOffset.ofHours(14), ZoneOffset.ofHours(-12)}) {
      long first = t.earliestEpochSecond(zone);
      long end = t.latestExclusiveEpochSecond(zone);
      assertThat(end).as(text + " in " + zone).isGreaterThan(first);
      assertThat(t.earliest(zone).getEpochSecond()).isEqualTo(first);
      assertThat(t.latestExclusive(zone).getEpochSecond()).isEqualTo(end);
      assertThat(t.lastLocalEpochDay(zone)).isGreaterThanOrEqualTo(t.firstLocalEpochDay(zone));
      assertThat(TimeText.local(t, zone)).isNotBlank();
      assertThat(TimeText.utc(t, zone)).isNotBlank();
    }
  }

  @Test
  void theLastYearEndsAtTheLastDayJavaTimeHolds() {
    TimePoint last = TimePoint.parse("+999999999");
    assertThat(last.lastLocalDay(JERUSALEM)).isEqualTo(LocalDate.MAX);
    assertThat(last.latestExclusiveEpochSecond(ZoneOffset.UTC))
        .isEqualTo(LocalDateTime.MAX.toEpochSecond(ZoneOffset.UTC) + 1);
    TimePoint december = TimePoint.parse("+999999999-12");
    assertThat(december.lastLocalDay(ZoneOffset.UTC)).isEqualTo(LocalDate.MAX);
  }

  @Test
  void momentsAndLocalTimesAreHeldInDeepTime() {
    OffsetDateTime moment = OffsetDateTime.of(-500_000_000, 3, 1, 12, 0, 0, 0, ZoneOffset.ofHours(2));
    TimePoint t = TimePoint.ofMoment(moment, Precision.MINUTE);
    assertThat(t.moment()).contains(moment);
    assertThat(t.earliest(ZoneOffset.UTC)).isEqualTo(moment.toInstant());
    LocalDateTime local = LocalDateTime.of(700_000_000, 7, 4, 9, 30, 15);
    assertThat(TimePoint.ofLocal(local, Precision.SECOND).localTime()).contains(local);
  }

  @Test
  void october1582Has31DaysAsInTheProlepticGregorianCalendar() {
    // The Julian switch dropped 5 to 14 October 1582 in Rome; ISO 8601 and TimelineJS count every day.
    TimePoint tenth = TimePoint.parse("1582-10-10");
    assertThat(tenth.firstLocalDay(ZoneOffset.UTC)).isEqualTo(LocalDate.of(1582, 10, 10));
    assertThat(tenth.earliest(ZoneOffset.UTC)).isEqualTo(Instant.parse("1582-10-10T00:00:00Z"));
    assertThat(TimePoint.parse("1582-10").lastLocalDay(ZoneOffset.UTC).getDayOfMonth()).isEqualTo(31);
    // the days from 1582-10-04 to 1582-10-15 are eleven, not one
    assertThat(TimePoint.parse("1582-10-15").firstLocalEpochDay(ZoneOffset.UTC)
        - TimePoint.parse("1582-10-04").firstLocalEpochDay(ZoneOffset.UTC)).isEqualTo(11);
  }

  @Test
  void yearZeroIsOneBcAndMinus0030Is31Bc() {
    TimePoint zero = TimePoint.parse("0000");
    assertThat(zero.text()).isEqualTo("0000");
    assertThat(zero.firstLocalDay(ZoneOffset.UTC)).isEqualTo(LocalDate.of(0, 1, 1));
    assertThat(TimeText.local(zero, ZoneOffset.UTC)).isEqualTo("1 BC");
    TimePoint actium = TimePoint.parse("-0030");
    assertThat(actium.text()).isEqualTo("-0030");
    assertThat(TimeText.local(actium, ZoneOffset.UTC)).isEqualTo("31 BC");
    assertThat(TimePoint.ofYear(-30).text()).isEqualTo("-0030");
    // a year 0 lies between them: 1 BC (0000) and AD 1 (0001) are one year apart
    assertThat(TimePoint.parse("0001").firstLocalEpochDay(ZoneOffset.UTC)
        - zero.firstLocalEpochDay(ZoneOffset.UTC)).isEqualTo(366); // 1 BC was a leap year
  }

  @Test
  void the29thOfFebruaryOfALeapYearBcExists() {
    // ISO -0044 is 45 BC, a leap year in the proleptic Gregorian calendar (divisible by 4, not by 100).
    TimePoint leapDay = TimePoint.parse("-0044-02-29");
    assertThat(leapDay.text()).isEqualTo("-0044-02-29");
    assertThat(TimeText.local(leapDay, ZoneOffset.UTC)).isEqualTo("Wednesday 29 February 45 BC");
    assertThatThrownBy(() -> TimePoint.parse("-0043-02-29")).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("-0043-02-29");
    // -0100 is not a leap year (a century not divisible by 400), -0400 is
    assertThatThrownBy(() -> TimePoint.parse("-0100-02-29")).isInstanceOf(IllegalArgumentException.class);
    assertThat(TimePoint.parse("-0400-02-29").lastLocalDay(ZoneOffset.UTC)).isEqualTo(LocalDate.of(-400, 2, 29));
  }

  @Test
  void expandedYearsAreReadAndWrittenAsIsoWritesThem() {
    assertThat(TimePoint.parse("+12345").text()).isEqualTo("+12345");
    assertThat(TimePoint.ofYear(12_345).text()).isEqualTo("+12345");
    assertThat(TimePoint.ofYear(-66_000_000).text()).isEqualTo("-66000000");
    // extra leading zeros are ISO's agreed width: kept as written, and the same year
    TimePoint padded = TimePoint.parse("+0012345");
    assertThat(padded.text()).isEqualTo("+0012345");
    assertThat(padded.firstLocalDay(ZoneOffset.UTC).getYear()).isEqualTo(12_345);
  }
}
