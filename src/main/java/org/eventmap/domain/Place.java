package org.eventmap.domain;

import java.time.ZoneId;
import java.util.Objects;
import java.util.Optional;

/**
 * Where events happen. The time zone is part of the place because a date without a time ("22 March
 * 2024") means the whole day as it was lived there.
 */
public record Place(String id, String name, GeoPoint location, ZoneId zone, Optional<String> country) {
  public Place {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(location, "location");
    Objects.requireNonNull(zone, "zone");
    Objects.requireNonNull(country, "country");
  }
}
