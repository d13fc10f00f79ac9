package org.eventmap.state;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.ObjectBinding;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.value.ObservableValue;
import org.eventmap.domain.Event;
import org.eventmap.time.TimeWindow;
import org.eventmap.time.WallClock;

/**
 * Where the timeline is, what window of time it shows, and playback: whether it plays, how fast, and
 * the clock that moves it on while it plays (as QGIS's temporal controller keeps its own clock, so
 * that no view has to). The time stays within the dataset's span.
 */
public final class TimeModel {
  private final DatasetModel data;
  private final FrameClock clock;
  private final ReadOnlyObjectWrapper<LocalDateTime> currentTime = new ReadOnlyObjectWrapper<>(this, "currentTime");
  private final ObjectBinding<LocalDate> currentDay;
  private final ReadOnlyObjectWrapper<TimeWindow> window =
      new ReadOnlyObjectWrapper<>(this, "window", TimeWindow.cumulative());
  private final ReadOnlyBooleanWrapper playing = new ReadOnlyBooleanWrapper(this, "playing", false);
  private final ReadOnlyObjectWrapper<PlaySpeed> playSpeed =
      new ReadOnlyObjectWrapper<>(this, "playSpeed", PlaySpeed.DAY_PER_SECOND);
  /** The clock's time at the last frame of this playback, once it has had a frame. */
  private long lastFrameNanos;
  private boolean hadFrame;

  public TimeModel(DatasetModel data, FrameClock clock) {
    this.data = Objects.requireNonNull(data);
    this.clock = Objects.requireNonNull(clock);
    currentDay = Bindings.createObjectBinding(
        () -> currentTime.get() == null ? null : currentTime.get().toLocalDate(), currentTime);
    playing.addListener((obs, was, now) -> {
      if (now) {
        hadFrame = false; // a pause is not played
        clock.start(this::frame);
      } else {
        clock.stop();
      }
    });
  }

  private void frame(long nanos) {
    if (hadFrame) {
      playFor(Duration.ofNanos(nanos - lastFrameNanos));
    }
    lastFrameNanos = nanos;
    hadFrame = true;
  }

  /** The position of the timeline, in local wall-clock time (docs/adr/0008). */
  public ReadOnlyObjectProperty<LocalDateTime> currentTimeProperty() {
    return currentTime.getReadOnlyProperty();
  }

  public LocalDateTime currentTime() {
    return currentTime.get();
  }

  /** The day of the timeline's position. */
  public ObservableValue<LocalDate> currentDayProperty() {
    return currentDay;
  }

  public LocalDate currentDay() {
    return currentDay.get();
  }

  /** Which events the timeline's position shows: everything up to it, the last days, or a range. */
  public ReadOnlyObjectProperty<TimeWindow> windowProperty() {
    return window.getReadOnlyProperty();
  }

  public TimeWindow window() {
    return window.get();
  }

  public ReadOnlyBooleanProperty playingProperty() {
    return playing.getReadOnlyProperty();
  }

  public boolean playing() {
    return playing.get();
  }

  public ReadOnlyObjectProperty<PlaySpeed> playSpeedProperty() {
    return playSpeed.getReadOnlyProperty();
  }

  /**
   * A new dataset is shown: the timeline is at its end, or nowhere without events. A speed that would
   * take more than an hour to play its span (1 day a second through 66 million years) gives way to one
   * that suits the span; so does a speed in years that would play it in less than a second (after deep
   * time, a file of one year).
   */
  void startAtEnd() {
    currentTime.set(data.lastTime());
    if (data.firstTime() != null) {
      long span = WallClock.seconds(data.lastTime()) - WallClock.seconds(data.firstTime());
      double seconds = playSpeed.get().secondsToPlay(span);
      boolean inYears = playSpeed.get().compareTo(PlaySpeed.YEAR_PER_SECOND) >= 0;
      if (span > 0 && (seconds > 3600 || seconds < 1 && inYears)) {
        playSpeed.set(PlaySpeed.suitedTo(span));
      }
    }
  }

  /** Moves the timeline to the end of the day, kept within the dataset's span. */
  public void goToDay(LocalDate day) {
    if (day != null) {
      goTo(day.atTime(23, 59, 59));
    }
  }

  /** Moves the timeline to a moment, kept within the dataset's span. */
  public void goTo(LocalDateTime time) {
    LocalDateTime first = data.firstTime();
    LocalDateTime last = data.lastTime();
    if (time == null || first == null) {
      return;
    }
    currentTime.set(time.isBefore(first) ? first : time.isAfter(last) ? last : time);
  }

  public void stepDays(long days) {
    if (currentTime.get() != null) {
      goTo(WallClock.fromSeconds(WallClock.seconds(currentTime.get()) + days * 86_400)); // past the last year too
    }
  }

  /** Chooses what the timeline's position shows. */
  public void setWindow(TimeWindow newWindow) {
    window.set(Objects.requireNonNull(newWindow));
  }

  /** Whether the window at the current time holds the event; one without a date is at every time. */
  public boolean shows(Event event) {
    if (!event.hasDate()) {
      return true;
    }
    long start = WallClock.seconds(WallClock.start(event));
    long end = WallClock.seconds(WallClock.endExclusive(event));
    return currentTime.get() != null && window.get().includes(start, end, currentTime.get());
  }

  /**
   * Moves the window so that it holds the event: a range keeps its length and is centred on the
   * event's start; otherwise the timeline goes to the event's day, as when one picks that day.
   */
  public void bringIntoWindow(Event event) {
    if (event == null || currentTime.get() == null || shows(event)) {
      return;
    }
    LocalDateTime start = WallClock.start(event);
    if (window.get().mode() == TimeWindow.Mode.RANGE) {
      long days = ChronoUnit.DAYS.between(window.get().rangeStart(), window.get().rangeEnd());
      LocalDate first = start.toLocalDate().minusDays(days / 2);
      window.set(TimeWindow.range(first, first.plusDays(Math.max(0, days - 1))));
    } else {
      goToDay(start.toLocalDate());
    }
  }

  /** Puts the timeline at an event's start, whatever the window (stepping from event to event). */
  void goToStartOf(Event event) {
    if (event.hasDate()) {
      currentTime.set(WallClock.start(event));
    }
  }

  /** Plays from here, or from the start when the timeline is at the end. */
  public void play() {
    if (currentTime.get() != null) {
      if (!currentTime.get().isBefore(data.lastTime())) {
        currentTime.set(data.firstTime());
      }
      playing.set(true);
    }
  }

  public void pause() {
    playing.set(false);
  }

  public void togglePlaying() {
    if (playing.get()) {
      pause();
    } else {
      play();
    }
  }

  public void setPlaySpeed(PlaySpeed speed) {
    playSpeed.set(Objects.requireNonNull(speed));
  }

  /** Playback moved on by this much real time; stops at the end of the dataset. */
  public void playFor(Duration elapsed) {
    if (!playing.get() || currentTime.get() == null) {
      return;
    }
    long seconds = Math.round(elapsed.toNanos() / 1e9 * playSpeed.get().datasetSecondsPerSecond());
    // In seconds: near the last year java.time holds, a LocalDateTime a step later may not exist.
    long next = WallClock.seconds(currentTime.get()) + Math.max(1, seconds);
    if (next >= WallClock.seconds(data.lastTime())) {
      goTo(data.lastTime());
      playing.set(false);
    } else {
      currentTime.set(WallClock.fromSeconds(next));
    }
  }
}
