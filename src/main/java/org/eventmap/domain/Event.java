package org.eventmap.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Something that happened at a place and a time, with who was involved, what was said, and the sources.
 *
 * <p>Written as a class with the accessors of a record so that it can keep its own texts (title, summary,
 * the titles and addresses of its sources) as UTF-8 in one array, decoded when asked for: a large file
 * holds a million events, and as strings those texts would cost more heap than the file takes on disk.
 * Values that many events share (place, category, actors, publishers, days) are kept as objects.
 *
 * <p>The sources' kinds and notes, which only our own format gives, cost an event nothing when it has
 * none: an event whose sources have some keeps one more element after its sources' publishers and dates
 * (a shared text of one letter per source's kind) and the notes packed after everything else.
 */
public final class Event {
  // Where each text is in the packed array: the title, the summary, then per source its title and address.
  private static final int TITLE = 0;
  private static final int SUMMARY = 1;
  private static final int FIRST_SOURCE = 2;

  private final String id;
  /** The packed texts ({@link PackedTexts}), from {@link #textsAt}; the array may hold other events' too. */
  private final byte[] texts;
  private final int textsAt;
  /** Null when the file gives no date: the event is on the map and in the list, not on the timeline. */
  private final TimePoint start;
  /** Null when the event has no end. */
  private final TimePoint end;
  /** Null when the file gives no place: the event is on the timeline and in the list, not on the map. */
  private final Place place;
  private final Category category;
  private final List<String> actors;
  /**
   * Per source, its publisher and its date (null when it has none), one after the other; when a source
   * has a kind or a note, one element more: the kinds' codes, one letter per source ({@link #NO_KIND}
   * for none), and the notes are packed after the attributes.
   */
  private final Object[] sourcePublishersAndDates;
  private static final char NO_KIND = '-';
  private static final java.util.concurrent.ConcurrentHashMap<String, String> KIND_CODES =
      new java.util.concurrent.ConcurrentHashMap<>();
  private final List<Quote> quotes;
  private final List<String> related;
  private final List<String> tags;
  /** Null when nothing is approximate. */
  private final Approximation approximate;
  /** Null when the sources agree. */
  private final String disputed;
  /**
   * The names of what the file said beyond the known fields (usually none), one list shared by the
   * events with the same names; their values are packed after the sources' texts. A file of a hundred
   * thousand features with twenty properties each would otherwise hold two million objects for them.
   */
  private final List<String> attributeNames;
  private static final java.util.concurrent.ConcurrentHashMap<List<String>, List<String>> NAME_LISTS =
      new java.util.concurrent.ConcurrentHashMap<>();

  public Event(
      String id,
      String title,
      TimePoint start,
      Optional<TimePoint> end,
      Place place,
      Category category,
      List<String> actors,
      String summary,
      List<Quote> quotes,
      List<Source> sources,
      List<String> related,
      List<String> tags,
      Optional<Approximation> approximate,
      Optional<String> disputed) {
    this(id, title, Optional.of(start), end, Optional.of(place), category, actors, summary, quotes, sources, related,
        tags, approximate, disputed, List.of());
  }

  private Event(
      String id,
      String title,
      Optional<TimePoint> start,
      Optional<TimePoint> end,
      Optional<Place> place,
      Category category,
      List<String> actors,
      String summary,
      List<Quote> quotes,
      List<Source> sources,
      List<String> related,
      List<String> tags,
      Optional<Approximation> approximate,
      Optional<String> disputed,
      List<Attribute> attributes) {
    this.id = Objects.requireNonNull(id, "id");
    Objects.requireNonNull(title, "title");
    this.start = start.orElse(null);
    this.end = Objects.requireNonNull(end, "end").orElse(null);
    this.place = place.orElse(null);
    this.attributeNames = sharedNames(attributes);
    this.category = Objects.requireNonNull(category, "category");
    Objects.requireNonNull(summary, "summary");
    this.approximate = Objects.requireNonNull(approximate, "approximate").orElse(null);
    this.disputed = Objects.requireNonNull(disputed, "disputed").orElse(null);
    this.actors = List.copyOf(actors);
    this.quotes = List.copyOf(quotes);
    this.related = List.copyOf(related);
    this.tags = List.copyOf(tags);
    boolean extras = sources.stream().anyMatch(s -> s.kind().isPresent() || s.note().isPresent());
    int notesAt = FIRST_SOURCE + 2 * sources.size() + attributes.size();
    String[] ownTexts = new String[notesAt + (extras ? sources.size() : 0)];
    ownTexts[TITLE] = title;
    ownTexts[SUMMARY] = summary;
    for (int i = 0; i < attributes.size(); i++) {
      ownTexts[FIRST_SOURCE + 2 * sources.size() + i] = attributes.get(i).value();
    }
    sourcePublishersAndDates = new Object[2 * sources.size() + (extras ? 1 : 0)];
    SourceKind[] kinds = new SourceKind[sources.size()];
    for (int i = 0; i < sources.size(); i++) {
      Source s = Objects.requireNonNull(sources.get(i), "source");
      ownTexts[FIRST_SOURCE + 2 * i] = s.title();
      ownTexts[FIRST_SOURCE + 2 * i + 1] = s.checkedUrl();
      sourcePublishersAndDates[2 * i] = s.publisher();
      sourcePublishersAndDates[2 * i + 1] = s.date().orElse(null);
      kinds[i] = s.kind().orElse(null);
      if (extras) {
        ownTexts[notesAt + i] = s.note().orElse(null);
      }
    }
    if (extras) {
      sourcePublishersAndDates[2 * sources.size()] = kindCodes(kinds);
    }
    PackedTexts packed = PackedTexts.ofShared(ownTexts);
    texts = packed.bytes();
    textsAt = packed.offset();
    checkEndAfterStart();
  }

  private Event(String id, PackedTexts texts, TimePoint start, TimePoint end, Place place, Category category,
      List<String> actors, Object[] sourcePublishersAndDates, List<Quote> quotes, List<String> related,
      List<String> tags, Approximation approximate, String disputed, List<String> attributeNames) {
    this.id = id;
    this.texts = texts.bytes();
    this.textsAt = texts.offset();
    this.start = start;
    this.end = end;
    this.place = place;
    this.category = category;
    this.actors = List.copyOf(actors);
    this.sourcePublishersAndDates = sourcePublishersAndDates;
    this.quotes = List.copyOf(quotes);
    this.related = List.copyOf(related);
    this.tags = List.copyOf(tags);
    this.approximate = approximate;
    this.disputed = disputed;
    this.attributeNames = attributeNames;
    checkEndAfterStart();
  }

  /**
   * An event whose own texts a reader has packed already, straight from a file's bytes: the title, the
   * summary, then for each source its title and its checked http(s) address (absent when it has none).
   * The sources' publishers and dates (an element may be null) are given in the same order. The start and
   * the place are null when the file gives none.
   */
  public static Event withPackedTexts(String id, PackedTexts texts, TimePoint start, Optional<TimePoint> end,
      Place place, Category category, List<String> actors, String[] sourcePublishers, TimePoint[] sourceDates,
      List<Quote> quotes, List<String> related, List<String> tags, Optional<Approximation> approximate,
      Optional<String> disputed) {
    return withPackedTexts(id, texts, start, end, place, category, actors, sourcePublishers, sourceDates, quotes,
        related, tags, approximate, disputed, List.of());
  }

  /**
   * The same, with attributes: their names here, their values packed after the sources' texts, in the same
   * order.
   */
  public static Event withPackedTexts(String id, PackedTexts texts, TimePoint start, Optional<TimePoint> end,
      Place place, Category category, List<String> actors, String[] sourcePublishers, TimePoint[] sourceDates,
      List<Quote> quotes, List<String> related, List<String> tags, Optional<Approximation> approximate,
      Optional<String> disputed, List<String> attributeNames) {
    return withPackedTexts(id, texts, start, end, place, category, actors, sourcePublishers, sourceDates, null,
        quotes, related, tags, approximate, disputed, attributeNames);
  }

  /**
   * The same, with the sources' kinds and notes, as our own format gives them.
   *
   * @param sourceKinds per source its kind (an element may be null), or null when no source has a kind or a
   *     note; when given, the packed texts end with each source's note (absent when it has none), after the
   *     attributes' values
   */
  public static Event withPackedTexts(String id, PackedTexts texts, TimePoint start, Optional<TimePoint> end,
      Place place, Category category, List<String> actors, String[] sourcePublishers, TimePoint[] sourceDates,
      SourceKind[] sourceKinds, List<Quote> quotes, List<String> related, List<String> tags,
      Optional<Approximation> approximate, Optional<String> disputed, List<String> attributeNames) {
    int sources = sourcePublishers.length;
    boolean extras = sourceKinds != null;
    int notes = extras ? sources : 0;
    if (sourceDates.length != sources || (extras && sourceKinds.length != sources)
        || texts.count() != FIRST_SOURCE + 2 * sources + attributeNames.size() + notes) {
      throw new IllegalArgumentException("the packed texts do not match the " + sources + " sources"
          + (extras ? " with their notes" : "") + " and " + attributeNames.size() + " attributes");
    }
    Object[] publishersAndDates = new Object[2 * sources + (extras ? 1 : 0)];
    for (int i = 0; i < sources; i++) {
      publishersAndDates[2 * i] = Objects.requireNonNull(sourcePublishers[i], "publisher");
      publishersAndDates[2 * i + 1] = sourceDates[i];
    }
    if (extras) {
      publishersAndDates[2 * sources] = kindCodes(sourceKinds);
    }
    return new Event(Objects.requireNonNull(id, "id"), texts, start,
        end.orElse(null), place, Objects.requireNonNull(category, "category"),
        actors, publishersAndDates, quotes, related, tags, approximate.orElse(null), disputed.orElse(null),
        sharedNameList(attributeNames));
  }

  private void checkEndAfterStart() {
    if (end != null && start == null) {
      throw new IllegalArgumentException("an end without a start");
    }
    // An end that is over by the time the start begins (April for an event that starts in May) is before it.
    if (end != null && !end.latestExclusive(zone()).isAfter(start.earliest(zone()))) {
      throw new IllegalArgumentException("end " + end + " is before start " + start);
    }
  }

  public String id() {
    return id;
  }

  public String title() {
    return PackedTexts.get(texts, textsAt, TITLE);
  }

  /** Empty when the file gives no date. */
  public Optional<TimePoint> start() {
    return Optional.ofNullable(start);
  }

  public boolean hasDate() {
    return start != null;
  }

  public Optional<TimePoint> end() {
    return Optional.ofNullable(end);
  }

  /** Empty when the file gives no place. */
  public Optional<Place> place() {
    return Optional.ofNullable(place);
  }

  public boolean hasPlace() {
    return place != null;
  }

  /**
   * The zone its dates are lived in: its place's, or UTC for an event without a place (whose dates then
   * mean UTC days, as the detail pane says).
   */
  public ZoneId zone() {
    return place != null ? place.zone() : ZoneOffset.UTC;
  }

  public Category category() {
    return category;
  }

  public List<String> actors() {
    return actors;
  }

  public String summary() {
    return PackedTexts.get(texts, textsAt, SUMMARY);
  }

  public List<Quote> quotes() {
    return quotes;
  }

  /** The sources, made afresh from what the event keeps on each call. */
  public List<Source> sources() {
    int count = sourceCount();
    String kinds = hasSourceExtras() ? (String) sourcePublishersAndDates[2 * count] : null;
    int notesAt = FIRST_SOURCE + 2 * count + attributeNames.size();
    List<Source> sources = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      sources.add(new Source(PackedTexts.get(texts, textsAt, FIRST_SOURCE + 2 * i),
          (String) sourcePublishersAndDates[2 * i], PackedTexts.get(texts, textsAt, FIRST_SOURCE + 2 * i + 1),
          (TimePoint) sourcePublishersAndDates[2 * i + 1],
          kinds == null ? null : SourceKind.ofCode(kinds.charAt(i)),
          kinds == null ? null : PackedTexts.get(texts, textsAt, notesAt + i)));
    }
    return List.copyOf(sources);
  }

  private int sourceCount() {
    return sourcePublishersAndDates.length / 2;
  }

  /** Whether a source has a kind or a note: the publishers and dates are then one element longer. */
  private boolean hasSourceExtras() {
    return sourcePublishersAndDates.length % 2 == 1;
  }

  private int textCount() {
    int sources = sourceCount();
    return FIRST_SOURCE + 2 * sources + attributeNames.size() + (hasSourceExtras() ? sources : 0);
  }

  /** The kinds as one shared text, a letter each: few events differ, and a text compares by its letters. */
  private static String kindCodes(SourceKind[] kinds) {
    char[] codes = new char[kinds.length];
    for (int i = 0; i < kinds.length; i++) {
      codes[i] = kinds[i] == null ? NO_KIND : kinds[i].code();
    }
    String made = new String(codes);
    // Bounded, as the attributes' names are, so that a hostile file cannot grow it without end.
    if (KIND_CODES.size() > 10_000) {
      return made;
    }
    return KIND_CODES.computeIfAbsent(made, c -> c);
  }

  public List<String> related() {
    return related;
  }

  public List<String> tags() {
    return tags;
  }

  public Optional<Approximation> approximate() {
    return Optional.ofNullable(approximate);
  }

  public Optional<String> disputed() {
    return Optional.ofNullable(disputed);
  }

  /** The values a file gave beyond the fields Eventmap knows, in the file's order. */
  public List<Attribute> attributes() {
    if (attributeNames.isEmpty()) {
      return List.of();
    }
    int first = FIRST_SOURCE + 2 * sourceCount();
    List<Attribute> made = new ArrayList<>(attributeNames.size());
    for (int i = 0; i < attributeNames.size(); i++) {
      made.add(new Attribute(attributeNames.get(i), PackedTexts.get(texts, textsAt, first + i)));
    }
    return List.copyOf(made);
  }

  /** The names of these attributes as one list shared with every event of the same names. */
  private static List<String> sharedNames(List<Attribute> attributes) {
    return sharedNameList(attributes.stream().map(Attribute::name).toList());
  }

  private static List<String> sharedNameList(List<String> given) {
    if (given.isEmpty()) {
      return List.of();
    }
    List<String> names = List.copyOf(given);
    // Bounded so that a hostile file with a new set of names per row cannot grow it without end.
    if (NAME_LISTS.size() > 10_000) {
      return names;
    }
    return NAME_LISTS.computeIfAbsent(names, n -> n);
  }

  /** Builds an event field by field, for readers of formats other than our own. */
  public static Builder builder(String id, String title) {
    return new Builder(id, title);
  }

  /** Fields not set are empty; {@link #build()} checks the event as the constructor does. */
  public static final class Builder {
    private final String id;
    private final String title;
    private TimePoint start;
    private TimePoint end;
    private Place place;
    private Category category;
    private List<String> actors = List.of();
    private String summary = "";
    private List<Quote> quotes = List.of();
    private List<Source> sources = List.of();
    private List<String> related = List.of();
    private List<String> tags = List.of();
    private Approximation approximate;
    private String disputed;
    private List<Attribute> attributes = List.of();

    private Builder(String id, String title) {
      this.id = Objects.requireNonNull(id, "id");
      this.title = Objects.requireNonNull(title, "title");
    }

    public Builder start(TimePoint start) {
      this.start = start;
      return this;
    }

    public Builder end(TimePoint end) {
      this.end = end;
      return this;
    }

    public Builder place(Place place) {
      this.place = place;
      return this;
    }

    public Builder category(Category category) {
      this.category = category;
      return this;
    }

    public Builder actors(List<String> actors) {
      this.actors = actors;
      return this;
    }

    public Builder summary(String summary) {
      this.summary = summary;
      return this;
    }

    public Builder quotes(List<Quote> quotes) {
      this.quotes = quotes;
      return this;
    }

    public Builder sources(List<Source> sources) {
      this.sources = sources;
      return this;
    }

    public Builder related(List<String> related) {
      this.related = related;
      return this;
    }

    public Builder tags(List<String> tags) {
      this.tags = tags;
      return this;
    }

    public Builder approximate(Approximation approximate) {
      this.approximate = approximate;
      return this;
    }

    public Builder disputed(String disputed) {
      this.disputed = disputed;
      return this;
    }

    public Builder attributes(List<Attribute> attributes) {
      this.attributes = attributes;
      return this;
    }

    /**
     * An event may lack a place or a date, or both (it is then only in the list): nothing a file holds is
     * dropped.
     *
     * @throws IllegalArgumentException when the end is before the start, or there is an end but no start
     */
    public Event build() {
      Objects.requireNonNull(category, "category");
      return new Event(id, title, Optional.ofNullable(start), Optional.ofNullable(end), Optional.ofNullable(place),
          category, actors, summary, quotes, sources, related, tags, Optional.ofNullable(approximate),
          Optional.ofNullable(disputed), attributes);
    }
  }

  /** The first instant the event can have begun; empty without a date. */
  public Optional<Instant> earliestInstant() {
    return start().map(s -> s.earliest(zone()));
  }

  /** The instant after the event ended (or after its start, at the start's precision); empty without a date. */
  public Optional<Instant> latestInstantExclusive() {
    return start().map(s -> end().orElse(s).latestExclusive(zone()));
  }

  /** The first calendar day of the event, as lived at its place; empty without a date. */
  public Optional<LocalDate> firstLocalDay() {
    return start().map(s -> s.firstLocalDay(zone()));
  }

  /** The last calendar day of the event, as lived at its place; empty without a date. */
  public Optional<LocalDate> lastLocalDay() {
    return start().map(s -> end().orElse(s).lastLocalDay(zone()));
  }

  /** Whether the event had begun by the end of the given day at its place; never, without a date. */
  public boolean begunBy(LocalDate day) {
    return start != null && !start.firstLocalDay(zone()).isAfter(day);
  }

  /** Whether the given day at the event's place falls within the event; never, without a date. */
  public boolean covers(LocalDate day) {
    return begunBy(day) && !end().orElse(start).lastLocalDay(zone()).isBefore(day);
  }

  /** Equal when every component is, as for a record. */
  @Override
  public boolean equals(Object o) {
    return o instanceof Event e && e.id.equals(id) && sameTexts(e) && Objects.equals(e.start, start)
        && Objects.equals(e.end, end) && Objects.equals(e.place, place) && e.category.equals(category)
        && e.actors.equals(actors) && Arrays.equals(e.sourcePublishersAndDates, sourcePublishersAndDates)
        && e.quotes.equals(quotes) && e.related.equals(related) && e.tags.equals(tags)
        && Objects.equals(e.approximate, approximate) && Objects.equals(e.disputed, disputed)
        && e.attributeNames.equals(attributeNames);
  }

  @Override
  public int hashCode() {
    return Objects.hash(id, title(), summary(), start, end, place, category, actors,
        Arrays.hashCode(sourcePublishersAndDates), quotes, related, tags, approximate, disputed);
  }

  /** The texts are packed the same way whoever packed them, so equal texts are equal bytes. */
  private boolean sameTexts(Event e) {
    int count = textCount();
    if (e.sourcePublishersAndDates.length != sourcePublishersAndDates.length
        || e.attributeNames.size() != attributeNames.size()) {
      return false;
    }
    return Arrays.equals(texts, textsAt, PackedTexts.end(texts, textsAt, count),
        e.texts, e.textsAt, PackedTexts.end(e.texts, e.textsAt, count));
  }

  @Override
  public String toString() {
    return "Event[id=" + id + ", title=" + title() + ", start=" + start + ", end=" + end() + ", place=" + place
        + ", category=" + category + ", actors=" + actors + ", summary=" + summary() + ", quotes=" + quotes
        + ", sources=" + sources() + ", related=" + related + ", tags=" + tags + ", approximate=" + approximate()
        + ", disputed=" + disputed() + (attributeNames.isEmpty() ? "" : ", attributes=" + attributes()) + "]";
  }
}
