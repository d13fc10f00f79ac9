package org.eventmap.ui.detail;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import javafx.stage.Stage;
import org.eventmap.domain.Attribute;
import org.eventmap.domain.Category;
import org.eventmap.domain.Dataset;
import org.eventmap.domain.Event;
import org.eventmap.domain.GeoPoint;
import org.eventmap.domain.Place;
import org.eventmap.domain.Precision;
import org.eventmap.domain.TimePoint;
import org.eventmap.io.LoadResult;
import org.eventmap.state.AppState;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The detail pane on events read from other formats: HTML descriptions as text and links, the file's
 * other fields, times without a zone, and events without a place or a date.
 */
@ExtendWith(ApplicationExtension.class)
class ImportedEventDetailTest {
  static final Category CATEGORY = new Category("battles", "Battles", Optional.empty());
  /** A place whose zone the lookup told. */
  static final Place GAZA = new Place("p1", "Gaza City", new GeoPoint(31.5017, 34.4668), ZoneId.of("Asia/Gaza"),
      Optional.empty());
  /** A place whose zone no lookup could tell: the dataset assembler gives it UTC. */
  static final Place UNKNOWN_ZONE = new Place("p2", "Somewhere", new GeoPoint(10, 10), ZoneOffset.UTC,
      Optional.empty());

  private final AppState state = new AppState();
  private final List<URI> opened = new ArrayList<>();
  private DetailPane pane;

  @Start
  void start(Stage stage) {
    pane = new DetailPane(state, opened::add);
    Scene scene = new Scene(pane, 420, 700);
    scene.getStylesheets().add(org.eventmap.ui.MainView.STYLESHEET);
    stage.setScene(scene);
    stage.show();
  }

  static Event.Builder event(String id) {
    return Event.builder(id, "Event " + id).category(CATEGORY);
  }

  private void show(FxRobot robot, Event... events) {
    List<Place> places = List.of(GAZA, UNKNOWN_ZONE);
    Dataset dataset = new Dataset("Imported", Optional.empty(), "test", Optional.empty(), Optional.empty(), places,
        List.of(CATEGORY), List.of(events));
    robot.interact(() -> {
      state.applyLoad(new LoadResult("imported.csv", Optional.of(dataset), List.of()));
      state.select(dataset.event(events[0].id()).orElseThrow());
    });
    WaitForAsyncUtils.waitForFxEvents();
  }

  private String label(FxRobot robot, String id) {
    return robot.lookup("#" + id).queryAs(Label.class).getText();
  }

  /** Everything a reader sees in a part of the pane, in order, as text. */
  private static String shownText(Node node) {
    if (node instanceof Hyperlink link) {
      return "[" + link.getText() + "]";
    }
    if (node instanceof Label label) {
      return label.getText() + "\n";
    }
    if (node instanceof Text text) {
      return text.getText();
    }
    if (node instanceof Parent parent) {
      String inside = parent.getChildrenUnmodifiable().stream().filter(Node::isVisible)
          .map(ImportedEventDetailTest::shownText).collect(Collectors.joining());
      return node instanceof TextFlow ? inside + "\n" : inside;
    }
    return "";
  }

  private String summary(FxRobot robot) {
    return shownText(robot.lookup("#" + DetailPane.SUMMARY_ID).query());
  }

  @Test
  void htmlInASummaryWasShownAsMarkup(FxRobot robot) {
    show(robot, event("html").start(TimePoint.ofDay(LocalDate.of(2024, 3, 22))).place(GAZA)
        .summary("<p>Shelling near the <b>port</b>.</p><p>Reported by <a href=\"https://example.org/r?a=1&amp;b=2\">"
            + "the agency</a><script>alert('x')</script>.</p><img src=\"http://tracker.example/p.gif\" alt=\"map\">")
        .build());

    assertThat(summary(robot)).isEqualTo("Shelling near the port.\nReported by [the agency].\nmap\n");
  }

  @Test
  void aLinkInTheSummaryOpensThroughThePanesLinkOpener(FxRobot robot) {
    show(robot, event("link").start(TimePoint.ofDay(LocalDate.of(2024, 3, 22))).place(GAZA)
        .summary("See <a href=\"https://example.org/report\">the report</a> and <a href=\"javascript:alert(1)\">this</a>.")
        .build());

    List<Hyperlink> links = robot.lookup("#" + DetailPane.SUMMARY_ID).queryAll().stream()
        .flatMap(n -> robot.from(n).lookup(".hyperlink").queryAllAs(Hyperlink.class).stream()).distinct().toList();
    assertThat(links).extracting(Hyperlink::getText).containsExactly("the report");
    robot.clickOn(links.get(0));

    assertThat(opened).containsExactly(URI.create("https://example.org/report"));
  }

