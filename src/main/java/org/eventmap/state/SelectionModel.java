package org.eventmap.state;

import java.util.Objects;
import java.util.Optional;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import org.eventmap.domain.Event;

/** The selected event; selecting one the time window does not show moves the window to it. */
public final class SelectionModel {
  private final TimeModel time;
  private final ReadOnlyObjectWrapper<Event> selected = new ReadOnlyObjectWrapper<>(this, "selectedEvent");

  public SelectionModel(TimeModel time) {
    this.time = Objects.requireNonNull(time);
  }

  public ReadOnlyObjectProperty<Event> selectedProperty() {
    return selected.getReadOnlyProperty();
  }

  public Optional<Event> selected() {
    return Optional.ofNullable(selected.get());
  }

  /** Selects the event (null for none); one outside the time window moves the window so that it shows it. */
  public void select(Event event) {
    time.bringIntoWindow(event);
    selected.set(event);
  }

  /** Selects the event and leaves the window as it is (stepping from event to event moves the time itself). */
  void selectWhereItIs(Event event) {
    selected.set(event);
  }

  public void clear() {
    selected.set(null);
  }

  /** A category was hidden: its selected event is no longer selected. */
  public void clearIfOf(String categoryId) {
    if (selected.get() != null && selected.get().category().id().equals(categoryId)) {
      selected.set(null);
    }
  }
}
