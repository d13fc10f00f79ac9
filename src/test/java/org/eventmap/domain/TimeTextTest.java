package org.eventmap.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class TimeTextTest {
  private static final ZoneId JERUSALEM = ZoneId.of("Asia/Jerusalem");

  @Test
  void aMomentShowsLocalTimeWithItsOffsetAndUtc() {
    TimePoint t = TimePoint.parse("2024-03-22T09:50+02:00");
    assertThat(TimeText.local(t, JERUSALEM)).isEqualTo("Friday 22 March 2024, 09:50 (UTC+02:00)");
    assertThat(TimeText.utc(t, JERUSALEM)).isEqualTo("22 Mar 2024, 07:50 UTC");
  }

  @Test
  void aMonthReadsAsAMonth() {
    assertThat(TimeText.local(TimePoint.parse("2024-03"), JERUSALEM)).isEqualTo("March 2024");
  }

  @Test
  void aDayInUtcIsTheSpanItCovers() {
    TimePoint day = TimePoint.parse("2024-03-22");
    assertThat(TimeText.local(day, JERUSALEM)).isEqualTo("Friday 22 March 2024");
    assertThat(TimeText.utc(day, JERUSALEM)).isEqualTo("21 Mar 2024 22:00 – 22 Mar 2024 22:00 UTC");
  }

  @Test
  void theSeventhOfOctoberWasOnSummerTime() {
    TimePoint t = TimePoint.parse("2023-10-07T06:29+03:00");
    assertThat(TimeText.local(t, JERUSALEM)).isEqualTo("Saturday 7 October 2023, 06:29 (UTC+03:00)");
    assertThat(TimeText.utc(t, JERUSALEM)).isEqualTo("7 Oct 2023, 03:29 UTC");
  }

  @Test
  void aRangeOfDaysInUtcRunsFromTheFirstInstantToTheLast() {
    ZoneId doha = ZoneId.of("Asia/Qatar");
    TimePoint from = TimePoint.parse("2024-03-22");
    TimePoint to = TimePoint.parse("2024-03-23");
    assertThat(TimeText.localRange(from, to, doha)).isEqualTo("Friday 22 March 2024 – Saturday 23 March 2024");
    assertThat(TimeText.utcRange(from, to, doha)).isEqualTo("21 Mar 2024 21:00 – 23 Mar 2024 21:00 UTC");
  }

  @Test
  void aRangeOfMomentsIsTwoMoments() {
    TimePoint from = TimePoint.parse("2024-03-22T10:00+02:00");
    TimePoint to = TimePoint.parse("2024-03-22T18:30+02:00");
    assertThat(TimeText.utcRange(from, to, JERUSALEM)).isEqualTo("22 Mar 2024, 08:00 UTC – 22 Mar 2024, 16:30 UTC");
  }
}
