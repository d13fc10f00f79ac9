package org.eventmap.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.eventmap.state.AppState;
import org.eventmap.time.TimeWindow;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SessionStoreTest {
  @TempDir Path dir;

  @Test
  void whatIsSavedComesBack() {
    SessionStore store = new SessionStore(dir.resolve("config/eventmap/session.json"));
    Session session = new Session("/data/events.json", LocalDateTime.of(2024, 3, 22, 10, 30), "RANGE", 7,
        LocalDate.of(2024, 3, 18), LocalDate.of(2024, 3, 24), List.of("military"), "veto", "Antony Blinken",
        34.5, 31.4, 7.25, "2024-03-22-unsc-vote-us-draft-vetoed", "EMBEDDED",
        new Session.WindowBounds(120, 80, 1100, 760, true));

    store.save(session);

    assertThat(store.load()).hasValue(session);
  }

  @Test
  void aDamagedFileIsAFreshStartNotACrash() throws IOException {
    Path file = dir.resolve("session.json");
    Files.writeString(file, "{\"time\": \"not a time\", ");
    assertThat(new SessionStore(file).load()).isEmpty();
    assertThat(new SessionStore(dir.resolve("missing.json")).load()).isEmpty();
  }

  @Test
  void theStateIsCapturedAndRestored() {
    AppState before = new AppState();
    before.resizeMap(1000, 700);
    before.applyLoad(DatasetSources.readCurated());
    before.setWindow(TimeWindow.lastDays(5));
    before.goTo(LocalDateTime.of(2024, 3, 21, 12, 0));
    before.showCategory("humanitarian", false);
    before.setSearchText("Blinken");
    before.select("2024-03-21-blinken-in-cairo");
    before.zoomMap(500, 350, 4);

    Session session = SessionStore.capture(before, null);
    AppState after = new AppState();
    after.resizeMap(1000, 700);
    after.applyLoad(DatasetSources.readCurated());
    SessionStore.restore(after, session);

    assertThat(after.window()).isEqualTo(TimeWindow.lastDays(5));
    assertThat(after.currentTime()).isEqualTo(LocalDateTime.of(2024, 3, 21, 12, 0));
    assertThat(after.hiddenCategories()).containsExactly("humanitarian");
    assertThat(after.searchTextProperty().get()).isEqualTo("Blinken");
    assertThat(after.selectedEvent()).map(e -> e.id()).hasValue("2024-03-21-blinken-in-cairo");
    assertThat(after.viewport().scale()).isCloseTo(before.viewport().scale(), org.assertj.core.api.Assertions.within(1e-6));
    assertThat(after.viewport().centerX()).isCloseTo(before.viewport().centerX(), org.assertj.core.api.Assertions.within(1e-9));
    assertThat(after.visibleEvents().get()).containsExactlyElementsOf(before.visibleEvents().get());
  }

  @Test
  void aSessionWithoutAWindowPlaceRestoresNoPlace() throws IOException {
    Path file = dir.resolve("session.json");
    Files.writeString(file, "{\"search\": \"veto\", \"screenX\": 10, \"screenWidth\": 900}");
    assertThat(new SessionStore(file).load()).map(Session::window).isEmpty();
  }

  @Test
  void aSavedWindowPlaceIsKeptOnAScreenThatIsStillThere() {
    List<javafx.geometry.Rectangle2D> oneScreen = List.of(new javafx.geometry.Rectangle2D(0, 0, 1600, 1000));

    // Where it was, when that fits.
    assertThat(WindowPlacement.fitted(new Session.WindowBounds(100, 50, 1000, 700, false), oneScreen, 720, 480))
        .hasValue(new javafx.geometry.Rectangle2D(100, 50, 1000, 700));
    // Half off the right edge: moved in.
    assertThat(WindowPlacement.fitted(new Session.WindowBounds(1200, 50, 1000, 700, false), oneScreen, 720, 480))
        .hasValue(new javafx.geometry.Rectangle2D(600, 50, 1000, 700));
    // On a second monitor that has gone: centred on the one there is.
    assertThat(WindowPlacement.fitted(new Session.WindowBounds(2000, 100, 800, 600, false), oneScreen, 720, 480))
        .hasValue(new javafx.geometry.Rectangle2D(400, 200, 800, 600));
    // Larger than the screen (a smaller display now): as large as the screen.
    assertThat(WindowPlacement.fitted(new Session.WindowBounds(0, 0, 2560, 1400, false), oneScreen, 720, 480))
        .hasValue(new javafx.geometry.Rectangle2D(0, 0, 1600, 1000));
    // Not a usable size: not restored.
    assertThat(WindowPlacement.fitted(new Session.WindowBounds(0, 0, 0, Double.NaN, false), oneScreen, 720, 480)).isEmpty();
  }
}
