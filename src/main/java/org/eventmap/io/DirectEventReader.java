package org.eventmap.io;

import static org.eventmap.io.JsonChunkParser.NOT_DIRECT;

import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.eventmap.domain.Approximation;
import org.eventmap.domain.Category;
import org.eventmap.domain.Event;
import org.eventmap.domain.GeoPoint;
import org.eventmap.domain.PackedTexts;
import org.eventmap.domain.Place;
import org.eventmap.domain.Quote;
import org.eventmap.domain.SourceKind;
import org.eventmap.domain.TimePoint;
import org.eventmap.io.DatasetMapper.MappedEvent;
import org.eventmap.io.JsonTree.Num;
import org.eventmap.io.JsonTree.Str;

/**
 * Reads an entry of the events array straight from the bytes of a chunk into its event, without the
 * small positioned tree per entry that {@link DatasetMapper} maps (ADR 0023): the values are checked as
 * they are read, texts stay where they are in the chunk until they are packed, and nothing of an entry
 * is kept but the event.
 *
 * <p>It takes only entries on which the mapper would note nothing: every check the mapper makes is made
 * here too, and at the first thing the mapper would have something to say about (a missing or unknown
 * field, a value of another type, an escape in a text, an unknown place, an offset not in force, a
 * source without an address that is plainly http(s), …) it gives up ({@link JsonChunkParser#NOT_DIRECT})
 * and the entry is read again as a tree and mapped as before, messages, positions and all. So the event
 * it makes is the one the mapper would have made, and a file's problems are unchanged.
 *
 * <p>One per chunk parser's mapper: it reuses its buffers from entry to entry.
 */
final class DirectEventReader implements JsonChunkParser.DirectReader<MappedEvent> {
  // The fields of an event, as bits of what has been seen (a repeated field is an error: the tree's).
  private static final int ID = 1;
  private static final int TITLE = 1 << 1;
  private static final int START = 1 << 2;
  private static final int END = 1 << 3;
  private static final int PLACE = 1 << 4;
  private static final int CATEGORY = 1 << 5;
  private static final int ACTORS = 1 << 6;
  private static final int SUMMARY = 1 << 7;
  private static final int QUOTES = 1 << 8;
  private static final int SOURCES = 1 << 9;
  private static final int RELATED = 1 << 10;
  private static final int TAGS = 1 << 11;
  private static final int APPROXIMATE = 1 << 12;
  private static final int DISPUTED = 1 << 13;
  private static final int ATTRIBUTES = 1 << 14;
  private static final int REQUIRED = ID | TITLE | CATEGORY | SUMMARY;

  private static final String[] NO_TEXTS = {};

  private final DatasetMapper mapper;
  private JsonChunkParser parser;
  private byte[] bytes;

  // The entry being read. Texts are kept as where they are in the chunk: from and to, one after the other.
  private int seen;
  private String id;
  private long idAt;
  private int titleFrom;
  private int titleTo;
  private int summaryFrom;
  private int summaryTo;
  private TimePoint start;
  private TimePoint end;
  private Place place;
  private Category category;
  private String[] actors;
  private String[] tags;
  private List<Str> related;
  private Approximation approximate;
  private String disputed;
  private List<Quote> quotes;
  /** Each quote's source index as the tree reads it, checked once the sources are known. */
  private int[] quoteSources = new int[4];
  private int sourceCount;
  private int[] sourceTitles = new int[8];
  private int[] sourceUrls = new int[8];
  private int[] sourceNotes = new int[8];
  private String[] publishers = new String[4];
  private TimePoint[] sourceDates = new TimePoint[4];
  private SourceKind[] sourceKinds = new SourceKind[4];
  private int attributeCount;
  private String[] attributeNames = new String[4];
  private int[] attributeValues = new int[8];
  /** Where the last {@link #text()} was: {@code bytes[textFrom, textTo)}. */
  private int textFrom;
  private int textTo;
  private final List<String> scratch = new ArrayList<>();

  DirectEventReader(DatasetMapper mapper) {
    this.mapper = mapper;
  }

  @Override
  public MappedEvent read(JsonChunkParser parser) {
    this.parser = parser;
    this.bytes = parser.bytes();
    clear();
    if (parser.next() != '{' || parser.peek() == '}') {
      throw NOT_DIRECT;
    }
    do {
      if (parser.next() != '"') {
        throw NOT_DIRECT;
      }
      String name = parser.knownName();
      if (parser.next() != ':') {
        throw NOT_DIRECT;
      }
      readMember(name);
    } while (endOfMembers());
    return finish();
  }

