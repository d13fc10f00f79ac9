package org.eventmap.domain;

/** How much of a date was written down. "2024-03" is a month, not the first of March. */
public enum Precision {
  YEAR,
  MONTH,
  DAY,
  MINUTE,
  SECOND;

  public boolean hasTime() {
    return this == MINUTE || this == SECOND;
  }
}
