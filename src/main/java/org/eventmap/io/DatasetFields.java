package org.eventmap.io;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The fields of every object of the dataset format, declared once: their names, JSON types, whether
 * they are required, and a line on what they hold. The reader takes requiredness, types and the
 * unknown-field warning from here, the chunk parser its known names; tests hold the JSON Schema in
 * {@code assets/schema/} and {@code docs/dataset-format.md} to it (ADR 0014).
 *
 * <p>What a field's value must look like beyond its JSON type (ids, dates, zones, ranges) stays in the
 * reader's own checks and in the schema's patterns: this table is about which fields there are.
 */
final class DatasetFields {
  private DatasetFields() {}

  /** A field's JSON type, as the schema states it. */
  enum Type {
    STRING,
    NUMBER,
    INTEGER,
    BOOLEAN,
    /** An object of the field's {@linkplain Field#shape shape}. */
    OBJECT,
    ARRAY_OF_STRINGS,
    /** An array of objects of the field's {@linkplain Field#shape shape}. */
    ARRAY_OF_OBJECTS,
    /** A string (an id) or an object of the field's {@linkplain Field#shape shape}. */
    ID_OR_OBJECT
  }

  /**
   * One field of an object.
   *
   * @param atLeastOne for an array, whether it must hold at least one entry
   * @param shape the objects the value holds or is, for the types that hold objects; otherwise null
   */
  record Field(String name, Type type, boolean required, boolean atLeastOne, Shape shape, String description) {}

  /** An object of the format and its fields, in the order the format's documentation lists them. */
  static final class Shape {
    private final String name;
    private final List<Field> fields;
    private final Map<String, Field> byName = new LinkedHashMap<>();

    private Shape(String name, Field... fields) {
      this.name = name;
      this.fields = List.of(fields);
      for (Field f : fields) {
        if (byName.put(f.name(), f) != null) {
          throw new IllegalStateException(name + " declares '" + f.name() + "' twice");
        }
      }
    }

    /** Its name in the schema's {@code $defs} ({@code dataset} for the file's top object). */
    String name() {
      return name;
    }

    List<Field> fields() {
      return fields;
    }

    /** The names of its fields, for the unknown-field warning. */
    Set<String> names() {
      return byName.keySet();
    }

    /**
     * The field a reader reads as {@code type}; fails when the table has no such field or gives it
     * another type, so that the reader and the table cannot disagree beyond the first run of a test.
     */
    Field field(String fieldName, Type type) {
      Field f = byName.get(fieldName);
      if (f == null) {
        throw new IllegalStateException(name + " has no field '" + fieldName + "' in DatasetFields");
      }
      if (f.type() != type) {
        throw new IllegalStateException(
            name + "." + fieldName + " is read as " + type + " but DatasetFields declares " + f.type());
      }
      return f;
    }

    /**
     * The names of its fields and of the fields of every object inside it, each once, its own first:
     * the names the parser of the events array meets.
     */
    List<String> namesWithin() {
      Set<String> names = new LinkedHashSet<>();
      List<Shape> seen = new ArrayList<>();
      collectNames(this, names, seen);
      return List.copyOf(names);
    }

    private static void collectNames(Shape shape, Set<String> names, List<Shape> seen) {
      if (seen.contains(shape)) {
        return;
      }
      seen.add(shape);
      names.addAll(shape.names());
      for (Field f : shape.fields()) {
        if (f.shape() != null) {
          collectNames(f.shape(), names, seen);
        }
      }
    }

    @Override
    public String toString() {
      return name;
    }
  }

  private static Field required(String name, Type type, String description) {
    return new Field(name, type, true, false, null, description);
  }

  private static Field optional(String name, Type type, String description) {
    return new Field(name, type, false, false, null, description);
  }

  private static Field required(String name, Type type, Shape shape, String description) {
    return new Field(name, type, true, false, shape, description);
  }

  private static Field optional(String name, Type type, Shape shape, String description) {
    return new Field(name, type, false, false, shape, description);
  }

  private static Field nonEmpty(Field f) {
    return new Field(f.name(), f.type(), f.required(), true, f.shape(), f.description());
  }

  static final Shape PLACE = new Shape("place",
      required("id", Type.STRING, "lower-case letters, digits and '-', unique among places"),
      required("name", Type.STRING, "the name a reader sees"),
      required("lat", Type.NUMBER, "latitude in decimal degrees, -90 to 90"),
      required("lon", Type.NUMBER, "longitude in decimal degrees, -180 to 180"),
      required("timeZone", Type.STRING, "IANA time zone id, such as Asia/Jerusalem"),
      optional("country", Type.STRING, "free text"));

  /** A place written inside the one event that uses it: a place without an id. */
  static final Shape INLINE_PLACE = new Shape("inlinePlace",
      PLACE.fields().stream().filter(f -> !f.name().equals("id")).toArray(Field[]::new));

  static final Shape CATEGORY = new Shape("category",
      required("id", Type.STRING, "lower-case letters, digits and '-', unique among categories"),
      required("name", Type.STRING, "shown in the legend"),
      optional("color", Type.STRING, "#rrggbb"));

