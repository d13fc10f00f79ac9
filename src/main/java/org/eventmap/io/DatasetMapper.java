package org.eventmap.io;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Queue;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.function.Function;
import org.eventmap.domain.Approximation;
import org.eventmap.domain.Category;
import org.eventmap.domain.Event;
import org.eventmap.domain.GeoPoint;
import org.eventmap.domain.PackedTexts;
import org.eventmap.domain.Place;
import org.eventmap.domain.Quote;
import org.eventmap.domain.TimePoint;
import org.eventmap.io.JsonTree.Arr;
import org.eventmap.io.JsonTree.Bool;
import org.eventmap.io.JsonTree.Member;
import org.eventmap.io.JsonTree.Num;
import org.eventmap.io.JsonTree.Obj;
import org.eventmap.io.JsonTree.Origin;
import org.eventmap.io.JsonTree.Str;
import org.eventmap.io.JsonTree.Value;

/**
 * Maps the values of a dataset file into the domain and notes every problem on the way, with the
 * position the values carry. Several mappers work at once on parts of a large file, one each, sharing a
 * {@link Context}; their problems are handed to the reader in the file's order, with the position of
 * their part ({@link #drainProblemsTo}).
 */
final class DatasetMapper {
  static final Set<String> DATASET_FIELDS =
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


  /**
   * What every mapper of one read shares. The places and categories are filled first, by one mapper,
   * and only read once events are mapped; the caches of shared values take writes from every mapper.
   */
  static final class Context {
    final Map<String, Place> places = new LinkedHashMap<>();
    final Map<String, Category> categories = new LinkedHashMap<>();
    /** Ids of places and categories that were declared, even if broken: their errors are reported once. */
    final Set<String> declaredPlaceIds = new HashSet<>();
    final Set<String> declaredCategoryIds = new HashSet<>();
    // Values that repeat across events (actors, publishers, zones, days, lists of tags) are kept once: a
    // large file names the same few hundred actors and publishers a million times.
    private final Map<String, String> sharedStrings = new ConcurrentHashMap<>();
    private final Map<List<String>, List<String>> sharedLists = new ConcurrentHashMap<>();
    private final Map<String, ZoneId> zones = new ConcurrentHashMap<>();
    private final Map<String, TimePoint> sharedDates = new ConcurrentHashMap<>();
    /** Look-ups of the mappers that have finished, for the next ones to go on with. */
    private final Queue<Lookups> idleLookups = new ConcurrentLinkedQueue<>();
    /** How large a slab of packed texts may grow (see {@link #fitSlabsTo}). */
    private volatile int largestSlab = SlabSize.largest();

    /**
     * Keeps slabs to a small part of the file: each thread's last slab is partly empty, and a 15 MB file
     * kept 1.4 times its size in heap with slabs of a G1 region (4 MB) per thread.
     */
    void fitSlabsTo(long fileBytes) {
      largestSlab = (int) Math.min(SlabSize.largest(), Math.max(64 << 10, fileBytes / 32));
    }
  }

  /**
   * What one mapper at a time uses to map quickly: values found by their bytes rather than by a new
   * string, and the slabs the events' texts are packed into. Handed from mapper to mapper through the
   * context, so that a read has as many as it has threads, and each warms up once.
   */
  private static final class Lookups {
    final SharedValues<String> texts = new SharedValues<>();
    final SharedValues<TimePoint> dates = new SharedValues<>();
    final SharedValues<Place> places = new SharedValues<>();
    final SharedValues<Category> categories = new SharedValues<>();
    final PackedTexts.Writer packer;

    Lookups(int largestSlab) {
      packer = new PackedTexts.Writer(largestSlab);
    }
  }

  /** A problem whose position is still that of the mapped values ({@link Origin} not yet applied). */
  private record PendingProblem(Problem.Severity severity, long at, String message) {}

  /**
   * What one entry of the events array gave: its id (null when it has none that is valid), where the id
   * is, the event (null when it has errors), and the related ids to check once every event is known.
   */
  record MappedEvent(String id, long idAt, Event event, List<Str> related) {}

  private final Context context;
  private final List<PendingProblem> problems = new ArrayList<>();
  private Lookups lookups;

  DatasetMapper(Context context) {
    this.context = context;
    Lookups idle = context.idleLookups.poll();
    this.lookups = idle != null ? idle : new Lookups(context.largestSlab);
  }

  /** Hands the look-ups on to the next mapper; this one maps nothing more (its problems stay). */
  void finishMapping() {
    context.idleLookups.add(lookups);
    lookups = null;
  }

