package org.eventmap.ui.timeline;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.Year;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads a day as people type it in English, and says plainly what could not be read. Pure: no JavaFX,
 * so that every accepted and refused form is tested on its own.
 *
 * <p>Accepted: ISO (2024-03-22, 2024/3/22, 20240322); numbers day first with / . - or spaces
 * (22/03/2024, 22.3.24, 22-03-2024, 22/03); month names either side of the day, full or short, with or
 * without a comma, an ordinal or a weekday (22 March 2024, March 22, 2024, Mar 22 2024, 22nd of Mar,
 * Friday 22 March 2024). A missing year is the year given as context (the timeline's); a two-digit
 * year is the one nearest to it. Numbers are read day first, the app's convention; where that is
 * impossible because the second number is no month (03/22/2024) and the first can be one, they are read
 * month first and the reading says so.
 *
 * <p>Early and deep time (see {@link EarlyYears}): ISO 8601's signed and expanded years (-0030, -66000000,
 * -0044-03-15, +12345), and years with BC, BCE, AD or CE (31 BC, AD 79, 66000000 BC, 66 million BC, 15 March
 * 44 BC), a year alone standing for its first day.
 */
final class DateReader {
  private static final Locale ENGLISH = Locale.UK;
  private static final Map<String, Month> MONTHS = new HashMap<>();
  private static final Map<String, DayOfWeek> WEEKDAYS = new HashMap<>();

  static {
    for (Month m : Month.values()) {
      String name = m.getDisplayName(TextStyle.FULL, ENGLISH).toLowerCase(ENGLISH);
      MONTHS.put(name, m);
      MONTHS.put(name.substring(0, 3), m);
    }
    MONTHS.put("sept", Month.SEPTEMBER);
    for (DayOfWeek d : DayOfWeek.values()) {
      String name = d.getDisplayName(TextStyle.FULL, ENGLISH).toLowerCase(ENGLISH);
      WEEKDAYS.put(name, d);
      WEEKDAYS.put(name.substring(0, 3), d);
    }
    WEEKDAYS.put("tues", DayOfWeek.TUESDAY);
    WEEKDAYS.put("weds", DayOfWeek.WEDNESDAY);
    WEEKDAYS.put("thur", DayOfWeek.THURSDAY);
    WEEKDAYS.put("thurs", DayOfWeek.THURSDAY);
  }

  /** What was read: a day (perhaps with a note on how it was read), a problem in words, or nothing typed. */
  record Reading(String typed, LocalDate date, String problem, String note) {
    static Reading nothing() {
      return new Reading("", null, null, null);
    }

    boolean isEmpty() {
      return date == null && problem == null;
    }

    boolean isDate() {
      return date != null;
    }

    /** The sentence to show beside the box: the problem, or how an unusual form was read; else empty. */
    String message() {
      return message("a date");
    }

    /** The same, naming what the box holds ("the first day of the range"). */
    String message(String what) {
      if (problem != null) {
        String shown = typed.length() > 32 ? typed.substring(0, 31) + "…" : typed;
        return "Could not read “" + shown + "” as " + what + ": " + problem;
      }
      return note == null ? "" : note;
    }
  }

  private DateReader() {}

  /** Reads the text; a missing year is yearIfMissing, a two-digit year the one nearest to it. */
  static Reading read(String text, int yearIfMissing) {
    String typed = text == null ? "" : text.strip();
    if (typed.isEmpty()) {
      return Reading.nothing();
    }
    Reading early = EarlyYears.read(typed);
    if (early != null) {
      return early;
    }
    try {
      Parsed parsed = new Parsed(typed, yearIfMissing);
      return new Reading(typed, parsed.date, null, parsed.note);
    } catch (Unreadable e) {
      return new Reading(typed, null, e.getMessage(), null);
    }
  }

  private static final class Unreadable extends Exception {
    Unreadable(String reason) {
      super(reason, null, false, false);
    }
  }

  private record Number(String digits, boolean ordinal) {
    int value() {
      return Integer.parseInt(digits.length() > 9 ? digits.substring(0, 9) : digits);
    }

    boolean isYearLike() {
      return digits.length() >= 3;
    }
  }

  /** One attempt at reading a text; the constructor throws what stops it. */
  private static final class Parsed {
    private final String typed;
    private final int yearIfMissing;
    private final List<Number> numbers = new ArrayList<>();
    private Month month;
    private DayOfWeek weekday;
    private LocalDate date;
    private String note;

