package org.eventmap.state;

import java.time.LocalDateTime;
import java.util.List;
import javafx.beans.property.ReadOnlyObjectProperty;
import java.util.ArrayList;
import javafx.beans.InvalidationListener;
import javafx.beans.WeakListener;
import javafx.beans.value.ChangeListener;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.eventmap.domain.Dataset;
import org.eventmap.time.EventTimeIndex;
import org.eventmap.time.WallClock;

/** Which dataset is shown, where it came from, and its events indexed by time. */
public final class DatasetModel {
  private final ShownDataset dataset = new ShownDataset(this);
  private final ReadOnlyStringWrapper name = new ReadOnlyStringWrapper(this, "datasetName", "");
  private EventTimeIndex timeIndex = new EventTimeIndex(List.of());
  private LocalDateTime firstTime;
  private LocalDateTime lastTime;

  public ReadOnlyObjectProperty<Dataset> datasetProperty() {
    return dataset;
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

  /**
   * The shown dataset as a property that tells its listeners of every other dataset shown, even one equal
   * to the last. JavaFX's own properties tell change listeners only of a value not {@code equals} to the
   * last, and a file read again unchanged gives an equal dataset: the views were not told, and kept the
   * old dataset's index and events (what they had drawn) for as long as the window was open. Comparing by
   * {@code equals} also compared the two datasets event by event, once per listener, on the JavaFX thread.
   */
  private static final class ShownDataset extends ReadOnlyObjectProperty<Dataset> {
    private final Object bean;
    private final List<InvalidationListener> invalidationListeners = new ArrayList<>();
    private final List<ChangeListener<? super Dataset>> changeListeners = new ArrayList<>();
    private Dataset value;

    ShownDataset(Object bean) {
      this.bean = bean;
    }

    @Override
    public Object getBean() {
      return bean;
    }

    @Override
    public String getName() {
      return "dataset";
    }

    @Override
    public Dataset get() {
      return value;
    }

    @Override
    public void addListener(InvalidationListener listener) {
      invalidationListeners.add(java.util.Objects.requireNonNull(listener));
    }

    @Override
    public void removeListener(InvalidationListener listener) {
      invalidationListeners.remove(listener);
    }

    @Override
    public void addListener(ChangeListener<? super Dataset> listener) {
      changeListeners.add(java.util.Objects.requireNonNull(listener));
    }

    @Override
    public void removeListener(ChangeListener<? super Dataset> listener) {
      changeListeners.remove(listener);
    }

    void set(Dataset newValue) {
      if (newValue == value) {
        return;
      }
      Dataset old = value;
      value = newValue;
      // Weak listeners (those of bindings) whose owner is gone are dropped, as JavaFX's properties do.
      invalidationListeners.removeIf(l -> l instanceof WeakListener w && w.wasGarbageCollected());
      changeListeners.removeIf(l -> l instanceof WeakListener w && w.wasGarbageCollected());
      for (InvalidationListener l : List.copyOf(invalidationListeners)) {
        try {
          l.invalidated(this);
        } catch (RuntimeException e) {
          report(e);
        }
      }
      for (ChangeListener<? super Dataset> l : List.copyOf(changeListeners)) {
        try {
          l.changed(this, old, newValue);
        } catch (RuntimeException e) {
          report(e);
        }
      }
    }

    /** As JavaFX does with a listener's exception: to the thread's handler, and on to the next listener. */
    private static void report(RuntimeException e) {
      Thread t = Thread.currentThread();
      t.getUncaughtExceptionHandler().uncaughtException(t, e);
    }
  }
}
