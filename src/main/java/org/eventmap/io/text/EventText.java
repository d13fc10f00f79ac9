package org.eventmap.io.text;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import org.eventmap.domain.Attribute;
import org.eventmap.domain.Event;
import org.eventmap.domain.Place;
import org.eventmap.domain.Precision;
import org.eventmap.domain.Source;
import org.eventmap.domain.TimePoint;
import org.eventmap.domain.TimeText;

/**
 * An event in words for the clipboard (Edit ▸ Copy): what the detail pane says of it, as plain text a
 * person pastes into notes or a mail, and a citation line that credits the dataset and its sources.
 *
 * <p>Dates are said as the detail pane says them: in the local time of the place and in UTC, at the
 * precision of the file (a day stays a day, a month a month).
 */
public final class EventText {
  /** Enough of a description to paste; a megabyte of text would only swamp the note it goes into. */
  private static final int SUMMARY_CHARACTERS = 20_000;
  private static final int ATTRIBUTE_CHARACTERS = 2_000;
  private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm", Locale.UK);
  private static final DateTimeFormatter CLOCK_SECONDS = DateTimeFormatter.ofPattern("HH:mm:ss", Locale.UK);
  private static final DateTimeFormatter CITED_DAY = DateTimeFormatter.ofPattern("d MMMM", Locale.UK);
  private static final DateTimeFormatter CITED_MONTH = DateTimeFormatter.ofPattern("MMMM", Locale.UK);

  private EventText() {}

  /** The event and its citation, as Edit ▸ Copy puts them on the clipboard. */
  public static String forClipboard(Event event, String datasetTitle) {
    return readable(event) + "\nCite as: " + citation(event, datasetTitle) + "\n";
  }

  /**
   * What happened, when (local time and UTC), where, who, the description and the sources, one fact a
   * line.
   */
  public static String readable(Event event) {
    StringBuilder s = new StringBuilder();
    s.append(event.title()).append('\n');
    s.append("When: ").append(whenAtThePlace(event)).append('\n');
    whenInUtc(event).ifPresent(utc -> s.append("In UTC: ").append(utc).append('\n'));
    attribute(event, Attribute.DATE_AS_WRITTEN).map(EventText::plain).filter(w -> !w.isBlank())
        .ifPresent(w -> s.append("As written: “").append(w.strip()).append("”\n"));
    s.append("Where: ").append(where(event)).append('\n');
    if (!event.actors().isEmpty()) {
      s.append("Who: ").append(String.join(" · ", event.actors())).append('\n');
    }
    s.append("Category: ").append(event.category().name()).append('\n');
    event.approximate().ifPresent(a -> s.append("Approximate")
        .append(a.time() && a.place() ? " time and place" : a.time() ? " time" : a.place() ? " place" : "")
        .append(": ").append(a.note()).append('\n'));
    event.disputed().ifPresent(d -> s.append("Sources disagree: ").append(d).append('\n'));
    String summary = summary(event.summary());
    if (!summary.isEmpty()) {
      s.append('\n').append(summary).append('\n');
    }
    if (!event.sources().isEmpty()) {
      s.append("\nSources:\n");
      for (Source source : event.sources()) {
        s.append("- ").append(sourceLine(source)).append('\n');
      }
    }
    return s.toString();
  }

  /**
   * One line to cite the event by: "Title. Place, 22 March 2024. Eventmap dataset 'Dataset'. Sources:
   * Publisher, “Title”, 23 March 2024, https://…; …".
   */
  public static String citation(Event event, String datasetTitle) {
    List<String> parts = new ArrayList<>();
    parts.add(sentence(event.title()));
    String place = event.place().map(EventText::placeName).orElse("");
    String date = event.start().map(start -> citedDate(start, event.zone())
        + event.end().filter(end -> !citedDate(end, event.zone()).equals(citedDate(start, event.zone())))
            .map(end -> " – " + citedDate(end, event.zone())).orElse(""))
        .orElse("");
    String placeAndDate = place.isEmpty() ? date : date.isEmpty() ? place : place + ", " + date;
    if (!placeAndDate.isEmpty()) {
      parts.add(sentence(placeAndDate));
    }
    parts.add("Eventmap dataset '" + oneLine(datasetTitle) + "'.");
    if (!event.sources().isEmpty()) {
      parts.add("Sources: " + event.sources().stream().map(EventText::citedSource)
          .collect(Collectors.joining("; ")) + ".");
    }
    return String.join(" ", parts);
  }

