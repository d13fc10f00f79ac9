package org.eventmap.io.export;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.eventmap.domain.Attribute;
import org.eventmap.domain.Dataset;
import org.eventmap.domain.Era;
import org.eventmap.domain.Event;
import org.eventmap.domain.Place;
import org.eventmap.domain.Precision;
import org.eventmap.domain.TimePoint;

/**
 * Knight Lab's TimelineJS3 JSON: {@code {"title", "events", "eras"}}. The dataset's title and description
 * are the title slide; each dated event is a slide with {@code start_date} (and {@code end_date}) as date
 * objects of numbers down to the event's precision (a month has no {@code day}, a moment its wall-clock
 * hour, minute and second as written, without its offset, which TimelineJS has no field for), the
 * attribute {@value Attribute#DATE_AS_WRITTEN} as {@code display_date}, {@code text.headline} and
 * {@code text.text} (our plain text, HTML escaped: TimelineJS shows both as HTML), {@code media} from the
 * {@value Attribute#MEDIA} attributes, {@code group} from the category's name (HTML escaped as well, as is
 * {@code display_date}: TimelineJS puts both into the page as HTML), {@code "autolink": false} (a URL in
 * our plain text was not a link, and TimelineJS would make it one), {@code unique_id} from the id, and
 * {@code location} ({@code lat}, {@code lon}, {@code name}), which TimelineJS ignores and Eventmap reads.
 *
 * <p>TimelineJS places every slide at a date, so events without a date are left out (the notes say how
 * many). Years beyond what a JavaScript date holds make the timeline's {@code scale} cosmological.
 */
public final class TimelineJsWriter implements DatasetWriter {
  private static final JsonFactory JSON = JsonFactory.builder().build();
  /** The years a JavaScript Date holds (TimelineJS's "human" scale); beyond them the scale is cosmological. */
  private static final int EARLIEST_HUMAN_YEAR = -271_820;
  private static final int LATEST_HUMAN_YEAR = 275_759;

  @Override
  public String name() {
    return "timelinejs";
  }

  @Override
  public String description() {
    return "TimelineJS3 timeline (JSON)";
  }

  @Override
  public String extension() {
    return "json";
  }

  @Override
  public Written write(Dataset dataset, Writer out) throws IOException {
    return write(dataset, JSON.createGenerator(out));
  }

  @Override
  public Written write(Dataset dataset, OutputStream out) throws IOException {
    return write(dataset, JSON.createGenerator(out, JsonEncoding.UTF8));
  }

  private static Written write(Dataset dataset, JsonGenerator json) throws IOException {
    json.writeStartObject();
    json.writeObjectFieldStart("title");
    json.writeObjectFieldStart("text");
    text(json, dataset.title(), dataset.description().orElse(""));
    json.writeEndObject();
    json.writeEndObject();
    boolean cosmological = false;
    int undated = 0;
    json.writeArrayFieldStart("events");
    for (Event e : dataset.events()) {
      if (e.start().isEmpty()) {
        undated++;
        continue;
      }
      cosmological |= beyondHuman(e.start().get()) || e.end().map(TimelineJsWriter::beyondHuman).orElse(false);
      json.writeRaw('\n');
      slide(json, e);
    }
    json.writeRaw('\n');
    json.writeEndArray();
    if (!dataset.eras().isEmpty()) {
      json.writeArrayFieldStart("eras");
      for (Era era : dataset.eras()) {
        cosmological |= beyondHuman(era.start()) || beyondHuman(era.end());
        json.writeStartObject();
        date(json, "start_date", era.start(), Optional.empty());
        date(json, "end_date", era.end(), Optional.empty());
        json.writeObjectFieldStart("text");
        json.writeStringField("headline", Texts.escapeHtml(era.title()));
        json.writeEndObject();
        json.writeEndObject();
      }
      json.writeEndArray();
    }
    if (cosmological) {
      json.writeStringField("scale", "cosmological");
    }
    json.writeEndObject();
    json.writeRaw('\n');
    json.flush();
    List<String> notes = new ArrayList<>();
    if (undated > 0) {
      notes.add(undated + (undated == 1 ? " event has" : " events have") + " no date and " + (undated == 1 ? "is" : "are")
          + " left out: TimelineJS places every slide at a date");
    }
    return new Written(dataset.events().size() - undated, notes);
  }

