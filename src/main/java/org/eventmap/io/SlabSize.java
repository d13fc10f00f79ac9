package org.eventmap.io;

import com.sun.management.HotSpotDiagnosticMXBean;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;

/**
 * How large the arrays that hold many events' texts (slabs) should grow. Under G1, an array of more than
 * half a heap region is put straight into the old generation, where it is never copied again: a slab just
 * under a region's size holds most of a large dataset's bytes at no cost to the young collections, and
 * wastes nothing of its region. Elsewhere a megabyte is as good as any size.
 */
final class SlabSize {
  private static final int OTHERWISE = 1 << 20;
  /** Room for the array's header in its region. */
  private static final int HEADER_ROOM = 64;
  private static final int LARGEST = forThisJvm();

  private SlabSize() {}

  /** The largest slab worth making in this JVM: about a megabyte or more. */
  static int largest() {
    return LARGEST;
  }

  private static int forThisJvm() {
    try {
      boolean g1 = ManagementFactory.getGarbageCollectorMXBeans().stream()
          .map(GarbageCollectorMXBean::getName).anyMatch(name -> name.startsWith("G1"));
      if (!g1) {
        return OTHERWISE;
      }
      String regionSize = ManagementFactory.getPlatformMXBean(HotSpotDiagnosticMXBean.class)
          .getVMOption("G1HeapRegionSize").getValue();
      long bytes = Long.parseLong(regionSize);
      return bytes >= OTHERWISE && bytes <= Integer.MAX_VALUE ? (int) bytes - HEADER_ROOM : OTHERWISE;
    } catch (RuntimeException | LinkageError e) {
      return OTHERWISE; // not HotSpot, or no management: any size works
    }
  }
}