  private void clear() {
    seen = 0;
    id = null;
    start = null;
    end = null;
    place = null;
    category = null;
    actors = NO_TEXTS;
    tags = NO_TEXTS;
    related = List.of();
    approximate = null;
    disputed = null;
    quotes = List.of();
    sourceCount = 0;
    attributeCount = 0;
  }

  /** Whether another member follows (a comma), or the object ended (its brace). */
  private boolean endOfMembers() {
    byte b = parser.next();
    if (b == ',') {
      return true;
    }
    if (b == '}') {
      return false;
    }
    throw NOT_DIRECT;
  }

  private void see(int field) {
    if ((seen & field) != 0) {
      throw NOT_DIRECT;
    }
    seen |= field;
  }

  private void readMember(String name) {
    switch (name) {
      case "id" -> {
        see(ID);
        parser.peek();
        idAt = parser.here();
        text();
        id = idText();
      }
      case "title" -> {
        see(TITLE);
        text();
        titleFrom = textFrom;
        titleTo = textTo;
      }
      case "start" -> {
        see(START);
        start = date();
      }
      case "end" -> {
        see(END);
        end = date();
      }
      case "place" -> {
        see(PLACE);
        place = place();
      }
      case "category" -> {
        see(CATEGORY);
        text();
        category = mapper.categoryById(bytes, textFrom, textTo);
        if (category == null) {
          throw NOT_DIRECT;
        }
      }
      case "actors" -> {
        see(ACTORS);
        actors = sharedTexts();
      }
      case "summary" -> {
        see(SUMMARY);
        text();
        summaryFrom = textFrom;
        summaryTo = textTo;
      }
      case "quotes" -> {
        see(QUOTES);
        quotes();
      }
      case "sources" -> {
        see(SOURCES);
        sources();
      }
      case "related" -> {
        see(RELATED);
        related = related();
      }
      case "tags" -> {
        see(TAGS);
        tags = sharedTexts();
      }
      case "approximate" -> {
        see(APPROXIMATE);
        approximate = approximation();
      }
      case "disputed" -> {
        see(DISPUTED);
        text();
        disputed = decoded(textFrom, textTo);
      }
      case "attributes" -> {
        see(ATTRIBUTES);
        attributes();
      }
      default -> throw NOT_DIRECT; // a field of another object: unknown in an event
    }
  }

  /** The event, when the entry is whole and the mapper would find nothing wrong with it. */
  private MappedEvent finish() {
    if ((seen & REQUIRED) != REQUIRED || sourceCount == 0) {
      throw NOT_DIRECT; // a required field missing, or no sources: the tree says so
    }
    boolean allCopies = true;
    boolean kindsOrNotes = false;
    for (int i = 0; i < sourceCount; i++) {
      allCopies &= sourceKinds[i] == SourceKind.COPY;
      kindsOrNotes |= sourceKinds[i] != null || sourceNotes[2 * i] >= 0;
    }
    if (allCopies) {
      throw NOT_DIRECT;
    }
    for (int q = 0; q < quotes.size(); q++) {
      if (quoteSources[q] != -1 && (quoteSources[q] < 0 || quoteSources[q] >= sourceCount)) {
        throw NOT_DIRECT;
      }
    }
    if (start != null && place != null) {
      if (!DatasetMapper.offsetAgrees(start, place)
          || end != null && !DatasetMapper.offsetAgrees(end, place)
          || end != null && !end.latestExclusive(place.zone()).isAfter(start.earliest(place.zone()))) {
        throw NOT_DIRECT;
      }
    }
    if (end != null && start == null
        || approximate != null && (approximate.time() && start == null || approximate.place() && place == null)) {
      throw NOT_DIRECT;
    }
    // As the mapper packs them: title, summary, each source's title and address, the attributes' values,
    // then, only for events whose sources say what they are, each source's note.
    PackedTexts.Writer packer = mapper.packer();
    packer.addUtf8(bytes, titleFrom, titleTo);
    packer.addUtf8(bytes, summaryFrom, summaryTo);
    for (int i = 0; i < sourceCount; i++) {
      packer.addUtf8(bytes, sourceTitles[2 * i], sourceTitles[2 * i + 1]);
      pack(packer, sourceUrls, i);
    }
    for (int i = 0; i < attributeCount; i++) {
      packer.addUtf8(bytes, attributeValues[2 * i], attributeValues[2 * i + 1]);
    }
    SourceKind[] kinds = null;
    if (kindsOrNotes) {
      kinds = Arrays.copyOf(sourceKinds, sourceCount);
      for (int i = 0; i < sourceCount; i++) {
        pack(packer, sourceNotes, i);
      }
    }
    List<String> relatedIds = List.of();
    if (!related.isEmpty()) {
      String[] texts = new String[related.size()];
      for (int i = 0; i < texts.length; i++) {
        texts[i] = related.get(i).text();
      }
      relatedIds = List.of(texts);
    }
    Event event = Event.withPackedTexts(id, packer.finish(), start, Optional.ofNullable(end), place, category,
        mapper.sharedList(actors), Arrays.copyOf(publishers, sourceCount), Arrays.copyOf(sourceDates, sourceCount),
        kinds, quotes, relatedIds, mapper.sharedList(tags), Optional.ofNullable(approximate),
        Optional.ofNullable(disputed), mapper.sharedList(Arrays.copyOf(attributeNames, attributeCount)));
    return new MappedEvent(id, idAt, event, related);
  }