  /** Hands the problems noted so far to {@code out}, in the order noted, placed by {@code origin}. */
  void drainProblemsTo(List<Problem> out, String file, Origin origin) {
    for (PendingProblem p : problems) {
      JsonTree.Position at = JsonTree.Position.unpack(origin.at(p.at()));
      out.add(new Problem(p.severity(), file, at.line(), at.column(), p.message()));
    }
    problems.clear();
  }

  // ---- places and categories ---------------------------------------------------------------------

  /** Maps the dataset's places and categories (either may be missing: null) into the context. */
  void readPlacesAndCategories(Member placesMember, Member categoriesMember, long owner) {
    for (Obj o : requiredObjects(placesMember, owner, "places", "the dataset", false)) {
      readPlace(o, true).ifPresent(p -> {
        if (context.places.putIfAbsent(p.id(), p) != null) {
          error(o.member("id").value().at(), "place id '" + p.id() + "' is used twice");
        }
      });
    }
    for (Obj o : requiredObjects(categoriesMember, owner, "categories", "the dataset", true)) {
      readCategory(o).ifPresent(c -> {
        if (context.categories.putIfAbsent(c.id(), c) != null) {
          error(o.member("id").value().at(), "category id '" + c.id() + "' is used twice");
        }
      });
    }
  }

