package org.eventmap.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.AccessControlContext;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import javafx.event.Event;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.image.Image;
import javafx.scene.input.DataFormat;
import javafx.scene.input.DragEvent;
import javafx.scene.input.Dragboard;
import javafx.scene.input.TransferMode;
import javafx.stage.Stage;
import javafx.util.Pair;
import org.eventmap.ui.map.MapView;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Files dragged from a file manager onto the map: the drag-over and the drop the system would send, with a
 * dragboard holding the files, delivered to the map as the window delivers them.
 */
@org.junit.jupiter.api.Timeout(value = 60, threadMode = org.junit.jupiter.api.Timeout.ThreadMode.SEPARATE_THREAD)
class FileDropTest extends FxRobot {
  @TempDir Path dir;
  private CuratedWindow window;
  private EventmapApp app;
  private Stage stage;
  private String curatedTitle;

  @BeforeEach
  void launch() throws Exception {
    window = CuratedWindow.open(dir.resolve("session.json"));
    app = window.app;
    stage = window.stage;
    curatedTitle = stage.getTitle();
  }

  @AfterEach
  void close() throws Exception {
    window.close();
  }

  /** A dragboard as the system fills it when files are dragged from a file manager. */
  private static Dragboard holding(List<File> files) {
    com.sun.javafx.tk.TKClipboard peer = new com.sun.javafx.tk.TKClipboard() {
      @Override
      public void setSecurityContext(AccessControlContext context) {}

      @Override
      public Set<DataFormat> getContentTypes() {
        return Set.of(DataFormat.FILES);
      }

      @Override
      @SafeVarargs
      public final boolean putContent(Pair<DataFormat, Object>... content) {
        return false;
      }

      @Override
      public Object getContent(DataFormat format) {
        return format == DataFormat.FILES ? files : null;
      }

      @Override
      public boolean hasContent(DataFormat format) {
        return format == DataFormat.FILES;
      }

      @Override
      public Set<TransferMode> getTransferModes() {
        return Set.of(TransferMode.COPY, TransferMode.MOVE, TransferMode.LINK);
      }

      @Override
      public void setDragView(Image image) {}

      @Override
      public void setDragViewOffsetX(double offsetX) {}

      @Override
      public void setDragViewOffsetY(double offsetY) {}

      @Override
      public Image getDragView() {
        return null;
      }

      @Override
      public double getDragViewOffsetX() {
        return 0;
      }

      @Override
      public double getDragViewOffsetY() {
        return 0;
      }
    };
    return com.sun.javafx.scene.input.DragboardHelper.createDragboard(peer);
  }

  /** Drags the files over the map; returns whether the window accepted them. */
  private boolean dragOverTheMap(Path... files) throws Exception {
    boolean[] accepted = new boolean[1];
    interact(() -> {
      DragEvent over = new DragEvent(DragEvent.DRAG_OVER, holding(list(files)), 300, 300, 300, 300, TransferMode.COPY,
          null, null, null);
      Event.fireEvent(map(), over);
      accepted[0] = over.isAccepted();
    });
    return accepted[0];
  }

  /** Drops the files on the map (after dragging them over it); returns whether the drop was taken. */
  private boolean dropOnTheMap(Path... files) throws Exception {
    assertThat(dragOverTheMap(files)).as("accepted while dragged over").isTrue();
    boolean[] completed = new boolean[1];
    interact(() -> {
      DragEvent drop = new DragEvent(DragEvent.DRAG_DROPPED, holding(list(files)), 300, 300, 300, 300,
          TransferMode.COPY, null, null, null);
      Event.fireEvent(map(), drop);
      completed[0] = drop.isDropCompleted();
    });
    return completed[0];
  }

  private static List<File> list(Path... files) {
    return java.util.Arrays.stream(files).map(Path::toFile).toList();
  }

  private Node map() {
    return lookup("#" + MapView.ID).query();
  }

  private Path copy(String resource, String name) throws Exception {
    Path file = dir.resolve(name);
    Files.copy(Path.of(getClass().getResource(resource).toURI()), file);
    return file;
  }

