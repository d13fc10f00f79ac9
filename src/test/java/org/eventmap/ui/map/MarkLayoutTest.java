package org.eventmap.ui.map;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.eventmap.domain.Event;
import org.eventmap.domain.Place;
import org.eventmap.geo.Viewport;
import org.eventmap.io.DatasetReader;
import org.eventmap.time.EventTimeIndex;
import org.eventmap.time.TimeWindow;
import org.eventmap.ui.map.MarkLayout.WorldMark;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class MarkLayoutTest {
  /** Pixels per world: the whole world about a thousand pixels wide, as when the map shows it all. */
  private static final double WORLD_ZOOM = 1_000;
  /** Israel, Gaza and the crossings: a few dozen kilometres apart, one spot at a world zoom. */
  private static final Set<String> TEL_AVIV_AREA = Set.of("tel-aviv", "ben-gurion-airport", "jerusalem",
      "southern-israel-gaza-border", "gaza-strip", "gaza-city-nabulsi-roundabout", "gaza-coast-jetty",
      "gaza-coast-southwest", "deir-al-balah", "rafah", "rafah-crossing", "kerem-shalom-crossing");
  private static final LocalDate DAY = LocalDate.of(2024, 3, 22);

  private static EventTimeIndex index;
  /** Everything up to the end of 22 March 2024, as the app opens on this dataset. */
  private static int[] visible;
  private MarkLayout layout;

  @BeforeAll
  static void load() {
    index = new EventTimeIndex(DatasetReader.read(Path.of("assets/datasets/gaza-diplomacy-2024-03.json"))
        .dataset().orElseThrow().events());
    visible = index.positionsInWindow(TimeWindow.cumulative(), DAY.atTime(23, 59, 59), i -> true);
  }

  @BeforeEach
  void newLayout() {
    layout = new MarkLayout(10);
  }

  private static Event event(String id) {
    return index.events().stream().filter(e -> e.id().equals(id)).findFirst().orElseThrow();
  }

  private static long visibleEventsAt(List<Place> places) {
    Set<Place> wanted = Set.copyOf(places);
    return Arrays.stream(visible).filter(i -> wanted.contains(index.places().get(index.placeOf(i))))
        .count();
  }

  private static WorldMark markOf(List<WorldMark> marks, String placeId) {
    return marks.stream().filter(m -> m.places().stream().anyMatch(p -> p.id().equals(placeId))).findFirst()
        .orElseThrow();
  }

  @Test
  void atAWorldZoomTheTelAvivAreaIsOneClusterCountingItsVisibleEvents() {
    List<WorldMark> marks = layout.marks(index, visible, WORLD_ZOOM, null, DAY);

    WorldMark telAviv = markOf(marks, "tel-aviv");
    Set<String> areaPlacesWithEvents = Arrays.stream(visible)
        .mapToObj(i -> index.places().get(index.placeOf(i)).id()).filter(TEL_AVIV_AREA::contains)
        .collect(Collectors.toSet());
    assertThat(areaPlacesWithEvents).hasSizeGreaterThan(3);
    assertThat(telAviv.places()).hasSizeGreaterThan(1);
    assertThat(telAviv.places().stream().map(Place::id)).containsAll(areaPlacesWithEvents);
    assertThat((long) telAviv.eventCount()).isEqualTo(visibleEventsAt(telAviv.places()));
    assertThat(telAviv.radius()).isGreaterThan(10);
  }

  @Test
  void zoomedInFarEveryPlaceHasAMarkOfItsOwn() {
    List<WorldMark> marks = layout.marks(index, visible, Viewport.MAX_SCALE, null, DAY);

    assertThat(marks).allSatisfy(m -> assertThat(m.places()).hasSize(1));
    long placesWithEvents = Arrays.stream(visible).map(index::placeOf).distinct().count();
    assertThat(marks).hasSize((int) placesWithEvents);
    assertThat(markOf(marks, "tel-aviv").places()).hasSize(1);
    assertThat(markOf(marks, "jerusalem").places()).hasSize(1);
  }

  @ParameterizedTest
  @ValueSource(doubles = {300, WORLD_ZOOM, 10_000, 100_000, Viewport.MAX_SCALE})
  void theCountsAddUpToTheVisibleEvents(double scale) {
    List<WorldMark> marks = layout.marks(index, visible, scale, null, DAY);

    assertThat(marks.stream().mapToInt(WorldMark::eventCount).sum()).isEqualTo(visible.length);
    assertThat(marks).allSatisfy(m -> assertThat((long) m.eventCount()).isEqualTo(visibleEventsAt(m.places())));
  }

  @ParameterizedTest
  @ValueSource(doubles = {300, WORLD_ZOOM, 10_000, 100_000, Viewport.MAX_SCALE})
  void theSelectedEventsPlaceIsNeverInsideACluster(double scale) {
    Event selected = event("2024-03-22-blinken-arrives-tel-aviv");

    List<WorldMark> marks = layout.marks(index, visible, scale, selected, DAY);

    WorldMark mark = markOf(marks, "tel-aviv");
    assertThat(mark.places()).containsExactly(selected.place().orElseThrow());
    assertThat(mark.holdsSelection()).isTrue();
    assertThat(mark.top()).isEqualTo(selected);
    assertThat(marks.stream().filter(WorldMark::holdsSelection)).hasSize(1);
    assertThat(marks.stream().mapToInt(WorldMark::eventCount).sum()).isEqualTo(visible.length);
  }

  @Test
  void aSelectedEventNotShownGetsNoMarkOfItsOwn() {
    Event later = index.events().get(index.size() - 1);
    assertThat(Arrays.binarySearch(visible, index.size() - 1)).isNegative();

    List<WorldMark> marks = layout.marks(index, visible, WORLD_ZOOM, later, DAY);

    assertThat(marks).noneMatch(WorldMark::holdsSelection);
  }

  @Test
  void aPlaceWithAnEventOnTheCurrentDayReportsItAsCurrent() {
    List<WorldMark> marks = layout.marks(index, visible, Viewport.MAX_SCALE, null, DAY);

    WorldMark telAviv = markOf(marks, "tel-aviv");
    assertThat(telAviv.currentTop()).isNotNull();
    assertThat(telAviv.currentTop().covers(DAY)).isTrue();
    assertThat(telAviv.top()).isEqualTo(telAviv.currentTop());
    assertThat(marks).allSatisfy(m -> {
      boolean somethingThatDay = index.eventsAt(visible).stream()
          .anyMatch(e -> e.place().orElseThrow().equals(m.places().get(0)) && e.covers(DAY));
      assertThat(m.currentTop() != null).as(m.places().get(0).name()).isEqualTo(somethingThatDay);
    });
  }

  @Test
  void aClusterWithACurrentPlaceReportsItsLatestCurrentEvent() {
    List<WorldMark> marks = layout.marks(index, visible, WORLD_ZOOM, null, DAY);

    WorldMark telAviv = markOf(marks, "tel-aviv");
    assertThat(telAviv.currentTop()).isNotNull();
    assertThat(telAviv.currentTop().covers(DAY)).isTrue();
    assertThat(telAviv.places()).contains(telAviv.currentTop().place().orElseThrow());
  }

  @Test
  void withoutACurrentDayNothingIsCurrent() {
    List<WorldMark> marks = layout.marks(index, visible, WORLD_ZOOM, null, null);

    assertThat(marks).allSatisfy(m -> assertThat(m.currentTop()).isNull());
    assertThat(marks.stream().mapToInt(WorldMark::eventCount).sum()).isEqualTo(visible.length);
  }

  @Test
  void aPanLaysNothingOutAgain() {
    List<WorldMark> first = layout.marks(index, visible, WORLD_ZOOM, null, DAY);

    assertThat(layout.marks(index, visible, WORLD_ZOOM, null, DAY)).isSameAs(first);
    assertThat(layout.marks(index, visible, WORLD_ZOOM * 2, null, DAY)).isNotSameAs(first);
  }

  @Test
  void theEventsOfAMarkAreItsVisibleEventsInWallClockOrder() {
    WorldMark telAviv = markOf(layout.marks(index, visible, WORLD_ZOOM, null, DAY), "tel-aviv");

    List<Event> events = MarkLayout.eventsOf(index, visible, telAviv.placeIds());

    assertThat(events).hasSize(telAviv.eventCount());
    assertThat(events).allMatch(e -> telAviv.places().contains(e.place().orElseThrow()));
    assertThat(events).isEqualTo(index.eventsAt(visible).stream().filter(e -> telAviv.places().contains(e.place().orElseThrow()))
        .toList());
  }

  /** What a person sees of a mark: where, how many, which event on top and which is current. */
  private static List<String> seen(List<WorldMark> marks) {
    return marks.stream()
        .map(m -> m.worldX() + "," + m.worldY() + " " + m.eventCount() + " " + m.top().id() + " "
            + (m.currentTop() == null ? "-" : m.currentTop().id()) + " " + Arrays.toString(m.placeIds()))
        .sorted().toList();
  }

  @ParameterizedTest
  @ValueSource(doubles = {WORLD_ZOOM, 20_000, 400_000})
  void scrubbingForwardAndBackShowsWhatAFreshLayoutShows(double scale) {
    // The layout counts from its previous count: after any path through time it must agree with a
    // layout that never saw another day.
    LocalDate[] path = {LocalDate.of(2023, 10, 7), LocalDate.of(2024, 3, 25), LocalDate.of(2024, 1, 15),
        DAY, LocalDate.of(2024, 4, 7), LocalDate.of(2023, 12, 1), DAY, LocalDate.of(2024, 3, 21)};
    for (LocalDate day : path) {
      int[] shown = index.positionsInWindow(TimeWindow.cumulative(), day.atTime(23, 59, 59), i -> true);
      List<WorldMark> afterThePath = layout.marks(index, shown, scale, null, day);
      List<WorldMark> fresh = new MarkLayout(10).marks(index, shown, scale, null, day);
      assertThat(seen(afterThePath)).as("on %s", day).isEqualTo(seen(fresh));
      assertThat(afterThePath.stream().mapToInt(WorldMark::eventCount).sum()).isEqualTo(shown.length);
    }
  }

  @ParameterizedTest
  @ValueSource(doubles = {WORLD_ZOOM, 4_000, 20_000, 80_000})
  void noClusterLiesUnderTheSelectedEventsMarker(double scale) {
    Event arrival = event("2024-03-22-blinken-arrives-tel-aviv");
    List<WorldMark> marks = layout.marks(index, visible, scale, arrival, DAY);

    WorldMark selected = marks.stream().filter(WorldMark::holdsSelection).findFirst().orElseThrow();
    assertThat(marks).filteredOn(m -> m.placeIds().length > 1).allSatisfy(cluster -> {
      double apartPixels = Math.hypot(cluster.worldX() - selected.worldX(), cluster.worldY() - selected.worldY())
          * scale;
      assertThat(apartPixels).isGreaterThanOrEqualTo(cluster.radius() + selected.radius());
    });
  }
}
