package org.eventmap.state;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import org.eventmap.time.EventTimeIndex;
import org.junit.jupiter.api.Test;

class DatasetModelTest {
  @Test
  void nothingIsShownAtFirst() {
    DatasetModel data = new DatasetModel();
    assertThat(data.dataset()).isNull();
    assertThat(data.firstTime()).isNull();
    assertThat(data.actors()).isEmpty();
    assertThat(data.timeIndex().size()).isZero();
  }

  @Test
  void whoeverHearsOfANewDatasetFindsItsIndexAndSpanReady() {
    DatasetModel data = new DatasetModel();
    int[] indexedWhenHeard = {-1};
    LocalDateTime[] lastWhenHeard = {null};
    data.datasetProperty().addListener((obs, old, d) -> {
      indexedWhenHeard[0] = data.timeIndex().size();
      lastWhenHeard[0] = data.lastTime();
    });

    data.show(Curated.DATASET, "curated.json", new EventTimeIndex(Curated.DATASET.events()));

    assertThat(indexedWhenHeard[0]).isEqualTo(Curated.DATASET.events().size());
    assertThat(lastWhenHeard[0]).isNotNull();
    assertThat(data.nameProperty().get()).isEqualTo("curated.json");
  }

  @Test
  void theSpanRunsFromTheFirstStartToTheLastMomentOfTheLastDay() {
    DatasetModel data = Curated.shown();
    assertThat(data.firstTime().toLocalDate()).isEqualTo(Curated.DATASET.firstDay().orElseThrow());
    assertThat(data.lastTime().toLocalDate()).isEqualTo(Curated.DATASET.lastDay().orElseThrow());
    assertThat(data.firstTime()).isBefore(data.lastTime());
  }

  @Test
  void theActorsAreEachListedOnceInAlphabeticalOrderWhateverTheirCase() {
    var actors = Curated.shown().actors();
    assertThat(actors).isNotEmpty().doesNotHaveDuplicates().isSortedAccordingTo(String.CASE_INSENSITIVE_ORDER);
  }
}
