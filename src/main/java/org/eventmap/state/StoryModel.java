package org.eventmap.state;

import java.util.Objects;
import java.util.Optional;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.ObjectBinding;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import org.eventmap.domain.Dataset;
import org.eventmap.domain.Event;
import org.eventmap.domain.GeoPoint;
import org.eventmap.domain.Story;
import org.eventmap.domain.StoryStep;
import org.eventmap.time.WallClock;

/**
 * The story a person is stepping through, and which step: each step selects its event, moves the
 * timeline to it and brings its place onto the map, as the story's author meant it to be read. Leaving
 * the story leaves everything where the last step put it.
 */
public final class StoryModel {
  /** The scale a step's place is shown at when the map must move: a region and its neighbours (web-map zoom 5). */
  public static final double REGION_SCALE = 256 * 32;
  /** Farther out than this (zoom 4.5) a place is lost among its neighbours: the map moves in to it. */
  static final double USEFUL_SCALE = 256 * Math.pow(2, 4.5);

  /** How a step brings its place onto the map. */
  public enum Motion {
    /** Over a moment, so that one sees where the story went (Next, Previous, a chosen step). */
    FLY,
    /** At once (the story opened from the command line, or in a snapshot). */
    JUMP
  }

  private final DatasetModel data;
  private final TimeModel time;
  private final SelectionModel selection;
  private final ViewportModel viewport;
  private final ReadOnlyObjectWrapper<Story> story = new ReadOnlyObjectWrapper<>(this, "story");
  /** From 0; -1 outside a story. */
  private final ReadOnlyIntegerWrapper step = new ReadOnlyIntegerWrapper(this, "step", -1);
  private final ObjectBinding<StoryStep> currentStep;

  public StoryModel(DatasetModel data, TimeModel time, SelectionModel selection, ViewportModel viewport) {
    this.data = Objects.requireNonNull(data);
    this.time = Objects.requireNonNull(time);
    this.selection = Objects.requireNonNull(selection);
    this.viewport = Objects.requireNonNull(viewport);
    currentStep = Bindings.createObjectBinding(() -> story.get() == null || step.get() < 0 ? null
        : story.get().steps().get(step.get()), story, step);
  }

  /** The story being stepped through; null outside a story. */
  public ReadOnlyObjectProperty<Story> storyProperty() {
    return story.getReadOnlyProperty();
  }

  public Optional<Story> story() {
    return Optional.ofNullable(story.get());
  }

  /** Which step, from 0; -1 outside a story. */
  public ReadOnlyIntegerProperty stepIndexProperty() {
    return step.getReadOnlyProperty();
  }

  public int stepIndex() {
    return step.get();
  }

  /** The step shown; null outside a story. */
  public ObjectBinding<StoryStep> currentStepProperty() {
    return currentStep;
  }

  public Optional<StoryStep> currentStep() {
    return Optional.ofNullable(currentStep.get());
  }

  /** The event of the step shown. */
  public Optional<Event> currentEvent() {
    Dataset d = data.dataset();
    return currentStep().flatMap(s -> d == null ? Optional.empty() : d.event(s.eventId()));
  }

  public boolean active() {
    return story.get() != null;
  }

  public boolean hasNext() {
    return active() && step.get() + 1 < story.get().steps().size();
  }

  public boolean hasPrevious() {
    return active() && step.get() > 0;
  }

  /** Starts a story of the shown dataset at its first step, flying there. */
  public void start(Story chosen) {
    start(chosen, 0, Motion.FLY);
  }

  /**
   * Starts a story of the shown dataset at a step (from 0).
   *
   * @throws IllegalArgumentException when the story is not the shown dataset's or has no such step
   */
  public void start(Story chosen, int stepIndex, Motion motion) {
    Dataset d = data.dataset();
    if (d == null || !d.stories().contains(chosen)) {
      throw new IllegalArgumentException("the story '" + chosen.id() + "' is not one of the shown dataset's");
    }
    checkStep(chosen, stepIndex);
    time.pause(); // the story now says where the timeline is
    story.set(chosen);
    show(stepIndex, motion);
  }

  /** Goes to the next step; false at the last one or outside a story. */
  public boolean next() {
    if (!hasNext()) {
      return false;
    }
    show(step.get() + 1, Motion.FLY);
    return true;
  }

  /** Goes to the previous step; false at the first one or outside a story. */
  public boolean previous() {
    if (!hasPrevious()) {
      return false;
    }
    show(step.get() - 1, Motion.FLY);
    return true;
  }

  /** Goes to a step (from 0) of the story being read. */
  public void goToStep(int stepIndex) {
    if (!active()) {
      throw new IllegalStateException("no story is being read");
    }
    checkStep(story.get(), stepIndex);
    show(stepIndex, Motion.FLY);
  }

  /** Leaves the story; the selection, the timeline and the map stay where the last step put them. */
  public void stop() {
    step.set(-1);
    story.set(null);
  }

  private static void checkStep(Story s, int stepIndex) {
    if (stepIndex < 0 || stepIndex >= s.steps().size()) {
      throw new IllegalArgumentException("the story '" + s.id() + "' has steps 1 to " + s.steps().size()
          + ", not " + (stepIndex + 1));
    }
  }

  private void show(int stepIndex, Motion motion) {
    step.set(stepIndex);
    Event event = currentEvent().orElseThrow(); // a Dataset holds every event its stories name
    if (event.hasDate()) {
      // An event given to the minute is shown at that minute; one given as a day at the end of that
      // day, so that the map shows all that happened that day, as picking the day does.
      if (event.start().orElseThrow().precision().hasTime()) {
        time.goToStartOf(event);
      } else {
        time.goToDay(WallClock.start(event).toLocalDate());
      }
    }
    selection.select(event); // a window that still leaves it out moves to it
    event.place().ifPresent(place -> bringIntoView(place.location(), motion));
  }

  private void bringIntoView(GeoPoint where, Motion motion) {
    if (viewport.showsComfortably(where.lon(), where.lat(), USEFUL_SCALE)) {
      return; // already well in view at a useful scale: moving would only lose the reader
    }
    if (motion == Motion.FLY) {
      viewport.flyTo(where.lon(), where.lat(), REGION_SCALE);
    } else {
      viewport.showView(where.lon(), where.lat(), REGION_SCALE);
    }
  }
}
