package org.eventmap.state;

/** How fast the timeline plays: how much of the dataset's time passes in one second. */
public enum PlaySpeed {
  HOUR_PER_SECOND("1 hour a second", 3_600),
  DAY_PER_SECOND("1 day a second", 86_400),
  WEEK_PER_SECOND("1 week a second", 7 * 86_400),
  MONTH_PER_SECOND("1 month a second", 30 * 86_400),
  // For spans of centuries to hundreds of millions of years (deep time), in mean Gregorian years.
  YEAR_PER_SECOND("1 year a second", Years.ONE),
  DECADE_PER_SECOND("10 years a second", 10 * Years.ONE),
  CENTURY_PER_SECOND("100 years a second", 100 * Years.ONE),
  MILLENNIUM_PER_SECOND("1,000 years a second", 1_000 * Years.ONE),
  TEN_MILLENNIA_PER_SECOND("10,000 years a second", 10_000 * Years.ONE),
  HUNDRED_MILLENNIA_PER_SECOND("100,000 years a second", 100_000 * Years.ONE),
  MILLION_YEARS_PER_SECOND("1 million years a second", 1_000_000 * Years.ONE),
  TEN_MILLION_YEARS_PER_SECOND("10 million years a second", 10_000_000 * Years.ONE);

  private final String label;
  private final long datasetSecondsPerSecond;

  PlaySpeed(String label, long datasetSecondsPerSecond) {
    this.label = label;
    this.datasetSecondsPerSecond = datasetSecondsPerSecond;
  }

  public String label() {
    return label;
  }

  public long datasetSecondsPerSecond() {
    return datasetSecondsPerSecond;
  }

  /** How many seconds of real time it takes to play a span of the dataset's time at this speed. */
  public double secondsToPlay(long spanSeconds) {
    return spanSeconds / (double) datasetSecondsPerSecond;
  }

  /**
   * The slowest speed that plays the span within two minutes, so that each step is still seen; the
   * fastest when none does.
   */
  public static PlaySpeed suitedTo(long spanSeconds) {
    for (PlaySpeed speed : values()) {
      if (speed.secondsToPlay(spanSeconds) <= 120) {
        return speed;
      }
    }
    return values()[values().length - 1];
  }

  private static final class Years {
    /** The mean Gregorian year: 365.2425 days. */
    static final long ONE = 31_556_952;
  }
}
