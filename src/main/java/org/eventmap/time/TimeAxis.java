package org.eventmap.time;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.ToDoubleFunction;
import org.eventmap.domain.TimePoint;
import org.eventmap.domain.TimeText;

/**
 * The part of time a timeline of a given width shows, in wall-clock seconds, with conversions to and
 * from pixels, zooming around a point, and tick marks whose unit adapts to the zoom, from hours to
 * hundreds of millions of years. Immutable.
 */
public record TimeAxis(long fromSeconds, long toSeconds, double width) {
  /** The closest zoom: an hour across about 60 pixels. */
  public static final long MIN_SPAN_SECONDS = 6 * 3600;
  /**
   * The farthest zoom: twice every year java.time holds, about four billion years, so that the axis's
   * arithmetic in seconds stays far from overflowing however often one zooms out.
   */
  public static final long MAX_SPAN_SECONDS = 2 * (WallClock.MAX_SECONDS - WallClock.MIN_SECONDS);
  private static final double MIN_TICK_SPACING = 64;
  /** The least room between one tick's label and the next. */
  private static final double LABEL_GAP = 8;
  private static final long SECONDS_PER_DAY = 86_400;

  public TimeAxis {
    if (toSeconds - fromSeconds < 1 || !(width > 0)) {
      throw new IllegalArgumentException("an axis needs a span and a width");
    }
  }

  /** The axis that shows the whole span, with a little room on each side. */
  public static TimeAxis showing(LocalDateTime first, LocalDateTime lastExclusive, double width) {
    return showing(WallClock.seconds(first), WallClock.seconds(lastExclusive), width);
  }

  /** The same in wall-clock seconds: the end of the last year java.time holds is not a LocalDateTime. */
  public static TimeAxis showing(long first, long lastExclusive, double width) {
    long to = Math.max(first + MIN_SPAN_SECONDS, lastExclusive);
    long pad = (to - first) / 40;
    return new TimeAxis(first - pad, to + pad, width);
  }

  public double x(long second) {
    return (second - fromSeconds) * width / (double) (toSeconds - fromSeconds);
  }

  public double x(LocalDateTime t) {
    return x(WallClock.seconds(t));
  }

  public long secondAt(double x) {
    return fromSeconds + Math.round(x * (toSeconds - fromSeconds) / width);
  }

  public LocalDateTime timeAt(double x) {
    return WallClock.fromSeconds(secondAt(x));
  }

  public double secondsPerPixel() {
    return (toSeconds - fromSeconds) / width;
  }

  public TimeAxis withWidth(double newWidth) {
    return new TimeAxis(fromSeconds, toSeconds, newWidth);
  }

  /** Zooms by the factor (2 = twice as close) keeping the time under x where it is. */
  public TimeAxis zoomedAround(double x, double factor) {
    long anchor = secondAt(x);
    double wanted = (toSeconds - fromSeconds) / factor;
    long span = wanted >= MAX_SPAN_SECONDS ? MAX_SPAN_SECONDS : Math.max(MIN_SPAN_SECONDS, Math.round(wanted));
    long from = anchor - Math.round(x / width * span);
    return within(from, span, width);
  }

  /** Moves the axis with the pointer: dragging right by dx shows earlier times. */
  public TimeAxis panned(double dxPixels) {
    long shift = Math.round(dxPixels * secondsPerPixel());
    return within(fromSeconds - shift, toSeconds - fromSeconds, width);
  }

  /** Shifts the axis, keeping its zoom, so that the time is inside it. */
  public TimeAxis revealing(long second) {
    long span = toSeconds - fromSeconds;
    if (second >= fromSeconds && second < toSeconds) {
      return this;
    }
    return within(second - span / 2, span, width);
  }

  /** An axis whose middle stays within the years java.time holds: panning cannot run off to no time at all. */
  private static TimeAxis within(long from, long span, double width) {
    long middle = Math.max(WallClock.MIN_SECONDS, Math.min(WallClock.MAX_SECONDS, from + span / 2));
    return new TimeAxis(middle - span / 2, middle - span / 2 + span, width);
  }

  /** A tick: where, and its label. */
  public record Tick(long second, double x, String label) {}

  /** The unit between ticks at this zoom: the finest one whose ticks are at least 64 px apart. */
  public TickUnit tickUnit() {
    for (TickUnit unit : TickUnit.values()) {
      if (unit.approximateSeconds / secondsPerPixel() >= MIN_TICK_SPACING) {
        return unit;
      }
    }
    return TickUnit.YEARS_500M;
  }

