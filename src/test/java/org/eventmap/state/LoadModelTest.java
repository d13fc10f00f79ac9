package org.eventmap.state;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.eventmap.io.Problem;
import org.junit.jupiter.api.Test;

class LoadModelTest {
  private final LoadModel load = new LoadModel();
  private int cancelled;

  @Test
  void cancellingRunsWhatTheReaderRegisteredOnce() {
    load.started("big.json", () -> cancelled++);
    assertThat(load.loading()).isTrue();

    load.cancel();
    load.cancel();

    assertThat(cancelled).isEqualTo(1);
  }

  @Test
  void cancellingWhenNothingIsReadDoesNothing() {
    load.cancel();
    load.started("big.json", () -> cancelled++);
    load.ended();
    load.cancel();
    assertThat(cancelled).isZero();
    assertThat(load.loading()).isFalse();
  }

  @Test
  void aLaterLoadTakesThePlaceOfAnEarlierOne() {
    int[] first = {0};
    load.started("first.json", () -> first[0]++);
    load.started("second.json", () -> cancelled++);

    load.cancel();

    assertThat(first[0]).isZero();
    assertThat(cancelled).isEqualTo(1);
    assertThat(load.loadingFileProperty().get()).isEqualTo("second.json");
  }

  @Test
  void progressStartsUnknownForEachFile() {
    load.started("a.json", () -> { });
    load.progressed(0.5);
    assertThat(load.progressProperty().get()).isEqualTo(0.5);
    load.started("b.json", () -> { });
    assertThat(load.progressProperty().get()).isEqualTo(-1);
  }

  @Test
  void problemsAreReportedForTheirFileUntilDismissed() {
    Problem p = new Problem(Problem.Severity.ERROR, "bad.json", 1, 1, "is not a dataset");
    load.report("bad.json", List.of(p));
    assertThat(load.problemsProperty().get()).containsExactly(p);
    assertThat(load.problemsFileProperty().get()).isEqualTo("bad.json");
    load.dismissProblems();
    assertThat(load.problemsProperty().get()).isEmpty();
  }
}
