package org.eventmap.io.timelinejs;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.eventmap.domain.Attribute;
import org.eventmap.domain.Dataset;
import org.eventmap.domain.Era;
import org.eventmap.domain.Event;
import org.eventmap.domain.Place;
import org.eventmap.domain.TimePoint;
import org.eventmap.geo.ZoneLookup;
import org.eventmap.io.DatasetAssembler;
import org.eventmap.io.LoadResult;
import org.eventmap.io.Problem;
import org.eventmap.io.text.HtmlText;

/**
 * What the three TimelineJS readers (the JSON of TimelineJS 3 and 2, the spreadsheet template) have in
 * common once a slide's fields are read: a slide becomes an event, an era an era, and the problems found
 * become the result. See {@link TimelineJsFormat} for the mapping.
 */
final class Timeline {
  /** Past this many errors (or warnings) per file, only their number is told: nobody reads a thousand. */
  static final int MOST_TOLD = 100;
  /** The category of the events of a timeline that has no groups, or of the slides outside them. */
  static final String NO_GROUP = "Events";

  /** A slide's fields as read; texts are null or blank when the file does not give them. */
  record Slide(int line, int column, String uniqueId, String headline, String text, String mediaUrl,
      String mediaCaption, String mediaCredit, String group, String displayDate, TimePoint start, TimePoint end,
      int endLine, int endColumn, Location location, List<Attribute> more) {}

  /** A slide's {@code location} block, which TimelineJS itself ignores. */
  record Location(double lat, double lon, String name) {}

  private final String file;
  private final DatasetAssembler assembler;
  private final List<Problem> problems = new ArrayList<>();
  private final List<Event> events = new ArrayList<>();
  private final List<Era> eras = new ArrayList<>();
  private int errors;
  private int warnings;
  private int labelsOnly;
  private int[] firstLabelOnly;
  private int withoutPlace;
  private int[] firstWithoutPlace;
  private int leftOut;
  /** Dates repeat from slide to slide (a day, a year): one shared (immutable) TimePoint each, up to a bound. */
  private final java.util.Map<TimePoint, TimePoint> sharedDates = new java.util.HashMap<>();

  Timeline(String file, ZoneLookup zones) {
    this.file = file;
    this.assembler = new DatasetAssembler(zones);
  }

  int errors() {
    return errors;
  }

  void error(int line, int column, String message) {
    if (++errors <= MOST_TOLD) {
      problems.add(new Problem(Problem.Severity.ERROR, file, Math.max(1, line), Math.max(1, column), message));
    }
  }

  void warning(int line, int column, String message) {
    if (++warnings <= MOST_TOLD) {
      problems.add(new Problem(Problem.Severity.WARNING, file, Math.max(1, line), Math.max(1, column), message));
    }
  }

  /** A slide whose year Eventmap cannot place: said where, and the rest of the timeline is still shown. */
  void leftOut(int line, int column, String why) {
    leftOut++;
    warning(line, column, why + ": this slide is left out");
  }

  /** Checks a coordinate of a location block, reporting a bad one where it is; null when it is bad. */
  Location location(int line, int column, double lat, double lon, String name) {
    Optional<String> problem = DatasetAssembler.coordinateProblem(lat, lon);
    if (problem.isPresent()) {
      error(line, column, "the location's " + problem.get());
      return null;
    }
    return new Location(lat, lon, name);
  }

