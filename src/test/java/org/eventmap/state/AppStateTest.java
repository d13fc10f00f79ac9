package org.eventmap.state;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.eventmap.app.DatasetSources;
import org.eventmap.domain.Event;
import org.eventmap.geo.Viewport;
import org.eventmap.geo.WebMercator;
import org.eventmap.io.DatasetReader;
import org.eventmap.io.LoadResult;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class AppStateTest {
  private final AppState state = new AppState();

  @BeforeEach
  void openTheCuratedDatasetInAMapOf1000By700() {
    state.resizeMap(1000, 700);
    state.applyLoad(DatasetSources.readCurated());
  }

  private static boolean onScreen(Viewport v, double lon, double lat) {
    double x = v.screenX(WebMercator.x(lon));
    double y = v.screenY(WebMercator.y(lat));
    return x >= 0 && x <= v.width() && y >= 0 && y <= v.height();
  }

  @Test
  void opensOnTheDayTheCuratorChoseWithThatDaysPlacesInView() {
    assertThat(state.currentDay()).isEqualTo(LocalDate.of(2024, 3, 22));
    Viewport v = state.viewport();
    assertThat(onScreen(v, 34.78, 32.08)).as("Tel Aviv").isTrue();
    assertThat(onScreen(v, 34.25, 31.29)).as("Rafah").isTrue();
    assertThat(onScreen(v, 120.98, 14.6)).as("Manila, not part of that day").isFalse();
  }

  @Test
  void theOpeningViewShowsTheRegionOfMostOfTheDaysEventsCloseEnoughToTellTelAvivFromRafah() {
    Viewport v = state.viewport();
    double apart = Math.hypot(v.screenX(WebMercator.x(34.78)) - v.screenX(WebMercator.x(34.25)),
        v.screenY(WebMercator.y(32.08)) - v.screenY(WebMercator.y(31.29)));
    assertThat(apart).as("pixels between Tel Aviv and Rafah").isGreaterThan(36);
    assertThat(onScreen(v, 31.24, 30.04)).as("Cairo, the day before").isTrue();
    // New York and Doha, that day's other places, are pointed to from the map's edge (OpeningViewTest).
    assertThat(onScreen(v, -73.97, 40.75)).as("New York").isFalse();
  }

  @Test
  void theMapShowsEventsThatHadBegunByTheCurrentDay() {
    state.goToDay(LocalDate.of(2023, 10, 7));
    assertThat(state.visibleEvents().get()).extracting(Event::id)
        .containsExactly("2023-10-07-hamas-attack-on-israel");
    state.stepDays(5);
    assertThat(state.visibleEvents().get()).extracting(Event::id)
        .contains("2023-10-12-blinken-arrives-israel");
  }

  @Test
  void theDayStaysWithinTheDataset() {
    state.goToDay(LocalDate.of(1999, 1, 1));
    assertThat(state.currentDay()).isEqualTo(state.dataset().firstDay().orElseThrow());
    state.goToDay(LocalDate.of(2099, 1, 1));
    assertThat(state.currentDay()).isEqualTo(state.dataset().lastDay().orElseThrow());
  }

  @Test
  void selectingAnEventAheadOfTheTimelineMovesTheTimelineToIt() {
    state.goToDay(LocalDate.of(2023, 10, 7));
    assertThat(state.select("2024-03-25-unsc-adopts-resolution-2728")).isTrue();
    assertThat(state.currentDay()).isEqualTo(LocalDate.of(2024, 3, 25));
    assertThat(state.selectedEvent()).map(Event::id).hasValue("2024-03-25-unsc-adopts-resolution-2728");
  }

  @Test
  void aFileWithErrorsLeavesTheShownDatasetAndSaysWhatIsWrong() {
    String title = state.dataset().title();
    LocalDate day = state.currentDay();
    LoadResult bad = DatasetReader.read("bad.json",
        new ByteArrayInputStream("{\"format\": 1}".getBytes(StandardCharsets.UTF_8)));

    state.applyLoad(bad);

    assertThat(state.dataset().title()).isEqualTo(title);
    assertThat(state.currentDay()).isEqualTo(day);
    assertThat(state.problemsProperty().get()).isNotEmpty().allMatch(p -> p.file().equals("bad.json"));
    state.dismissProblems();
    assertThat(state.problemsProperty().get()).isEmpty();
  }

  @Test
  void zoomingAndPanningChangeTheViewportAndFitBringsAllDataBack() {
    Viewport opened = state.viewport();
    state.zoomMap(500, 350, 4);
    state.panMap(100, 0);
    assertThat(state.viewport().scale()).isEqualTo(opened.scale() * 4);
    state.fitToData();
    assertThat(onScreen(state.viewport(), 120.98, 14.6)).as("Manila").isTrue();
    assertThat(onScreen(state.viewport(), -73.97, 40.75)).as("New York").isTrue();
  }
}