  private static void slide(JsonGenerator json, Event e) throws IOException {
    json.writeStartObject();
    json.writeStringField("unique_id", e.id());
    date(json, "start_date", e.start().get(), attribute(e, Attribute.DATE_AS_WRITTEN));
    if (e.end().isPresent()) {
      date(json, "end_date", e.end().get(), Optional.empty());
    }
    json.writeObjectFieldStart("text");
    text(json, e.title(), e.summary());
    json.writeEndObject();
    Optional<String> media = attribute(e, Attribute.MEDIA);
    if (media.isPresent()) {
      json.writeObjectFieldStart("media");
      json.writeStringField("url", media.get());
      Optional<String> caption = attribute(e, Attribute.MEDIA_CAPTION);
      if (caption.isPresent()) {
        json.writeStringField("caption", Texts.escapeHtml(caption.get()));
      }
      Optional<String> credit = attribute(e, Attribute.MEDIA_CREDIT);
      if (credit.isPresent()) {
        json.writeStringField("credit", Texts.escapeHtml(credit.get()));
      }
      json.writeEndObject();
    }
    // TimelineJS puts the group's label into the page as HTML too (TimeGroup sets innerHTML).
    json.writeStringField("group", Texts.escapeHtml(e.category().name()));
    // Our summaries are plain text: a URL in one was not a link, so TimelineJS must not make it one.
    json.writeBooleanField("autolink", false);
    if (e.place().isPresent()) {
      Place p = e.place().get();
      json.writeObjectFieldStart("location");
      json.writeNumberField("lat", Double.parseDouble(Texts.degrees(p.location().lat())));
      json.writeNumberField("lon", Double.parseDouble(Texts.degrees(p.location().lon())));
      json.writeStringField("name", p.name());
      json.writeEndObject();
    }
    json.writeEndObject();
  }

  private static void text(JsonGenerator json, String headline, String text) throws IOException {
    json.writeStringField("headline", Texts.escapeHtml(headline));
    if (!text.isEmpty()) {
      json.writeStringField("text", Texts.escapeHtml(text));
    }
  }

  /** A date object: numbers down to the precision, the wall-clock time as written for a moment. */
  private static void date(JsonGenerator json, String field, TimePoint time, Optional<String> displayDate)
      throws IOException {
    json.writeObjectFieldStart(field);
    Precision precision = time.precision();
    LocalDateTime at = time.moment().map(m -> m.toLocalDateTime())
        .or(time::localTime)
        .orElseGet(() -> dayOf(time).atStartOfDay());
    json.writeNumberField("year", at.getYear());
    if (precision.compareTo(Precision.MONTH) >= 0) {
      json.writeNumberField("month", at.getMonthValue());
    }
    if (precision.compareTo(Precision.DAY) >= 0) {
      json.writeNumberField("day", at.getDayOfMonth());
    }
    if (precision.hasTime()) {
      json.writeNumberField("hour", at.getHour());
      json.writeNumberField("minute", at.getMinute());
    }
    if (precision == Precision.SECOND) {
      json.writeNumberField("second", at.getSecond());
    }
    if (displayDate.isPresent()) {
      // TimelineJS writes the date shown into the slide as HTML (Text.addDateText sets innerHTML).
      json.writeStringField("display_date", Texts.escapeHtml(displayDate.get()));
    }
    json.writeEndObject();
  }

  /** The first day a date without a time names; the same in every zone. */
  private static LocalDate dayOf(TimePoint time) {
    return time.firstLocalDay(ZoneOffset.UTC);
  }

  private static boolean beyondHuman(TimePoint time) {
    int year = time.precision().hasTime() ? time.earliest(ZoneOffset.UTC).atZone(ZoneOffset.UTC).getYear()
        : dayOf(time).getYear();
    return year < EARLIEST_HUMAN_YEAR || year > LATEST_HUMAN_YEAR;
  }

  private static Optional<String> attribute(Event e, String name) {
    for (Attribute a : e.attributes()) {
      if (a.name().equals(name) && !a.value().isBlank()) {
        return Optional.of(a.value());
      }
    }
    return Optional.empty();
  }
}