  void slide(Slide s) {
    boolean hasMedia = given(s.mediaUrl());
    if (!given(s.headline()) && !given(s.text()) && !hasMedia) {
      // TimelineJS draws an empty marker: authors use them to label a group's row or to stretch the axis.
      if (labelsOnly++ == 0) {
        firstLabelOnly = new int[] {s.line(), s.column()};
      }
      return;
    }
    String title = plain(s.headline());
    if (title.isEmpty()) {
      title = plain(s.mediaCaption());
    }
    if (title.isEmpty() && shownDate(s.displayDate()) != null) {
      title = shownDate(s.displayDate());
    }
    if (title.isEmpty()) {
      title = "Untitled (" + s.start() + ")";
    }
    String id = assembler.uniqueId(Optional.ofNullable(s.uniqueId()).map(String::strip),
        "line-" + s.line());
    List<Attribute> attributes = new ArrayList<>(4 + s.more().size());
    if (shownDate(s.displayDate()) != null) {
      attributes.add(new Attribute(Attribute.DATE_AS_WRITTEN, shownDate(s.displayDate())));
    }
    if (hasMedia) {
      attributes.add(new Attribute(Attribute.MEDIA, s.mediaUrl().strip()));
    }
    if (given(s.mediaCaption())) {
      attributes.add(new Attribute(Attribute.MEDIA_CAPTION, s.mediaCaption().strip()));
    }
    if (given(s.mediaCredit())) {
      attributes.add(new Attribute(Attribute.MEDIA_CREDIT, s.mediaCredit().strip()));
    }
    attributes.addAll(s.more());
    Place place = null;
    if (s.location() != null) {
      place = assembler.place(s.location().lat(), s.location().lon(), Optional.ofNullable(s.location().name()));
    } else if (withoutPlace++ == 0) {
      firstWithoutPlace = new int[] {s.line(), s.column()};
    }
    String group = given(s.group()) ? plain(s.group()) : "";
    Event.Builder event = Event.builder(id, title).start(shared(s.start())).place(place)
        .category(assembler.category(group.isEmpty() ? NO_GROUP : group))
        .summary(given(s.text()) ? s.text().strip() : "").attributes(attributes);
    if (s.end() != null && !s.end().equals(s.start())) {
      event.end(shared(s.end())); // TimelineJS too drops an end that repeats the start
    }
    try {
      events.add(event.build());
    } catch (IllegalArgumentException e) {
      error(s.endLine(), s.endColumn(), "the slide \"" + SlideValues.shortened(title) + "\" ends (" + s.end()
          + ") before it starts (" + s.start() + ")");
    }
  }

  private TimePoint shared(TimePoint date) {
    if (sharedDates.size() >= 100_000) {
      return date;
    }
    TimePoint known = sharedDates.putIfAbsent(date, date);
    return known == null ? date : known;
  }

  void era(int line, int column, String headline, TimePoint start, TimePoint end, int number) {
    String title = plain(headline);
    try {
      eras.add(new Era(title.isEmpty() ? "Era " + number : title, start, end));
    } catch (IllegalArgumentException e) {
      error(line, column, "era " + number + (title.isEmpty() ? "" : " (\"" + SlideValues.shortened(title) + "\")")
          + " ends (" + end + ") before it starts (" + start + ")");
    }
  }