  /**
   * The date as lived at the place, as the detail pane's first line of When says it: "Friday 22 March
   * 2024 (local date, Asia/Jerusalem)", "Friday 22 March 2024, 10:00 (UTC+02:00)".
   */
  public static String whenAtThePlace(Event event) {
    if (!event.hasDate()) {
      return "No date given";
    }
    TimePoint start = event.start().get();
    Optional<TimePoint> end = event.end();
    Optional<ZoneId> placeZone = knownZone(event);
    boolean local = start.isLocal() || end.map(TimePoint::isLocal).orElse(false);
    String written = asLived(start, placeZone) + end.map(e -> " – " + asLived(e, placeZone)).orElse("");
    if (local) {
      return written + " (local time at the place; the file gives no time zone)";
    }
    if (start.precision().hasTime()) {
      return written;
    }
    return written + placeZone.map(z -> " (local date, " + z.getId() + ")")
        .orElse(" (local date; the place's time zone is not known)");
  }

  /**
   * The same date in UTC, as the detail pane's second line says it; empty without a date. A day is the
   * span of UTC it covers at the place.
   */
  public static final String UTC_NOT_KNOWN = "not known: the place's time zone is not known";

  public static Optional<String> whenInUtc(Event event) {
    if (!event.hasDate()) {
      return Optional.empty();
    }
    TimePoint start = event.start().get();
    Optional<TimePoint> end = event.end();
    Optional<ZoneId> placeZone = knownZone(event);
    boolean local = start.isLocal() || end.map(TimePoint::isLocal).orElse(false);
    // A moment with an offset is one instant wherever it was; anything else needs the place's zone.
    boolean fixedInstants = start.offset().isPresent() && end.map(e -> e.offset().isPresent()).orElse(true);
    if (!fixedInstants && placeZone.isEmpty()) {
      return Optional.of(UTC_NOT_KNOWN);
    }
    ZoneId zone = placeZone.orElse(ZoneOffset.UTC);
    String utc = end.isPresent() ? TimeText.utcRange(start, end.get(), zone) : TimeText.utc(start, zone);
    return Optional.of(local ? utc + " (in the zone of the place, " + zone.getId() + ")" : utc);
  }

  /** "Gaza City, Palestine (31.5017°N, 34.4668°E)", or "No place given". */
  public static String where(Event event) {
    if (!event.hasPlace()) {
      return "No place given";
    }
    Place place = event.place().get();
    return placeName(place) + String.format(Locale.ROOT, " (%.4f°%s, %.4f°%s)",
        Math.abs(place.location().lat()), place.location().lat() >= 0 ? "N" : "S",
        Math.abs(place.location().lon()), place.location().lon() >= 0 ? "E" : "W");
  }

  /** "Title — Publisher, 23 March 2024, https://…", the publisher once when it is also the title. */
  static String sourceLine(Source source) {
    List<String> parts = new ArrayList<>();
    String named = oneLine(source.title()).equals(oneLine(source.publisher())) ? oneLine(source.publisher())
        : oneLine(source.title()) + " — " + oneLine(source.publisher());
    // The kind as the detail pane shows it, so that a pasted list still tells an original from a copy.
    parts.add(source.kind().map(k -> "[" + k.label() + "] " + named).orElse(named));
    source.date().ifPresent(d -> parts.add(citedDate(d, d.offset().map(ZoneId.class::cast).orElse(ZoneOffset.UTC))));
    parts.add(source.url().map(Object::toString).orElse("(no link)"));
    source.note().ifPresent(n -> parts.add("note: " + oneLine(n)));
    return String.join(", ", parts);
  }

