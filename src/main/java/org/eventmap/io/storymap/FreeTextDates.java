package org.eventmap.io.storymap;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.eventmap.domain.TimePoint;
import org.eventmap.io.IsoDates;

/**
 * A StoryMapJS slide's {@code date}, which is text for a reader, not a date for a program: what can be
 * read unambiguously is read ("22 March 2024" and "March 22, 2024" a day, "March 2024" a month, "2013" a
 * year, ISO 8601 at its own precision); anything else ("Aug 23", "Sept 5: Part 1", "Summer 2013") is no
 * date at all, since reading it would mean guessing a year or a day.
 */
final class FreeTextDates {
  private static final Map<String, Integer> MONTHS = Map.ofEntries(
      Map.entry("january", 1), Map.entry("jan", 1), Map.entry("february", 2), Map.entry("feb", 2),
      Map.entry("march", 3), Map.entry("mar", 3), Map.entry("april", 4), Map.entry("apr", 4),
      Map.entry("may", 5), Map.entry("june", 6), Map.entry("jun", 6), Map.entry("july", 7), Map.entry("jul", 7),
      Map.entry("august", 8), Map.entry("aug", 8), Map.entry("september", 9), Map.entry("sept", 9),
      Map.entry("sep", 9), Map.entry("october", 10), Map.entry("oct", 10), Map.entry("november", 11),
      Map.entry("nov", 11), Map.entry("december", 12), Map.entry("dec", 12));
  private static final String MONTH = "([A-Za-z]{3,9})\\.?";
  private static final Pattern DAY_MONTH_YEAR = Pattern.compile("(\\d{1,2})(?:st|nd|rd|th)?\\s+" + MONTH + ",?\\s+(\\d{4})");
  private static final Pattern MONTH_DAY_YEAR = Pattern.compile(MONTH + "\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})");
  private static final Pattern MONTH_YEAR = Pattern.compile(MONTH + ",?\\s+(\\d{4})");

  private FreeTextDates() {}

  /**
   * What the text says of a date; empty when it says nothing that can be read without guessing.
   *
   * @throws IllegalArgumentException when it has a date's shape but names no real day ("31 February 2024")
   *     or a year beyond {@link TimePoint#MIN_YEAR} and {@link TimePoint#MAX_YEAR}
   */
  static Optional<TimePoint> read(String written) {
    String t = written.strip();
    try {
      if (IsoDates.looksIso(t)) {
        return Optional.of(IsoDates.parse(t));
      }
      Matcher m = DAY_MONTH_YEAR.matcher(t);
      if (m.matches() && month(m.group(2)) > 0) {
        return Optional.of(TimePoint.ofDay(LocalDate.of(Integer.parseInt(m.group(3)), month(m.group(2)),
            Integer.parseInt(m.group(1)))));
      }
      m = MONTH_DAY_YEAR.matcher(t);
      if (m.matches() && month(m.group(1)) > 0) {
        return Optional.of(TimePoint.ofDay(LocalDate.of(Integer.parseInt(m.group(3)), month(m.group(1)),
            Integer.parseInt(m.group(2)))));
      }
      m = MONTH_YEAR.matcher(t);
      if (m.matches() && month(m.group(1)) > 0) {
        return Optional.of(TimePoint.ofMonth(Integer.parseInt(m.group(2)), month(m.group(1))));
      }
    } catch (DateTimeException | IllegalArgumentException e) {
      throw new IllegalArgumentException("\"" + t + "\" has the shape of a date but names none (" + e.getMessage()
          + ")", e);
    }
    return Optional.empty();
  }

  private static int month(String name) {
    return MONTHS.getOrDefault(name.toLowerCase(Locale.ROOT), 0);
  }
}
