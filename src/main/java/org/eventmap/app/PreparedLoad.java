package org.eventmap.app;

import org.eventmap.io.LoadResult;
import org.eventmap.time.EventTimeIndex;

/** A read file with its time index, both made in the background, and how the file was before it was read. */
record PreparedLoad(LoadResult result, EventTimeIndex index, FileWatcher.Fingerprint version) {}
