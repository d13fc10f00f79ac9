package org.eventmap.ui.map;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.eventmap.domain.Event;
import org.eventmap.domain.Place;
import org.eventmap.geo.Clustering;
import org.eventmap.geo.Clustering.Cluster;
import org.eventmap.geo.WebMercator;
import org.eventmap.time.EventTimeIndex;
import org.eventmap.time.WallClock;

/**
 * The marks for the visible events: grouped by place, places that would overlap clustered (all places,
 * once per zoom, so that marks stay put while the timeline moves). Laid out in
 * world coordinates and kept while only the view's centre moves, so a pan frame costs no layout. Knows
 * nothing of drawing: {@link MapView} places the marks on screen and draws them.
 */
final class MarkLayout {
  /** Places closer than this on screen share a cluster; seeds are at least this far apart. */
  private static final double CLUSTER_RADIUS_PIXELS = 36;
  /** No cluster is drawn larger than half the distance between seeds, so clusters at their seeds never overlap. */
  private static final double LARGEST_CLUSTER_RADIUS = CLUSTER_RADIUS_PIXELS / 2;

  /** A mark laid out in world coordinates: panning only moves it on screen. */
  record WorldMark(List<Place> places, int[] placeIds, int eventCount, Event top, Event currentTop,
      boolean holdsSelection, double worldX, double worldY, double radius) {}

  /** How large the mark of a single place is, in pixels: as large as the marker drawn for it at its largest. */
  private final double placeRadius;
  private List<WorldMark> marks = List.of();
  private int[] layoutVisible;
  private double layoutScale;
  private Event layoutSelected;
  private LocalDate layoutDay;
  private EventTimeIndex layoutIndex;
  /** World coordinates of the places of {@link #placesIndex}, worked out once per dataset. */
  private double[] placeXs = new double[0];
  private double[] placeYs = new double[0];
  private EventTimeIndex placesIndex;
  /** Each place's count of events, and latest, among the first {@link #prefixEnd} positions of the index. */
  private int[] prefixCount = new int[0];
  private int[] prefixLatest = new int[0];
  private int prefixEnd;
  private EventTimeIndex prefixIndex;
  /** The clusters of all places of {@link #clustersIndex} at {@link #clustersScale}, and each place's. */
  private List<Cluster> clusters = List.of();
  private int[] clusterOf = new int[0];
  private EventTimeIndex clustersIndex;
  private double clustersScale;

  MarkLayout(double placeRadius) {
    this.placeRadius = placeRadius;
  }

  /**
   * The marks for these visible positions of the index at this scale (pixels per world), with the
   * selected event's place a mark of its own and the events of the day (which may be null) as current.
   * The same arguments as last time give the same marks without laying them out again.
   */
  /**
   * The marks last laid out for these events, at whatever scale that was; null when the events, the
   * selection or the day have changed since. While a zoom runs a large file's marks are drawn from these
   * at each frame, and clustered again at the new scale once the zoom rests.
   */
  /** How many layouts were made: for tests. */
  int layoutsMade() {
    return layoutsMade;
  }

  private int layoutsMade;

  List<WorldMark> lastMarks(EventTimeIndex index, int[] visible, Event selected, LocalDate day) {
    return marks != null && visible == layoutVisible && selected == layoutSelected
        && java.util.Objects.equals(day, layoutDay) && index == layoutIndex ? marks : null;
  }

  List<WorldMark> marks(EventTimeIndex index, int[] visible, double scale, Event selected, LocalDate day) {
    if (visible != layoutVisible || scale != layoutScale || selected != layoutSelected
        || !java.util.Objects.equals(day, layoutDay) || index != layoutIndex) {
      marks = layoutWorld(index, visible, scale, selected, day);
      layoutsMade++;
      layoutVisible = visible;
      layoutScale = scale;
      layoutSelected = selected;
      layoutDay = day;
      layoutIndex = index;
    }
    return marks;
  }

