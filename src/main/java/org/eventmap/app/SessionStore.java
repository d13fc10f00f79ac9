package org.eventmap.app;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.eventmap.geo.Viewport;
import org.eventmap.geo.WebMercator;
import org.eventmap.state.AppState;
import org.eventmap.state.MapProvider;
import org.eventmap.time.TimeWindow;

/**
 * Keeps the session in a small JSON file of the app's own (never in a dataset file): in the folder
 * given by the system property {@code eventmap.session}, else under {@code $XDG_CONFIG_HOME/eventmap}
 * or {@code ~/.config/eventmap}. A missing file is simply a fresh start; a damaged one too, once it is set
 * aside (see {@link OwnFile}), which {@link OwnFileNotes} then says in the window.
 */
public final class SessionStore {
  private static final ObjectMapper JSON = new ObjectMapper()
      .findAndRegisterModules()
      .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
      .enable(SerializationFeature.INDENT_OUTPUT);

  private final Path file;
  private final OwnFile own;

  public SessionStore(Path file) {
    this.file = file;
    this.own = new OwnFile(file, "the session file");
  }

  OwnFile own() {
    return own;
  }

  /** The store at the usual place for this user. */
  public static SessionStore forUser() {
    String configured = System.getProperty("eventmap.session");
    if (configured != null && !configured.isBlank()) {
      return new SessionStore(Path.of(configured));
    }
    String xdg = System.getenv("XDG_CONFIG_HOME");
    Path base = xdg != null && !xdg.isBlank() ? Path.of(xdg) : Path.of(System.getProperty("user.home"), ".config");
    return new SessionStore(base.resolve("eventmap").resolve("session.json"));
  }

  public Path file() {
    return file;
  }

  public Optional<Session> load() {
    return own.read(bytes -> {
      SessionFile read = JSON.readValue(bytes, SessionFile.class);
      return read == null ? null : read.toSession();
    });
  }

  /**
   * Writes the session beside the target and moves it into place, so a crash never leaves half a file
   * and another window reading it sees this session or the one before, whole. A failure is logged once.
   */
  public void save(Session session) {
    own.write(out -> JSON.writeValue(out, SessionFile.of(session)));
  }

  /** What the state shows now, as a session; {@code datasetFile} is null for the built-in dataset. */
  public static Session capture(AppState state, Path datasetFile) {
    return capture(state, datasetFile, null);
  }

  /** As above, with where the window is on screen (null when not known). */
  public static Session capture(AppState state, Path datasetFile, Session.WindowBounds window) {
    TimeWindow w = state.window();
    Viewport v = state.viewport();
    boolean sized = v.width() > 1;
    return new Session(
        datasetFile == null ? null : datasetFile.toAbsolutePath().toString(),
        state.currentTime(),
        w.mode().name(),
        w.days(),
        w.mode() == TimeWindow.Mode.RANGE ? w.rangeStart().toLocalDate() : null,
        w.mode() == TimeWindow.Mode.RANGE ? w.rangeEnd().toLocalDate().minusDays(1) : null,
        List.copyOf(state.hiddenCategories()),
        state.searchTextProperty().get(),
        state.actorFilterProperty().get(),
        sized ? WebMercator.lon(v.centerX()) : null,
        sized ? WebMercator.lat(v.centerY()) : null,
        sized ? Math.log(v.scale() / 256) / Math.log(2) : null,
        state.selectedEvent().map(e -> e.id()).orElse(null),
        state.mapProviderProperty().get().name(),
        window);
  }

  /** Puts the state back where the session left it, as far as the session and the dataset allow. */
  public static void restore(AppState state, Session s) {
    if (s.windowMode() != null) {
      try {
        TimeWindow.Mode mode = TimeWindow.Mode.valueOf(s.windowMode());
        int days = s.windowDays() == null ? 7 : Math.max(1, s.windowDays());
        state.setWindow(switch (mode) {
          case CUMULATIVE -> TimeWindow.cumulative();
          case MOVING -> TimeWindow.lastDays(days);
          case RANGE -> s.rangeFirst() != null && s.rangeLast() != null && !s.rangeLast().isBefore(s.rangeFirst())
              ? TimeWindow.range(s.rangeFirst(), s.rangeLast()) : TimeWindow.cumulative();
        });
      } catch (IllegalArgumentException e) {
        // an unknown mode from another version: keep the default
      }
    }
    if (s.time() != null) {
      state.goTo(s.time());
    }
    s.hiddenCategories().forEach(id -> state.showCategory(id, false));
    state.setSearchText(s.search());
    state.setActorFilter(s.actor());
    if (s.viewLon() != null && s.viewLat() != null && s.viewZoom() != null
        && Math.abs(s.viewLat()) <= 85 && Math.abs(s.viewLon()) <= 180 && s.viewZoom() >= 0 && s.viewZoom() <= 23) {
      state.showView(s.viewLon(), s.viewLat(), 256 * Math.pow(2, s.viewZoom()));
    }
    if (s.selected() != null) {
      state.dataset().event(s.selected()).ifPresent(state::select);
    }
    if (MapProvider.GOOGLE.name().equals(s.map())) {
      state.chooseMap(MapProvider.GOOGLE);
    }
  }

  /** The file's shape: plain strings for times, so that the file stays readable and tolerant. */
  record SessionFile(String datasetFile, String time, String windowMode, Integer windowDays, String rangeFirst,
      String rangeLast, List<String> hiddenCategories, String search, String actor, Double viewLon, Double viewLat,
      Double viewZoom, String selected, String map, Double screenX, Double screenY, Double screenWidth,
      Double screenHeight, Boolean maximized) {

    static SessionFile of(Session s) {
      Session.WindowBounds w = s.window();
      return new SessionFile(s.datasetFile(), s.time() == null ? null : s.time().toString(), s.windowMode(),
          s.windowDays(), s.rangeFirst() == null ? null : s.rangeFirst().toString(),
          s.rangeLast() == null ? null : s.rangeLast().toString(), s.hiddenCategories(), s.search(), s.actor(),
          s.viewLon(), s.viewLat(), s.viewZoom(), s.selected(), s.map(), w == null ? null : w.x(),
          w == null ? null : w.y(), w == null ? null : w.width(), w == null ? null : w.height(),
          w == null ? null : w.maximized());
    }

    Session toSession() {
      // A window is only restored from a complete record: half of one is from a damaged or older file.
      boolean placed = screenX != null && screenY != null && screenWidth != null && screenHeight != null;
      return new Session(datasetFile, time == null ? null : LocalDateTime.parse(time), windowMode, windowDays,
          rangeFirst == null ? null : LocalDate.parse(rangeFirst), rangeLast == null ? null : LocalDate.parse(rangeLast),
          hiddenCategories, search, actor, viewLon, viewLat, viewZoom, selected, map,
          placed ? new Session.WindowBounds(screenX, screenY, screenWidth, screenHeight, Boolean.TRUE.equals(maximized))
              : null);
    }
  }
}
