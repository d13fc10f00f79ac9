package org.eventmap.domain;

import java.util.Objects;

/**
 * A named value that a file gave an event beyond the fields Eventmap knows (ACLED's fatalities, a
 * GeoJSON feature's other properties): kept as the source wrote it and shown in the detail pane.
 */
public record Attribute(String name, String value) {
  /**
   * The date as the file wrote it for a reader when it is not a date a program reads (TimelineJS's
   * {@code display_date}, StoryMapJS's free-text {@code date}): shown as written beside the date read.
   */
  public static final String DATE_AS_WRITTEN = "Date as written";
  /** A picture, video or page that illustrates the event (TimelineJS's and StoryMapJS's {@code media.url}): a link, never fetched by itself. */
  public static final String MEDIA = "Media";
  public static final String MEDIA_CAPTION = "Media caption";
  public static final String MEDIA_CREDIT = "Media credit";

  public Attribute {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(value, "value");
  }
}