  private List<WorldMark> layoutWorld(EventTimeIndex index, int[] visible, double scale, Event selected,
      LocalDate day) {
    int placeCount = index.places().size();
    int[] count;
    int[] latest;
    int[] latestCurrent = new int[placeCount];
    java.util.Arrays.fill(latestCurrent, -1);
    int shown = visible.length;
    if (shown == 0 || visible[shown - 1] == shown - 1) {
      // Everything up to the timeline's position, unfiltered (the usual case): counted from the last
      // such count, by the events between the two positions.
      countPrefix(index, shown);
      count = prefixCount;
      latest = prefixLatest;
    } else {
      count = new int[placeCount];
      latest = new int[placeCount];
      for (int i : visible) {
        int p = index.placeOf(i);
        count[p]++;
        latest[p] = i;
      }
    }
    if (day != null) {
      long dayStart = WallClock.seconds(day.atStartOfDay());
      long dayEnd = dayStart + 86_400;
      for (int k = index.firstPossiblyAfter(visible, dayStart); k < visible.length; k++) {
        int i = visible[k];
        if (index.start(i) >= dayEnd) {
          break;
        }
        if (index.endExclusive(i) > dayStart) {
          latestCurrent[index.placeOf(i)] = i;
        }
      }
    }
    // A selected event without a place has no mark to keep clear of clusters.
    int selectedPosition = selected == null || !selected.hasPlace() ? -1 : index.indexOf(selected);
    int selectedPlace = selectedPosition >= 0 && count[index.placeOf(selectedPosition)] > 0
        && java.util.Arrays.binarySearch(visible, selectedPosition) >= 0 ? index.placeOf(selectedPosition) : -1;
    List<WorldMark> result = new ArrayList<>();
    projectPlaces(index);
    if (selectedPlace >= 0) {
      result.add(placeMark(index, selectedPlace, count, latest, latestCurrent, selected));
    }
    clusterPlaces(index, scale);
    int clusterCount = clusters.size();
    int[] shownPlaces = new int[clusterCount];
    int[] onlyPlace = new int[clusterCount];
    for (int p = 0; p < placeCount; p++) {
      if (count[p] > 0 && p != selectedPlace) {
        shownPlaces[clusterOf[p]]++;
        onlyPlace[clusterOf[p]] = p;
      }
    }
    for (int c = 0; c < clusterCount; c++) {
      if (shownPlaces[c] == 0) {
        continue;
      }
      if (shownPlaces[c] == 1) {
        result.add(placeMark(index, onlyPlace[c], count, latest, latestCurrent, null));
        continue;
      }
      Cluster cluster = clusters.get(c);
      int[] placeIds = new int[shownPlaces[c]];
      int n = 0;
      int events = 0;
      int top = -1;
      int currentTop = -1;
      for (int p : cluster.members()) {
        if (count[p] > 0 && p != selectedPlace) {
          placeIds[n++] = p;
          events += count[p];
          top = Math.max(top, latest[p]);
          currentTop = Math.max(currentTop, latestCurrent[p]);
        }
      }
      // At the seed: seeds are at least the radius apart, so clusters drawn there never overlap. When the
      // seed shows nothing of its own (no events yet, or it is the selected place, drawn apart), at the
      // first place that does, so that a cluster is neither where nothing happened nor under the selected
      // marker; such a cluster, within the radius of its seed, may touch a neighbour.
      int at = placeIds[0];
      result.add(new WorldMark(placesAt(index, placeIds), placeIds, events, index.events().get(top),
          currentTop < 0 ? null : index.events().get(currentTop), false, placeXs[at], placeYs[at],
          clusterRadius(events)));
    }
    if (selectedPlace >= 0) {
      moveClustersClearOf(result, placeXs[selectedPlace], placeYs[selectedPlace], scale);
    }
    return result;
  }

  /**
   * Moves clusters that would lie under the selected event's marker just clear of it, away from it: the
   * selected place is drawn apart from its neighbours, which would otherwise hide their count under it.
   * A cluster stands for several places anyway; a single place is never moved.
   */
  private void moveClustersClearOf(List<WorldMark> marks, double x, double y, double scale) {
    for (int k = 0; k < marks.size(); k++) {
      WorldMark m = marks.get(k);
      if (m.holdsSelection() || m.placeIds().length < 2) {
        continue;
      }
      double clearance = (m.radius() + placeRadius + 2) / scale;
      double dx = m.worldX() - x;
      double dy = m.worldY() - y;
      double distance = Math.hypot(dx, dy);
      if (distance >= clearance) {
        continue;
      }
      double ux = distance > 0 ? dx / distance : -Math.sqrt(0.5);
      double uy = distance > 0 ? dy / distance : Math.sqrt(0.5);
      marks.set(k, new WorldMark(m.places(), m.placeIds(), m.eventCount(), m.top(), m.currentTop(), false,
          x + ux * clearance, y + uy * clearance, m.radius()));
    }
  }

