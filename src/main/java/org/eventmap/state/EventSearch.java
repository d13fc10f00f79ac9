package org.eventmap.state;

import java.text.Normalizer;
import java.util.Locale;
import java.util.function.BooleanSupplier;
import java.util.regex.Pattern;
import org.eventmap.domain.Event;

/**
 * The search box: every word typed must appear in the event's title, summary, actors or place name,
 * ignoring case and accents ("cafe" finds "Café"), in any order.
 */
public final class EventSearch {
  private static final Pattern MARKS = Pattern.compile("\\p{M}+");
  private static final Pattern SPACES = Pattern.compile("\\s+");
  /** How many events are searched between two looks at whether the search is still wanted. */
  private static final int CANCEL_CHECK_EVERY = 1024;

  private final String[] words;

  private EventSearch(String[] words) {
    this.words = words;
  }

  /** The query's words, folded once rather than for every event. */
  public static EventSearch of(String query) {
    return new EventSearch(java.util.Arrays.stream(SPACES.split(fold(query).strip()))
        .filter(w -> !w.isEmpty()).toArray(String[]::new));
  }

  public static boolean matches(Event e, String query) {
    return of(query).matches(e);
  }

  public boolean matches(Event e) {
    if (words.length == 0) {
      return true;
    }
    boolean[] found = new boolean[words.length];
    int left = words.length;
    // The short fields first: the summary, by far the longest, is read only when they do not suffice.
    left = find(e.title(), found, left);
    if (left > 0 && e.hasPlace()) {
      left = find(e.place().get().name(), found, left);
    }
    if (left > 0 && e.hasPlace() && e.place().get().country().isPresent()) {
      left = find(e.place().get().country().get(), found, left);
    }
    for (int a = 0; left > 0 && a < e.actors().size(); a++) {
      left = find(e.actors().get(a), found, left);
    }
    if (left > 0) {
      left = find(e.summary(), found, left);
    }
    return left == 0;
  }

  private int find(String text, boolean[] found, int left) {
    if (text == null || text.isEmpty()) {
      return left;
    }
    String folded = fold(text);
    for (int w = 0; w < words.length; w++) {
      if (!found[w] && folded.contains(words[w])) {
        found[w] = true;
        left--;
      }
    }
    return left;
  }

  /**
   * Positions (in {@code events}) of the events that match, in order; null if {@code stillWanted} turned
   * false on the way, so that a newer query need not wait for an older one to finish.
   */
  public int[] positionsIn(java.util.List<Event> events, BooleanSupplier stillWanted) {
    int[] accepted = new int[events.size()];
    int count = 0;
    for (int i = 0; i < accepted.length; i++) {
      if (i % CANCEL_CHECK_EVERY == 0 && !stillWanted.getAsBoolean()) {
        return null;
      }
      if (matches(events.get(i))) {
        accepted[count++] = i;
      }
    }
    return java.util.Arrays.copyOf(accepted, count);
  }

  static String fold(String text) {
    boolean ascii = true;
    for (int i = 0; i < text.length() && ascii; i++) {
      ascii = text.charAt(i) < 0x80;
    }
    // Most texts are plain ASCII: they have no accents to strip, and normalising them costs the most.
    return ascii ? text.toLowerCase(Locale.ROOT)
        : MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFD)).replaceAll("").toLowerCase(Locale.ROOT);
  }
}
