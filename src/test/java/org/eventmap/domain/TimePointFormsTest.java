package org.eventmap.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** TimePoint keeps numbers, not its text: every form it accepts must come back exactly as written. */
class TimePointFormsTest {
  @ParameterizedTest
  @ValueSource(strings = {"2024", "0999", "2024-02", "2024-02-29", "1969-12-31", "2024-03-22T00:00+02:00",
      "2024-03-22T23:59:59-04:00", "2024-03-22T09:50Z", "2024-03-22T09:50+00:00", "2024-03-22T09:50-00:00",
      "2024-03-22T09:50+05:30", "2024-03-22T09:50+18:00", "2024-03-22T09:50-18:00", "1950-06-01T05:00:07+01:00"})
  void theTextComesBackAsWritten(String text) {
    TimePoint t = TimePoint.parse(text);
    assertThat(t.text()).isEqualTo(text);
    assertThat(t.toString()).isEqualTo(text);
    assertThat(TimePoint.parse(text)).isEqualTo(t).hasSameHashCodeAs(t);
  }

  @ParameterizedTest
  @ValueSource(strings = {"2024-03-22T09:50+02:00", "2024-03-22T09:50:30-04:00", "2024-03-22T01:10Z",
      "2024-03-22T09:50+00:00"})
  void aMomentIsTheOneJavaTimeReads(String text) {
    OffsetDateTime expected = OffsetDateTime.parse(text);
    TimePoint t = TimePoint.parse(text);
    assertThat(t.moment()).hasValue(expected);
    assertThat(t.offset()).hasValue(expected.getOffset());
    assertThat(t.earliest(ZoneId.of("Asia/Gaza"))).isEqualTo(expected.toInstant());
  }

  @ParameterizedTest
  @ValueSource(strings = {"2024-03-22T09:50Z", "2024-03-22T09:50+00:00"})
  void differentSpellingsOfUtcAreDifferentTexts(String text) {
    TimePoint z = TimePoint.parse("2024-03-22T09:50Z");
    assertThat(TimePoint.parse(text).equals(z)).isEqualTo(text.endsWith("Z"));
    assertThat(TimePoint.parse(text).earliest(ZoneOffset.UTC)).isEqualTo(Instant.parse("2024-03-22T09:50:00Z"));
  }
}
