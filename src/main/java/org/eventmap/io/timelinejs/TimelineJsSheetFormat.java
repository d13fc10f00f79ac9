package org.eventmap.io.timelinejs;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;
import org.eventmap.geo.ZoneLookup;
import org.eventmap.io.EventFormat;
import org.eventmap.io.FileHead;
import org.eventmap.io.LoadResult;
import org.eventmap.io.ProgressListener;
import org.eventmap.io.ReadOptions;

/**
 * The TimelineJS spreadsheet template (a Google Sheet) saved as CSV: {@code Year, Month, Day, Time, End Year,
 * End Month, End Day, End Time, Display Date, Headline, Text, Media, Media Credit, Media Caption, Media
 * Thumbnail, Type, Group, Background}. Each row is a slide, mapped as the JSON's ({@link TimelineJsFormat}):
 * the first row of Type "title" gives the title and description (a second is shown as an event, as
 * TimelineJS does), rows of Type "era" the eras, every other row an event. Headers are matched as
 * TimelineJS matches them, ignoring case and spaces; columns beyond the template's become attributes.
 * Year, Month and Day may hold spaces and thousands commas ("1,963"); Time is read as TimelineJS reads it
 * ({@code 14:05}, {@code 2:05 PM}, {@code 14:05:30.5}, {@code 1405}) and is a local time. Media
 * Thumbnail and Background are for TimelineJS's slides and are ignored. The sheet has no location:
 * its events have no place.
 */
public final class TimelineJsSheetFormat implements EventFormat {
  /** How many of the template's columns a header must have, besides Year, Month, Day and Headline. */
  private static final int MORE_TEMPLATE_COLUMNS = 4;

  private final ZoneLookup zones;

  public TimelineJsSheetFormat() {
    this(ZoneLookup.NONE);
  }

  public TimelineJsSheetFormat(ZoneLookup zones) {
    this.zones = Objects.requireNonNull(zones, "zones");
  }

  @Override
  public String name() {
    return "timelinejs-sheet";
  }

  @Override
  public String description() {
    return "TimelineJS spreadsheet (CSV)";
  }

  @Override
  public List<String> extensions() {
    return List.of("csv");
  }

  /**
   * Certain when the first row is the template's header: Year, Month, Day and Headline and at least four
   * more of its columns, in any case and spacing, with or without columns of the author's own. The
   * generic spreadsheet reader, plausible for any CSV, then gives way.
   */
  @Override
  public int recognise(FileHead head) {
    String text = head.text();
    int end = text.indexOf('\n');
    String first = (end < 0 ? text : text.substring(0, end)).replace("\r", "");
    char delimiter = TimelineSheetReader.delimiter(first);
    List<String> names = Arrays.stream(first.split(Pattern.quote(String.valueOf(delimiter))))
        .map(h -> TimelineSheetReader.normalised(h.replace("\"", ""))).toList();
    if (!names.containsAll(List.of("year", "month", "day", "headline"))) {
      return NOT_MINE;
    }
    long more = names.stream().distinct().filter(TimelineSheetReader.TEMPLATE::contains).count() - 4;
    return more >= MORE_TEMPLATE_COLUMNS ? CERTAIN : NOT_MINE;
  }

  @Override
  public LoadResult read(Path file, ReadOptions options, ProgressListener listener) {
    return TimelineSheetReader.read(file, zones, listener);
  }
}
