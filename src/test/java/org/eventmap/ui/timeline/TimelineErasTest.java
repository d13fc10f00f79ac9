package org.eventmap.ui.timeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.eventmap.ui.timeline.AxisOnStage.onFx;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import javafx.scene.Scene;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import javafx.stage.Stage;
import org.eventmap.domain.Category;
import org.eventmap.domain.Dataset;
import org.eventmap.domain.Era;
import org.eventmap.domain.Event;
import org.eventmap.domain.GeoPoint;
import org.eventmap.domain.Place;
import org.eventmap.domain.TimePoint;
import org.eventmap.io.LoadResult;
import org.eventmap.state.AppState;
import org.eventmap.ui.timeline.TimelineCanvas.EraBand;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Eras as labelled bands above the histogram: where their dates fall, in rows when they overlap (as
 * TimelineJS's own eras example does: 600-650, 650-700 and 700-720, listed out of order), titles elided to
 * the band, in the look the stylesheet gives.
 */
@ExtendWith(ApplicationExtension.class)
class TimelineErasTest {
  private static final double WIDTH = 1000;
  private final AppState state = new AppState();
  private TimelineCanvas axis;
  private Scene scene;

  @Start
  void start(Stage stage) {
    Category kings = new Category("kings", "Kings", Optional.empty());
    Place aachen = new Place("aachen", "Aachen", new GeoPoint(50.78, 6.08), ZoneOffset.UTC, Optional.empty());
    List<Event> events = List.of(
        event("a", "0600", aachen, kings), event("b", "0655", aachen, kings), event("c", "0720", aachen, kings));
    List<Era> eras = List.of(
        new Era("The second half of the seventh century", TimePoint.parse("0650"), TimePoint.parse("0700")),
        new Era("The first half of the seventh century", TimePoint.parse("0600"), TimePoint.parse("0650")),
        new Era("Twenty years", TimePoint.parse("0700"), TimePoint.parse("0720")),
        new Era("A very short era with a long title", TimePoint.parse("0710-05"), TimePoint.parse("0710-06")));
    Dataset dataset = new Dataset("Eras", Optional.empty(), "CC0-1.0", Optional.empty(), Optional.empty(),
        List.of(aachen), List.of(kings), events, eras, List.of());
    state.applyLoad(new LoadResult("eras", Optional.of(dataset), List.of()));
    axis = new TimelineCanvas(state);
    scene = new Scene(new VBox(axis), WIDTH, 200);
    stage.setScene(scene);
    stage.show();
  }

  private static Event event(String id, String start, Place place, Category category) {
    return Event.builder(id, id).start(TimePoint.parse(start)).place(place).category(category).build();
  }

  private List<EraBand> bands() {
    WaitForAsyncUtils.waitForFxEvents();
    return onFx(() -> axis.eraBands());
  }

  private Color pixel(double x, double y) {
    WaitForAsyncUtils.waitForFxEvents();
    return onFx(() -> {
      WritableImage image = axis.snapshot(null, null);
      return image.getPixelReader().getColor((int) x, (int) y);
    });
  }

  private static double distance(Color a, Color b) {
    return Math.abs(a.getRed() - b.getRed()) + Math.abs(a.getGreen() - b.getGreen())
        + Math.abs(a.getBlue() - b.getBlue());
  }

  @Test
  void erasOutOfOrderAreSortedAndEachBandIsWhereItsDatesFall() {
    List<EraBand> bands = bands();
    assertThat(bands).extracting(b -> b.era().title()).containsExactly("The first half of the seventh century",
        "The second half of the seventh century", "Twenty years", "A very short era with a long title");
    for (EraBand band : bands) {
      double x0 = onFx(() -> axis.axis().x(band.era().start().earliestEpochSecond(ZoneOffset.UTC)));
      double x1 = onFx(() -> axis.axis().x(band.era().end().latestExclusiveEpochSecond(ZoneOffset.UTC)));
      assertThat(band.x0()).isCloseTo(x0, within(0.01));
      // a band ends with its era, or where the next one in its row begins, in the year this one ends
      double next = bands.stream().filter(b -> b.row() == band.row() && b.x0() > band.x0()).mapToDouble(EraBand::x0)
          .min().orElse(Double.MAX_VALUE);
      assertThat(band.x1()).isCloseTo(Math.max(x0 + 1, Math.min(x1, next)), within(0.01));
    }
    assertThat(bands.get(0).x1()).as("600-650 stops where 650-700 begins").isEqualTo(bands.get(1).x0());
    // 600 is near the left of the axis and 720 near its right, the axis having a little room each side
    assertThat(bands.get(0).x0()).isBetween(5.0, 60.0);
    assertThat(bands.get(2).x1()).isBetween(940.0, 1000.0);
  }

  @Test
  void overlappingErasAreStackedInRowsAboveTheHistogram() {
    List<EraBand> bands = bands();
    // 600-650, 650-700 and 700-720 only share the year one ends and the next begins: they follow one another
    // in a row, as TimelineJS draws them; the short era inside 700-720 overlaps it and goes below
    assertThat(bands).extracting(EraBand::row).containsExactly(0, 0, 0, 1);
    double top = onFx(() -> axis.top());
    assertThat(top).isEqualTo(2 * TimelineCanvas.ERA_ROW + 2);
    assertThat(onFx(() -> axis.getHeight())).isEqualTo(TimelineCanvas.HEIGHT + top);
    assertThat(onFx(() -> axis.markY())).as("the marks are below the eras").isGreaterThan(top);
  }

  @Test
  void eachBandIsDrawnInItsRowAndColourAndLabelledWithItsTitle() {
    List<EraBand> bands = bands();
    TimelineStyle style = onFx(() -> axis.timelineStyle());
    Color background = (Color) style.background();
    EraBand first = bands.get(0);
    assertThat(first.label()).isEqualTo("The first half of the seventh century");
    // inside the band, past the end of its title: the era's colour over the background
    double x = first.x1() - 6;
    Color expected = blend((Color) style.era(), background);
    assertThat(distance(pixel(x, 3), expected)).as("band of %s at %s", first.era().title(), x).isLessThan(0.06);
    // its title is drawn on the band: dark pixels near its start
    assertThat(darkestIn(first.labelX(), first.labelX() + 60, 2, TimelineCanvas.ERA_ROW - 2))
        .isLessThan(0.5);
    // the second row holds only the short era of 710: under 600-650 it is empty
    assertThat(distance(pixel(first.x0() + 10, TimelineCanvas.ERA_ROW + 7), background)).isLessThan(0.06);
    // the next era in the row, 650-700, has the other colour, so that two eras side by side are told apart
    EraBand second = bands.get(1);
    assertThat(distance(pixel(second.x1() - 6, 3), blend((Color) style.eraAlternate(), background)))
        .isLessThan(0.06);
    // and behind the histogram, each era casts a faint shade (under the shade of the window the map shows)
    Color shaded = blend((Color) style.window(), blend((Color) style.eraShade(), background));
    assertThat(distance(pixel(second.x1() - 6, onFx(() -> axis.top()) + 8), shaded)).isLessThan(0.03);
    assertThat(distance(pixel(8, onFx(() -> axis.top()) + 8), blend((Color) style.window(), background)))
        .as("before the first era, no shade").isLessThan(0.03);
  }

  private double darkestIn(double x0, double x1, double y0, double y1) {
    WaitForAsyncUtils.waitForFxEvents();
    return onFx(() -> {
      WritableImage image = axis.snapshot(null, null);
      double darkest = 1;
      for (int x = (int) x0; x < x1; x++) {
        for (int y = (int) y0; y < y1; y++) {
          darkest = Math.min(darkest, image.getPixelReader().getColor(x, y).getBrightness());
        }
      }
      return darkest;
    });
  }

  private static Color blend(Color over, Color under) {
    double a = over.getOpacity();
    return new Color(over.getRed() * a + under.getRed() * (1 - a), over.getGreen() * a + under.getGreen() * (1 - a),
        over.getBlue() * a + under.getBlue() * (1 - a), 1);
  }

  @Test
  void aTitleLongerThanItsBandIsElidedToIt() {
    EraBand shortEra = shortEra();
    double bandWidth = shortEra.x1() - shortEra.x0();
    assertThat(bandWidth).isLessThan(20);
    assertThat(shortEra.label()).isIn("", "A…");
    // zoomed in on it, the whole title fits
    robotZoomAround(shortEra, 200);
    EraBand closer = shortEra();
    assertThat(closer.label()).isEqualTo("A very short era with a long title");
    // and half way there, it is cut with an ellipsis that stays inside the band
    robotZoomAround(closer, 0.5);
    EraBand halfway = shortEra();
    assertThat(halfway.label()).endsWith("…").startsWith("A ");
    double labelWidth = onFx(() -> {
      javafx.scene.text.Text t = new javafx.scene.text.Text(halfway.label());
      t.setFont(axis.timelineStyle().eraFont());
      return t.getLayoutBounds().getWidth();
    });
    assertThat(halfway.labelX() + labelWidth).isLessThanOrEqualTo(halfway.x1());
  }

  private EraBand shortEra() {
    return bands().stream().filter(b -> b.era().title().startsWith("A very")).findFirst().orElseThrow();
  }

  private void robotZoomAround(EraBand band, double factor) {
    onFx(() -> {
      axis.zoomAxisAround((band.x0() + band.x1()) / 2, factor);
      return null;
    });
  }

  @Test
  void theErasLookComesFromTheStylesheet(FxRobot robot, @TempDir Path dir) throws Exception {
    EraBand first = bands().get(0);
    Path theme = Files.writeString(dir.resolve("theme.css"),
        ".timeline-axis { -timeline-era-color: #00a050; -timeline-era-label-color: white; }");
    robot.interact(() -> scene.getStylesheets().add(theme.toUri().toString()));
    assertThat(distance(pixel(first.x1() - 6, 3), Color.web("#00a050"))).isLessThan(0.06);
  }
}