    Parsed(String typed, int yearIfMissing) throws Unreadable {
      this.typed = typed;
      this.yearIfMissing = yearIfMissing;
      split(typed.toLowerCase(ENGLISH));
      date = month != null ? withMonthName() : numbersOnly();
      if (weekday != null && date.getDayOfWeek() != weekday) {
        throw new Unreadable(words(date) + " is a " + name(date.getDayOfWeek()) + ", not a " + name(weekday));
      }
    }

    private void split(String text) throws Unreadable {
      int i = 0;
      while (i < text.length()) {
        char c = text.charAt(i);
        if (Character.isDigit(c)) {
          int end = i;
          while (end < text.length() && Character.isDigit(text.charAt(end))) {
            end++;
          }
          String digits = text.substring(i, end);
          int wordEnd = end;
          while (wordEnd < text.length() && Character.isLetter(text.charAt(wordEnd))) {
            wordEnd++;
          }
          String suffix = text.substring(end, wordEnd);
          boolean ordinal = suffix.equals("st") || suffix.equals("nd") || suffix.equals("rd") || suffix.equals("th");
          numbers.add(new Number(digits, ordinal));
          i = ordinal ? wordEnd : end;
        } else if (Character.isLetter(c)) {
          int end = i;
          while (end < text.length() && Character.isLetter(text.charAt(end))) {
            end++;
          }
          word(text.substring(i, end));
          i = end;
        } else if (Character.isWhitespace(c) || ",/.-'".indexOf(c) >= 0) {
          i++;
        } else if (c == ':') {
          throw new Unreadable("type the day only, without a time");
        } else {
          throw new Unreadable("“" + c + "” has no place in a date");
        }
      }
    }

    private void word(String word) throws Unreadable {
      if (word.equals("of")) {
        return;
      }
      Month m = MONTHS.get(word);
      if (m != null) {
        if (month != null && month != m) {
          throw new Unreadable("it names two months, " + name(month) + " and " + name(m));
        }
        month = m;
        return;
      }
      DayOfWeek d = WEEKDAYS.get(word);
      if (d != null) {
        weekday = d;
        return;
      }
      String original = typed.substring(typed.toLowerCase(ENGLISH).indexOf(word)).substring(0, word.length());
      for (Month candidate : Month.values()) {
        String name = candidate.getDisplayName(TextStyle.FULL, ENGLISH).toLowerCase(ENGLISH);
        if (word.length() >= 3 && (name.startsWith(word) || word.startsWith(name.substring(0, 3)))) {
          throw new Unreadable("“" + original + "” is not a month name — did you mean " + name(candidate) + "?");
        }
      }
      throw new Unreadable("“" + original + "” is not the name of a month");
    }

    private LocalDate withMonthName() throws Unreadable {
      if (numbers.isEmpty()) {
        throw new Unreadable("it has no day (e.g. 22 " + name(month) + ")");
      }
      if (numbers.size() > 2) {
        throw new Unreadable("it has more numbers than a day and a year");
      }
      Number day = numbers.get(0);
      Number year = numbers.size() == 2 ? numbers.get(1) : null;
      if (year != null && day.isYearLike() && !year.isYearLike() || year != null && year.ordinal()) {
        Number swap = day;
        day = year;
        year = swap;
      }
      if (day.isYearLike()) {
        throw new Unreadable("it has no day (e.g. 1 " + name(month) + " " + day.digits() + ")");
      }
      return day(year(year), month.getValue(), day.value());
    }

    private LocalDate numbersOnly() throws Unreadable {
      if (numbers.isEmpty()) {
        throw new Unreadable("it has no day, month or year");
      }
      if (numbers.size() > 3) {
        throw new Unreadable("it has more numbers than a day, a month and a year");
      }
      Number first = numbers.get(0);
      if (numbers.size() == 1) {
        if (first.digits().length() == 8) { // 20240322, ISO without its hyphens
          String d = first.digits();
          return day(Integer.parseInt(d.substring(0, 4)), Integer.parseInt(d.substring(4, 6)),
              Integer.parseInt(d.substring(6)));
        }
        throw new Unreadable(first.isYearLike() ? "a year alone is not a day (e.g. 22/03/" + first.digits() + ")"
            : "a number alone is not a day (add the month, e.g. " + first.digits() + " March)");
      }
      Number second = numbers.get(1);
      if (numbers.size() == 3 && first.isYearLike()) {
        return day(year(first), second.value(), numbers.get(2).value());
      }
      if (first.isYearLike() || numbers.size() == 2 && second.isYearLike()) {
        throw new Unreadable("it has a month and a year but no day");
      }
      int year = year(numbers.size() == 3 ? numbers.get(2) : null);
      int a = first.value();
      int b = second.value();
      if (b > 12 && a >= 1 && a <= 12 && b <= 31) {
        LocalDate monthFirst = day(year, a, b);
        note = "Read “" + typed + "” month first, as " + words(monthFirst) + ", since there is no month " + b + ".";
        return monthFirst;
      }
      return day(year, b, a);
    }

