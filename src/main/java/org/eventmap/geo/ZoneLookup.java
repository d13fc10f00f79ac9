package org.eventmap.geo;

import java.time.ZoneId;
import java.util.Optional;

/**
 * The IANA time zone in force at a coordinate, offline: what a day without a time means for an event
 * read from a file that gives only coordinates (a spreadsheet, GeoJSON, KML).
 */
public interface ZoneLookup {
  /** Empty only when no zone can be told at all (never for a valid coordinate of a real lookup). */
  Optional<ZoneId> zoneAt(double latitude, double longitude);

  /** Knows no zone: for tests and for files whose every time carries its offset. */
  ZoneLookup NONE = (latitude, longitude) -> Optional.empty();
}