  private Optional<Place> readPlace(Obj o, boolean withId) {
    String what = withId ? "a place" : "the event's place";
    checkFields(o, withId ? PLACE_FIELDS : INLINE_PLACE_FIELDS, what);
    Optional<String> id = withId ? requiredId(o, what) : Optional.of("");
    if (withId) {
      id.ifPresent(context.declaredPlaceIds::add);
    }
    Optional<String> name = requiredString(o, "name", what).map(this::share);
    Optional<Double> lat = requiredCoordinate(o, "lat", 90, "latitude", what);
    Optional<Double> lon = requiredCoordinate(o, "lon", 180, "longitude", what);
    Optional<ZoneId> zone = requiredString(o, "timeZone", what).flatMap(z -> {
      try {
        return Optional.of(context.zones.computeIfAbsent(z, ZoneId::of));
      } catch (DateTimeException e) {
        error(o.member("timeZone").value().at(),
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
    id.ifPresent(context.declaredCategoryIds::add);
    Optional<String> name = requiredString(o, "name", "a category");
    Optional<String> color = optionalString(o, "color");
    if (color.isPresent() && !color.get().matches("#[0-9a-fA-F]{6}")) {
      error(o.member("color").value().at(), "colour '" + color.get() + "' is not of the form #rrggbb");
      return Optional.empty();
    }
    if (id.isEmpty() || name.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(new Category(id.get(), name.get(), color));
  }

  // ---- events ------------------------------------------------------------------------------------

  /** Maps one entry of the events array. */
  MappedEvent readEventEntry(Value entry) {
    if (entry instanceof Obj o) {
      return readEvent(o);
    }
    error(entry.at(), "each entry of 'events' must be an object, found " + entry.kind());
    return new MappedEvent(null, 0, null, List.of());
  }

  private MappedEvent readEvent(Obj o) {
    Optional<String> id = requiredId(o, "an event");
    String what = id.map(i -> "event '" + i + "'").orElse("an event");
    checkFields(o, EVENT_FIELDS, what);
    Optional<Str> title = requiredStr(o, "title", what);
    Optional<TimePoint> start = requiredStr(o, "start", what).flatMap(s -> date(o, "start", s));
    Optional<TimePoint> end = optionalStr(o, "end").flatMap(s -> date(o, "end", s));
    boolean endBroken = o.has("end") && end.isEmpty();
    Optional<Place> place = readEventPlace(o, what);
    Optional<Category> category = requiredStr(o, "category", what).flatMap(c -> {
      Category found = lookups.categories.get(c, context.categories::get);
      if (found == null && !context.declaredCategoryIds.contains(c.text())) {
        error(o.member("category").value().at(), what + ": unknown category '" + c.text() + "'");
      }
      return Optional.ofNullable(found);
    });
    List<String> actors = sharedTexts(strings(o, "actors"));
    Optional<Str> summary = requiredStr(o, "summary", what);
    List<SourceParts> sources = new ArrayList<>(3);
    List<Obj> sourceObjects = requiredObjects(o, "sources", what, true);
    for (Obj s : sourceObjects) {
      readSource(s).ifPresent(sources::add);
    }
    List<Quote> quotes = List.of();
    for (Obj q : optionalObjects(o, "quotes")) {
      Optional<Quote> quote = readQuote(q, sourceObjects.size());
      if (quote.isPresent()) {
        quotes = quotes.isEmpty() ? new ArrayList<>() : quotes;
        quotes.add(quote.get());
      }
    }
    List<Str> related = strings(o, "related");
    List<String> tags = sharedTexts(strings(o, "tags"));
    Optional<Approximation> approximate = optionalObject(o, "approximate").flatMap(this::readApproximation);
    Optional<String> disputed = optionalString(o, "disputed");
    long idAt = id.isPresent() ? o.member("id").value().at() : 0;

    if (start.isPresent() && place.isPresent()) {
      checkOffset(o, "start", start.get(), place.get());
      end.ifPresent(e -> checkOffset(o, "end", e, place.get()));
      if (end.isPresent()
          && end.get().latestExclusive(place.get().zone()).isBefore(start.get().earliest(place.get().zone()))) {
        error(o.member("end").value().at(), what + ": end " + end.get() + " is before its start " + start.get());
        return new MappedEvent(id.orElse(null), idAt, null, related);
      }
    }
    if (id.isEmpty() || title.isEmpty() || start.isEmpty() || endBroken || place.isEmpty() || category.isEmpty()
        || summary.isEmpty() || sources.size() != sourceObjects.size() || sources.isEmpty()) {
      return new MappedEvent(id.orElse(null), idAt, null, related);
    }
    // The texts go into the event as the file has them, bytes and all, without becoming strings.
    PackedTexts.Writer packer = lookups.packer;
    pack(packer, title.get());
    pack(packer, summary.get());
    String[] publishers = new String[sources.size()];
    TimePoint[] sourceDates = new TimePoint[sources.size()];
    for (int i = 0; i < publishers.length; i++) {
      SourceParts source = sources.get(i);
      pack(packer, source.title());
      if (source.url() == null) {
        packer.addAbsent();
      } else {
        pack(packer, source.url());
      }
      publishers[i] = source.publisher();
      sourceDates[i] = source.date();
    }
    Event event = Event.withPackedTexts(id.get(), packer.finish(), start.get(), end, place.get(), category.get(),
        actors, publishers, sourceDates, quotes, texts(related), tags, approximate, disputed);
    return new MappedEvent(id.get(), idAt, event, related);
  }

  private static void pack(PackedTexts.Writer packer, Str text) {
    if (text.hasUtf8()) {
      packer.addUtf8(text.utf8(), text.from(), text.to());
    } else {
      packer.add(text.text());
    }
  }

  private Optional<Place> readEventPlace(Obj o, String what) {
    Member member = o.member("place");
    if (member == null) {
      error(o.at(), what + ": missing required field 'place'");
      return Optional.empty();
    }
    if (member.value() instanceof Str ref) {
      Place found = lookups.places.get(ref, context.places::get);
      if (found == null && !context.declaredPlaceIds.contains(ref.text())) {
        error(ref.at(), what + ": unknown place '" + ref.text() + "'");
      }
      return Optional.ofNullable(found);
    }
    if (member.value() instanceof Obj inline) {
      return readPlace(inline, false);
    }
    error(member.value().at(),
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
      warning(o.member(field).value().at(),
          "'" + time + "' carries offset " + written.getId() + ", but " + place.zone().getId()
              + " was at " + inForce.getId() + " then; check the time or the place");
    }
  }

  /** A source's parts, its title and address still as the file has them. */
  private record SourceParts(Str title, String publisher, Str url, TimePoint date) {}

  private Optional<SourceParts> readSource(Obj o) {
    checkFields(o, SOURCE_FIELDS, "a source");
    Optional<Str> title = requiredStr(o, "title", "a source");
    Optional<String> publisher = requiredStr(o, "publisher", "a source").map(this::share);
    Optional<Str> url = optionalStr(o, "url");
    boolean urlBroken = url.isPresent() && !isHttpUrl(url.get());
    Optional<TimePoint> date = optionalStr(o, "date").flatMap(s -> date(o, "date", s));
    if (title.isEmpty() || publisher.isEmpty() || urlBroken || (o.has("date") && date.isEmpty())) {
      return Optional.empty();
    }
    return Optional.of(new SourceParts(title.get(), publisher.get(), url.orElse(null), date.orElse(null)));
  }

  /** Whether the address is an http(s) URL with a host; the problem is noted when not. */
  private boolean isHttpUrl(Str url) {
    boolean plain = url.hasUtf8()
        ? HttpUrls.isPlain(url.utf8(), url.from(), url.to())
        : HttpUrls.isPlain(url.text());
    return plain || checkedUrl(url.text(), url.at()) != null;
  }

  /** The address when it is an http(s) URL with a host; otherwise null, with the problem noted. */
  private String checkedUrl(String text, long at) {
    try {
      URI uri = new URI(text);
      String scheme = uri.getScheme();
      if (scheme == null || !(scheme.equalsIgnoreCase("http") || scheme.equalsIgnoreCase("https")) || uri.getHost() == null) {
        error(at, "'" + text + "' is not an http(s) URL");
        return null;
      }
      return text;
    } catch (URISyntaxException e) {
      error(at, "'" + text + "' is not a URL: " + e.getReason());
      return null;
    }
  }

  private Optional<Quote> readQuote(Obj o, int sourceCount) {
    checkFields(o, QUOTE_FIELDS, "a quote");
    Optional<String> text = requiredString(o, "text", "a quote");
    Optional<String> speaker = requiredString(o, "speaker", "a quote").map(this::share);
    Optional<String> occasion = optionalString(o, "occasion").map(this::share);
    Optional<TimePoint> date = optionalString(o, "date").flatMap(s -> date(o, "date", s));
    OptionalInt source = OptionalInt.empty();
    Member sourceMember = o.member("source");
    if (sourceMember != null) {
      if (sourceMember.value() instanceof Num n && n.integral() && n.number().intValue() >= 0
          && n.number().intValue() < sourceCount) {
        source = OptionalInt.of(n.number().intValue());
      } else {
        error(sourceMember.value().at(), "a quote's 'source' must be the index (0 to " + (sourceCount - 1)
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

  void checkFields(Obj o, Set<String> known, String what) {
    for (Member m : o.members()) {
      if (!known.contains(m.name())) {
        warning(m.nameAt(), what + ": unknown field '" + m.name() + "' is ignored");
      }
    }
    for (Member m : o.duplicates()) {
      error(m.nameAt(), what + ": field '" + m.name() + "' appears twice");
    }
  }

  private Optional<String> requiredId(Obj o, String what) {
    return requiredString(o, "id", what).filter(id -> {
      if (!isId(id)) {
        error(o.member("id").value().at(), what + ": id '" + id + "' may only hold lower-case letters, digits and '-'");
        return false;
      }
      return true;
    });
  }

  /** Whether the text matches {@code [a-z0-9][a-z0-9-]*}, checked without a regular expression. */
  private static boolean isId(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      boolean allowed = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || (c == '-' && i > 0);
      if (!allowed) {
        return false;
      }
    }
    return !text.isEmpty();
  }

  Optional<String> requiredString(Obj o, String field, String what) {
    return requiredStr(o, field, what).map(Str::text);
  }

  Optional<String> optionalString(Obj o, String field) {
    return optionalStr(o, field).map(Str::text);
  }

  /** A string field that must be there and not be blank; empty when not, with the problem noted. */
  private Optional<Str> requiredStr(Obj o, String field, String what) {
    Member m = o.member(field);
    if (m == null) {
      error(o.at(), what + ": missing required field '" + field + "'");
      return Optional.empty();
    }
    return asStr(m);
  }

  private Optional<Str> optionalStr(Obj o, String field) {
    Member m = o.member(field);
    return m == null ? Optional.empty() : asStr(m);
  }

  private Optional<Str> asStr(Member m) {
    if (m.value() instanceof Str s) {
      if (s.isBlank()) {
        error(s.at(), "'" + m.name() + "' is empty");
        return Optional.empty();
      }
      return Optional.of(s);
    }
    error(m.value().at(), "'" + m.name() + "' must be a string, found " + m.value().kind());
    return Optional.empty();
  }

  private boolean optionalBoolean(Obj o, String field) {
    Member m = o.member(field);
    if (m == null) {
      return false;
    }
    if (m.value() instanceof Bool b) {
      return b.bool();
    }
    error(m.value().at(), "'" + field + "' must be true or false, found " + m.value().kind());
    return false;
  }

  private Optional<Double> requiredCoordinate(Obj o, String field, double limit, String name, String what) {
    Member m = o.member(field);
    if (m == null) {
      error(o.at(), what + ": missing required field '" + field + "'");
      return Optional.empty();
    }
    if (!(m.value() instanceof Num n)) {
      error(m.value().at(), "'" + field + "' must be a number, found " + m.value().kind());
      return Optional.empty();
    }
    double v = n.number().doubleValue();
    if (!(v >= -limit && v <= limit)) {
      error(n.at(), what + ": " + name + " " + n.number().toPlainString() + " is outside [-" + (int) limit + ", "
          + (int) limit + "]");
      return Optional.empty();
    }
    return Optional.of(v);
  }

  /** The date written in the field, or empty with the problem noted. */
  Optional<TimePoint> date(Obj o, String field, String text) {
    return date(o, field, new Str(o.member(field).value().at(), text));
  }

  private Optional<TimePoint> date(Obj o, String field, Str text) {
    try {
      if (text.hasUtf8() ? text.to() - text.from() <= SHARED_DATE_LENGTH : text.text().length() <= SHARED_DATE_LENGTH) {
        return Optional.of(lookups.dates.get(text, this::sharedDate));
      }
      return Optional.of(TimePoint.parse(text.text()));
    } catch (IllegalArgumentException e) {
      error(o.member(field).value().at(), "'" + field + "': " + e.getMessage());
      return Optional.empty();
    }
  }

  private TimePoint sharedDate(String text) {
    TimePoint shared = context.sharedDates.get(text);
    if (shared == null) {
      shared = TimePoint.parse(text);
      TimePoint first = context.sharedDates.putIfAbsent(text, shared);
      shared = first == null ? shared : first;
    }
    return shared;
  }

  private List<Obj> requiredObjects(Obj o, String field, String what, boolean nonEmpty) {
    return requiredObjects(o.member(field), o.at(), field, what, nonEmpty);
  }

  /** The objects of an array member that must be there ({@code m} null when it is missing from {@code owner}). */
  List<Obj> requiredObjects(Member m, long owner, String field, String what, boolean nonEmpty) {
    if (m == null) {
      error(owner, what + ": missing required field '" + field + "'");
      return List.of();
    }
    List<Obj> objects = objects(m);
    if (nonEmpty && m.value() instanceof Arr a && a.items().isEmpty()) {
      error(a.at(), what + ": '" + field + "' needs at least one entry");
    }
    return objects;
  }

  private List<Obj> optionalObjects(Obj o, String field) {
    Member m = o.member(field);
    return m == null ? List.of() : objects(m);
  }

  private Optional<Obj> optionalObject(Obj o, String field) {
    Member m = o.member(field);
    if (m == null) {
      return Optional.empty();
    }
    if (m.value() instanceof Obj obj) {
      return Optional.of(obj);
    }
    error(m.value().at(), "'" + field + "' must be an object, found " + m.value().kind());
    return Optional.empty();
  }

  private List<Obj> objects(Member m) {
    return items(m, v -> v instanceof Obj obj ? obj : null, "an object");
  }

  private List<Str> strings(Obj o, String field) {
    Member m = o.member(field);
    return m == null ? List.of() : items(m, v -> v instanceof Str s ? s : null, "a string");
  }

  private <T> List<T> items(Member m, Function<Value, T> cast, String expected) {
    if (!(m.value() instanceof Arr array)) {
      error(m.value().at(), "'" + m.name() + "' must be an array, found " + m.value().kind());
      return List.of();
    }
    List<T> result = new ArrayList<>(array.items().size());
    for (Value item : array.items()) {
      T t = cast.apply(item);
      if (t == null) {
        error(item.at(), "each entry of '" + m.name() + "' must be " + expected + ", found " + item.kind());
      } else {
        result.add(t);
      }
    }
    return result;
  }

  /** The one copy of a text that recurs (an actor, a publisher, a country). */
  private String share(String text) {
    String shared = context.sharedStrings.get(text); // a lookup does not lock, as putIfAbsent does
    if (shared == null) {
      shared = context.sharedStrings.putIfAbsent(text, text);
    }
    return shared == null ? text : shared;
  }

  private String share(Str text) {
    return lookups.texts.get(text, this::share);
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

  /** The texts, each kept once, in a list kept once: the same few actors and tags go together often. */
  private List<String> sharedTexts(List<Str> strings) {
    if (strings.isEmpty()) {
      return List.of();
    }
    String[] texts = new String[strings.size()];
    for (int i = 0; i < texts.length; i++) {
      texts[i] = share(strings.get(i));
    }
    List<String> list = List.of(texts);
    List<String> shared = context.sharedLists.get(list);
    if (shared == null) {
      shared = context.sharedLists.putIfAbsent(list, list);
    }
    return shared == null ? list : shared;
  }

  void error(long at, String message) {
    problems.add(new PendingProblem(Problem.Severity.ERROR, at, message));
  }

  void warning(long at, String message) {
    problems.add(new PendingProblem(Problem.Severity.WARNING, at, message));
  }
}
