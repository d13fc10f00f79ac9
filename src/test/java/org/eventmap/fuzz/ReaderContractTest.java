package org.eventmap.fuzz;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/**
 * The contract's time bound counts a read's CPU time: a read that spins is a hang, a read that only
 * waits for a core (as on a busy machine) is not. Named after the campaign's false findings.
 */
class ReaderContractTest {
  private final ReaderContract contract = new ReaderContract("contract-test");

  @Test
  void aReadThatSpinsIsAHang() {
    assertThatThrownBy(() -> contract.twice(10, () -> {
      long until = System.nanoTime() + 1_000_000_000L * 40;
      long sum = 0;
      while (System.nanoTime() < until && !Thread.currentThread().isInterrupted()) {
        sum++;
      }
      return sum;
    })).isInstanceOf(AssertionError.class).hasMessageContaining("a hang");
  }

  @Test
  void aReadThatOnlyWaitsLongerThanTheBoundIsNotAHang() throws Exception {
    ReaderContract.Reads<String> reads = contract.twice(10, () -> {
      Thread.sleep(ReaderContract.SMALL_INPUT_MILLIS + 500);
      return "read";
    });
    assertThat(reads.again()).isEqualTo("read");
  }
}
