package org.eventmap.io;

import static org.eventmap.io.DatasetFields.APPROXIMATE;
import static org.eventmap.io.DatasetFields.ATTRIBUTE;
import static org.eventmap.io.DatasetFields.CATEGORY;
import static org.eventmap.io.DatasetFields.DATASET;
import static org.eventmap.io.DatasetFields.EVENT;
import static org.eventmap.io.DatasetFields.INLINE_PLACE;
import static org.eventmap.io.DatasetFields.PLACE;
import static org.eventmap.io.DatasetFields.QUOTE;
import static org.eventmap.io.DatasetFields.SOURCE;
import static org.eventmap.io.DatasetFields.ERA;
import static org.eventmap.io.DatasetFields.STEP;
import static org.eventmap.io.DatasetFields.STORY;

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
import org.eventmap.domain.Era;
import org.eventmap.domain.Event;
import org.eventmap.domain.Story;
import org.eventmap.domain.StoryStep;
import org.eventmap.domain.GeoPoint;
import org.eventmap.domain.PackedTexts;
import org.eventmap.domain.Place;
import org.eventmap.domain.Quote;
import org.eventmap.domain.SourceKind;
import org.eventmap.domain.TimePoint;
import org.eventmap.io.DatasetFields.Field;
import org.eventmap.io.DatasetFields.Shape;
import org.eventmap.io.DatasetFields.Type;
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
  // The fields this mapper reads, as the table declares them (DatasetFields): whether each is required,
  // and of which type, is the table's to say.
  private static final Field PLACE_ID = PLACE.field("id", Type.STRING);
  private static final Field PLACE_NAME = PLACE.field("name", Type.STRING);
  private static final Field PLACE_LAT = PLACE.field("lat", Type.NUMBER);
  private static final Field PLACE_LON = PLACE.field("lon", Type.NUMBER);
  private static final Field PLACE_ZONE = PLACE.field("timeZone", Type.STRING);
  private static final Field PLACE_COUNTRY = PLACE.field("country", Type.STRING);
  private static final Field INLINE_NAME = INLINE_PLACE.field("name", Type.STRING);
  private static final Field INLINE_LAT = INLINE_PLACE.field("lat", Type.NUMBER);
  private static final Field INLINE_LON = INLINE_PLACE.field("lon", Type.NUMBER);
  private static final Field INLINE_ZONE = INLINE_PLACE.field("timeZone", Type.STRING);
  private static final Field INLINE_COUNTRY = INLINE_PLACE.field("country", Type.STRING);
  private static final Field CATEGORY_ID = CATEGORY.field("id", Type.STRING);
  private static final Field CATEGORY_NAME = CATEGORY.field("name", Type.STRING);
  private static final Field CATEGORY_COLOR = CATEGORY.field("color", Type.STRING);
  private static final Field EVENT_ID = EVENT.field("id", Type.STRING);
  private static final Field EVENT_TITLE = EVENT.field("title", Type.STRING);
  private static final Field EVENT_START = EVENT.field("start", Type.STRING);
  private static final Field EVENT_END = EVENT.field("end", Type.STRING);
  private static final Field EVENT_PLACE = EVENT.field("place", Type.ID_OR_OBJECT);
  private static final Field EVENT_CATEGORY = EVENT.field("category", Type.STRING);
  private static final Field EVENT_ACTORS = EVENT.field("actors", Type.ARRAY_OF_STRINGS);
  private static final Field EVENT_SUMMARY = EVENT.field("summary", Type.STRING);
  private static final Field EVENT_QUOTES = EVENT.field("quotes", Type.ARRAY_OF_OBJECTS);
  private static final Field EVENT_SOURCES = EVENT.field("sources", Type.ARRAY_OF_OBJECTS);
  private static final Field EVENT_RELATED = EVENT.field("related", Type.ARRAY_OF_STRINGS);
  private static final Field EVENT_TAGS = EVENT.field("tags", Type.ARRAY_OF_STRINGS);
  private static final Field EVENT_APPROXIMATE = EVENT.field("approximate", Type.OBJECT);
  private static final Field EVENT_DISPUTED = EVENT.field("disputed", Type.STRING);
  private static final Field EVENT_ATTRIBUTES = EVENT.field("attributes", Type.ARRAY_OF_OBJECTS);
  private static final Field ATTRIBUTE_NAME = ATTRIBUTE.field("name", Type.STRING);
  private static final Field ATTRIBUTE_VALUE = ATTRIBUTE.field("value", Type.STRING);
  private static final Field QUOTE_TEXT = QUOTE.field("text", Type.STRING);
  private static final Field QUOTE_SPEAKER = QUOTE.field("speaker", Type.STRING);
  private static final Field QUOTE_OCCASION = QUOTE.field("occasion", Type.STRING);
  private static final Field QUOTE_DATE = QUOTE.field("date", Type.STRING);
  private static final Field QUOTE_SOURCE = QUOTE.field("source", Type.INTEGER);
  private static final Field SOURCE_TITLE = SOURCE.field("title", Type.STRING);
  private static final Field SOURCE_PUBLISHER = SOURCE.field("publisher", Type.STRING);
  private static final Field SOURCE_URL = SOURCE.field("url", Type.STRING);
  private static final Field SOURCE_DATE = SOURCE.field("date", Type.STRING);
  private static final Field SOURCE_KIND = SOURCE.field("kind", Type.STRING);
  private static final Field SOURCE_NOTE = SOURCE.field("note", Type.STRING);
  private static final Field APPROXIMATE_TIME = APPROXIMATE.field("time", Type.BOOLEAN);
  private static final Field APPROXIMATE_PLACE = APPROXIMATE.field("place", Type.BOOLEAN);
  private static final Field APPROXIMATE_NOTE = APPROXIMATE.field("note", Type.STRING);
  static final Field DATASET_PLACES = DATASET.field("places", Type.ARRAY_OF_OBJECTS);
  static final Field DATASET_CATEGORIES = DATASET.field("categories", Type.ARRAY_OF_OBJECTS);
  static final Field DATASET_EVENTS = DATASET.field("events", Type.ARRAY_OF_OBJECTS);
  private static final Field DATASET_ERAS = DATASET.field("eras", Type.ARRAY_OF_OBJECTS);
  private static final Field DATASET_STORIES = DATASET.field("stories", Type.ARRAY_OF_OBJECTS);
  private static final Field ERA_TITLE = ERA.field("title", Type.STRING);
  private static final Field ERA_START = ERA.field("start", Type.STRING);
  private static final Field ERA_END = ERA.field("end", Type.STRING);
  private static final Field STORY_ID = STORY.field("id", Type.STRING);
  private static final Field STORY_TITLE = STORY.field("title", Type.STRING);
  private static final Field STORY_DESCRIPTION = STORY.field("description", Type.STRING);
  private static final Field STORY_STEPS = STORY.field("steps", Type.ARRAY_OF_OBJECTS);
  private static final Field STEP_EVENT = STEP.field("event", Type.STRING);
  private static final Field STEP_CAPTION = STEP.field("caption", Type.STRING);

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
    for (Obj o : objects(placesMember, owner, DATASET_PLACES, "the dataset")) {
      readPlace(o, true).ifPresent(p -> {
        if (context.places.putIfAbsent(p.id(), p) != null) {
          error(o.member(PLACE_ID.name()).value().at(), "place id '" + p.id() + "' is used twice");
        }
      });
    }
    for (Obj o : objects(categoriesMember, owner, DATASET_CATEGORIES, "the dataset")) {
      readCategory(o).ifPresent(c -> {
        if (context.categories.putIfAbsent(c.id(), c) != null) {
          error(o.member(CATEGORY_ID.name()).value().at(), "category id '" + c.id() + "' is used twice");
        }
      });
    }
  }

  private Optional<Place> readPlace(Obj o, boolean withId) {
    String what = withId ? "a place" : "the event's place";
    checkFields(o, withId ? PLACE : INLINE_PLACE, what);
    Optional<String> id = withId ? id(o, PLACE_ID, what) : Optional.of("");
    if (withId) {
      id.ifPresent(context.declaredPlaceIds::add);
    }
    Field zoneField = withId ? PLACE_ZONE : INLINE_ZONE;
    Optional<String> name = string(o, withId ? PLACE_NAME : INLINE_NAME, what).map(this::share);
    Optional<Double> lat = coordinate(o, withId ? PLACE_LAT : INLINE_LAT, 90, "latitude", what);
    Optional<Double> lon = coordinate(o, withId ? PLACE_LON : INLINE_LON, 180, "longitude", what);
    Optional<ZoneId> zone = string(o, zoneField, what).flatMap(z -> {
      try {
        return Optional.of(context.zones.computeIfAbsent(z, ZoneId::of));
      } catch (DateTimeException e) {
        error(o.member(zoneField.name()).value().at(),
            "'" + z + "' is not a time zone; use an IANA name such as Asia/Jerusalem or America/New_York");
        return Optional.empty();
      }
    });
    Optional<String> country = string(o, withId ? PLACE_COUNTRY : INLINE_COUNTRY, what).map(this::share);
    if (id.isEmpty() || name.isEmpty() || lat.isEmpty() || lon.isEmpty() || zone.isEmpty()) {
      return Optional.empty();
    }
    String placeId = withId ? id.get() : "@" + lat.get() + "," + lon.get();
    return Optional.of(new Place(placeId, name.get(), new GeoPoint(lat.get(), lon.get()), zone.get(), country));
  }

  private Optional<Category> readCategory(Obj o) {
    checkFields(o, CATEGORY, "a category");
    Optional<String> id = id(o, CATEGORY_ID, "a category");
    id.ifPresent(context.declaredCategoryIds::add);
    Optional<String> name = string(o, CATEGORY_NAME, "a category");
    Optional<String> color = string(o, CATEGORY_COLOR, "a category");
    if (color.isPresent() && !color.get().matches("#[0-9a-fA-F]{6}")) {
      error(o.member(CATEGORY_COLOR.name()).value().at(), "colour '" + color.get() + "' is not of the form #rrggbb");
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
    Optional<String> id = id(o, EVENT_ID, "an event");
    String what = id.map(i -> "event '" + i + "'").orElse("an event");
    checkFields(o, EVENT, what);
    Optional<Str> title = str(o, EVENT_TITLE, what);
    Optional<TimePoint> start = str(o, EVENT_START, what).flatMap(s -> date(o, EVENT_START.name(), s));
    Optional<TimePoint> end = str(o, EVENT_END, what).flatMap(s -> date(o, EVENT_END.name(), s));
    boolean endBroken = o.has(EVENT_END.name()) && end.isEmpty();
    boolean startBroken = o.has(EVENT_START.name()) && start.isEmpty();
    Optional<Place> place = o.has(EVENT_PLACE.name()) ? readEventPlace(o, what) : Optional.empty();
    boolean placeBroken = o.has(EVENT_PLACE.name()) && place.isEmpty();
    Optional<Category> category = str(o, EVENT_CATEGORY, what).flatMap(c -> {
      Category found = lookups.categories.get(c, context.categories::get);
      if (found == null && !context.declaredCategoryIds.contains(c.text())) {
        error(o.member(EVENT_CATEGORY.name()).value().at(), what + ": unknown category '" + c.text() + "'");
      }
      return Optional.ofNullable(found);
    });
    List<String> actors = sharedTexts(strings(o, EVENT_ACTORS, what));
    Optional<Str> summary = str(o, EVENT_SUMMARY, what);
    List<SourceParts> sources = new ArrayList<>(3);
    List<Obj> sourceObjects = objects(o, EVENT_SOURCES, what);
    for (Obj s : sourceObjects) {
      readSource(s, what).ifPresent(sources::add);
    }
    if (sourceObjects.isEmpty() && id.isPresent()) {
      // Files converted from other tools have none; the curated dataset must (CuratedDatasetTest).
      warning(o.at(), what + DatasetReader.NO_SOURCES);
    }
    // Only where every source says what it is: a file that gives no kinds (an imported one) is not judged.
    if (!sources.isEmpty() && sources.size() == sourceObjects.size() && id.isPresent()
        && sources.stream().allMatch(s -> s.kind() == SourceKind.COPY)) {
      warning(o.at(), what + DatasetReader.ONLY_COPIES);
    }
    List<Obj> attributeObjects = objects(o, EVENT_ATTRIBUTES, what);
    List<Str> attributeNames = new ArrayList<>(attributeObjects.size());
    List<Str> attributeValues = new ArrayList<>(attributeObjects.size());
    for (Obj a : attributeObjects) {
      checkFields(a, ATTRIBUTE, what + "'s attribute");
      Optional<Str> name = str(a, ATTRIBUTE_NAME, what + "'s attribute");
      Optional<Str> value = str(a, ATTRIBUTE_VALUE, what + "'s attribute");
      if (name.isPresent() && value.isPresent()) {
        attributeNames.add(name.get());
        attributeValues.add(value.get());
      }
    }
    List<Quote> quotes = List.of();
    for (Obj q : objects(o, EVENT_QUOTES, what)) {
      Optional<Quote> quote = readQuote(q, sourceObjects.size());
      if (quote.isPresent()) {
        quotes = quotes.isEmpty() ? new ArrayList<>() : quotes;
        quotes.add(quote.get());
      }
    }
    List<Str> related = strings(o, EVENT_RELATED, what);
    List<String> tags = sharedTexts(strings(o, EVENT_TAGS, what));
    Optional<Approximation> approximate = object(o, EVENT_APPROXIMATE, what).flatMap(this::readApproximation);
    Optional<String> disputed = string(o, EVENT_DISPUTED, what);
    long idAt = id.isPresent() ? o.member(EVENT_ID.name()).value().at() : 0;

    if (start.isPresent() && place.isPresent()) {
      checkOffset(o, EVENT_START.name(), start.get(), place.get());
      end.ifPresent(e -> checkOffset(o, EVENT_END.name(), e, place.get()));
      if (end.isPresent()
          && !end.get().latestExclusive(place.get().zone()).isAfter(start.get().earliest(place.get().zone()))) {
        error(o.member(EVENT_END.name()).value().at(), what + ": end " + end.get() + " is before its start " + start.get());
        return new MappedEvent(id.orElse(null), idAt, null, related);
      }
    }
    if (end.isPresent() && !o.has(EVENT_START.name())) {
      error(o.member(EVENT_END.name()).value().at(), what + ": has an end but no start");
      return new MappedEvent(id.orElse(null), idAt, null, related);
    }
    if (approximate.isPresent() && (approximate.get().time() && !o.has(EVENT_START.name())
        || approximate.get().place() && !o.has(EVENT_PLACE.name()))) {
      error(o.member(EVENT_APPROXIMATE.name()).value().at(), what + ": says its "
          + (approximate.get().time() && !o.has(EVENT_START.name()) ? "date" : "place")
          + " is approximate, but it has none");
      return new MappedEvent(id.orElse(null), idAt, null, related);
    }
    if (id.isEmpty() || title.isEmpty() || startBroken || endBroken || placeBroken || category.isEmpty()
        || summary.isEmpty() || sources.size() != sourceObjects.size()
        || attributeNames.size() != attributeObjects.size()) {
      return new MappedEvent(id.orElse(null), idAt, null, related);
    }
    // The texts go into the event as the file has them, bytes and all, without becoming strings.
    PackedTexts.Writer packer = lookups.packer;
    pack(packer, title.get());
    pack(packer, summary.get());
    String[] publishers = new String[sources.size()];
    TimePoint[] sourceDates = new TimePoint[sources.size()];
    boolean kindsOrNotes = false;
    for (int i = 0; i < publishers.length; i++) {
      SourceParts source = sources.get(i);
      pack(packer, source.title());
      packOrAbsent(packer, source.url());
      publishers[i] = source.publisher();
      sourceDates[i] = source.date();
      kindsOrNotes |= source.kind() != null || source.note() != null;
    }
    for (Str value : attributeValues) {
      pack(packer, value);
    }
    // Kinds and notes are kept only by events that have some, so that an imported file pays nothing for them.
    SourceKind[] kinds = null;
    if (kindsOrNotes) {
      kinds = new SourceKind[sources.size()];
      for (int i = 0; i < kinds.length; i++) {
        kinds[i] = sources.get(i).kind();
        packOrAbsent(packer, sources.get(i).note());
      }
    }
    Event event = Event.withPackedTexts(id.get(), packer.finish(), start.orElse(null), end, place.orElse(null),
        category.get(),
        actors, publishers, sourceDates, kinds, quotes, texts(related), tags, approximate, disputed,
        sharedTexts(attributeNames));
    return new MappedEvent(id.get(), idAt, event, related);
  }

  /** The file's eras, in its order; a broken one is left out with its problem noted. */
  List<Era> readEras(Obj top) {
    List<Era> eras = new ArrayList<>();
    for (Obj o : objects(top, DATASET_ERAS, "the dataset")) {
      String what = string(o, ERA_TITLE, "an era").map(t -> "era '" + t + "'").orElse("an era");
      checkFields(o, ERA, what);
      Optional<String> title = string(o, ERA_TITLE, what);
      Optional<TimePoint> start = string(o, ERA_START, what).flatMap(t -> date(o, ERA_START.name(), t));
      Optional<TimePoint> end = string(o, ERA_END, what).flatMap(t -> date(o, ERA_END.name(), t));
      if (title.isPresent() && start.isPresent() && end.isPresent()) {
        try {
          eras.add(new Era(title.get(), start.get(), end.get()));
        } catch (IllegalArgumentException e) {
          error(o.member(ERA_END.name()).value().at(), what + ": ends (" + end.get() + ") before it starts ("
              + start.get() + ")");
        }
      }
    }
    return eras;
  }

  /**
   * The file's stories, in its order, each step naming an event of the file ({@code isEvent}); a broken
   * story is left out with its problems noted.
   */
  List<Story> readStories(Obj top, java.util.function.Predicate<String> isEvent) {
    List<Story> stories = new ArrayList<>();
    Set<String> ids = new HashSet<>();
    for (Obj o : objects(top, DATASET_STORIES, "the dataset")) {
      Optional<String> id = id(o, STORY_ID, "a story");
      String what = id.map(i -> "story '" + i + "'").orElse("a story");
      checkFields(o, STORY, what);
      Optional<String> title = string(o, STORY_TITLE, what);
      Optional<String> description = string(o, STORY_DESCRIPTION, what);
      List<Obj> stepObjects = objects(o, STORY_STEPS, what);
      List<StoryStep> steps = new ArrayList<>();
      for (int k = 0; k < stepObjects.size(); k++) {
        Obj step = stepObjects.get(k);
        String whatStep = what + ", step " + (k + 1);
        checkFields(step, STEP, whatStep);
        Optional<String> event = string(step, STEP_EVENT, whatStep);
        Optional<String> caption = string(step, STEP_CAPTION, whatStep);
        if (event.isPresent() && !isEvent.test(event.get())) {
          error(step.member(STEP_EVENT.name()).value().at(),
              whatStep + ": '" + event.get() + "' is not an event of this file");
        } else if (event.isPresent() && (caption.isPresent() || !step.has(STEP_CAPTION.name()))) {
          steps.add(new StoryStep(event.get(), caption.orElse("")));
        }
      }
      if (id.isPresent() && !ids.add(id.get())) {
        error(o.member(STORY_ID.name()).value().at(), "story id '" + id.get() + "' is used twice");
      } else if (id.isPresent() && title.isPresent() && !stepObjects.isEmpty() && steps.size() == stepObjects.size()
          && (description.isPresent() || !o.has(STORY_DESCRIPTION.name()))) {
        stories.add(new Story(id.get(), title.get(), description.orElse(""), steps));
      }
    }
    return stories;
  }

  private static void packOrAbsent(PackedTexts.Writer packer, Str text) {
    if (text == null) {
      packer.addAbsent();
    } else {
      pack(packer, text);
    }
  }

  private static void pack(PackedTexts.Writer packer, Str text) {
    if (text.hasUtf8()) {
      packer.addUtf8(text.utf8(), text.from(), text.to());
    } else {
      packer.add(text.text());
    }
  }

  private Optional<Place> readEventPlace(Obj o, String what) {
    Member member = o.member(EVENT_PLACE.name());
    if (member == null) {
      if (EVENT_PLACE.required()) {
        missing(o, EVENT_PLACE, what);
      }
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
    if (!offsetAgrees(time, place)) {
      ZoneOffset written = time.offset().orElseThrow();
      ZoneOffset inForce = place.zone().getRules().getOffset(time.earliest(place.zone()));
      warning(o.member(field).value().at(),
          "'" + time + "' carries offset " + written.getId() + ", but " + place.zone().getId()
              + " was at " + inForce.getId() + " then; check the time or the place");
    }
  }

  /** Whether a time's written offset is the one in force at the place then (or it has no time of day). */
  static boolean offsetAgrees(TimePoint time, Place place) {
    if (!time.precision().hasTime()) {
      return true;
    }
    ZoneOffset written = time.offset().orElseThrow();
    ZoneOffset inForce = place.zone().getRules().getOffset(time.earliest(place.zone()));
    // A local mean time (+00:09:21) cannot be written in ISO 8601: UTC stands for it.
    boolean unwritable = inForce.getTotalSeconds() % 60 != 0 && written.equals(ZoneOffset.UTC);
    return inForce.equals(written) || unwritable;
  }

  /** A source's parts, its title, address and note still as the file has them (kind and note may be null). */
  private record SourceParts(Str title, String publisher, Str url, TimePoint date, SourceKind kind, Str note) {}

  private Optional<SourceParts> readSource(Obj o, String event) {
    checkFields(o, SOURCE, "a source");
    Optional<Str> title = str(o, SOURCE_TITLE, "a source");
    Optional<String> publisher = str(o, SOURCE_PUBLISHER, "a source").map(this::share);
    Optional<Str> url = str(o, SOURCE_URL, "a source");
    boolean urlBroken = url.isPresent() && !isHttpUrl(url.get());
    Optional<TimePoint> date = str(o, SOURCE_DATE, "a source").flatMap(s -> date(o, SOURCE_DATE.name(), s));
    Optional<SourceKind> kind = str(o, SOURCE_KIND, "a source").flatMap(k -> {
      Optional<SourceKind> known = SourceKind.ofKey(k.text());
      if (known.isEmpty()) {
        error(k.at(), event + ": a source's kind '" + k.text() + "' is not one of " + SourceKind.keys());
      }
      return known;
    });
    Optional<Str> note = str(o, SOURCE_NOTE, "a source");
    if (title.isEmpty() || publisher.isEmpty() || urlBroken || (o.has(SOURCE_DATE.name()) && date.isEmpty())
        || (o.has(SOURCE_KIND.name()) && kind.isEmpty()) || (o.has(SOURCE_NOTE.name()) && note.isEmpty())) {
      return Optional.empty();
    }
    return Optional.of(new SourceParts(title.get(), publisher.get(), url.orElse(null), date.orElse(null),
        kind.orElse(null), note.orElse(null)));
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
    checkFields(o, QUOTE, "a quote");
    Optional<String> text = string(o, QUOTE_TEXT, "a quote");
    Optional<String> speaker = string(o, QUOTE_SPEAKER, "a quote").map(this::share);
    Optional<String> occasion = string(o, QUOTE_OCCASION, "a quote").map(this::share);
    Optional<TimePoint> date = string(o, QUOTE_DATE, "a quote").flatMap(s -> date(o, QUOTE_DATE.name(), s));
    OptionalInt source = OptionalInt.empty();
    Member sourceMember = o.member(QUOTE_SOURCE.name());
    if (sourceMember == null && QUOTE_SOURCE.required()) {
      missing(o, QUOTE_SOURCE, "a quote");
    } else if (sourceMember != null) {
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
    checkFields(o, APPROXIMATE, "'approximate'");
    boolean time = bool(o, APPROXIMATE_TIME, "'approximate'");
    boolean place = bool(o, APPROXIMATE_PLACE, "'approximate'");
    Optional<String> note = string(o, APPROXIMATE_NOTE, "'approximate'");
    return note.map(n -> new Approximation(time, place, n));
  }

  // ---- field access with messages -------------------------------------------------------------

  /** Warns of the fields the table does not declare for the object, and notes those written twice. */
  void checkFields(Obj o, Shape shape, String what) {
    Set<String> known = shape.names();
    for (Member m : o.members()) {
      if (!known.contains(m.name())) {
        warning(m.nameAt(), what + ": unknown field '" + m.name() + "' is ignored");
      }
    }
    for (Member m : o.duplicates()) {
      error(m.nameAt(), what + ": field '" + m.name() + "' appears twice");
    }
  }

  private void missing(Obj o, Field f, String what) {
    error(o.at(), what + ": missing required field '" + f.name() + "'");
  }

  /** An id: a string field of lower-case letters, digits and '-'; empty when missing or not, with the problem noted. */
  private Optional<String> id(Obj o, Field f, String what) {
    return string(o, f, what).filter(id -> {
      if (!isId(id)) {
        error(o.member(f.name()).value().at(), what + ": id '" + id + "' may only hold lower-case letters, digits and '-'");
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

  /** As {@link #str}, as a {@code String}. */
  Optional<String> string(Obj o, Field f, String what) {
    return str(o, f, what).map(Str::text);
  }

  /**
   * A string field that is not blank; empty when it is missing (noted when the table requires it),
   * blank or not a string (noted).
   */
  private Optional<Str> str(Obj o, Field f, String what) {
    Member m = o.member(f.name());
    if (m == null) {
      if (f.required()) {
        missing(o, f, what);
      }
      return Optional.empty();
    }
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

  /** A boolean field; false when it is missing (noted when the table requires it) or not a boolean (noted). */
  private boolean bool(Obj o, Field f, String what) {
    Member m = o.member(f.name());
    if (m == null) {
      if (f.required()) {
        missing(o, f, what);
      }
      return false;
    }
    if (m.value() instanceof Bool b) {
      return b.bool();
    }
    error(m.value().at(), "'" + f.name() + "' must be true or false, found " + m.value().kind());
    return false;
  }

  private Optional<Double> coordinate(Obj o, Field f, double limit, String name, String what) {
    Member m = o.member(f.name());
    if (m == null) {
      if (f.required()) {
        missing(o, f, what);
      }
      return Optional.empty();
    }
    if (!(m.value() instanceof Num n)) {
      error(m.value().at(), "'" + f.name() + "' must be a number, found " + m.value().kind());
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

  private List<Obj> objects(Obj o, Field f, String what) {
    return objects(o.member(f.name()), o.at(), f, what);
  }

  /**
   * The objects of an array field ({@code m} null when it is missing from {@code owner}: noted when the
   * table requires it, as an empty array is when the table asks for at least one entry).
   */
  List<Obj> objects(Member m, long owner, Field f, String what) {
    if (m == null) {
      if (f.required()) {
        error(owner, what + ": missing required field '" + f.name() + "'");
      }
      return List.of();
    }
    List<Obj> objects = items(m, v -> v instanceof Obj obj ? obj : null, "an object");
    if (f.atLeastOne() && m.value() instanceof Arr a && a.items().isEmpty()) {
      error(a.at(), what + ": '" + f.name() + "' needs at least one entry");
    }
    return objects;
  }

  /** An object field; empty when it is missing (noted when the table requires it) or not an object (noted). */
  private Optional<Obj> object(Obj o, Field f, String what) {
    Member m = o.member(f.name());
    if (m == null) {
      if (f.required()) {
        missing(o, f, what);
      }
      return Optional.empty();
    }
    if (m.value() instanceof Obj obj) {
      return Optional.of(obj);
    }
    error(m.value().at(), "'" + f.name() + "' must be an object, found " + m.value().kind());
    return Optional.empty();
  }

  private List<Str> strings(Obj o, Field f, String what) {
    Member m = o.member(f.name());
    if (m == null) {
      if (f.required()) {
        missing(o, f, what);
      }
      return List.of();
    }
    return items(m, v -> v instanceof Str s ? s : null, "a string");
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

  // ---- for DirectEventReader: the same look-ups, by the bytes of the file ------------------------

  PackedTexts.Writer packer() {
    return lookups.packer;
  }

  /** The one copy of the text {@code utf8[from, to)}, as {@link #share(Str)} gives it. */
  String sharedText(byte[] utf8, int from, int to) {
    return lookups.texts.get(utf8, from, to, this::share);
  }

  /** The one copy of a text, as {@link #share(String)} gives it. */
  String sharedText(String text) {
    return share(text);
  }

  /** The list of these texts (each already shared), kept once, as {@link #sharedTexts} keeps it. */
  List<String> sharedList(String[] texts) {
    if (texts.length == 0) {
      return List.of();
    }
    List<String> list = List.of(texts);
    List<String> shared = context.sharedLists.get(list);
    if (shared == null) {
      shared = context.sharedLists.putIfAbsent(list, list);
    }
    return shared == null ? list : shared;
  }

  /** The declared place of this id, or null. */
  Place placeById(byte[] utf8, int from, int to) {
    return lookups.places.get(utf8, from, to, context.places::get);
  }

  /** The declared category of this id, or null. */
  Category categoryById(byte[] utf8, int from, int to) {
    return lookups.categories.get(utf8, from, to, context.categories::get);
  }

  /**
   * The date written as {@code utf8[from, to)}, shared as {@link #date(Obj, String, Str)} shares it.
   *
   * @throws IllegalArgumentException when it is not a date
   */
  TimePoint date(byte[] utf8, int from, int to) {
    if (to - from <= SHARED_DATE_LENGTH) {
      return lookups.dates.get(utf8, from, to, this::sharedDate);
    }
    return TimePoint.parse(new String(utf8, from, to - from, java.nio.charset.StandardCharsets.UTF_8));
  }

  /**
   * The time zone of this IANA name, kept once.
   *
   * @throws DateTimeException when it is not one
   */
  ZoneId zone(String name) {
    return context.zones.computeIfAbsent(name, ZoneId::of);
  }

  void error(long at, String message) {
    problems.add(new PendingProblem(Problem.Severity.ERROR, at, message));
  }

  void warning(long at, String message) {
    problems.add(new PendingProblem(Problem.Severity.WARNING, at, message));
  }
}