    private int year(Number year) throws Unreadable {
      if (year == null) {
        return yearIfMissing;
      }
      return switch (year.digits().length()) {
        case 4 -> year.value();
        case 2 -> nearest(year.value());
        case 1, 3 -> throw new Unreadable("the year " + year.digits() + " is not written in full (e.g. "
            + yearIfMissing + ")");
        default -> throw new Unreadable("the year " + year.digits() + " has too many digits");
      };
    }

    /** The year ending in these two digits that is nearest to the context's year. */
    private int nearest(int twoDigits) {
      int century = Math.floorDiv(yearIfMissing, 100) * 100;
      int best = century + twoDigits;
      for (int candidate : new int[] {century - 100 + twoDigits, century + 100 + twoDigits}) {
        if (Math.abs(candidate - yearIfMissing) < Math.abs(best - yearIfMissing)) {
          best = candidate;
        }
      }
      return best;
    }

    private static LocalDate day(int year, int month, int day) throws Unreadable {
      if (month < 1 || month > 12) {
        throw new Unreadable("month " + month + " does not exist");
      }
      Month m = Month.of(month);
      int length = m.length(Year.isLeap(year));
      if (day < 1 || day > 31) {
        throw new Unreadable("day " + day + " does not exist");
      }
      if (day > length) {
        throw new Unreadable(m == Month.FEBRUARY ? "February " + year + " has " + length + " days"
            : name(m) + " has " + length + " days");
      }
      return LocalDate.of(year, month, day);
    }

    private static String words(LocalDate date) {
      return date.getDayOfMonth() + " " + name(date.getMonth()) + " " + date.getYear();
    }

    private static String name(Month m) {
      return m.getDisplayName(TextStyle.FULL, ENGLISH);
    }

    private static String name(DayOfWeek d) {
      return d.getDisplayName(TextStyle.FULL, ENGLISH);
    }
  }

  /**
   * Years as ISO 8601 signs them and as people write them before the common era. ISO counts a year 0,
   * so -0030 is 31 BC and "31 BC" is ISO -0030; a year alone stands for its 1 January, which the reading
   * says. Null when the text is none of these, for the ordinary reading.
   */
  static final class EarlyYears {
    private static final java.util.regex.Pattern ISO = java.util.regex.Pattern.compile(
        "([+-]\\d+)(?:-(\\d{1,2})(?:-(\\d{1,2}))?)?");
    private static final java.util.regex.Pattern ERA = java.util.regex.Pattern.compile(
        "(?:(ad|ce)\\s+)?(.+?)\\s*(bc|bce|ad|ce)?");
    private static final java.util.regex.Pattern YEARS = java.util.regex.Pattern.compile(
        "(\\d+(?:\\.\\d+)?)(?:\\s*(million))?");
    private static final java.util.regex.Pattern DAY_MONTH_YEAR = java.util.regex.Pattern.compile(
        "(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?([a-z]+)\\s+(\\d+)");
    private static final java.util.regex.Pattern MONTH_DAY_YEAR = java.util.regex.Pattern.compile(
        "([a-z]+)\\s+(\\d{1,2})(?:st|nd|rd|th)?\\s+(\\d+)");

    private EarlyYears() {}

