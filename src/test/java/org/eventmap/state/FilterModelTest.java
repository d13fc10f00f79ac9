package org.eventmap.state;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.eventmap.domain.Event;
import org.eventmap.time.TimeWindow;
import org.junit.jupiter.api.Test;

class FilterModelTest {
  private final DatasetModel data = Curated.shown();
  private final TimeModel time = new TimeModel(data, new Curated.ManualClock());
  private final FilterModel filters = new FilterModel(data, time, Runnable::run);

  @Test
  void withoutFiltersEveryEventPassesAndTheWindowAloneDecidesWhatIsShown() {
    time.goToDay(LocalDate.of(2023, 10, 7));
    assertThat(filters.filteredPositions().get()).as("no filter").isNull();
    assertThat(filters.filteredEvents().get()).hasSameSizeAs(Curated.DATASET.events());
    assertThat(filters.visibleEvents().get()).extracting(Event::id).containsExactly("2023-10-07-hamas-attack-on-israel");
  }

  @Test
  void aHiddenCategoryIsHiddenWhateverTheTimeAndShownAgainWhenAskedFor() {
    time.goTo(data.lastTime());
    String category = Curated.DATASET.events().get(0).category().id();

    filters.showCategory(category, false);

    assertThat(filters.filteredEvents().get()).isNotEmpty().noneMatch(e -> e.category().id().equals(category));
    assertThat(filters.visibleEvents().get()).noneMatch(e -> e.category().id().equals(category));
    filters.showCategory(category, true);
    assertThat(filters.filteredPositions().get()).isNull();
  }

  @Test
  void anActorFilterKeepsThatActorsEventsAndABlankOneKeepsAll() {
    String actor = data.actors().get(0);
    filters.setActor(actor);
    assertThat(filters.filteredEvents().get()).isNotEmpty().allMatch(e -> e.actors().contains(actor));
    filters.setActor("  ");
    assertThat(filters.actorProperty().get()).isNull();
    assertThat(filters.filteredEvents().get()).hasSameSizeAs(Curated.DATASET.events());
  }

  @Test
  void aSmallDatasetIsSearchedAtOnce() {
    filters.setSearchText("  Doha ");
    assertThat(filters.searchTextProperty().get()).isEqualTo("Doha");
    assertThat(filters.searchingProperty().get()).isFalse();
    assertThat(filters.filteredEvents().get()).extracting(Event::id).contains("2024-03-22-burns-joins-doha-talks");
    assertThat(filters.filteredEvents().get()).hasSizeLessThan(Curated.DATASET.events().size());
  }

  @Test
  void theVisibleEventsAreThoseThatPassTheFiltersInTheWindow() {
    time.goTo(data.lastTime());
    time.setWindow(TimeWindow.lastDays(10));
    String category = Curated.DATASET.events().get(0).category().id();
    filters.showCategory(category, false);

    List<Event> visible = filters.visibleEvents().get();

    assertThat(visible).allMatch(e -> filters.filteredEvents().get().contains(e) && time.shows(e));
    assertThat(visible).allMatch(filters::isVisible);
  }

  @Test
  void theNearestPassingEventIsFoundInEitherDirection() {
    filters.setSearchText("Doha");
    int[] passing = filters.filteredPositions().get();
    assertThat(passing).isNotEmpty();
    int first = passing[0];
    assertThat(filters.nearestPassing(0, +1)).isEqualTo(first);
    assertThat(filters.nearestPassing(first, -1)).as("itself").isEqualTo(first);
    assertThat(filters.nearestPassing(first - 1, -1)).as("none before").isEqualTo(-1);
    int last = passing[passing.length - 1];
    assertThat(filters.nearestPassing(last + 1, +1)).as("none after").isEqualTo(data.timeIndex().size());
  }

  @Test
  void clearingRemovesEveryFilter() {
    filters.setSearchText("Doha");
    filters.setActor(data.actors().get(0));
    filters.showCategory(Curated.DATASET.events().get(0).category().id(), false);

    filters.clear();

    assertThat(filters.filteredPositions().get()).isNull();
    assertThat(filters.hiddenCategories()).isEmpty();
    assertThat(filters.searchTextProperty().get()).isEmpty();
  }
}
