package org.eventmap.state;

import java.time.LocalDateTime;
import java.util.List;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.eventmap.domain.Dataset;
import org.eventmap.time.EventTimeIndex;
import org.eventmap.time.WallClock;

/** Which dataset is shown, where it came from, and its events indexed by time. */
public final class DatasetModel {
  private final ReadOnlyObjectWrapper<Dataset> dataset = new ReadOnlyObjectWrapper<>(this, "dataset");
  private final ReadOnlyStringWrapper name = new ReadOnlyStringWrapper(this, "datasetName", "");
  private EventTimeIndex timeIndex = new EventTimeIndex(List.of());
  private LocalDateTime firstTime;
  private LocalDateTime lastTime;

  public ReadOnlyObjectProperty<Dataset> datasetProperty() {
    return dataset.getReadOnlyProperty();
  }

  public Dataset dataset() {
    return dataset.get();
  }

  /** The file (or built-in resource) the shown dataset came from. */
  public ReadOnlyStringProperty nameProperty() {
    return name.getReadOnlyProperty();
  }

  /** The dataset's events in wall-clock order. */
  public EventTimeIndex timeIndex() {
    return timeIndex;
  }

  /** The first moment the timeline can be at; null without events. */
  public LocalDateTime firstTime() {
    return firstTime;
  }

  /** The last moment the timeline can be at; null without events. */
  public LocalDateTime lastTime() {
    return lastTime;
  }

  /** The actors of the dataset, each once, in alphabetical order. */
  public List<String> actors() {
    return dataset.get() == null ? List.of() : timeIndex.actors();
  }

  /**
   * Shows another dataset. The index and the span are in place before the dataset changes, so that
   * whoever listens to the dataset reads the new index.
   */
  public void show(Dataset newDataset, String newName, EventTimeIndex index) {
    timeIndex = java.util.Objects.requireNonNull(index);
    // The timeline spans the dated events; a file of undated ones alone has no time to be at.
    firstTime = index.datedCount() == 0 ? null : WallClock.fromSeconds(index.start(0));
    lastTime = index.datedCount() == 0 ? null : WallClock.fromSeconds(index.latestEnd() - 1);
    dataset.set(java.util.Objects.requireNonNull(newDataset));
    name.set(newName);
  }
}