    static Reading read(String typed) {
      String t = typed.toLowerCase(ENGLISH).replaceAll("(\\d),(?=\\d{3})", "$1").replace("b.c.e.", "bce")
          .replace("b.c.", "bc").replace("a.d.", "ad").replace("c.e.", "ce").replace(',', ' ').strip()
          .replaceAll("\\s+", " ").replaceAll("(?:^|\\s)(ad|ce)\\s(\\d+)$", " $2 $1").strip(); // AD 79: 79 AD
      java.util.regex.Matcher iso = ISO.matcher(t);
      if (iso.matches()) {
        return isoReading(typed, iso);
      }
      java.util.regex.Matcher era = ERA.matcher(t);
      if (!era.matches() || era.group(1) == null && era.group(3) == null && !t.contains("million")) {
        return null;
      }
      if (era.group(1) != null && era.group(3) != null) {
        return new Reading(typed, null, "it names two eras", null);
      }
      if (era.group(1) == null && era.group(3) == null) {
        return new Reading(typed, null, "say whether it is BC or AD (e.g. 66 million BC)", null);
      }
      boolean bc = era.group(3) != null && era.group(3).startsWith("b");
      String middle = era.group(2);
      java.util.regex.Matcher years = YEARS.matcher(middle);
      if (years.matches()) {
        java.math.BigDecimal count = new java.math.BigDecimal(years.group(1));
        if (years.group(2) != null) {
          count = count.movePointRight(6);
        }
        if (count.stripTrailingZeros().scale() > 0) {
          return new Reading(typed, null, "a year is a whole number (e.g. 66 million BC)", null);
        }
        return yearReading(typed, count.toBigInteger(), bc, 1, 1, true);
      }
      for (java.util.regex.Pattern form : new java.util.regex.Pattern[] {DAY_MONTH_YEAR, MONTH_DAY_YEAR}) {
        java.util.regex.Matcher m = form.matcher(middle);
        if (m.matches()) {
          boolean dayFirst = form == DAY_MONTH_YEAR;
          Month month = MONTHS.get(dayFirst ? m.group(2) : m.group(1));
          if (month == null) {
            return new Reading(typed, null, "“" + (dayFirst ? m.group(2) : m.group(1)) + "” is not the name of a month",
                null);
          }
          int day = Integer.parseInt(dayFirst ? m.group(1) : m.group(2));
          return yearReading(typed, new java.math.BigInteger(m.group(3)), bc, month.getValue(), day, false);
        }
      }
      return new Reading(typed, null, "it is not a year or a day (e.g. 31 BC, 15 March 44 BC, 66 million BC)", null);
    }

    private static Reading isoReading(String typed, java.util.regex.Matcher iso) {
      java.math.BigInteger year = new java.math.BigInteger(iso.group(1).replace("+", ""));
      int month = iso.group(2) == null ? 1 : Integer.parseInt(iso.group(2));
      int day = iso.group(3) == null ? 1 : Integer.parseInt(iso.group(3));
      return isoDay(typed, year, month, day, iso.group(2) == null);
    }

    /** A year counted as people count it (no year 0 between 1 BC and AD 1), made ISO's. */
    private static Reading yearReading(String typed, java.math.BigInteger count, boolean bc, int month, int day,
        boolean yearAlone) {
      if (count.signum() == 0) {
        return new Reading(typed, null, "there is no year 0 " + (bc ? "BC" : "AD")
            + ": 1 BC is followed by AD 1 (ISO 8601 writes 1 BC as 0000)", null);
      }
      return isoDay(typed, bc ? java.math.BigInteger.ONE.subtract(count) : count, month, day, yearAlone);
    }

    private static Reading isoDay(String typed, java.math.BigInteger isoYear, int month, int day, boolean yearAlone) {
      long year = isoYear.bitLength() < 63 ? isoYear.longValue() : isoYear.signum() < 0 ? Long.MIN_VALUE
          : Long.MAX_VALUE;
      String beyond = org.eventmap.domain.TimePoint.beyondRange(year);
      if (beyond != null) {
        return new Reading(typed, null, beyond.replace(Long.toString(year), isoYear.toString()), null);
      }
      LocalDate date;
      try {
        date = Parsed.day((int) year, month, day);
      } catch (Unreadable e) { // "February 43 BC has 28 days", not ISO's "February -42"
        return new Reading(typed, null, e.getMessage().replace("February " + year + " ",
            "February " + org.eventmap.domain.TimeText.year(year) + " "), null);
      }
      String words = org.eventmap.domain.TimeText.shortDay(date);
      String iso = (yearAlone ? org.eventmap.domain.TimePoint.ofYear((int) year)
          : org.eventmap.domain.TimePoint.ofDay(date)).text();
      String note = yearAlone ? "Went to the start of " + org.eventmap.domain.TimeText.year(year) + " (ISO " + iso
          + ")." : year <= 0 ? "Read “" + typed + "” as " + words + " (ISO " + iso + ")." : null;
      return new Reading(typed, date, null, note);
    }
  }
}