  private void pack(PackedTexts.Writer packer, int[] ranges, int i) {
    if (ranges[2 * i] < 0) {
      packer.addAbsent();
    } else {
      packer.addUtf8(bytes, ranges[2 * i], ranges[2 * i + 1]);
    }
  }

  // ---- values ----------------------------------------------------------------------------------

  /**
   * A string that is plainly not blank, without escapes, at {@code bytes[textFrom, textTo)}; a blank one
   * is an error, and one of spaces and characters outside ASCII is left to the tree to judge.
   */
  private void text() {
    rawText();
    for (int i = textFrom; i < textTo; i++) {
      byte b = bytes[i];
      if (b > ' ') {
        return; // ASCII and not a space: a raw string holds no other ASCII whitespace
      }
    }
    throw NOT_DIRECT;
  }

  /** A string without escapes, blank or not, at {@code bytes[textFrom, textTo)}. */
  private void rawText() {
    if (parser.next() != '"') {
      throw NOT_DIRECT;
    }
    textFrom = parser.plainString();
    textTo = parser.offset() - 1;
  }

  private String decoded(int from, int to) {
    return new String(bytes, from, to - from, StandardCharsets.UTF_8);
  }

  /** The last text as an id: lower-case letters, digits and '-', not first. */
  private String idText() {
    for (int i = textFrom; i < textTo; i++) {
      byte c = bytes[i];
      boolean allowed = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || (c == '-' && i > textFrom);
      if (!allowed) {
        throw NOT_DIRECT;
      }
    }
    return new String(bytes, textFrom, textTo - textFrom, StandardCharsets.ISO_8859_1);
  }

  private TimePoint date() {
    text();
    try {
      return mapper.date(bytes, textFrom, textTo);
    } catch (IllegalArgumentException e) {
      throw NOT_DIRECT;
    }
  }

  /** An array's opening bracket; whether it has entries (when it is empty, its closing bracket is read too). */
  private boolean arrayWithEntries() {
    if (parser.next() != '[') {
      throw NOT_DIRECT;
    }
    if (parser.peek() == ']') {
      parser.next();
      return false;
    }
    return true;
  }

  /** After an entry of an array: whether another follows. */
  private boolean moreEntries() {
    byte b = parser.next();
    if (b == ',') {
      return true;
    }
    if (b == ']') {
      return false;
    }
    throw NOT_DIRECT;
  }

  /** An array of strings, each kept once (actors, tags). */
  private String[] sharedTexts() {
    if (!arrayWithEntries()) {
      return NO_TEXTS;
    }
    scratch.clear();
    do {
      rawText();
      scratch.add(mapper.sharedText(bytes, textFrom, textTo));
    } while (moreEntries());
    return scratch.toArray(NO_TEXTS);
  }

  /** The related ids, with where each is, as the reader checks them once every event is known. */
  private List<Str> related() {
    if (!arrayWithEntries()) {
      return List.of();
    }
    List<Str> ids = new ArrayList<>(2);
    do {
      parser.peek();
      long at = parser.here();
      rawText();
      ids.add(new Str(at, decoded(textFrom, textTo)));
    } while (moreEntries());
    return ids;
  }

