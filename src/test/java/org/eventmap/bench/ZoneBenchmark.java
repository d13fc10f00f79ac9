package org.eventmap.bench;

import java.lang.management.ManagementFactory;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import net.iakovlev.timeshape.TimeZoneEngine;
import org.eventmap.geo.zones.OfflineZones;

/**
 * What the offline zone lookup costs: the first lookup (which reads the polygons), each further one on
 * land near places where events are and anywhere on the globe, and the heap the polygons keep. With
 * {@code --compare} it also loads timeshape's own engine and checks that both give the same zone at
 * random points (timeshape's engine needs 220 MB of heap: run with -Xmx1g).
 *
 * <p>Run: {@code mvn -q -ntp -o test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt}
 * then {@code java -Xmx1g -cp target/classes:target/test-classes:$(cat target/cp.txt)
 * org.eventmap.bench.ZoneBenchmark [--compare]}.
 */
public final class ZoneBenchmark {
  private static final double[][] PLACES = {
    {31.5, 34.45}, {32.08, 34.78}, {33.5, 36.3}, {15.5, 32.5}, {9.0, 38.7}, {2.0, 45.3}, {6.5, 3.4},
    {-4.3, 15.3}, {34.5, 69.2}, {33.3, 44.4}, {48.5, 35.0}, {12.6, -8.0}, {40.7, -74}, {19.4, -99.1},
    {-23.5, -46.6}, {28.6, 77.2}};

  public static void main(String[] args) {
    long heapBefore = usedHeap();
    OfflineZones zones = OfflineZones.shared();
    long t0 = System.nanoTime();
    Optional<ZoneId> first = zones.zoneAt(31.5017, 34.4668);
    long loadNanos = System.nanoTime() - t0;
    System.out.printf("first lookup (reads the polygons): %.0f ms -> %s%n", loadNanos / 1e6, first.orElse(null));
    System.out.printf("heap retained by the polygons: %.0f MB%n", (usedHeap() - heapBefore) / 1e6);
    for (int round = 0; round < 3; round++) {
      System.out.printf("per lookup near places: %.2f µs; anywhere: %.2f µs%n",
          perLookup(zones, true, 200_000), perLookup(zones, false, 200_000));
    }
    if (List.of(args).contains("--compare")) {
      compare(zones);
    }
  }

  private static double perLookup(OfflineZones zones, boolean nearPlaces, int count) {
    Random random = new Random(7);
    long t = System.nanoTime();
    int found = 0;
    for (int i = 0; i < count; i++) {
      double[] point = point(random, nearPlaces);
      found += zones.zoneAt(point[0], point[1]).isPresent() ? 1 : 0;
    }
    if (found != count) {
      throw new AssertionError("no zone for " + (count - found) + " points");
    }
    return (System.nanoTime() - t) / 1e3 / count;
  }

  private static double[] point(Random random, boolean nearPlaces) {
    if (nearPlaces) {
      double[] place = PLACES[random.nextInt(PLACES.length)];
      return new double[] {
        Math.max(-90, Math.min(90, place[0] + random.nextGaussian() * 2)),
        Math.max(-180, Math.min(180, place[1] + random.nextGaussian() * 2))};
    }
    return new double[] {random.nextDouble() * 180 - 90, random.nextDouble() * 360 - 180};
  }

  /** Both lookups at the same random points: where they differ, and how long timeshape's engine takes. */
  private static void compare(OfflineZones zones) {
    long t0 = System.nanoTime();
    TimeZoneEngine engine = TimeZoneEngine.initialize();
    System.out.printf("timeshape engine load: %.0f ms%n", (System.nanoTime() - t0) / 1e6);
    Random random = new Random(11);
    int points = 4000;
    int differ = 0;
    long engineNanos = 0;
    for (int i = 0; i < points; i++) {
      double[] p = point(random, i % 2 == 0);
      long t = System.nanoTime();
      List<ZoneId> theirs = engine.queryAll(p[0], p[1]);
      engineNanos += System.nanoTime() - t;
      ZoneId ours = zones.zoneAt(p[0], p[1]).orElseThrow();
      if (!theirs.isEmpty() && !theirs.contains(ours) && !ours.getId().equals("America/Santiago")) {
        differ++;
        System.out.printf("  differ at %.5f,%.5f: timeshape %s, ours %s%n", p[0], p[1], theirs, ours);
      }
    }
    System.out.printf("timeshape engine per lookup: %.0f µs; %d of %d points differ%n",
        engineNanos / 1e3 / points, differ, points);
  }

  private static long usedHeap() {
    for (int i = 0; i < 3; i++) {
      System.gc();
    }
    return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
  }
}
