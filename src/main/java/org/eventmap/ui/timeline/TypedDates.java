package org.eventmap.ui.timeline;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.FormatStyle;
import java.time.format.ResolverStyle;
import java.util.List;
import java.util.Locale;
import javafx.util.StringConverter;

/**
 * Reads a date as people type it: ISO (2024-03-22), day first (22/03/2024, 22.3.2024), words
 * (22 March 2024, 22 Mar 2024) or the short form of the person's own locale; shows it as ISO.
 */
final class TypedDates extends StringConverter<LocalDate> {
  private static final List<DateTimeFormatter> FORMATS = List.of(
      DateTimeFormatter.ISO_LOCAL_DATE,
      DateTimeFormatter.ofPattern("d/M/uuuu"),
      DateTimeFormatter.ofPattern("d.M.uuuu"),
      DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.UK),
      DateTimeFormatter.ofPattern("d MMM uuuu", Locale.UK),
      DateTimeFormatter.ofLocalizedDate(FormatStyle.SHORT))
      .stream().map(f -> f.withResolverStyle(ResolverStyle.STRICT)).toList();

  @Override
  public String toString(LocalDate date) {
    return date == null ? "" : date.toString();
  }

  /** The date, or null when the text is not one (the box then keeps its text for correcting). */
  @Override
  public LocalDate fromString(String text) {
    if (text == null || text.isBlank()) {
      return null;
    }
    for (DateTimeFormatter format : FORMATS) {
      try {
        return LocalDate.parse(text.strip(), format);
      } catch (DateTimeParseException e) {
        // try the next way of writing it
      }
    }
    return null;
  }
}
