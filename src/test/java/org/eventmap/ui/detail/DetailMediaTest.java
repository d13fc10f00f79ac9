package org.eventmap.ui.detail;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.scene.Scene;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.eventmap.domain.Attribute;
import org.eventmap.domain.Dataset;
import org.eventmap.domain.Event;
import org.eventmap.domain.TimePoint;
import org.eventmap.io.LoadResult;
import org.eventmap.state.AppState;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * What TimelineJS and StoryMapJS files give an event beyond our fields, in the detail pane: its media
 * as a link the browser opens (never fetched here), with caption and credit, and the date as written.
 */
@ExtendWith(ApplicationExtension.class)
class DetailMediaTest {
  private static final String PHOTO = "https://example.org/photos/harbour-1862.jpg";

  private final AppState state = new AppState();
  private final List<URI> opened = new ArrayList<>();

  @Start
  void start(Stage stage) {
    DetailPane pane = new DetailPane(state, opened::add);
    Scene scene = new Scene(pane, 420, 700);
    scene.getStylesheets().add(org.eventmap.ui.MainView.STYLESHEET);
    stage.setScene(scene);
    stage.show();
  }

  private void show(FxRobot robot, Event event) {
    Dataset dataset = new Dataset("Imported", Optional.empty(), "test", Optional.empty(), Optional.empty(),
        List.of(ImportedEventDetailTest.GAZA), List.of(ImportedEventDetailTest.CATEGORY), List.of(event));
    robot.interact(() -> {
      state.applyLoad(new LoadResult("story.json", Optional.of(dataset), List.of()));
      state.select(event);
    });
  }

  private static String text(FxRobot robot, String id) {
    return robot.lookup("#" + id).queryAs(Label.class).getText();
  }

  @Test
  void theMediaIsALinkWithItsCaptionAndCreditAndOpensInTheBrowserOnlyWhenClicked(FxRobot robot) {
    show(robot, ImportedEventDetailTest.event("harbour").start(TimePoint.parse("1862-04-12"))
        .place(ImportedEventDetailTest.GAZA).attributes(List.of(new Attribute(Attribute.MEDIA, PHOTO),
            new Attribute(Attribute.MEDIA_CAPTION, "The harbour at <i>dawn</i>"),
            new Attribute(Attribute.MEDIA_CREDIT, "Town archive"), new Attribute("fatalities", "0")))
        .build());

    Hyperlink link = robot.lookup("#" + DetailPane.MEDIA_ID).queryAs(Hyperlink.class);
    assertThat(link.getText()).isEqualTo("The harbour at dawn");
    assertThat(text(robot, DetailPane.MEDIA_CAPTION_ID)).isEqualTo("The harbour at dawn");
    assertThat(text(robot, DetailPane.MEDIA_CREDIT_ID)).isEqualTo("Credit: Town archive");
    assertThat(opened).as("nothing fetched or opened by itself").isEmpty();

    robot.clickOn(link);

    assertThat(opened).containsExactly(URI.create(PHOTO));
    assertThat(robot.lookup(".detail-attribute-name").queryAllAs(Label.class)).extracting(Label::getText)
        .as("the media are not repeated among the file's other fields").containsExactly("fatalities");
  }

  @Test
  void mediaThatIsNotAWebAddressIsShownButNotALink(FxRobot robot) {
    show(robot, ImportedEventDetailTest.event("local").start(TimePoint.parse("1862-04-12"))
        .attributes(List.of(new Attribute(Attribute.MEDIA, "javascript:alert(1)"))).build());

    javafx.scene.Node media = robot.lookup("#" + DetailPane.MEDIA_ID).query();
    assertThat(media).isInstanceOf(Label.class);
    assertThat(text(robot, DetailPane.MEDIA_ID)).contains("not a web address");
  }

  @Test
  void theDateAsWrittenStandsBesideTheDateRead(FxRobot robot) {
    show(robot, ImportedEventDetailTest.event("spring").start(TimePoint.parse("1862"))
        .place(ImportedEventDetailTest.GAZA).attributes(List.of(new Attribute(Attribute.DATE_AS_WRITTEN,
            "Spring 1862"))).build());

    assertThat(text(robot, DetailPane.WHEN_ID)).startsWith("1862");
    assertThat(text(robot, DetailPane.WHEN_WRITTEN_ID)).isEqualTo("As written: “Spring 1862”");
    assertThat(robot.lookup("#" + DetailPane.ATTRIBUTES_ID).tryQuery()).as("no other fields left").isEmpty();
  }

  @Test
  void anEventWithoutADateStillShowsTheDateAsWritten(FxRobot robot) {
    show(robot, ImportedEventDetailTest.event("aug").attributes(List.of(new Attribute(Attribute.DATE_AS_WRITTEN,
        "Aug 23"))).build());

    assertThat(text(robot, DetailPane.WHEN_ID)).isEqualTo("No date given");
    assertThat(text(robot, DetailPane.WHEN_WRITTEN_ID)).isEqualTo("As written: “Aug 23”");
  }
}
