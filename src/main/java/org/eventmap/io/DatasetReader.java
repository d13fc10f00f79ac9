package org.eventmap.io;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
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
  /** One factory for every read (making one per read costs more than reading a small file). */
  private static final JsonFactory PARSERS =
      new ObjectMapper().getFactory().rebuild().enable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION).build();

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

  /** Texts of dates longer than this (moments) are nearly all different; shorter ones are shared. */
  private static final int SHARED_DATE_LENGTH = 10;

  private final String file;
  private final List<Problem> problems = new ArrayList<>();
  /** Ids of places and categories that were declared, even if broken: their errors are reported once. */
  private final Set<String> declaredPlaceIds = new java.util.HashSet<>();
  private final Set<String> declaredCategoryIds = new java.util.HashSet<>();

  // What has been mapped so far. The events are mapped one by one as the parser reaches them (when the
  // places and categories come first, as they do in every file we write), so that the positioned tree
  // of a whole file never exists: for a million events it would take several gigabytes.
  private final Map<String, Place> places = new LinkedHashMap<>();
  private final Map<String, Category> categories = new LinkedHashMap<>();
  private final Map<String, Event> events = new LinkedHashMap<>();
  /** Each event's related ids with their positions, checked once every event is known. */
  private final Map<String, List<Str>> relatedRefs = new HashMap<>();
  private boolean eventsStreamed;
  private Position topPosition = new Position(1, 1);

  // Values that repeat across events (actors, publishers, zones, days) are kept once: a large file
  // names the same few hundred actors and publishers a million times.
  private final Map<String, String> sharedStrings = new HashMap<>();
  private final Map<String, ZoneId> zones = new HashMap<>();
  private final Map<String, TimePoint> sharedDates = new HashMap<>();

  private DatasetReader(String file) {
    this.file = file;
  }

  /** Reads a file from disk; the name in messages is the path as given. */
  public static LoadResult read(Path path) {
    return read(path, ProgressListener.NONE);
  }

  /**
   * Reads a file from disk, telling the listener how far it has got; the listener (or an interrupt of
   * the reading thread) can cancel the read, and the result then says so and holds nothing.
   */
  public static LoadResult read(Path path, ProgressListener listener) {
    String name = path.toString();
    try (InputStream in = Files.newInputStream(path)) {
      long size = Files.size(path);
      return new DatasetReader(name).readAll(new ProgressInputStream(in, size, listener));
    } catch (NoSuchFileException e) {
      return failure(name, "no such file");
    } catch (ProgressInputStream.Cancelled e) {
      return LoadResult.cancelled(name);
    } catch (IOException e) {
      return failure(name, "cannot be read: " + e.getMessage());
    }
  }

  /** Reads a dataset from a stream; {@code name} is how messages refer to it. */
  public static LoadResult read(String name, InputStream in) {
    return new DatasetReader(name).readAll(in);
  }

  /** Reads a dataset from a stream of unknown length, with progress and cancelling as for a file. */
  public static LoadResult read(String name, InputStream in, ProgressListener listener) {
    return new DatasetReader(name).readAll(new ProgressInputStream(in, -1, listener));
  }

  private static LoadResult failure(String name, String message) {
    return new LoadResult(name, Optional.empty(), List.of(new Problem(Problem.Severity.ERROR, name, 1, 1, message)));
  }

  private LoadResult readAll(InputStream in) {
    Obj top;
    try (JsonParser parser = PARSERS.createParser(in)) {
      JsonToken first = parser.nextToken();
      if (first == null) {
        throw new JsonParseException(parser, "the file is empty");
      }
      if (first != JsonToken.START_OBJECT) {
        Value root = JsonTree.readValue(parser, first);
        JsonTree.expectEndOfInput(parser);
        error(root.position(), "a dataset must be a JSON object, found " + root.kind());
        return result(null);
      }
      top = readTopObject(parser);
      JsonTree.expectEndOfInput(parser);
    } catch (ProgressInputStream.Cancelled e) {
      return LoadResult.cancelled(file);
    } catch (JsonProcessingException e) {
      // Broken JSON is the only thing said about a file, as when the whole tree was read first.
      problems.clear();
      var location = e.getLocation();
      int line = location == null ? 1 : Math.max(1, location.getLineNr());
      int column = location == null ? 1 : Math.max(1, location.getColumnNr());
      error(new Position(line, column), "broken JSON: " + e.getOriginalMessage());
      return result(null);
    } catch (IOException e) {
      problems.clear();
      error(new Position(1, 1), "cannot be read: " + e.getMessage());
      return result(null);
    } catch (RuntimeException e) {
      return internalError(e);
    }
    try {
      return result(readDataset(top));
    } catch (RuntimeException e) {
      return internalError(e);
    }
  }

  private LoadResult internalError(RuntimeException e) {
    // A bug of ours, not the user's mistake: still a message, not a crash, and no data is replaced.
    error(topPosition, "could not be read because of an error in Eventmap (" + e + "); please report it");
    return result(null);
  }

  /**
   * Reads the dataset object member by member. The events array is mapped event by event when the
   * places and categories are already known; otherwise (an unusual order) it is kept as a tree and
   * mapped at the end, as every member used to be.
   */
  private Obj readTopObject(JsonParser parser) throws IOException {
    topPosition = JsonTree.position(parser.currentTokenLocation());
    Map<String, Member> members = new LinkedHashMap<>();
    List<Member> duplicates = new ArrayList<>();
    JsonToken next;
    while ((next = parser.nextToken()) == JsonToken.FIELD_NAME) {
      String name = parser.currentName();
      Position namePosition = JsonTree.position(parser.currentTokenLocation());
      JsonToken valueToken = parser.nextToken();
      Member member;
      if (name.equals("events") && valueToken == JsonToken.START_ARRAY && !members.containsKey("events")
          && members.containsKey("places") && members.containsKey("categories")) {
        Position arrayPosition = JsonTree.position(parser.currentTokenLocation());
        readPlacesAndCategories(members.get("places"), members.get("categories"));
        eventsStreamed = true;
        streamEvents(parser);
        // Stands for the array in the checks of the dataset's own fields; its events are already mapped.
        member = new Member(name, namePosition, new Arr(arrayPosition, List.of()));
      } else {
        member = new Member(name, namePosition, JsonTree.readValue(parser, valueToken));
      }
      if (members.putIfAbsent(name, member) != null) {
        duplicates.add(member);
      }
    }
    JsonTree.expectEnd(parser, next, JsonToken.END_OBJECT);
    return new Obj(topPosition, members, duplicates);
  }

  private void streamEvents(JsonParser parser) throws IOException {
    JsonToken next;
    while ((next = parser.nextToken()) != JsonToken.END_ARRAY && next != null) {
      Value item = JsonTree.readValue(parser, next);
      if (item instanceof Obj o) {
        readEventObject(o);
      } else {
        error(item.position(), "each entry of 'events' must be an object, found " + item.kind());
      }
    }
    JsonTree.expectEnd(parser, next, JsonToken.END_ARRAY);
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

    if (!eventsStreamed) {
      readPlacesAndCategories(top.members().get("places"), top.members().get("categories"));
      for (Obj o : requiredObjects(top, "events", "the dataset", false)) {
        readEventObject(o);
      }
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

  /** Maps the dataset's places and categories (either may be missing: null), with their problems. */
  private void readPlacesAndCategories(Member placesMember, Member categoriesMember) {
    for (Obj o : requiredObjects(placesMember, topPosition, "places", "the dataset", false)) {
      readPlace(o, true).ifPresent(p -> {
        if (places.putIfAbsent(p.id(), p) != null) {
          error(o.members().get("id").value().position(), "place id '" + p.id() + "' is used twice");
        }
      });
    }
    for (Obj o : requiredObjects(categoriesMember, topPosition, "categories", "the dataset", true)) {
      readCategory(o).ifPresent(c -> {
        if (categories.putIfAbsent(c.id(), c) != null) {
          error(o.members().get("id").value().position(), "category id '" + c.id() + "' is used twice");
        }
      });
    }
  }

  private void readEventObject(Obj o) {
    readEvent(o).ifPresent(e -> {
      if (events.putIfAbsent(e.id(), e) != null) {
        error(o.members().get("id").value().position(), "event id '" + e.id() + "' is used twice");
      }
    });
  }

  private Optional<Place> readPlace(Obj o, boolean withId) {
    String what = withId ? "a place" : "the event's place";
    checkFields(o, withId ? PLACE_FIELDS : INLINE_PLACE_FIELDS, what);
    Optional<String> id = withId ? requiredId(o, what) : Optional.of("");
    id.ifPresent(declaredPlaceIds::add);
    Optional<String> name = requiredString(o, "name", what).map(this::share);
    Optional<Double> lat = requiredCoordinate(o, "lat", 90, "latitude", what);
    Optional<Double> lon = requiredCoordinate(o, "lon", 180, "longitude", what);
    Optional<ZoneId> zone = requiredString(o, "timeZone", what).flatMap(z -> {
      try {
        return Optional.of(zones.computeIfAbsent(z, ZoneId::of));
      } catch (DateTimeException e) {
        error(o.members().get("timeZone").value().position(),
            "'" + z + "' is not a time zone; use an IANA name such as Asia/Jerusalem or America/New_York");
        return Optional.empty();
      }
    });
    Optional<String> country = optionalString(o, "country").map(this::share);
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

  private Optional<Event> readEvent(Obj o) {
    Optional<String> id = requiredId(o, "an event");
    String what = id.map(i -> "event '" + i + "'").orElse("an event");
    checkFields(o, EVENT_FIELDS, what);
    Optional<String> title = requiredString(o, "title", what);
    Optional<TimePoint> start = requiredString(o, "start", what).flatMap(s -> date(o, "start", s));
    Optional<TimePoint> end = optionalString(o, "end").flatMap(s -> date(o, "end", s));
    boolean endBroken = o.members().containsKey("end") && end.isEmpty();
    Optional<Place> place = readEventPlace(o, what);
    Optional<Category> category = requiredString(o, "category", what).flatMap(c -> {
      Category found = categories.get(c);
      if (found == null && !declaredCategoryIds.contains(c)) {
        error(o.members().get("category").value().position(), what + ": unknown category '" + c + "'");
      }
      return Optional.ofNullable(found);
    });
    List<String> actors = sharedTexts(strings(o, "actors"));
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
    List<Str> relatedStrings = strings(o, "related");
    id.ifPresent(i -> {
      // Only events that list some are remembered; an empty list would have nothing to check.
      if (relatedStrings.isEmpty()) {
        relatedRefs.remove(i);
      } else {
        relatedRefs.put(i, relatedStrings);
      }
    });
    List<String> related = texts(relatedStrings);
    List<String> tags = sharedTexts(strings(o, "tags"));
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

  private Optional<Place> readEventPlace(Obj o, String what) {
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
    if (!time.precision().hasTime()) {
      return;
    }
    ZoneOffset written = time.offset().orElseThrow();
    ZoneOffset inForce = place.zone().getRules().getOffset(time.earliest(place.zone()));
    if (!inForce.equals(written)) {
      warning(o.members().get(field).value().position(),
          "'" + time + "' carries offset " + written.getId() + ", but " + place.zone().getId()
              + " was at " + inForce.getId() + " then; check the time or the place");
    }
  }

  private Optional<Source> readSource(Obj o) {
    checkFields(o, SOURCE_FIELDS, "a source");
    Optional<String> title = requiredString(o, "title", "a source");
    Optional<String> publisher = requiredString(o, "publisher", "a source").map(this::share);
    Optional<String> urlText = optionalString(o, "url");
    URI url = null;
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
          url = uri;
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
    return Optional.of(Source.of(title.get(), publisher.get(), url, date.orElse(null)));
  }

  private Optional<Quote> readQuote(Obj o, int sourceCount) {
    checkFields(o, QUOTE_FIELDS, "a quote");
    Optional<String> text = requiredString(o, "text", "a quote");
    Optional<String> speaker = requiredString(o, "speaker", "a quote").map(this::share);
    Optional<String> occasion = optionalString(o, "occasion").map(this::share);
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
      if (text.length() <= SHARED_DATE_LENGTH) {
        TimePoint shared = sharedDates.get(text);
        if (shared == null) {
          shared = TimePoint.parse(text);
          sharedDates.put(text, shared);
        }
        return Optional.of(shared);
      }
      return Optional.of(TimePoint.parse(text));
    } catch (IllegalArgumentException e) {
      error(o.members().get(field).value().position(), "'" + field + "': " + e.getMessage());
      return Optional.empty();
    }
  }

  private List<Obj> requiredObjects(Obj o, String field, String what, boolean nonEmpty) {
    return requiredObjects(o.members().get(field), o.position(), field, what, nonEmpty);
  }

  private List<Obj> requiredObjects(Member m, Position owner, String field, String what, boolean nonEmpty) {
    if (m == null) {
      error(owner, what + ": missing required field '" + field + "'");
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

  /** The one copy of a text that recurs (an actor, a publisher, a country). */
  private String share(String text) {
    String shared = sharedStrings.putIfAbsent(text, text);
    return shared == null ? text : shared;
  }

  private static List<String> texts(List<Str> strings) {
    if (strings.isEmpty()) {
      return List.of();
    }
    String[] texts = new String[strings.size()];
    for (int i = 0; i < texts.length; i++) {
      texts[i] = strings.get(i).text();
    }
    return List.of(texts);
  }

  private List<String> sharedTexts(List<Str> strings) {
    if (strings.isEmpty()) {
      return List.of();
    }
    String[] texts = new String[strings.size()];
    for (int i = 0; i < texts.length; i++) {
      texts[i] = share(strings.get(i).text());
    }
    return List.of(texts);
  }

  private void error(Position at, String message) {
    problems.add(new Problem(Problem.Severity.ERROR, file, at.line(), at.column(), message));
  }

  private void warning(Position at, String message) {
    problems.add(new Problem(Problem.Severity.WARNING, file, at.line(), at.column(), message));
  }
}
