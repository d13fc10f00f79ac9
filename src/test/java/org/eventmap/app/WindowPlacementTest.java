package org.eventmap.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import javafx.geometry.Rectangle2D;
import org.junit.jupiter.api.Test;

/** Where a remembered window goes on the screens there are now. */
class WindowPlacementTest {
  @Test
  void aPlaceOnTheSecondScreenStaysThereWhileItIsAttached() {
    List<Rectangle2D> two = List.of(new Rectangle2D(0, 0, 1920, 1080), new Rectangle2D(1920, 0, 2560, 1440));
    Session.WindowBounds onSecond = new Session.WindowBounds(2100, 200, 1200, 800, false);

    assertThat(WindowPlacement.fitted(onSecond, two, 720, 480)).contains(new Rectangle2D(2100, 200, 1200, 800));
    assertThat(WindowPlacement.fitted(onSecond, two.subList(0, 1), 720, 480))
        .as("the second screen unplugged").contains(new Rectangle2D(360, 140, 1200, 800));
  }

  @Test
  void aPlaceHangingOverTheEdgeOrTooLargeIsPulledOntoTheScreen() {
    List<Rectangle2D> laptop = List.of(new Rectangle2D(0, 0, 1366, 740));

    assertThat(WindowPlacement.fitted(new Session.WindowBounds(1000, -50, 1000, 700, false), laptop, 720, 480))
        .contains(new Rectangle2D(366, 0, 1000, 700));
    assertThat(WindowPlacement.fitted(new Session.WindowBounds(0, 0, 2560, 1440, false), laptop, 720, 480))
        .contains(new Rectangle2D(0, 0, 1366, 740));
    assertThat(WindowPlacement.fitted(new Session.WindowBounds(Double.NaN, 0, 1000, 700, false), laptop, 720, 480))
        .isEmpty();
  }

  @Test
  void aScreenLeftOfOrAboveTheFirstCountsToo() {
    List<Rectangle2D> screens = List.of(new Rectangle2D(0, 0, 1920, 1080), new Rectangle2D(-1280, -200, 1280, 1024));
    Session.WindowBounds left = new Session.WindowBounds(-1200, -150, 900, 600, false);

    assertThat(WindowPlacement.fitted(left, screens, 720, 480)).contains(new Rectangle2D(-1200, -150, 900, 600));
  }
}