  private void openObject() {
    if (parser.next() != '{' || parser.peek() == '}') {
      throw NOT_DIRECT; // an empty one lacks its required fields
    }
  }

  /** The next member's name, after its object's opening brace or a comma. */
  private String memberName() {
    if (parser.next() != '"') {
      throw NOT_DIRECT;
    }
    String name = parser.knownName();
    if (parser.next() != ':') {
      throw NOT_DIRECT;
    }
    return name;
  }

  private void sources() {
    if (!arrayWithEntries()) {
      return; // no sources: a warning, which finish() leaves to the tree
    }
    do {
      int i = sourceCount++;
      if (i == publishers.length) {
        int more = 2 * i;
        publishers = Arrays.copyOf(publishers, more);
        sourceDates = Arrays.copyOf(sourceDates, more);
        sourceKinds = Arrays.copyOf(sourceKinds, more);
        sourceTitles = Arrays.copyOf(sourceTitles, 2 * more);
        sourceUrls = Arrays.copyOf(sourceUrls, 2 * more);
        sourceNotes = Arrays.copyOf(sourceNotes, 2 * more);
      }
      source(i);
    } while (moreEntries());
  }

  private void source(int i) {
    openObject();
    int fields = 0;
    sourceTitles[2 * i] = -1;
    publishers[i] = null;
    sourceUrls[2 * i] = -1;
    sourceDates[i] = null;
    sourceKinds[i] = null;
    sourceNotes[2 * i] = -1;
    do {
      String name = memberName();
      int field = switch (name) {
        case "title" -> {
          text();
          sourceTitles[2 * i] = textFrom;
          sourceTitles[2 * i + 1] = textTo;
          yield 1;
        }
        case "publisher" -> {
          text();
          publishers[i] = mapper.sharedText(bytes, textFrom, textTo);
          yield 1 << 1;
        }
        case "url" -> {
          text();
          if (!HttpUrls.isPlain(bytes, textFrom, textTo)) {
            throw NOT_DIRECT; // URI judges the others, and names what is wrong
          }
          sourceUrls[2 * i] = textFrom;
          sourceUrls[2 * i + 1] = textTo;
          yield 1 << 2;
        }
        case "date" -> {
          sourceDates[i] = date();
          yield 1 << 3;
        }
        case "kind" -> {
          text();
          sourceKinds[i] = SourceKind.ofKey(decoded(textFrom, textTo)).orElseThrow(() -> NOT_DIRECT);
          yield 1 << 4;
        }
        case "note" -> {
          text();
          sourceNotes[2 * i] = textFrom;
          sourceNotes[2 * i + 1] = textTo;
          yield 1 << 5;
        }
        default -> throw NOT_DIRECT;
      };
      if ((fields & field) != 0) {
        throw NOT_DIRECT;
      }
      fields |= field;
    } while (endOfMembers());
    if ((fields & 0b11) != 0b11) {
      throw NOT_DIRECT; // no title or no publisher
    }
  }

  private void quotes() {
    if (!arrayWithEntries()) {
      return;
    }
    quotes = new ArrayList<>(2);
    do {
      if (quotes.size() == quoteSources.length) {
        quoteSources = Arrays.copyOf(quoteSources, 2 * quoteSources.length);
      }
      quotes.add(quote(quotes.size()));
    } while (moreEntries());
  }

  private Quote quote(int index) {
    openObject();
    int fields = 0;
    String text = null;
    String speaker = null;
    String occasion = null;
    TimePoint date = null;
    quoteSources[index] = -1;
    do {
      String name = memberName();
      int field = switch (name) {
        case "text" -> {
          text();
          text = decoded(textFrom, textTo);
          yield 1;
        }
        case "speaker" -> {
          text();
          speaker = mapper.sharedText(decoded(textFrom, textTo));
          yield 1 << 1;
        }
        case "occasion" -> {
          text();
          occasion = mapper.sharedText(decoded(textFrom, textTo));
          yield 1 << 2;
        }
        case "date" -> {
          date = date();
          yield 1 << 3;
        }
        case "source" -> {
          Num n = parser.numberValue();
          int source = n.number().intValue(); // as the mapper reads it
          if (!n.integral() || source < 0) {
            throw NOT_DIRECT;
          }
          quoteSources[index] = source;
          yield 1 << 4;
        }
        default -> throw NOT_DIRECT;
      };
      if ((fields & field) != 0) {
        throw NOT_DIRECT;
      }
      fields |= field;
    } while (endOfMembers());
    if (text == null || speaker == null) {
      throw NOT_DIRECT;
    }
    OptionalInt source = quoteSources[index] < 0 ? OptionalInt.empty() : OptionalInt.of(quoteSources[index]);
    return new Quote(text, speaker, Optional.ofNullable(occasion), Optional.ofNullable(date), source);
  }

