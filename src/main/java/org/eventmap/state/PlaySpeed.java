package org.eventmap.state;

/** How fast the timeline plays: how much of the dataset's time passes in one second. */
public enum PlaySpeed {
  HOUR_PER_SECOND("1 hour a second", 3_600),
  DAY_PER_SECOND("1 day a second", 86_400),
  WEEK_PER_SECOND("1 week a second", 7 * 86_400),
  MONTH_PER_SECOND("1 month a second", 30 * 86_400);

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
}