  /**
   * The timeline read: the dataset when nothing was wrong, titled by the title slide (or the file's name).
   *
   * @param yearsOnly for TimelineJS's cosmological scale: every date becomes its year, as TimelineJS shows it
   */
  LoadResult result(String title, String description, boolean yearsOnly) {
    if (errors == 0 && events.isEmpty()) {
      error(1, 1, leftOut > 0 || labelsOnly > 0
          ? "the timeline has no event left to show (" + (leftOut > 0 ? leftOut + " left out for their year" : "")
              + (leftOut > 0 && labelsOnly > 0 ? ", " : "")
              + (labelsOnly > 0 ? labelsOnly + " with no headline, text or media" : "")
              + ")"
          : "the timeline has no events: TimelineJS lists them in \"events\" (a spreadsheet: one row each)");
    }
    if (errors > MOST_TOLD) {
      problems.add(new Problem(Problem.Severity.ERROR, file, 1, 1, "and " + (errors - MOST_TOLD) + " more errors"));
    }
    if (errors > 0) {
      return new LoadResult(file, Optional.empty(), problems);
    }
    if (labelsOnly > 0) {
      warning(firstLabelOnly[0], firstLabelOnly[1], (labelsOnly == 1 ? "this slide has" : labelsOnly
          + " slides have (this is the first)") + " no headline, text or media: TimelineJS draws such an empty marker "
          + "to label a group or stretch the axis; not kept as an event");
    }
    if (withoutPlace > 0 && withoutPlace < events.size() + leftOut) {
      warning(firstWithoutPlace[0], firstWithoutPlace[1], (withoutPlace == 1 ? "this slide has" : withoutPlace
          + " slides have (this is the first)") + " no location: on the timeline and in the list, not on the map");
    } else if (withoutPlace > 0) {
      warning(1, 1, "no slide has a location (TimelineJS has no map): the events are on the timeline and in the "
          + "list, not on the map");
    }
    if (assembler.placesWithoutZone() > 0) {
      warning(1, 1, assembler.placesWithoutZone() + " places have no known time zone: their days are counted in UTC");
    }
    if (warnings > MOST_TOLD) {
      problems.add(new Problem(Problem.Severity.WARNING, file, 1, 1, "and " + (warnings - MOST_TOLD)
          + " more warnings"));
    }
    for (Event event : yearsOnly ? inYears(events) : events) {
      assembler.add(event);
    }
    List<Era> sortedEras = eras.stream().map(e -> yearsOnly ? new Era(e.title(), year(e.start()), year(e.end())) : e)
        .sorted(Comparator.comparing(Era::start)).toList();
    String shownTitle = title == null || plain(title).isEmpty() ? fileTitle() : plain(title);
    String shownDescription = description == null ? "" : readable(description);
    Dataset dataset = assembler.build(shownTitle, shownDescription.isEmpty() ? Optional.empty()
        : Optional.of(shownDescription)).withErasAndStories(sortedEras, List.of());
    return new LoadResult(file, Optional.of(dataset), problems);
  }

  private static List<Event> inYears(List<Event> events) {
    List<Event> years = new ArrayList<>(events.size());
    for (Event e : events) {
      Event.Builder b = Event.builder(e.id(), e.title()).start(e.start().map(Timeline::year).orElse(null))
          .place(e.place().orElse(null)).category(e.category()).summary(e.summary()).attributes(e.attributes());
      TimePoint end = e.end().map(Timeline::year).orElse(null);
      if (end != null && !end.equals(e.start().map(Timeline::year).orElse(null))) {
        b.end(end);
      }
      years.add(b.build());
    }
    return years;
  }

  private static TimePoint year(TimePoint t) {
    return t.precision() == org.eventmap.domain.Precision.YEAR ? t
        : TimePoint.ofYear(t.firstLocalDay(java.time.ZoneOffset.UTC).getYear());
  }

  private String fileTitle() {
    String name = Path.of(file).getFileName() == null ? file : Path.of(file).getFileName().toString();
    int dot = name.lastIndexOf('.');
    return dot > 0 ? name.substring(0, dot) : name;
  }

  static boolean given(String text) {
    return text != null && !text.isBlank();
  }

  /** HTML (or plain text) as one line of readable text, for a title. */
  static String plain(String html) {
    if (!given(html)) {
      return "";
    }
    return HtmlText.blocks(html).stream().map(HtmlText.Block::plainText).collect(Collectors.joining(" ")).strip();
  }

  /** HTML (or plain text) as readable paragraphs, for a description. */
  static String readable(String html) {
    if (!given(html)) {
      return "";
    }
    return HtmlText.blocks(html).stream().map(HtmlText.Block::plainText).collect(Collectors.joining("\n")).strip();
  }

  /**
   * A display date as TimelineJS shows it (markup stripped); null when there is none, or when it only hides
   * the date (a "." or a dash, a trick for a slide that shows no date).
   */
  static String shownDate(String displayDate) {
    String shown = plain(displayDate);
    return shown.isEmpty() || shown.matches("[\\p{Punct}\\s]+") ? null : shown;
  }
}
