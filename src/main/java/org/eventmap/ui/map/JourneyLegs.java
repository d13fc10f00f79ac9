package org.eventmap.ui.map;

import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.eventmap.domain.Place;
import org.eventmap.geo.GreatCircle;
import org.eventmap.geo.WebMercator;
import org.eventmap.time.EventTimeIndex;

/**
 * The legs of the journeys shown, and the arc of each leg in world coordinates, worked out once for each
 * set of visible events rather than at every frame: at a million events, walking every trip took 4 to 13
 * ms of each zoom frame (docs/performance.md), and the legs only change when the visible events do.
 */
final class JourneyLegs {
  private static final int ARC_SEGMENTS = 48;

  private EventTimeIndex index;
  private int[] visible;
  private int limit;
  private long[] legs = new long[0];
  private final Map<Long, double[]> arcs = new HashMap<>();
  private int walks;

  /**
   * The distinct legs between consecutive visible events of each trip, as far as the timeline has come,
   * at most {@code limit} of them: each a pair of place indexes packed as {@code from << 32 | to}.
   */
  long[] legs(EventTimeIndex index, int[] visible, int limit) {
    if (index != this.index || visible != this.visible || limit != this.limit) {
      if (index != this.index) {
        arcs.clear();
      }
      this.index = index;
      this.visible = visible;
      this.limit = limit;
      legs = walk(index, visible, limit);
      walks++;
    }
    return legs;
  }

  /** The arc of a leg, interleaved world x and y, its longitudes unwrapped across the antimeridian. */
  double[] arc(long leg) {
    return arcs.computeIfAbsent(leg, l -> {
      List<Place> places = index.places();
      Place from = places.get((int) (l >>> 32));
      Place to = places.get((int) (long) l);
      double[] path = GreatCircle.path(from.location().lon(), from.location().lat(), to.location().lon(),
          to.location().lat(), ARC_SEGMENTS);
      double[] world = new double[path.length];
      for (int i = 0; i < path.length; i += 2) {
        world[i] = WebMercator.x(path[i]);
        world[i + 1] = WebMercator.y(path[i + 1]);
      }
      return world;
    });
  }

  /** How many times the trips were walked: for tests. */
  int walks() {
    return walks;
  }

  private static long[] walk(EventTimeIndex index, int[] visible, int limit) {
    Set<Long> found = new LinkedHashSet<>();
    for (int[] trip : index.trips()) {
      int previous = -1;
      for (int position : trip) {
        if (Arrays.binarySearch(visible, position) < 0) {
          continue; // not shown: the journey is drawn as far as the timeline has come
        }
        int place = index.placeOf(position);
        if (place < 0) {
          continue; // no place to go to
        }
        if (previous >= 0 && previous != place && found.add(((long) previous << 32) | place)) {
          if (found.size() >= limit) {
            return found.stream().mapToLong(Long::longValue).toArray();
          }
        }
        previous = place;
      }
    }
    return found.stream().mapToLong(Long::longValue).toArray();
  }
}