  private void attributes() {
    if (!arrayWithEntries()) {
      return;
    }
    do {
      int i = attributeCount++;
      if (i == attributeNames.length) {
        attributeNames = Arrays.copyOf(attributeNames, 2 * i);
        attributeValues = Arrays.copyOf(attributeValues, 4 * i);
      }
      openObject();
      int fields = 0;
      do {
        String name = memberName();
        int field = switch (name) {
          case "name" -> {
            text();
            attributeNames[i] = mapper.sharedText(bytes, textFrom, textTo);
            yield 1;
          }
          case "value" -> {
            text();
            attributeValues[2 * i] = textFrom;
            attributeValues[2 * i + 1] = textTo;
            yield 1 << 1;
          }
          default -> throw NOT_DIRECT;
        };
        if ((fields & field) != 0) {
          throw NOT_DIRECT;
        }
        fields |= field;
      } while (endOfMembers());
      if (fields != 0b11) {
        throw NOT_DIRECT;
      }
    } while (moreEntries());
  }

  private Approximation approximation() {
    openObject();
    int fields = 0;
    boolean time = false;
    boolean atPlace = false;
    String note = null;
    do {
      String name = memberName();
      int field = switch (name) {
        case "time" -> {
          time = parser.bool();
          yield 1;
        }
        case "place" -> {
          atPlace = parser.bool();
          yield 1 << 1;
        }
        case "note" -> {
          text();
          note = decoded(textFrom, textTo);
          yield 1 << 2;
        }
        default -> throw NOT_DIRECT;
      };
      if ((fields & field) != 0) {
        throw NOT_DIRECT;
      }
      fields |= field;
    } while (endOfMembers());
    if (fields != 0b111) {
      throw NOT_DIRECT;
    }
    return new Approximation(time, atPlace, note);
  }

  /** A place id that was declared, or an inline place. */
  private Place place() {
    byte b = parser.peek();
    if (b == '"') {
      rawText();
      Place found = mapper.placeById(bytes, textFrom, textTo);
      if (found == null) {
        throw NOT_DIRECT;
      }
      return found;
    }
    if (b != '{') {
      throw NOT_DIRECT;
    }
    openObject();
    int fields = 0;
    String name = null;
    double lat = 0;
    double lon = 0;
    ZoneId zone = null;
    String country = null;
    do {
      String member = memberName();
      int field = switch (member) {
        case "name" -> {
          text();
          name = mapper.sharedText(decoded(textFrom, textTo));
          yield 1;
        }
        case "lat" -> {
          lat = coordinate(90);
          yield 1 << 1;
        }
        case "lon" -> {
          lon = coordinate(180);
          yield 1 << 2;
        }
        case "timeZone" -> {
          text();
          try {
            zone = mapper.zone(decoded(textFrom, textTo));
          } catch (DateTimeException e) {
            throw NOT_DIRECT;
          }
          yield 1 << 3;
        }
        case "country" -> {
          text();
          country = mapper.sharedText(decoded(textFrom, textTo));
          yield 1 << 4;
        }
        default -> throw NOT_DIRECT; // "id" too: an inline place has none
      };
      if ((fields & field) != 0) {
        throw NOT_DIRECT;
      }
      fields |= field;
    } while (endOfMembers());
    if ((fields & 0b1111) != 0b1111) {
      throw NOT_DIRECT;
    }
    return new Place("@" + lat + "," + lon, name, new GeoPoint(lat, lon), zone, Optional.ofNullable(country));
  }

  private double coordinate(double limit) {
    double v = parser.numberValue().number().doubleValue();
    if (!(v >= -limit && v <= limit)) {
      throw NOT_DIRECT;
    }
    return v;
  }
}
