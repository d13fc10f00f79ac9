package org.eventmap.app;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

/**
 * What the app remembers between runs, so that it reopens where the person left it: the file, the
 * position and window of the timeline, the filters, the map view, the selection, and where the window
 * was on screen. Fields may be
 * null: an older or damaged session file only restores what it has.
 */
public record Session(
    String datasetFile,
    LocalDateTime time,
    String windowMode,
    Integer windowDays,
    LocalDate rangeFirst,
    LocalDate rangeLast,
    List<String> hiddenCategories,
    String search,
    String actor,
    Double viewLon,
    Double viewLat,
    Double viewZoom,
    String selected,
    String map,
    WindowBounds window) {

  public Session {
    hiddenCategories = hiddenCategories == null ? List.of() : List.copyOf(hiddenCategories);
  }

  /**
   * The window's place and size on screen when it was last neither maximised nor minimised (what it goes
   * back to when un-maximised), and whether it was maximised.
   */
  public record WindowBounds(double x, double y, double width, double height, boolean maximized) {}
}
