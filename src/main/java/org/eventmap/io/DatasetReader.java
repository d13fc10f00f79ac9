package org.eventmap.io;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.eventmap.domain.Approximation;
import org.eventmap.domain.Category;
import org.eventmap.domain.Dataset;
import org.eventmap.domain.Event;
import org.eventmap.domain.GeoPoint;
import org.eventmap.domain.Place;
import org.eventmap.domain.Quote;
import org.eventmap.domain.Source;
import org.eventmap.domain.TimePoint;
import org.eventmap.io.JsonTree.Arr;
import org.eventmap.io.JsonTree.Bool;
import org.eventmap.io.JsonTree.Member;
import org.eventmap.io.JsonTree.Num;
import org.eventmap.io.JsonTree.Obj;
import org.eventmap.io.JsonTree.Position;
import org.eventmap.io.JsonTree.Str;
import org.eventmap.io.JsonTree.Value;

/**
 * Reads an Eventmap dataset file ({@code docs/dataset-format.md}) and checks it whole: every problem it
 * can find is reported with its line and column, none stops the reading of the rest, and a dataset is
 * only handed on when there is no error. Never throws for a user's mistake.
 */
public final class DatasetReader {
  public static final String FORMAT = "eventmap/1";

  private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9-]*");
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private static final Set<String> DATASET_FIELDS =
      Set.of("format", "title", "description", "license", "attribution", "openOn", "places", "categories",
          "events");
  private static final Set<String> PLACE_FIELDS = Set.of("id", "name", "lat", "lon", "timeZone", "country");
  private static final Set<String> INLINE_PLACE_FIELDS = Set.of("name", "lat", "lon", "timeZone", "country");
  private static final Set<String> CATEGORY_FIELDS = Set.of("id", "name", "color");
  private static final Set<String> EVENT_FIELDS =
      Set.of(
          "id", "title", "start", "end", "place", "category", "actors", "summary", "quotes", "sources",
          "related", "tags", "approximate", "disputed");
  private static final Set<String> QUOTE_FIELDS = Set.of("text", "speaker", "occasion", "date", "source");
  private static final Set<String> SOURCE_FIELDS = Set.of("title", "publisher", "url", "date");
  private static final Set<String> APPROXIMATE_FIELDS = Set.of("time", "place", "note");

  private final String file;
  private final List<Problem> problems = new ArrayList<>();
  /** Ids of places and categories that were declared, even if broken: their errors are reported once. */
  private final Set<String> declaredPlaceIds = new java.util.HashSet<>();
  private final Set<String> declaredCategoryIds = new java.util.HashSet<>();

  private DatasetReader(String file) {
    this.file = file;
  }

  /** Reads a file from disk; the name in messages is the path as given. */
  public static LoadResult read(Path path) {
    String name = path.toString();
    try (InputStream in = Files.newInputStream(path)) {
      return read(name, in);
    } catch (NoSuchFileException e) {
      return failure(name, "no such file");
    } catch (IOException e) {
      return failure(name, "cannot be read: " + e.getMessage());
    }
  }

  /** Reads a dataset from a stream; {@code name} is how messages refer to it. */
  public static LoadResult read(String name, InputStream in) {
    return new DatasetReader(name).readAll(in);
  }

  private static LoadResult failure(String name, String message) {
    return new LoadResult(name, Optional.empty(), List.of(new Problem(Problem.Severity.ERROR, name, 1, 1, message)));
  }

  private LoadResult readAll(InputStream in) {
    Value root;
    try (JsonParser parser =
        MAPPER.getFactory().rebuild().enable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION).build().createParser(in)) {
      root = JsonTree.read(parser);
    } catch (JsonProcessingException e) {
      var location = e.getLocation();
      int line = location == null ? 1 : Math.max(1, location.getLineNr());
      int column = location == null ? 1 : Math.max(1, location.getColumnNr());
      error(new Position(line, column), "broken JSON: " + e.getOriginalMessage());
      return result(null);
    } catch (IOException e) {
      error(new Position(1, 1), "cannot be read: " + e.getMessage());
      return result(null);
    }
    if (!(root instanceof Obj top)) {
      error(root.position(), "a dataset must be a JSON object, found " + root.kind());
      return result(null);
    }
    try {
      return result(readDataset(top));
    } catch (RuntimeException e) {
      // A bug of ours, not the user's mistake: still a message, not a crash, and no data is replaced.
      error(top.position(), "could not be read because of an error in Eventmap (" + e + "); please report it");
      return result(null);
    }
  }

  private LoadResult result(Dataset dataset) {
    boolean clean = problems.stream().noneMatch(Problem::isError);
    problems.sort(java.util.Comparator.comparingInt(Problem::line).thenComparingInt(Problem::column));
    return new LoadResult(file, clean ? Optional.ofNullable(dataset) : Optional.empty(), problems);
  }

  private Dataset readDataset(Obj top) {
    checkFields(top, DATASET_FIELDS, "the dataset");
    Optional<String> format = requiredString(top, "format", "the dataset");
    format
        .filter(f -> !f.equals(FORMAT))
        .ifPresent(f -> error(top.members().get("format").value().position(),
            "format '" + f + "' is not supported; this version reads '" + FORMAT + "'"));
    Optional<String> title = requiredString(top, "title", "the dataset");
    Optional<String> description = optionalString(top, "description");
    Optional<String> license = requiredString(top, "license", "the dataset");
    Optional<String> attribution = optionalString(top, "attribution");
    Optional<java.time.LocalDate> openOn = optionalString(top, "openOn").flatMap(text -> {
      Optional<TimePoint> day = date(top, "openOn", text);
      if (day.isPresent() && day.get().precision() != org.eventmap.domain.Precision.DAY) {
        error(top.members().get("openOn").value().position(), "'openOn' must be a day, written YYYY-MM-DD");
        return Optional.empty();
      }
      return day.map(d -> d.firstLocalDay(java.time.ZoneOffset.UTC));
    });

    Map<String, Place> places = new LinkedHashMap<>();
    for (Obj o : requiredObjects(top, "places", "the dataset", false)) {
      readPlace(o, true).ifPresent(p -> {
        if (places.putIfAbsent(p.id(), p) != null) {
          error(o.members().get("id").value().position(), "place id '" + p.id() + "' is used twice");
        }
      });
    }
    Map<String, Category> categories = new LinkedHashMap<>();
    for (Obj o : requiredObjects(top, "categories", "the dataset", true)) {
      readCategory(o).ifPresent(c -> {
        if (categories.putIfAbsent(c.id(), c) != null) {
          error(o.members().get("id").value().position(), "category id '" + c.id() + "' is used twice");
        }
      });
    }
    Map<String, Event> events = new LinkedHashMap<>();
    Map<String, List<Str>> relatedRefs = new HashMap<>();
    for (Obj o : requiredObjects(top, "events", "the dataset", false)) {
      Optional<Event> event = readEvent(o, places, categories, relatedRefs);
      event.ifPresent(e -> {
        if (events.putIfAbsent(e.id(), e) != null) {
          error(o.members().get("id").value().position(), "event id '" + e.id() + "' is used twice");
        }
      });
    }
    relatedRefs.forEach((eventId, refs) -> {
      for (Str ref : refs) {
        if (ref.text().equals(eventId)) {
          error(ref.position(), "event '" + eventId + "' lists itself as related");
        } else if (!events.containsKey(ref.text())) {
          error(ref.position(), "event '" + eventId + "' is related to '" + ref.text() + "', which is not an event of this file");
        }
      }
    });
    if (title.isEmpty() || license.isEmpty() || format.isEmpty()) {
      return null;
    }
    try {
      return new Dataset(title.get(), description, license.get(), attribution, openOn,
          List.copyOf(places.values()), List.copyOf(categories.values()), List.copyOf(events.values()));
    } catch (IllegalArgumentException e) {
      error(top.position(), e.getMessage());
      return null;
    }
  }

  private Optional<Place> readPlace(Obj o, boolean withId) {
    String what = withId ? "a place" : "the event's place";
    checkFields(o, withId ? PLACE_FIELDS : INLINE_PLACE_FIELDS, what);
    Optional<String> id = withId ? requiredId(o, what) : Optional.of("");
    id.ifPresent(declaredPlaceIds::add);
    Optional<String> name = requiredString(o, "name", what);
    Optional<Double> lat = requiredCoordinate(o, "lat", 90, "latitude", what);
    Optional<Double> lon = requiredCoordinate(o, "lon", 180, "longitude", what);
    Optional<ZoneId> zone = requiredString(o, "timeZone", what).flatMap(z -> {
      try {
        return Optional.of(ZoneId.of(z));
      } catch (DateTimeException e) {
        error(o.members().get("timeZone").value().position(),
            "'" + z + "' is not a time zone; use an IANA name such as Asia/Jerusalem or America/New_York");
        return Optional.empty();
      }
    });
    Optional<String> country = optionalString(o, "country");
    if (id.isEmpty() || name.isEmpty() || lat.isEmpty() || lon.isEmpty() || zone.isEmpty()) {
      return Optional.empty();
    }
    String placeId = withId ? id.get() : "@" + lat.get() + "," + lon.get();
    return Optional.of(new Place(placeId, name.get(), new GeoPoint(lat.get(), lon.get()), zone.get(), country));
  }

  private Optional<Category> readCategory(Obj o) {
    checkFields(o, CATEGORY_FIELDS, "a category");
    Optional<String> id = requiredId(o, "a category");
    id.ifPresent(declaredCategoryIds::add);
    Optional<String> name = requiredString(o, "name", "a category");
    Optional<String> color = optionalString(o, "color");
    if (color.isPresent() && !color.get().matches("#[0-9a-fA-F]{6}")) {
      error(o.members().get("color").value().position(), "colour '" + color.get() + "' is not of the form #rrggbb");
      return Optional.empty();
    }
    if (id.isEmpty() || name.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(new Category(id.get(), name.get(), color));
  }

  private Optional<Event> readEvent(
      Obj o, Map<String, Place> places, Map<String, Category> categories, Map<String, List<Str>> relatedRefs) {
    Optional<String> id = requiredId(o, "an event");
    String what = id.map(i -> "event '" + i + "'").orElse("an event");
    checkFields(o, EVENT_FIELDS, what);
    Optional<String> title = requiredString(o, "title", what);
    Optional<TimePoint> start = requiredString(o, "start", what).flatMap(s -> date(o, "start", s));
    Optional<TimePoint> end = optionalString(o, "end").flatMap(s -> date(o, "end", s));
    boolean endBroken = o.members().containsKey("end") && end.isEmpty();
    Optional<Place> place = readEventPlace(o, places, what);
    Optional<Category> category = requiredString(o, "category", what).flatMap(c -> {
      Category found = categories.get(c);
      if (found == null && !declaredCategoryIds.contains(c)) {
        error(o.members().get("category").value().position(), what + ": unknown category '" + c + "'");
      }
      return Optional.ofNullable(found);
    });
    List<String> actors = strings(o, "actors").stream().map(Str::text).toList();
    Optional<String> summary = requiredString(o, "summary", what);
    List<Source> sources = new ArrayList<>();
    List<Obj> sourceObjects = requiredObjects(o, "sources", what, true);
    for (Obj s : sourceObjects) {
      readSource(s).ifPresent(sources::add);
    }
    List<Quote> quotes = new ArrayList<>();
    for (Obj q : optionalObjects(o, "quotes")) {
      readQuote(q, sourceObjects.size()).ifPresent(quotes::add);
    }
    id.ifPresent(i -> relatedRefs.put(i, strings(o, "related")));
    List<String> related = strings(o, "related").stream().map(Str::text).toList();
    List<String> tags = strings(o, "tags").stream().map(Str::text).toList();
    Optional<Approximation> approximate = optionalObject(o, "approximate").flatMap(this::readApproximation);
    Optional<String> disputed = optionalString(o, "disputed");

    if (start.isPresent() && place.isPresent()) {
      checkOffset(o, "start", start.get(), place.get());
      end.ifPresent(e -> checkOffset(o, "end", e, place.get()));
      if (end.isPresent()
          && end.get().latestExclusive(place.get().zone()).isBefore(start.get().earliest(place.get().zone()))) {
        error(o.members().get("end").value().position(),
            what + ": end " + end.get() + " is before its start " + start.get());
        return Optional.empty();
      }
    }
    if (id.isEmpty() || title.isEmpty() || start.isEmpty() || endBroken || place.isEmpty() || category.isEmpty()
        || summary.isEmpty() || sources.size() != sourceObjects.size() || sources.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(new Event(id.get(), title.get(), start.get(), end, place.get(), category.get(), actors,
        summary.get(), quotes, sources, related, tags, approximate, disputed));
  }

  private Optional<Place> readEventPlace(Obj o, Map<String, Place> places, String what) {
    Member member = o.members().get("place");
    if (member == null) {
      error(o.position(), what + ": missing required field 'place'");
      return Optional.empty();
    }
    if (member.value() instanceof Str ref) {
      Place found = places.get(ref.text());
      if (found == null && !declaredPlaceIds.contains(ref.text())) {
        error(ref.position(), what + ": unknown place '" + ref.text() + "'");
      }
      return Optional.ofNullable(found);
    }
    if (member.value() instanceof Obj inline) {
      return readPlace(inline, false);
    }
    error(member.value().position(),
        what + ": 'place' must be a place id or an object with name, lat, lon and timeZone, found " + member.value().kind());
    return Optional.empty();
  }

  private void checkOffset(Obj o, String field, TimePoint time, Place place) {
    time.moment().ifPresent(moment -> {
      ZoneOffset inForce = place.zone().getRules().getOffset(moment.toInstant());
      if (!inForce.equals(moment.getOffset())) {
        warning(o.members().get(field).value().position(),
            "'" + time + "' carries offset " + moment.getOffset().getId() + ", but " + place.zone().getId()
                + " was at " + inForce.getId() + " then; check the time or the place");
      }
    });
  }

  private Optional<Source> readSource(Obj o) {
    checkFields(o, SOURCE_FIELDS, "a source");
    Optional<String> title = requiredString(o, "title", "a source");
    Optional<String> publisher = requiredString(o, "publisher", "a source");
    Optional<String> urlText = optionalString(o, "url");
    Optional<URI> url = Optional.empty();
    boolean urlBroken = false;
    if (urlText.isPresent()) {
      Position at = o.members().get("url").value().position();
      try {
        URI uri = new URI(urlText.get());
        String scheme = uri.getScheme();
        if (scheme == null || !(scheme.equalsIgnoreCase("http") || scheme.equalsIgnoreCase("https")) || uri.getHost() == null) {
          error(at, "'" + urlText.get() + "' is not an http(s) URL");
          urlBroken = true;
        } else {
          url = Optional.of(uri);
        }
      } catch (URISyntaxException e) {
        error(at, "'" + urlText.get() + "' is not a URL: " + e.getReason());
        urlBroken = true;
      }
    }
    Optional<TimePoint> date = optionalString(o, "date").flatMap(s -> date(o, "date", s));
    if (title.isEmpty() || publisher.isEmpty() || urlBroken || (o.members().containsKey("date") && date.isEmpty())) {
      return Optional.empty();
    }
    return Optional.of(new Source(title.get(), publisher.get(), url, date));
  }

  private Optional<Quote> readQuote(Obj o, int sourceCount) {
    checkFields(o, QUOTE_FIELDS, "a quote");
    Optional<String> text = requiredString(o, "text", "a quote");
    Optional<String> speaker = requiredString(o, "speaker", "a quote");
    Optional<String> occasion = optionalString(o, "occasion");
    Optional<TimePoint> date = optionalString(o, "date").flatMap(s -> date(o, "date", s));
    OptionalInt source = OptionalInt.empty();
    Member sourceMember = o.members().get("source");
    if (sourceMember != null) {
      if (sourceMember.value() instanceof Num n && n.integral() && n.number().intValue() >= 0
          && n.number().intValue() < sourceCount) {
        source = OptionalInt.of(n.number().intValue());
      } else {
        error(sourceMember.value().position(), "a quote's 'source' must be the index (0 to " + (sourceCount - 1)
            + ") of one of the event's sources");
      }
    }
    if (text.isEmpty() || speaker.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(new Quote(text.get(), speaker.get(), occasion, date, source));
  }

  private Optional<Approximation> readApproximation(Obj o) {
    checkFields(o, APPROXIMATE_FIELDS, "'approximate'");
    boolean time = optionalBoolean(o, "time");
    boolean place = optionalBoolean(o, "place");
    Optional<String> note = requiredString(o, "note", "'approximate'");
    return note.map(n -> new Approximation(time, place, n));
  }

  // ---- field access with messages -------------------------------------------------------------

  private void checkFields(Obj o, Set<String> known, String what) {
    for (Member m : o.members().values()) {
      if (!known.contains(m.name())) {
        warning(m.namePosition(), what + ": unknown field '" + m.name() + "' is ignored");
      }
    }
    for (Member m : o.duplicates()) {
      error(m.namePosition(), what + ": field '" + m.name() + "' appears twice");
    }
  }

  private Optional<String> requiredId(Obj o, String what) {
    return requiredString(o, "id", what).filter(id -> {
      if (!ID.matcher(id).matches()) {
        error(o.members().get("id").value().position(),
            what + ": id '" + id + "' may only hold lower-case letters, digits and '-'");
        return false;
      }
      return true;
    });
  }

  private Optional<String> requiredString(Obj o, String field, String what) {
    Member m = o.members().get(field);
    if (m == null) {
      error(o.position(), what + ": missing required field '" + field + "'");
      return Optional.empty();
    }
    return asString(m, what);
  }

  private Optional<String> optionalString(Obj o, String field) {
    Member m = o.members().get(field);
    return m == null ? Optional.empty() : asString(m, "field");
  }

  private Optional<String> asString(Member m, String what) {
    if (m.value() instanceof Str s) {
      if (s.text().isBlank()) {
        error(s.position(), "'" + m.name() + "' is empty");
        return Optional.empty();
      }
      return Optional.of(s.text());
    }
    error(m.value().position(), "'" + m.name() + "' must be a string, found " + m.value().kind());
    return Optional.empty();
  }

  private boolean optionalBoolean(Obj o, String field) {
    Member m = o.members().get(field);
    if (m == null) {
      return false;
    }
    if (m.value() instanceof Bool b) {
      return b.bool();
    }
    error(m.value().position(), "'" + field + "' must be true or false, found " + m.value().kind());
    return false;
  }

  private Optional<Double> requiredCoordinate(Obj o, String field, double limit, String name, String what) {
    Member m = o.members().get(field);
    if (m == null) {
      error(o.position(), what + ": missing required field '" + field + "'");
      return Optional.empty();
    }
    if (!(m.value() instanceof Num n)) {
      error(m.value().position(), "'" + field + "' must be a number, found " + m.value().kind());
      return Optional.empty();
    }
    double v = n.number().doubleValue();
    if (!(v >= -limit && v <= limit)) {
      error(n.position(), what + ": " + name + " " + n.number().toPlainString() + " is outside [-" + (int) limit + ", "
          + (int) limit + "]");
      return Optional.empty();
    }
    return Optional.of(v);
  }

  private Optional<TimePoint> date(Obj o, String field, String text) {
    try {
      return Optional.of(TimePoint.parse(text));
    } catch (IllegalArgumentException e) {
      error(o.members().get(field).value().position(), "'" + field + "': " + e.getMessage());
      return Optional.empty();
    }
  }

  private List<Obj> requiredObjects(Obj o, String field, String what, boolean nonEmpty) {
    Member m = o.members().get(field);
    if (m == null) {
      error(o.position(), what + ": missing required field '" + field + "'");
      return List.of();
    }
    List<Obj> objects = objects(m);
    if (nonEmpty && m.value() instanceof Arr a && a.items().isEmpty()) {
      error(a.position(), what + ": '" + field + "' needs at least one entry");
    }
    return objects;
  }

  private List<Obj> optionalObjects(Obj o, String field) {
    Member m = o.members().get(field);
    return m == null ? List.of() : objects(m);
  }

  private Optional<Obj> optionalObject(Obj o, String field) {
    Member m = o.members().get(field);
    if (m == null) {
      return Optional.empty();
    }
    if (m.value() instanceof Obj obj) {
      return Optional.of(obj);
    }
    error(m.value().position(), "'" + field + "' must be an object, found " + m.value().kind());
    return Optional.empty();
  }

  private List<Obj> objects(Member m) {
    return items(m, v -> v instanceof Obj obj ? obj : null, "an object");
  }

  private List<Str> strings(Obj o, String field) {
    Member m = o.members().get(field);
    return m == null ? List.of() : items(m, v -> v instanceof Str s ? s : null, "a string");
  }

  private <T> List<T> items(Member m, Function<Value, T> cast, String expected) {
    if (!(m.value() instanceof Arr array)) {
      error(m.value().position(), "'" + m.name() + "' must be an array, found " + m.value().kind());
      return List.of();
    }
    List<T> result = new ArrayList<>();
    for (Value item : array.items()) {
      T t = cast.apply(item);
      if (t == null) {
        error(item.position(), "each entry of '" + m.name() + "' must be " + expected + ", found " + item.kind());
      } else {
        result.add(t);
      }
    }
    return result;
  }

  private void error(Position at, String message) {
    problems.add(new Problem(Problem.Severity.ERROR, file, at.line(), at.column(), message));
  }

  private void warning(Position at, String message) {
    problems.add(new Problem(Problem.Severity.WARNING, file, at.line(), at.column(), message));
  }
}
