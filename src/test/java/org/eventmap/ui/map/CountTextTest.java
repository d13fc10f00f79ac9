package org.eventmap.ui.map;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CountTextTest {
  @Test
  void countsFitAMarkerAndAreNeverRoundedUp() {
    assertThat(CountText.compact(7)).isEqualTo("7");
    assertThat(CountText.compact(999)).isEqualTo("999");
    assertThat(CountText.compact(1_000)).isEqualTo("1.0k");
    assertThat(CountText.compact(4_722)).isEqualTo("4.7k");
    assertThat(CountText.compact(9_999)).isEqualTo("9.9k");
    assertThat(CountText.compact(10_000)).isEqualTo("10k");
    assertThat(CountText.compact(390_028)).isEqualTo("390k");
    assertThat(CountText.compact(999_999)).isEqualTo("999k");
    assertThat(CountText.compact(1_000_000)).isEqualTo("1.0M");
    assertThat(CountText.compact(1_250_000)).isEqualTo("1.2M");
    assertThat(CountText.compact(12_345_678)).isEqualTo("12M");
  }
}