  /** The ticks of {@link #tickUnit()}: at least 64 pixels apart. */
  public List<Tick> ticks() {
    return ticks(tickUnit());
  }

  /**
   * The ticks of the finest unit whose labels, as wide as {@code labelWidth} measures them, do not run
   * into one another ("66 million BC" needs more room than "2024").
   */
  public List<Tick> ticks(ToDoubleFunction<String> labelWidth) {
    List<Tick> ticks = List.of();
    for (int u = tickUnit().ordinal(); u < TickUnit.values().length; u++) {
      ticks = ticks(TickUnit.values()[u]);
      if (labelsFit(ticks, labelWidth)) {
        return ticks;
      }
    }
    return ticks;
  }

  private static boolean labelsFit(List<Tick> ticks, ToDoubleFunction<String> labelWidth) {
    for (int i = 1; i < ticks.size(); i++) {
      if (ticks.get(i - 1).x() + labelWidth.applyAsDouble(ticks.get(i - 1).label()) + LABEL_GAP > ticks.get(i).x()) {
        return false;
      }
    }
    return true;
  }

  private List<Tick> ticks(TickUnit unit) {
    return unit.years > 0 ? yearTicks(unit) : clockTicks(unit);
  }

  private List<Tick> clockTicks(TickUnit unit) {
    List<Tick> ticks = new ArrayList<>();
    LocalDateTime t = WallClock.fromSeconds(fromSeconds);
    try {
      t = unit.floor(t);
    } catch (java.time.DateTimeException beforeTheFirstYear) {
      // the week of the first day java.time holds began before it: the ticks start from that day
    }
    LocalDateTime end = WallClock.fromSeconds(toSeconds);
    while (!t.isAfter(end)) {
      long s = WallClock.seconds(t);
      if (s >= fromSeconds) {
        ticks.add(new Tick(s, x(s), unit.label(t)));
      }
      try {
        t = unit.next(t);
      } catch (java.time.DateTimeException beyondTheLastYear) {
        break; // the axis's room after the last year java.time holds has no ticks
      }
    }
    return ticks;
  }

  /**
   * Years at round numbers as people count them: 100 BC, 200 BC... and AD 100, AD 200..., so that BC ticks
   * are at ISO years 1 - k·step (ISO's year -99 is 100 BC) and AD ticks at k·step. Counted as numbers, not
   * dates, so that a step of a hundred million years costs as little as a step of one.
   */
  private List<Tick> yearTicks(TickUnit unit) {
    long step = unit.years;
    long firstYear = yearAt(fromSeconds);
    long lastYear = yearAt(toSeconds);
    List<Tick> ticks = new ArrayList<>();
    // BC, from the most ancient: the largest multiple of the step not older than the first year.
    for (long bc = Math.floorDiv(1 - firstYear, step) * step; bc >= step; bc -= step) {
      long year = 1 - bc;
      if (year > lastYear) {
        return ticks;
      }
      addYearTick(ticks, unit, year);
    }
    for (long year = Math.max(step, Math.floorDiv(firstYear + step - 1, step) * step); year <= lastYear; year += step) {
      addYearTick(ticks, unit, year);
    }
    return ticks;
  }

  private void addYearTick(List<Tick> ticks, TickUnit unit, long year) {
    if (year < TimePoint.MIN_YEAR || year > TimePoint.MAX_YEAR) {
      return;
    }
    long s = LocalDate.of((int) year, 1, 1).toEpochDay() * SECONDS_PER_DAY;
    if (s >= fromSeconds && s <= toSeconds) {
      ticks.add(new Tick(s, x(s), unit.yearLabel(year)));
    }
  }

  /** The year of a wall-clock second, past the ends of what java.time holds too. */
  private static long yearAt(long seconds) {
    if (seconds < WallClock.MIN_SECONDS) {
      return TimePoint.MIN_YEAR - 1;
    }
    if (seconds > WallClock.MAX_SECONDS) {
      return (long) TimePoint.MAX_YEAR + 1;
    }
    return LocalDate.ofEpochDay(Math.floorDiv(seconds, SECONDS_PER_DAY)).getYear();
  }