  /**
   * Counts each place's events among the first {@code end} positions, and finds its latest, starting from
   * the previous count: a step of the timeline touches only the events it passes (a few thousand among a
   * million), and a step back looks up the latest still shown by binary search.
   */
  private void countPrefix(EventTimeIndex index, int end) {
    if (index != prefixIndex) {
      prefixIndex = index;
      prefixCount = new int[index.places().size()];
      prefixLatest = new int[index.places().size()];
      prefixEnd = 0;
    }
    for (int i = prefixEnd; i < end; i++) {
      int p = index.placeOf(i);
      prefixCount[p]++;
      prefixLatest[p] = i;
    }
    for (int i = end; i < prefixEnd; i++) {
      int p = index.placeOf(i);
      if (--prefixCount[p] > 0) {
        prefixLatest[p] = index.positionAtPlace(p, prefixCount[p] - 1);
      }
    }
    prefixEnd = end;
  }

  /**
   * Clusters all the places of the dataset at this scale, whether they have events in the window or not,
   * once per zoom: a step of the timeline then only counts events, and marks stay where they are while
   * it moves. A cluster with one place showing is drawn as that place.
   */
  private void clusterPlaces(EventTimeIndex index, double scale) {
    if (index == clustersIndex && scale == clustersScale) {
      return;
    }
    projectPlaces(index);
    clusters = Clustering.cluster(placeXs, placeYs, scale, CLUSTER_RADIUS_PIXELS);
    clusterOf = new int[placeXs.length];
    for (int c = 0; c < clusters.size(); c++) {
      for (int p : clusters.get(c).members()) {
        clusterOf[p] = c;
      }
    }
    clustersIndex = index;
    clustersScale = scale;
  }

  /** The world coordinates of the index's places, once per dataset: a projection per place per frame added up. */
  private void projectPlaces(EventTimeIndex index) {
    if (index == placesIndex) {
      return;
    }
    List<Place> places = index.places();
    placeXs = new double[places.size()];
    placeYs = new double[places.size()];
    for (int p = 0; p < places.size(); p++) {
      placeXs[p] = WebMercator.x(places.get(p).location().lon());
      placeYs[p] = WebMercator.y(places.get(p).location().lat());
    }
    placesIndex = index;
  }

  /** The places of a cluster, as a list that copies nothing: only names and counts are read from it. */
  private static List<Place> placesAt(EventTimeIndex index, int[] placeIds) {
    return new java.util.AbstractList<>() {
      @Override
      public Place get(int k) {
        return index.places().get(placeIds[k]);
      }

      @Override
      public int size() {
        return placeIds.length;
      }
    };
  }

  private WorldMark placeMark(EventTimeIndex index, int p, int[] count, int[] latest, int[] latestCurrent,
      Event selected) {
    Place place = index.places().get(p);
    Event currentTop = latestCurrent[p] < 0 ? null : index.events().get(latestCurrent[p]);
    Event top = selected != null ? selected : currentTop != null ? currentTop : index.events().get(latest[p]);
    return new WorldMark(List.of(place), new int[] {p}, count[p], top, currentTop, selected != null,
        placeXs[p], placeYs[p], placeRadius);
  }

  /** The visible events at these places, in wall-clock order (made only when asked for). */
  static List<Event> eventsOf(EventTimeIndex index, int[] visible, int[] placeIds) {
    java.util.BitSet wanted = new java.util.BitSet();
    for (int p : placeIds) {
      wanted.set(p);
    }
    List<Event> result = new ArrayList<>();
    for (int i : visible) {
      if (wanted.get(index.placeOf(i))) {
        result.add(index.events().get(i));
      }
    }
    return List.copyOf(result);
  }

  private static double clusterRadius(int count) {
    return Math.min(LARGEST_CLUSTER_RADIUS, 11 + 1.5 * Math.log10(count));
  }
}
