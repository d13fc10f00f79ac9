package org.eventmap.state;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;
import org.eventmap.domain.Event;

/**
 * The search box: every word typed must appear in the event's title, summary, actors or place name,
 * ignoring case and accents ("cafe" finds "Café"), in any order.
 */
public final class EventSearch {
  private static final Pattern MARKS = Pattern.compile("\\p{M}+");
  private static final Pattern SPACES = Pattern.compile("\\s+");

  private EventSearch() {}

  public static boolean matches(Event e, String query) {
    String haystack = fold(e.title() + " | " + e.summary() + " | " + String.join(" ", e.actors())
        + " | " + e.place().name() + " " + e.place().country().orElse(""));
    for (String word : SPACES.split(fold(query).strip())) {
      if (!word.isEmpty() && !haystack.contains(word)) {
        return false;
      }
    }
    return true;
  }

  static String fold(String text) {
    return MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFD)).replaceAll("").toLowerCase(Locale.ROOT);
  }
}