  @Test
  void aPlainSummaryIsShownAsWritten(FxRobot robot) {
    show(robot, event("plain").start(TimePoint.ofDay(LocalDate.of(2024, 3, 22))).place(GAZA)
        .summary("Three dead; 5 < 7 & so on.").build());

    assertThat(summary(robot)).isEqualTo("Three dead; 5 < 7 & so on.\n");
  }

  @Test
  void theFilesOtherFieldsAreShownAsNamesAndValues(FxRobot robot) {
    show(robot, event("acled").start(TimePoint.ofDay(LocalDate.of(2024, 3, 22))).place(GAZA)
        .attributes(List.of(new Attribute("fatalities", "3"), new Attribute("admin1", "Gaza Strip"),
            new Attribute("notes_html", "<b>bold</b> value")))
        .build());

    String attributes = shownText(robot.lookup("#" + DetailPane.ATTRIBUTES_ID).query());
    assertThat(attributes).isEqualTo("fatalities\n3\nadmin1\nGaza Strip\nnotes_html\nbold value\n");
  }

  @Test
  void anEventWithoutAttributesHasNoSuchSection(FxRobot robot) {
    show(robot, event("none").start(TimePoint.ofDay(LocalDate.of(2024, 3, 22))).place(GAZA).build());

    assertThat(robot.lookup("#" + DetailPane.ATTRIBUTES_ID).tryQuery()).isEmpty();
  }

  @Test
  void anEventWithoutSourcesShowedAnEmptySourcesHeading(FxRobot robot) {
    show(robot, event("no-sources").start(TimePoint.ofDay(LocalDate.of(2024, 3, 22))).place(GAZA).build());

    assertThat(robot.lookup("#" + DetailPane.SOURCES_ID).tryQuery()).isEmpty();
    assertThat(shownText(pane)).doesNotContain("SOURCES");
  }

  @Test
  void aSourceNamedOnlyByItsPublisherWasShownTwice(FxRobot robot) {
    show(robot, event("acled-source").start(TimePoint.ofDay(LocalDate.of(2024, 3, 22))).place(GAZA)
        .sources(List.of(new org.eventmap.domain.Source("Daily Bugle", "Daily Bugle", Optional.empty(), Optional.empty()))).build());

    assertThat(shownText(robot.lookup("#" + DetailPane.SOURCES_ID).query())).contains("Daily Bugle (no link)")
        .doesNotContain("Daily Bugle — Daily Bugle");
  }

  @Test
  void aTimeWithoutAZoneAtAPlaceOfUnknownZoneWasShownAsUtc(FxRobot robot) {
    show(robot, event("local").place(UNKNOWN_ZONE)
        .start(TimePoint.ofLocal(LocalDateTime.of(2024, 3, 22, 9, 50), Precision.MINUTE)).build());

    assertThat(label(robot, DetailPane.WHEN_ID))
        .isEqualTo("Friday 22 March 2024, 09:50 (local time at the place; the file gives no time zone)");
    assertThat(label(robot, DetailPane.WHEN_UTC_ID)).doesNotContain("09:50").doesNotContain("07:50")
        .isEqualTo("The time in UTC is not known: the place's time zone is not known.");
  }

  @Test
  void aTimeWithoutAZoneAtAPlaceOfKnownZoneSaysSoAndGivesUtcThroughThatZone(FxRobot robot) {
    show(robot, event("local-known").place(GAZA)
        .start(TimePoint.ofLocal(LocalDateTime.of(2024, 3, 22, 9, 50), Precision.MINUTE)).build());

    assertThat(label(robot, DetailPane.WHEN_ID))
        .isEqualTo("Friday 22 March 2024, 09:50 (local time at the place; the file gives no time zone)");
    assertThat(label(robot, DetailPane.WHEN_UTC_ID)).isEqualTo("22 Mar 2024, 07:50 UTC (in the zone of the place, Asia/Gaza)");
  }

  @Test
  void aTimeWithAnOffsetKeepsItsUtcWhateverThePlace(FxRobot robot) {
    show(robot, event("offset").place(UNKNOWN_ZONE)
        .start(TimePoint.ofMoment(OffsetDateTime.of(2024, 3, 22, 9, 50, 0, 0, ZoneOffset.ofHours(2)), Precision.MINUTE))
        .build());

    assertThat(label(robot, DetailPane.WHEN_ID)).isEqualTo("Friday 22 March 2024, 09:50 (UTC+02:00)");
    assertThat(label(robot, DetailPane.WHEN_UTC_ID)).isEqualTo("22 Mar 2024, 07:50 UTC");
  }

