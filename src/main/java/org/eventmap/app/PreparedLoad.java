package org.eventmap.app;

import org.eventmap.io.LoadResult;
import org.eventmap.time.EventTimeIndex;

/** A read file with its time index, both made in the background, and how the file was before it was read. */
record PreparedLoad(LoadResult result, EventTimeIndex index, FileWatcher.Fingerprint version) {
  /** Indexes a read file's events by date, saying first how many, since that takes a while for many. */
  static PreparedLoad indexed(LoadResult result, FileWatcher.Fingerprint version, java.util.function.IntConsumer indexing) {
    EventTimeIndex index = result.dataset().map(d -> {
      indexing.accept(d.events().size());
      return new EventTimeIndex(d.events());
    }).orElse(null);
    return new PreparedLoad(result, index, version);
  }
}
