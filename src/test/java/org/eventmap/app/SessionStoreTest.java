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
        34.5, 31.4, 7.25, "2024-03-22-unsc-vote-us-draft-vetoed", "EMBEDDED");

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
}