  @Test
  void aDayAtAPlaceOfUnknownZoneWasGivenAsAUtcDay(FxRobot robot) {
    show(robot, event("day").place(UNKNOWN_ZONE).start(TimePoint.ofDay(LocalDate.of(2024, 3, 22))).build());

    assertThat(label(robot, DetailPane.WHEN_ID))
        .isEqualTo("Friday 22 March 2024 (local date; the place's time zone is not known)");
    assertThat(label(robot, DetailPane.WHEN_UTC_ID))
        .isEqualTo("The time in UTC is not known: the place's time zone is not known.");
  }

  @Test
  void aDayAtAPlaceOfKnownZoneIsTheSpanOfUtcItCovers(FxRobot robot) {
    show(robot, event("day-known").place(GAZA).start(TimePoint.ofDay(LocalDate.of(2024, 3, 22))).build());

    assertThat(label(robot, DetailPane.WHEN_ID)).isEqualTo("Friday 22 March 2024 (local date, Asia/Gaza)");
    assertThat(label(robot, DetailPane.WHEN_UTC_ID)).isEqualTo("21 Mar 2024 22:00 – 22 Mar 2024 22:00 UTC");
  }

  @Test
  void anEventWithNeitherPlaceNorDateSaysWhatIsNotGiven(FxRobot robot) {
    // A dated event beside it: a dataset whose only events have no date fails to load (reported).
    show(robot, event("bare").summary("<p>Only <i>text</i></p>").build(),
        event("dated").start(TimePoint.ofDay(LocalDate.of(2024, 3, 22))).place(GAZA).build());

    assertThat(label(robot, DetailPane.PLACE_ID)).isEqualTo("No place given");
    assertThat(label(robot, DetailPane.WHEN_ID)).isEqualTo("No date given");
    assertThat(robot.lookup("#" + DetailPane.WHEN_UTC_ID).tryQuery()).isEmpty();
    assertThat(summary(robot)).isEqualTo("Only text\n");
  }

  @Test
  void aLocalTimeWithoutAPlaceHasNoUtc(FxRobot robot) {
    show(robot, event("local-no-place")
        .start(TimePoint.ofLocal(LocalDateTime.of(2024, 3, 22, 9, 50), Precision.MINUTE)).build());

    assertThat(label(robot, DetailPane.PLACE_ID)).isEqualTo("No place given");
    assertThat(label(robot, DetailPane.WHEN_ID))
        .isEqualTo("Friday 22 March 2024, 09:50 (local time at the place; the file gives no time zone)");
    assertThat(label(robot, DetailPane.WHEN_UTC_ID))
        .isEqualTo("The time in UTC is not known: the place's time zone is not known.");
  }

  @Test
  void aMegabyteSummaryIsShortenedAndShownQuickly(FxRobot robot) {
    String huge = "<p>" + "word ".repeat(200_000) + "</p>";
    long t0 = System.nanoTime();
    show(robot, event("huge").start(TimePoint.ofDay(LocalDate.of(2024, 3, 22))).place(GAZA).summary(huge).build());
    long millis = (System.nanoTime() - t0) / 1_000_000;

    assertThat(summary(robot)).endsWith("more characters)\n").hasSizeLessThan(25_000);
    assertThat(millis).isLessThan(3_000);
  }

  /** Writes target/detail-imported-event.png: what a person sees of an ACLED-like row with HTML notes. */
  @Test
  void anImportedEventWithHtmlAndAttributesIsReadable(FxRobot robot) throws Exception {
    show(robot, event("acled-like").place(UNKNOWN_ZONE)
        .start(TimePoint.ofLocal(LocalDateTime.of(2024, 3, 22, 9, 50), Precision.MINUTE))
        .actors(List.of("Military Forces", "Civilians"))
        .summary("<p>Shelling near the <b>port</b>; &quot;three boats&quot; hit.</p>"
            + "<p>See <a href=\"https://example.org/report\">the report</a>.</p><script>alert(1)</script>")
        .attributes(List.of(new Attribute("fatalities", "3"), new Attribute("sub_event_type", "Shelling/artillery"),
            new Attribute("admin1", "Gaza Strip"), new Attribute("geo_precision", "1")))
        .build());

    java.awt.image.BufferedImage image = WaitForAsyncUtils.waitFor(WaitForAsyncUtils.asyncFx(
        () -> javafx.embed.swing.SwingFXUtils.fromFXImage(pane.snapshot(null, null), null)));
    java.nio.file.Path out = java.nio.file.Path.of("target", "detail-imported-event.png");
    javax.imageio.ImageIO.write(image, "png", out.toFile());

    assertThat(image.getWidth()).isEqualTo(420);
    assertThat(shownText(robot.lookup("#" + DetailPane.ATTRIBUTES_ID).query())).contains("fatalities\n3\n");
    assertThat(summary(robot)).doesNotContain("alert").contains("[the report]");
  }
}