  /** Tick units from finest to coarsest: clock units, then years in steps of 1, 2 and 5 times a power of ten. */
  public enum TickUnit {
    HOUR(3600, ChronoUnit.HOURS, 1, "HH:mm"),
    THREE_HOURS(3 * 3600, ChronoUnit.HOURS, 3, "HH:mm"),
    SIX_HOURS(6 * 3600, ChronoUnit.HOURS, 6, "HH:mm"),
    DAY(86_400, ChronoUnit.DAYS, 1, "d MMM"),
    TWO_DAYS(2 * 86_400, ChronoUnit.DAYS, 2, "d MMM"),
    WEEK(7 * 86_400, ChronoUnit.WEEKS, 1, "d MMM"),
    MONTH(30 * 86_400, ChronoUnit.MONTHS, 1, "MMM"),
    QUARTER(91 * 86_400, ChronoUnit.MONTHS, 3, "MMM"),
    YEAR(1),
    TWO_YEARS(2),
    FIVE_YEARS(5),
    DECADE(10),
    YEARS_20(20),
    YEARS_50(50),
    CENTURY(100),
    YEARS_200(200),
    YEARS_500(500),
    MILLENNIUM(1_000),
    YEARS_2K(2_000),
    YEARS_5K(5_000),
    YEARS_10K(10_000),
    YEARS_20K(20_000),
    YEARS_50K(50_000),
    YEARS_100K(100_000),
    YEARS_200K(200_000),
    YEARS_500K(500_000),
    YEARS_1M(1_000_000),
    YEARS_2M(2_000_000),
    YEARS_5M(5_000_000),
    YEARS_10M(10_000_000),
    YEARS_20M(20_000_000),
    YEARS_50M(50_000_000),
    YEARS_100M(100_000_000),
    YEARS_200M(200_000_000),
    YEARS_500M(500_000_000);

    /** The mean Gregorian year: 365.2425 days. */
    private static final long SECONDS_PER_YEAR = 31_556_952;

    private final long approximateSeconds;
    private final ChronoUnit unit;
    private final int step;
    private final DateTimeFormatter format;
    /** For a unit of years, how many; 0 for the clock units. */
    private final long years;

    TickUnit(long approximateSeconds, ChronoUnit unit, int step, String pattern) {
      this.approximateSeconds = approximateSeconds;
      this.unit = unit;
      this.step = step;
      this.format = DateTimeFormatter.ofPattern(pattern, Locale.UK);
      this.years = 0;
    }

    TickUnit(long years) {
      this.approximateSeconds = years * SECONDS_PER_YEAR;
      this.unit = ChronoUnit.YEARS;
      this.step = (int) years;
      this.format = null;
      this.years = years;
    }

    LocalDateTime floor(LocalDateTime t) {
      return switch (unit) {
        case HOURS -> t.truncatedTo(ChronoUnit.HOURS).withHour(t.getHour() / step * step);
        case DAYS -> t.truncatedTo(ChronoUnit.DAYS);
        case WEEKS -> t.truncatedTo(ChronoUnit.DAYS).minusDays(t.getDayOfWeek().getValue() - 1);
        default -> t.truncatedTo(ChronoUnit.DAYS).withDayOfMonth(1)
            .withMonth((t.getMonthValue() - 1) / step * step + 1);
      };
    }

    LocalDateTime next(LocalDateTime t) {
      return t.plus(step, unit);
    }

    /** A tick's label; hours at midnight say the day instead, so the day is never lost. */
    public String label(LocalDateTime t) {
      if (years > 0) {
        return yearLabel(t.getYear());
      }
      if (unit == ChronoUnit.HOURS && t.getHour() == 0) {
        return t.format(DateTimeFormatter.ofPattern("d MMM", Locale.UK));
      }
      if (unit == ChronoUnit.MONTHS) {
        return t.format(format) + " " + TimeText.year(t.getYear()); // "Mar 2024", "Mar 44 BC"
      }
      return t.format(format);
    }

    /**
     * A year tick's label: "2024", "AD 500", "500 BC", "10,000 BC"; from a million years on, in millions
     * with as many decimals as the step needs ("66 million BC", "2.5 million BC").
     */
    String yearLabel(long isoYear) {
      long count = isoYear <= 0 ? 1 - isoYear : isoYear;
      if (count < 1_000_000 || years < 100_000) {
        return TimeText.year(isoYear);
      }
      int decimals = years >= 1_000_000 ? 0 : 1;
      String millions = String.format(Locale.UK, "%,." + decimals + "f", count / 1e6).replaceFirst("\\.0$", "");
      return millions + " million" + (isoYear <= 0 ? " BC" : "");
    }
  }
}
