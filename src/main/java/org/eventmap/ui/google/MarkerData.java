package org.eventmap.ui.google;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.util.List;
import javafx.scene.paint.Color;
import org.eventmap.domain.Dataset;
import org.eventmap.domain.Event;
import org.eventmap.domain.TimeText;
import org.eventmap.ui.CategoryPalette;

/**
 * One marker as the page receives it. Every field is data: the page sets the strings as text, never as
 * HTML, and Jackson escapes them as JSON string values.
 *
 * @param today whether the event covers the timeline's day, drawn larger as on the offline map
 */
record MarkerData(
    String id, String title, double lat, double lng, String color, String place, String when, String category,
    boolean today) {

  private static final ObjectMapper JSON = new ObjectMapper();

  /** The event must have a place: those without one are not on the map. */
  static MarkerData of(Dataset dataset, Event event, LocalDate day) {
    var place = event.place().orElseThrow();
    return new MarkerData(
        event.id(),
        event.title(),
        place.location().lat(),
        place.location().lon(),
        hex(CategoryPalette.colorOf(dataset, event.category())),
        place.name(),
        event.start().map(s -> TimeText.local(s, event.zone())).orElse("No date given"),
        event.category().name(),
        day != null && event.covers(day));
  }

  /** The markers for these events as one JSON array, the form google-map.js's showEvents takes. */
  static String json(Dataset dataset, List<Event> events, LocalDate day) {
    List<MarkerData> markers = events.stream().filter(Event::hasPlace).map(e -> of(dataset, e, day)).toList();
    try {
      return JSON.writeValueAsString(markers);
    } catch (JsonProcessingException e) {
      // Records of strings, numbers and booleans always serialise; this would be a programming error.
      throw new IllegalStateException("markers could not be written as JSON", e);
    }
  }

  private static String hex(Color color) {
    return String.format("#%02x%02x%02x",
        Math.round(color.getRed() * 255), Math.round(color.getGreen() * 255), Math.round(color.getBlue() * 255));
  }
}
