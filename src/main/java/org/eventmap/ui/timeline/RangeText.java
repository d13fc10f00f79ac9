package org.eventmap.ui.timeline;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.eventmap.domain.TimeText;

/**
 * Words for a range of days, for the timeline's header, from the fullest to the shortest: "18 – 24 March
 * 2024", "28 February – 3 March 2024" or "28 Feb – 3 Mar 2024", "30 December 2023 – 5 January 2024" or
 * "30 Dec 2023 – 5 Jan 2024". The view shows the first that fits. Pure: no JavaFX.
 */
final class RangeText {
  private static final Locale LOCALE = Locale.UK;
  private static final DateTimeFormatter DAY_MONTH = DateTimeFormatter.ofPattern("d MMMM", LOCALE);
  private static final DateTimeFormatter SHORT_DAY_MONTH = DateTimeFormatter.ofPattern("d MMM", LOCALE);

  private RangeText() {}

  /** The range from its first to its last day (both included). */
  static List<String> candidates(LocalDate first, LocalDate last) {
    if (first.equals(last)) {
      return List.of(TimeText.longDay(first), dayMonthYear(first), TimeText.shortDay(first));
    }
    if (first.getYear() != last.getYear()) {
      return List.of(dayMonthYear(first) + " – " + dayMonthYear(last),
          TimeText.shortDay(first) + " – " + TimeText.shortDay(last));
    }
    String year = " " + TimeText.year(last.getYear());
    if (first.getMonth() == last.getMonth()) {
      return List.of(first.getDayOfMonth() + " – " + last.getDayOfMonth() + " " + last.format(
          DateTimeFormatter.ofPattern("MMMM", LOCALE)) + year);
    }
    return List.of(DAY_MONTH.format(first) + " – " + DAY_MONTH.format(last) + year,
        SHORT_DAY_MONTH.format(first) + " – " + SHORT_DAY_MONTH.format(last) + year);
  }

  /** "22 March 2024", "15 March 44 BC": the year as people write it, not as "uuuu" would (-0043). */
  private static String dayMonthYear(LocalDate day) {
    return DAY_MONTH.format(day) + " " + TimeText.year(day.getYear());
  }

  /** How long the range is: "1 day", "7 days". */
  static String length(LocalDate first, LocalDate last) {
    long days = java.time.temporal.ChronoUnit.DAYS.between(first, last) + 1;
    return String.format(LOCALE, "%,d %s", days, days == 1 ? "day" : "days");
  }
}
