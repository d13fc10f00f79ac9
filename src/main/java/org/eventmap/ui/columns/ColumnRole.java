package org.eventmap.ui.columns;

import java.util.Arrays;
import java.util.Optional;

/**
 * What a spreadsheet column may hold, as the column dialog asks it: each role's {@link #key()} is the one
 * {@code --columns} and {@link org.eventmap.io.ReadOptions#columns()} take.
 */
public enum ColumnRole {
  DATE("date", "_Date", "the date (or the start)", "date"),
  END("end", "_End", "the end", "end"),
  TIME("time", "Ti_me of day", "the time of day", "time"),
  LAT("lat", "_Latitude", "the latitude", "latitude"),
  LON("lon", "L_ongitude", "the longitude", "longitude"),
  /** Both coordinates in one cell, as "lat,lon" or as a WKT point; which of the two the cells show. */
  ONE_COLUMN_PLACE("latlon", "Or _both in one", "the latitude and longitude in one cell", "lat, lon"),
  PLACE("place", "Place _name", "the place's name", "place name"),
  TITLE("title", "_Title", "the title", "title"),
  DESCRIPTION("description", "Desc_ription", "the description", "description"),
  CATEGORY("category", "_Category", "the category", "category"),
  ACTORS("actors", "_Actors", "the actors", "actors"),
  SOURCE("source", "_Source", "the source", "source"),
  URL("url", "Lin_k", "a link", "link"),
  ID("id", "_Id", "the id", "id");

  /** The role of a WKT {@code POINT (lon lat)} column, the other form of {@link #ONE_COLUMN_PLACE}. */
  public static final String POINT_KEY = "point";

  private final String key;
  private final String label;
  private final String holds;
  private final String shortName;

  ColumnRole(String key, String label, String holds, String shortName) {
    this.key = key;
    this.label = label;
    this.holds = holds;
    this.shortName = shortName;
  }

  public String key() {
    return key;
  }

  /** The label beside its choice, with its mnemonic after the underscore. */
  public String label() {
    return label;
  }

  /** What the column holds, for the accessible text: "Column for the latitude". */
  public String holds() {
    return holds;
  }

  /** A short name for the role, as the table's column header shows it. */
  public String shortName() {
    return shortName;
  }

  /** The role a key of {@code --columns} names; {@code point} is the one-column place too. */
  public static Optional<ColumnRole> ofKey(String key) {
    if (POINT_KEY.equals(key)) {
      return Optional.of(ONE_COLUMN_PLACE);
    }
    return Arrays.stream(values()).filter(r -> r.key.equals(key)).findFirst();
  }

  /** The roles that say when and where: one column cannot be two of them. */
  boolean isDateOrPlace() {
    return this == DATE || this == END || this == TIME || this == LAT || this == LON || this == ONE_COLUMN_PLACE;
  }
}
