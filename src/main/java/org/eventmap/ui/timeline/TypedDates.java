package org.eventmap.ui.timeline;

import java.time.LocalDate;
import java.util.function.Consumer;
import java.util.function.IntSupplier;
import java.util.function.Supplier;
import javafx.util.StringConverter;

/**
 * A date box's converter: shows a day as ISO (2024-03-22) and reads what {@link DateReader} reads, with
 * the year of the timeline's date when none is typed. Each reading is passed on, so that the view can
 * say what could not be read. A text that is not a day leaves the box's value as it was: the box then
 * keeps the text for correcting instead of emptying itself.
 */
final class TypedDates extends StringConverter<LocalDate> {
  private final IntSupplier yearIfMissing;
  private final Supplier<LocalDate> valueKept;
  private final Consumer<DateReader.Reading> onReading;

  TypedDates(IntSupplier yearIfMissing, Supplier<LocalDate> valueKept, Consumer<DateReader.Reading> onReading) {
    this.yearIfMissing = yearIfMissing;
    this.valueKept = valueKept;
    this.onReading = onReading;
  }

  @Override
  public String toString(LocalDate date) {
    return date == null ? "" : date.toString();
  }

  @Override
  public LocalDate fromString(String text) {
    DateReader.Reading reading = DateReader.read(text, yearIfMissing.getAsInt());
    onReading.accept(reading);
    return reading.isDate() ? reading.date() : valueKept.get();
  }
}
