package org.eventmap.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.eventmap.domain.Precision;
import org.eventmap.domain.TimePoint;
import org.junit.jupiter.api.Test;

class IsoDatesTest {
  private static final ZoneId GAZA = ZoneId.of("Asia/Gaza");

  @Test
  void aYearStaysAYearAndAMonthAMonth() {
    assertThat(IsoDates.parse("2024").precision()).isEqualTo(Precision.YEAR);
    assertThat(IsoDates.parse("2024-03").text()).isEqualTo("2024-03");
    assertThat(IsoDates.parse(" 2024-03-22 ").text()).isEqualTo("2024-03-22");
  }

  @Test
  void signedYearsAreIsoExpandedYears() {
    TimePoint year = IsoDates.parse("-0030");

    assertThat(year.text()).isEqualTo("-0030");
    assertThat(year.firstLocalDay(ZoneOffset.UTC)).isEqualTo(LocalDate.of(-30, 1, 1));
    assertThat(IsoDates.parse("+12000").text()).isEqualTo("+12000");
    assertThat(TimePoint.parse("-0030")).isEqualTo(year);
  }

  @Test
  void aTimeWithoutAZoneIsLocalToThePlace() {
    TimePoint local = IsoDates.parse("2024-03-22 09:50");

    assertThat(local.isLocal()).isTrue();
    assertThat(local.offset()).isEmpty();
    assertThat(local.text()).isEqualTo("2024-03-22T09:50");
    // Gaza was on UTC+2 on 22 March 2024: 09:50 there is 07:50 UTC.
    assertThat(local.earliest(GAZA)).isEqualTo(Instant.parse("2024-03-22T07:50:00Z"));
    assertThat(local.latestExclusive(GAZA)).isEqualTo(Instant.parse("2024-03-22T07:51:00Z"));
    assertThat(local.firstLocalDay(GAZA)).isEqualTo(LocalDate.of(2024, 3, 22));
  }

  @Test
  void offsetsAsOtherToolsWriteThemAreKept() {
    assertThat(IsoDates.parse("2024-03-22T09:50:12.345Z").text()).isEqualTo("2024-03-22T09:50:12Z");
    assertThat(IsoDates.parse("2024-03-22T09:50+0200").text()).isEqualTo("2024-03-22T09:50+02:00");
    assertThat(IsoDates.parse("2024-03-22T09:50-05").offset()).contains(ZoneOffset.ofHours(-5));
    assertThat(IsoDates.parse("2024-03-22 09:50 UTC").offset()).contains(ZoneOffset.UTC);
  }

  @Test
  void aDayThatDoesNotExistIsSaidToBeNoRealDate() {
    assertThatThrownBy(() -> IsoDates.parse("2024-02-30"))
        .hasMessageStartingWith("'2024-02-30' is not a real date or time");
    assertThatThrownBy(() -> IsoDates.parse("22 March 2024"))
        .hasMessageStartingWith("'22 March 2024' is not an ISO 8601 date");
  }

  @Test
  void ourOwnFormatStillAsksForAnOffsetWithATime() {
    assertThatThrownBy(() -> TimePoint.parse("2024-03-22T09:50")).hasMessageContaining("has a time but no UTC offset");
  }

  @Test
  void yearsOfDeepTimeAreReadAsIsoExpandedYears() {
    assertThat(IsoDates.parse("-66000000").text()).isEqualTo("-66000000");
    assertThat(IsoDates.parse("-66000000").precision()).isEqualTo(Precision.YEAR);
    assertThat(IsoDates.parse("-252000000-06").text()).isEqualTo("-252000000-06");
    assertThat(IsoDates.parse("+0012345").firstLocalDay(ZoneOffset.UTC)).isEqualTo(LocalDate.of(12_345, 1, 1));
    assertThat(IsoDates.parse("-999999999-01-01 00:00Z").earliest(ZoneOffset.UTC))
        .isEqualTo(LocalDate.MIN.atStartOfDay().toInstant(ZoneOffset.UTC));
  }

  @Test
  void theBigBangAndTheEarthsFormationAreRefusedInPlainWords() {
    assertThatThrownBy(() -> IsoDates.parse("-13800000000"))
        .hasMessage("year -13800000000 is before the earliest year Eventmap can place, -999999999");
    assertThatThrownBy(() -> IsoDates.parse("-4500000000-01-01"))
        .hasMessage("year -4500000000 is before the earliest year Eventmap can place, -999999999");
    assertThatThrownBy(() -> IsoDates.parse("+99999999999999999999999"))
        .hasMessage("year 99999999999999999999999 is after the latest year Eventmap can place, 999999999");
  }
}