  private static String citedSource(Source source) {
    List<String> parts = new ArrayList<>();
    String title = oneLine(source.title());
    String publisher = oneLine(source.publisher());
    parts.add(title.equals(publisher) ? publisher : publisher + ", “" + title + "”");
    source.date().ifPresent(d -> parts.add(citedDate(d, d.offset().map(ZoneId.class::cast).orElse(ZoneOffset.UTC))));
    source.url().ifPresent(u -> parts.add(u.toString()));
    return String.join(", ", parts);
  }

  /**
   * A date for a citation: "22 March 2024", "March 2024", "2024", "31 BC"; a moment by its day at the
   * place (a citation names the day, the text above it the hour).
   */
  static String citedDate(TimePoint time, ZoneId zone) {
    LocalDate day = time.isLocal() ? time.localTime().orElseThrow().toLocalDate() : time.firstLocalDay(zone);
    return switch (time.precision()) {
      case YEAR -> TimeText.year(day.getYear());
      case MONTH -> CITED_MONTH.format(day) + " " + TimeText.year(day.getYear());
      case DAY, MINUTE, SECOND -> CITED_DAY.format(day) + " " + TimeText.year(day.getYear());
    };
  }

  private static String placeName(Place place) {
    return oneLine(place.name()) + place.country().map(c -> ", " + oneLine(c)).orElse("");
  }

  /** The description as paragraphs of text: HTML tags and scripts are dropped, links keep their address. */
  private static String summary(String html) {
    List<String> blocks = new ArrayList<>();
    for (HtmlText.Block block : HtmlText.blocks(html, SUMMARY_CHARACTERS)) {
      StringBuilder b = new StringBuilder(block.kind() == HtmlText.Kind.ITEM ? "• " : "");
      for (HtmlText.Run run : block.runs()) {
        b.append(run.text());
        if (run instanceof HtmlText.Link link && !link.text().equals(link.url().toString())) {
          b.append(" <").append(link.url()).append('>');
        }
      }
      blocks.add(b.toString().strip());
    }
    return blocks.stream().filter(b -> !b.isEmpty()).collect(Collectors.joining("\n\n"));
  }

  /** Ends with a full stop unless it ends with a mark of its own ("Talks stall?" stays). */
  private static String sentence(String text) {
    String t = oneLine(text);
    return t.isEmpty() || ".!?…".indexOf(t.charAt(t.length() - 1)) >= 0 ? t : t + ".";
  }

  /** A citation is one line: breaks and runs of spaces in a file's text become one space. */
  private static String oneLine(String text) {
    return text.replaceAll("\\s+", " ").strip();
  }

  /**
   * The zone of the event's place when it is known. The readers of other formats give a place whose zone
   * the lookup could not tell {@link ZoneOffset#UTC}; our own format names zones ("UTC" is then a
   * region, not that offset), so only that fallback is taken for "not known".
   */
  private static Optional<ZoneId> knownZone(Event event) {
    return event.place().map(Place::zone).filter(zone -> zone != ZoneOffset.UTC);
  }

  private static String asLived(TimePoint time, Optional<ZoneId> placeZone) {
    if (time.isLocal()) {
      LocalDateTime written = time.localTime().orElseThrow();
      return TimeText.longDay(written.toLocalDate()) + ", "
          + written.format(time.precision() == Precision.SECOND ? CLOCK_SECONDS : CLOCK);
    }
    return TimeText.local(time, placeZone.orElseGet(() -> time.offset().map(ZoneId.class::cast).orElse(ZoneOffset.UTC)));
  }

  private static Optional<String> attribute(Event event, String name) {
    return event.attributes().stream().filter(a -> a.name().equals(name)).map(Attribute::value).findFirst();
  }

  private static String plain(String html) {
    return HtmlText.blocks(html, ATTRIBUTE_CHARACTERS).stream().map(HtmlText.Block::plainText)
        .collect(Collectors.joining("\n"));
  }
}
