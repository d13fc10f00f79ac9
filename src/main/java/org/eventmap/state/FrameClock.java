package org.eventmap.state;

import java.util.function.LongConsumer;

/**
 * What drives playback: while started, it calls back once a frame with the frame's time in
 * nanoseconds. The application's clock is the JavaFX pulse; tests drive a clock of their own.
 */
public interface FrameClock {
  void start(LongConsumer onFrame);

  void stop();

  /**
   * The JavaFX pulse (an {@code AnimationTimer}), made at the first start: a state that never plays,
   * such as a unit test's without the JavaFX toolkit, never needs it.
   */
  static FrameClock pulses() {
    return new FrameClock() {
      private javafx.animation.AnimationTimer timer;
      private LongConsumer frames;

      @Override
      public void start(LongConsumer onFrame) {
        frames = onFrame;
        if (timer == null) {
          timer = new javafx.animation.AnimationTimer() {
            @Override
            public void handle(long now) {
              frames.accept(now);
            }
          };
        }
        timer.start();
      }

      @Override
      public void stop() {
        if (timer != null) {
          timer.stop();
        }
      }
    };
  }
}