  static final Shape QUOTE = new Shape("quote",
      required("text", Type.STRING, "verbatim words from a cited source"),
      required("speaker", Type.STRING, "name and title on that date"),
      optional("occasion", Type.STRING, "where and how it was said"),
      optional("date", Type.STRING, "when it was said, an ISO 8601 date"),
      optional("source", Type.INTEGER, "index (from 0) into the event's sources"));

  static final Shape SOURCE = new Shape("source",
      required("title", Type.STRING, "headline or document title"),
      required("publisher", Type.STRING, "who published it"),
      optional("url", Type.STRING, "an http(s) URL known to exist"),
      optional("date", Type.STRING, "publication date, an ISO 8601 date"),
      optional("kind", Type.STRING, "primary, report or copy: the document itself, an outlet's own report, or a copy"),
      optional("note", Type.STRING, "what the curator knows about the source, shown apart from its title"));

  static final Shape APPROXIMATE = new Shape("approximate",
      required("time", Type.BOOLEAN, "whether the time or date is an estimate"),
      required("place", Type.BOOLEAN, "whether the point on the map is an estimate"),
      required("note", Type.STRING, "what is approximate and why"));

  static final Shape ATTRIBUTE = new Shape("attribute",
      required("name", Type.STRING, "what the value is, as the file it came from named it"),
      required("value", Type.STRING, "the value as written"));

  static final Shape EVENT = new Shape("event",
      required("id", Type.STRING, "lower-case letters, digits and '-', unique among events"),
      required("title", Type.STRING, "one line"),
      optional("start", Type.STRING, "when it happened, an ISO 8601 date; without it, the event has no date"),
      optional("end", Type.STRING, "when it ended, not before start"),
      optional("place", Type.ID_OR_OBJECT, INLINE_PLACE, "a place id or an inline place; without it, no place"),
      required("category", Type.STRING, "a category id"),
      optional("actors", Type.ARRAY_OF_STRINGS, "people and bodies, as they were named on that date"),
      required("summary", Type.STRING, "what happened, in a few sentences"),
      optional("quotes", Type.ARRAY_OF_OBJECTS, QUOTE, "verbatim words"),
      optional("sources", Type.ARRAY_OF_OBJECTS, SOURCE, "where it comes from; without any, a warning"),
      optional("related", Type.ARRAY_OF_STRINGS, "ids of other events of the file"),
      optional("tags", Type.ARRAY_OF_STRINGS, "free tags; a journey is tagged trip:<name>"),
      optional("approximate", Type.OBJECT, APPROXIMATE, "what is approximate and why"),
      optional("disputed", Type.STRING, "where sources disagree, and what each says"),
      optional("attributes", Type.ARRAY_OF_OBJECTS, ATTRIBUTE, "what another tool's file said beyond these fields"));

  static final Shape ERA = new Shape("era",
      required("title", Type.STRING, "shown on its band of the timeline"),
      required("start", Type.STRING, "an ISO 8601 date, read in UTC"),
      required("end", Type.STRING, "an ISO 8601 date, not before start"));

  static final Shape STEP = new Shape("step",
      required("event", Type.STRING, "the id of an event of the file"),
      optional("caption", Type.STRING, "what this step means in the story"));

  static final Shape STORY = new Shape("story",
      required("id", Type.STRING, "lower-case letters, digits and '-', unique among stories"),
      required("title", Type.STRING, "shown above the story's steps"),
      optional("description", Type.STRING, "one paragraph"),
      nonEmpty(required("steps", Type.ARRAY_OF_OBJECTS, STEP, "at least one, in the order they are read")));

  static final Shape DATASET = new Shape("dataset",
      required("format", Type.STRING, "always eventmap/1"),
      required("title", Type.STRING, "shown in the window title"),
      optional("description", Type.STRING, "one paragraph"),
      required("license", Type.STRING, "licence of the dataset's text"),
      optional("attribution", Type.STRING, "who compiled it, and credits"),
      optional("openOn", Type.STRING, "the day (YYYY-MM-DD) the timeline opens on"),
      required("places", Type.ARRAY_OF_OBJECTS, PLACE, "may be empty"),
      nonEmpty(required("categories", Type.ARRAY_OF_OBJECTS, CATEGORY, "at least one")),
      required("events", Type.ARRAY_OF_OBJECTS, EVENT, "the events"),
      optional("eras", Type.ARRAY_OF_OBJECTS, ERA, "named spans shown as bands on the timeline"),
      optional("stories", Type.ARRAY_OF_OBJECTS, STORY, "walks through some of the events, step by step"));

  /** Every object of the format, the file's top object first. */
  static final List<Shape> ALL =
      List.copyOf(Arrays.asList(DATASET, PLACE, INLINE_PLACE, CATEGORY, EVENT, QUOTE, SOURCE, APPROXIMATE,
          ATTRIBUTE, ERA, STORY, STEP));
}
