package org.eventmap.state;

import org.eventmap.app.DatasetSources;
import org.eventmap.domain.Dataset;
import org.eventmap.time.EventTimeIndex;

/** The curated dataset shipped with the application, shown in a dataset model, for the models' tests. */
final class Curated {
  static final Dataset DATASET = DatasetSources.readCurated().dataset().orElseThrow();

  private Curated() {}

  static DatasetModel shown() {
    DatasetModel data = new DatasetModel();
    data.show(DATASET, "curated", new EventTimeIndex(DATASET.events()));
    return data;
  }

  /** A clock that gives frames only when the test says so. */
  static final class ManualClock implements FrameClock {
    private java.util.function.LongConsumer frames;
    int starts;

    @Override
    public void start(java.util.function.LongConsumer onFrame) {
      frames = onFrame;
      starts++;
    }

    @Override
    public void stop() {
      frames = null;
    }

    boolean running() {
      return frames != null;
    }

    void frameAt(double seconds) {
      if (frames != null) {
        frames.accept(Math.round(seconds * 1e9));
      }
    }
  }
}
