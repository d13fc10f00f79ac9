package org.eventmap.state;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.eventmap.domain.Event;
import org.junit.jupiter.api.Test;

class SelectionModelTest {
  private final DatasetModel data = Curated.shown();
  private final TimeModel time = new TimeModel(data, new Curated.ManualClock());
  private final SelectionModel selection = new SelectionModel(time);
  private final Event resolution = Curated.DATASET.event("2024-03-25-unsc-adopts-resolution-2728").orElseThrow();

  @Test
  void selectingAnEventTheWindowDoesNotShowMovesTheTimelineToIt() {
    time.goToDay(LocalDate.of(2023, 10, 7));

    selection.select(resolution);

    assertThat(selection.selected()).hasValue(resolution);
    assertThat(time.currentDay()).isEqualTo(LocalDate.of(2024, 3, 25));
  }

  @Test
  void selectingAnEventAlreadyShownLeavesTheTimelineWhereItIs() {
    time.goTo(data.lastTime());
    selection.select(resolution);
    assertThat(time.currentTime()).isEqualTo(data.lastTime());
  }

  @Test
  void hidingTheSelectedEventsCategoryUnselectsItAndOnlyThat() {
    selection.select(resolution);
    selection.clearIfOf("no-such-category");
    assertThat(selection.selected()).hasValue(resolution);
    selection.clearIfOf(resolution.category().id());
    assertThat(selection.selected()).isEmpty();
  }
}
