package org.eventmap.time;

import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The part of time a timeline of a given width shows, in wall-clock seconds, with conversions to and
 * from pixels, zooming around a point, and tick marks whose unit adapts to the zoom (years down to
 * hours). Immutable.
 */
public record TimeAxis(long fromSeconds, long toSeconds, double width) {
  /** The closest zoom: an hour across about 60 pixels. */
  public static final long MIN_SPAN_SECONDS = 6 * 3600;
  private static final double MIN_TICK_SPACING = 64;

  public TimeAxis {
    if (toSeconds - fromSeconds < 1 || !(width > 0)) {
      throw new IllegalArgumentException("an axis needs a span and a width");
    }
  }

  /** The axis that shows the whole span, with a little room on each side. */
  public static TimeAxis showing(LocalDateTime first, LocalDateTime lastExclusive, double width) {
    long from = WallClock.seconds(first);
    long to = Math.max(from + MIN_SPAN_SECONDS, WallClock.seconds(lastExclusive));
    long pad = (to - from) / 40;
    return new TimeAxis(from - pad, to + pad, width);
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
    double span = Math.max(MIN_SPAN_SECONDS, (toSeconds - fromSeconds) / factor);
    long from = anchor - Math.round(x / width * span);
    return new TimeAxis(from, from + Math.round(span), width);
  }

  /** Moves the axis with the pointer: dragging right by dx shows earlier times. */
  public TimeAxis panned(double dxPixels) {
    long shift = Math.round(dxPixels * secondsPerPixel());
    return new TimeAxis(fromSeconds - shift, toSeconds - shift, width);
  }

  /** Shifts the axis, keeping its zoom, so that the time is inside it. */
  public TimeAxis revealing(long second) {
    long span = toSeconds - fromSeconds;
    if (second >= fromSeconds && second < toSeconds) {
      return this;
    }
    long from = second - span / 2;
    return new TimeAxis(from, from + span, width);
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
    return TickUnit.DECADE;
  }

  public List<Tick> ticks() {
    TickUnit unit = tickUnit();
    List<Tick> ticks = new ArrayList<>();
    LocalDateTime t = unit.floor(WallClock.fromSeconds(fromSeconds));
    LocalDateTime end = WallClock.fromSeconds(toSeconds);
    while (!t.isAfter(end)) {
      long s = WallClock.seconds(t);
      if (s >= fromSeconds) {
        ticks.add(new Tick(s, x(s), unit.label(t)));
      }
      t = unit.next(t);
    }
    return ticks;
  }

  /** Tick units from finest to coarsest. */
  public enum TickUnit {
    HOUR(3600, ChronoUnit.HOURS, 1, "HH:mm"),
    THREE_HOURS(3 * 3600, ChronoUnit.HOURS, 3, "HH:mm"),
    SIX_HOURS(6 * 3600, ChronoUnit.HOURS, 6, "HH:mm"),
    DAY(86_400, ChronoUnit.DAYS, 1, "d MMM"),
    TWO_DAYS(2 * 86_400, ChronoUnit.DAYS, 2, "d MMM"),
    WEEK(7 * 86_400, ChronoUnit.WEEKS, 1, "d MMM"),
    MONTH(30 * 86_400, ChronoUnit.MONTHS, 1, "MMM uuuu"),
    QUARTER(91 * 86_400, ChronoUnit.MONTHS, 3, "MMM uuuu"),
    YEAR(365 * 86_400, ChronoUnit.YEARS, 1, "uuuu"),
    DECADE(3652L * 86_400, ChronoUnit.YEARS, 10, "uuuu");

    private final long approximateSeconds;
    private final ChronoUnit unit;
    private final int step;
    private final DateTimeFormatter format;

    TickUnit(long approximateSeconds, ChronoUnit unit, int step, String pattern) {
      this.approximateSeconds = approximateSeconds;
      this.unit = unit;
      this.step = step;
      this.format = DateTimeFormatter.ofPattern(pattern, Locale.UK);
    }

    LocalDateTime floor(LocalDateTime t) {
      return switch (unit) {
        case HOURS -> t.truncatedTo(ChronoUnit.HOURS).withHour(t.getHour() / step * step);
        case DAYS -> t.truncatedTo(ChronoUnit.DAYS);
        case WEEKS -> t.truncatedTo(ChronoUnit.DAYS).minusDays(t.getDayOfWeek().getValue() - 1);
        case MONTHS -> t.truncatedTo(ChronoUnit.DAYS).withDayOfMonth(1)
            .withMonth((t.getMonthValue() - 1) / step * step + 1);
        default -> t.truncatedTo(ChronoUnit.DAYS).withDayOfYear(1).withYear(t.getYear() / step * step);
      };
    }

    LocalDateTime next(LocalDateTime t) {
      return t.plus(step, unit);
    }

    /** A tick's label; hours at midnight say the day instead, so the day is never lost. */
    public String label(LocalDateTime t) {
      if (unit == ChronoUnit.HOURS && t.getHour() == 0) {
        return t.format(DateTimeFormatter.ofPattern("d MMM", Locale.UK));
      }
      return t.format(format);
    }
  }
}
