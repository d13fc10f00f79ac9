package org.eventmap.io.csv;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/** What a spreadsheet column can hold, as {@code --columns} names it ({@code date=event_date}). */
enum Role {
  ID,
  DATE,
  END,
  TIME,
  LAT,
  LON,
  /** One column holding both, {@code "50.45, 30.52"}. */
  LATLON,
  /** A WKT point, {@code POINT (30.52 50.45)}: longitude first. */
  POINT,
  TITLE,
  DESCRIPTION,
  CATEGORY,
  ACTORS,
  SOURCE,
  URL,
  /** The name of the place (a town, a location column). */
  PLACE;

  /** The name {@code --columns} uses. */
  String key() {
    return name().toLowerCase(Locale.ROOT);
  }

  static Optional<Role> of(String key) {
    return Arrays.stream(values()).filter(r -> r.key().equals(key.strip().toLowerCase(Locale.ROOT))).findFirst();
  }

  static String keys() {
    return Arrays.stream(values()).map(Role::key).collect(Collectors.joining(", "));
  }
}
