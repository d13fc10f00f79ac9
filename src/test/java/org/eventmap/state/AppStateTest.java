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
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

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

  private boolean onScreen(Event e) {
    return onScreen(state.viewport(), e.place().orElseThrow().location().lon(), e.place().orElseThrow().location().lat());
  }

  private Event event(String id) {
    return state.dataset().event(id).orElseThrow();
  }

  private static final double ZOOM_6 = 256 * 64;

  @Test
  void aSelectionOffTheMapIsBroughtIntoViewByAShortPan() {
    state.showView(34.78, 32.08, ZOOM_6); // Tel Aviv, Doha some 260 px beyond the east edge
    Event doha = event("2024-03-22-burns-joins-doha-talks");
    assertThat(onScreen(doha)).isFalse();

    state.selectAndReveal(doha);

    assertThat(onScreen(doha)).isTrue();
    assertThat(state.viewport().scale()).isEqualTo(ZOOM_6);
    assertThat(onScreen(event("2024-03-22-blinken-arrives-tel-aviv"))).as("Tel Aviv still in view").isTrue();
  }

  @Test
  void aSelectionAlreadyOnTheMapLeavesTheMapWhereItIs() {
    Viewport opened = state.viewport();

    state.selectAndReveal(event("2024-03-22-blinken-arrives-tel-aviv"));

    assertThat(state.viewport()).isEqualTo(opened);
  }

  @Test
  void aSelectionRestoredWithItsViewKeepsThatView() {
    state.showView(34.78, 32.08, ZOOM_6);
    Viewport asked = state.viewport();

    state.select(event("2024-03-22-burns-joins-doha-talks"));

    assertThat(state.viewport()).isEqualTo(asked);
  }

  @Test
  void steppingToAnEventOffTheMapBringsItIntoView() {
    state.showView(120.98, 14.6, ZOOM_6); // Manila: nothing happens there on 25 March
    state.goToDay(LocalDate.of(2024, 3, 24));

    assertThat(state.nextEvent()).isTrue();

    Event next = state.selectedEvent().orElseThrow();
    assertThat(next.firstLocalDay().orElseThrow()).isEqualTo(LocalDate.of(2024, 3, 25));
    assertThat(onScreen(next)).isTrue();
  }

  @Test
  void steppingSkipsTheEventsTheSearchLeavesOut() {
    state.setSearchText("Doha");
    state.goToDay(LocalDate.of(2024, 3, 18));

    assertThat(state.previousEvent()).isTrue();
    assertThat(state.selectedEvent()).map(Event::id).hasValue("2024-03-18-doha-talks-resume");
    assertThat(state.previousEvent()).isTrue();
    assertThat(state.selectedEvent()).map(Event::id).hasValue("2024-03-14-hamas-new-proposal");
  }

  // ---- searching a large file in the background ----------------------------------------------

  @TempDir Path dir;

  /** A synthetic file large enough to be searched in the background. */
  private LoadResult largeFile() throws Exception {
    Path file = dir.resolve("large.json");
    org.eventmap.bench.SyntheticDataset.main(new String[] {
        "--events", String.valueOf(AppState.SEARCH_AT_ONCE_LIMIT * 3), "--seed", "7", "--out", file.toString()});
    LoadResult loaded = DatasetReader.read(file, org.eventmap.io.ProgressListener.NONE);
    assertThat(loaded.ok()).as(loaded.problems().toString()).isTrue();
    return loaded;
  }

  private static long matching(List<Event> events, String query) {
    return events.stream().filter(e -> EventSearch.matches(e, query)).count();
  }

  @Test
  void searchingALargeFileKeepsTheLastResultUntilTheNewOneIsReady() throws Exception {
    LinkedBlockingQueue<Runnable> handedBack = new LinkedBlockingQueue<>();
    AppState large = new AppState(handedBack::add);
    large.applyLoad(largeFile());
    List<Event> all = large.dataset().events();

    large.setSearchText("Kharkiv");

    assertThat(large.searching()).isTrue();
    assertThat(large.filteredEvents().get()).as("the last result, all events, until the search is done").hasSize(all.size());
    Runnable kharkivFound = handedBack.poll(30, TimeUnit.SECONDS);
    assertThat(kharkivFound).as("the search hands its result back").isNotNull();
    kharkivFound.run();
    assertThat(large.searching()).isFalse();
    assertThat(large.filteredEvents().get()).hasSize((int) matching(all, "Kharkiv")).isNotEmpty()
        .allMatch(e -> EventSearch.matches(e, "Kharkiv"));

    large.setSearchText("Donetsk");

    assertThat(large.filteredEvents().get()).as("Kharkiv's events stay until Donetsk's are found")
        .allMatch(e -> EventSearch.matches(e, "Kharkiv"));
    Runnable donetskFound = handedBack.poll(30, TimeUnit.SECONDS);
    assertThat(donetskFound).isNotNull();
    donetskFound.run();
    assertThat(large.filteredEvents().get()).hasSize((int) matching(all, "Donetsk")).isNotEmpty();
  }

  @Test
  void aNewerSearchOvertakesAnOlderOneStillRunning() throws Exception {
    LinkedBlockingQueue<Runnable> handedBack = new LinkedBlockingQueue<>();
    AppState large = new AppState(handedBack::add);
    large.applyLoad(largeFile());
    List<Event> all = large.dataset().events();

    large.setSearchText("Kharkiv");
    large.setSearchText("Donetsk");

    // Whatever the older search hands back is dropped; only the newer one's result is shown.
    Runnable first = handedBack.poll(30, TimeUnit.SECONDS);
    assertThat(first).as("a search result is handed back").isNotNull();
    first.run();
    Runnable second = handedBack.poll(2, TimeUnit.SECONDS);
    if (second != null) {
      second.run();
    }
    assertThat(large.searching()).isFalse();
    assertThat(large.filteredEvents().get()).hasSize((int) matching(all, "Donetsk"))
        .allMatch(e -> EventSearch.matches(e, "Donetsk"));
  }

  @Test
  void playbackMovesTheTimelineWithNoViewToRunItsClock() {
    Curated.ManualClock clock = new Curated.ManualClock();
    AppState alone = new AppState(Runnable::run, clock);
    alone.applyLoad(DatasetSources.readCurated());
    alone.goToDay(LocalDate.of(2023, 10, 7));

    alone.play();
    clock.frameAt(1);
    clock.frameAt(4);

    assertThat(alone.currentDay()).isEqualTo(LocalDate.of(2023, 10, 10));
    alone.applyLoad(DatasetSources.readCurated());
    assertThat(clock.running()).as("a new file stops playback and its clock").isFalse();
  }

  @Test
  void cancellingALoadAsksItsReaderToStopUntilTheLoadIsOver() {
    int[] stops = {0};
    state.loadStarted("big.json", () -> stops[0]++);
    state.cancelLoading();
    assertThat(stops[0]).isEqualTo(1);

    state.loadStarted("big.json", () -> stops[0]++);
    state.applyLoad(LoadResult.cancelled("big.json"), null);
    state.cancelLoading();

    assertThat(stops[0]).as("nothing left to stop").isEqualTo(1);
    assertThat(state.loadingFileProperty().get()).isEmpty();
  }
}