  private String label(String id) {
    return lookup("#" + id).queryAs(Label.class).getText();
  }

  private boolean bannerShown() {
    return lookup("#problem-banner").query().isVisible();
  }

  @Test
  void aGeoJsonFileDroppedOnTheMapIsOpened() throws Exception {
    Path geojson = copy("/formats/export/river-survey.geojson", "river-survey.geojson");

    assertThat(dropOnTheMap(geojson)).isTrue();

    WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> stage.getTitle().startsWith("River survey, spring 2022"));
    // Its one warning, as any opening shows it: the drop adds nothing.
    assertThat(lookup("#problem-list").queryAs(TextArea.class).getText()).isEqualTo(geojson
        + ":14:5: warning: this feature has no geometry, kept: on the timeline and in the list, not on the map");
  }

  @Test
  void aDropOfSeveralFilesOpensTheFirstAndSaysThatTheOthersWereNot() throws Exception {
    Path kml = copy("/formats/export/orchard-walks.kml", "orchard-walks.kml");
    Path geojson = copy("/formats/export/river-survey.geojson", "river-survey.geojson");

    assertThat(dropOnTheMap(kml, geojson)).isTrue();

    WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> stage.getTitle().startsWith("Orchard walks"));
    assertThat(bannerShown()).isTrue();
    assertThat(lookup("#problem-list").queryAs(TextArea.class).getText()).isEqualTo(kml + ":1:1: warning: 2 files "
        + "were dropped; Eventmap shows one file at a time, so it opened the first and not river-survey.geojson");
  }

  @Test
  void aFolderIsRefusedWithTheReasonAndTheDataShownStays() throws Exception {
    Path folder = Files.createDirectory(dir.resolve("exports"));

    assertThat(dragOverTheMap(folder)).isFalse();

    assertThat(bannerShown()).isTrue();
    assertThat(lookup("#problem-list").queryAs(TextArea.class).getText())
        .startsWith(folder + ":1:1: warning: is a folder: drop a file of events on the window (.json ");
    assertThat(stage.getTitle()).isEqualTo(curatedTitle);
  }

  @Test
  void aFileOfNoFormatEventmapReadsIsRefusedWithTheReason() throws Exception {
    Path notes = dir.resolve("notes.txt");
    Files.writeString(notes, "Things to check before the next release.\n");
    String count = label("timeline-count");

    assertThat(dragOverTheMap(notes)).isFalse();

    assertThat(lookup("#problem-list").queryAs(TextArea.class).getText())
        .startsWith(notes + ":1:1: warning: is not a file Eventmap can open: its content looks like none of ");
    assertThat(stage.getTitle()).isEqualTo(curatedTitle);
    assertThat(label("timeline-count")).isEqualTo(count);
  }

  @Test
  void textDraggedOverTheWindowIsLeftAlone() throws Exception {
    boolean[] accepted = new boolean[1];
    interact(() -> {
      Dragboard text = com.sun.javafx.scene.input.DragboardHelper.createDragboard(
          com.sun.javafx.tk.Toolkit.getToolkit().createLocalClipboard());
      text.setContent(java.util.Map.of(DataFormat.PLAIN_TEXT, "some words"));
      DragEvent over = new DragEvent(DragEvent.DRAG_OVER, text, 300, 300, 300, 300, TransferMode.COPY, null, null,
          null);
      Event.fireEvent(map(), over);
      accepted[0] = over.isAccepted();
    });

    assertThat(accepted[0]).isFalse();
    assertThat(bannerShown()).isFalse();
  }

  @Test
  void aFileDroppedOnAPartOfTheWindowThatTakesDragsItselfIsStillOpened() throws Exception {
    // The web map (Google's) takes every drag that reaches it, as a browser does: here a stand-in for it.
    interact(() -> map().addEventHandler(DragEvent.ANY, e -> {
      e.acceptTransferModes(TransferMode.ANY);
      e.consume();
    }));
    Path kml = copy("/formats/export/orchard-walks.kml", "orchard-walks.kml");

    assertThat(dropOnTheMap(kml)).isTrue();

    WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> stage.getTitle().startsWith("Orchard walks"));
  }
}
