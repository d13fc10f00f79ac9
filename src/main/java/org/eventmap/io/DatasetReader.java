package org.eventmap.io;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.eventmap.domain.Dataset;
import org.eventmap.domain.Event;
import org.eventmap.domain.Precision;
import org.eventmap.domain.TimePoint;
import org.eventmap.io.DatasetFields.Field;
import org.eventmap.io.DatasetFields.Type;
import org.eventmap.io.DatasetMapper.MappedEvent;
import org.eventmap.io.JsonTree.Arr;
import org.eventmap.io.JsonTree.JacksonReader;
import org.eventmap.io.JsonTree.Member;
import org.eventmap.io.JsonTree.Obj;
import org.eventmap.io.JsonTree.ObjBuilder;
import org.eventmap.io.JsonTree.Origin;
import org.eventmap.io.JsonTree.Position;
import org.eventmap.io.JsonTree.Str;
import org.eventmap.io.JsonTree.Value;

/**
 * Reads an Eventmap dataset file ({@code docs/dataset-format.md}) and checks it whole: every problem it
 * can find is reported with its line and column, none stops the reading of the rest, and a dataset is
 * only handed on when there is no error. Never throws for a user's mistake.
 *
 * <p>A file from disk has its events array read on every core ({@link ParallelEventsReader}) when its
 * places and categories come first, as in every file we know; anything else is read in order with
 * Jackson's parser. A file that is not well-formed JSON is always read in order in the end, so that the
 * one message about it is Jackson's.
 */
public final class DatasetReader {
  public static final String FORMAT = "eventmap/1";

  /** One factory for every read (making one per read costs more than reading a small file). */
  private static final JsonFactory PARSERS =
      new ObjectMapper().getFactory().rebuild().enable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION).build();

  /**
   * The size of the parts of the events array read in parallel: large enough that cutting costs nothing,
   * and the size that the texts' slabs have (a region of G1's heap), which suits the collector as well.
   */
  static final int CHUNK_BYTES = SlabSize.largest();
  /** No parallel reading: the events are read in order, with Jackson. */
  static final int SEQUENTIAL = 0;

  /**
   * Put before what follows the events array, for a parser that starts there: it makes a whole object of
   * the rest of the file's top object ({@code {"":0, "more": 1}} or {@code {"":0}}).
   */
  private static final byte[] REST_OF_OBJECT_PREFIX = "{\"\":0".getBytes(StandardCharsets.US_ASCII);

  private static final Field DATASET_FORMAT = DatasetFields.DATASET.field("format", Type.STRING);
  private static final Field DATASET_TITLE = DatasetFields.DATASET.field("title", Type.STRING);
  private static final Field DATASET_DESCRIPTION = DatasetFields.DATASET.field("description", Type.STRING);
  private static final Field DATASET_LICENSE = DatasetFields.DATASET.field("license", Type.STRING);
  private static final Field DATASET_ATTRIBUTION = DatasetFields.DATASET.field("attribution", Type.STRING);
  private static final Field DATASET_OPEN_ON = DatasetFields.DATASET.field("openOn", Type.STRING);
  private static final String PLACES = DatasetMapper.DATASET_PLACES.name();
  private static final String CATEGORIES = DatasetMapper.DATASET_CATEGORIES.name();
  private static final String EVENTS = DatasetMapper.DATASET_EVENTS.name();

  private final String file;
  private final int chunkBytes;
  private final List<Problem> problems = new ArrayList<>();
  private final DatasetMapper.Context context = new DatasetMapper.Context();
  /** Maps the top object, places, categories and events read in order; its positions count from the file's start. */
  private final DatasetMapper mapper;

  private final List<Event> events = new ArrayList<>();
  /** Every id met: true when it is that of an event, false when only of entries with errors. */
  private final Map<String, Boolean> ids;
  /** Each event's related ids with their positions in the file, checked once every event is known. */
  private final Map<String, List<Str>> relatedRefs = new HashMap<>();
  private boolean eventsStreamed;
  /** Whether what followed the events array was read by a parser of its own (see readEventsInParallel). */
  private boolean restReadApart;
  private long topAt = Position.pack(1, 1);

  /** @param fileBytes the size of the file, or -1 when it is not known (a stream) */
  private DatasetReader(String file, int chunkBytes, long fileBytes) {
    this.file = file;
    this.chunkBytes = chunkBytes;
    if (fileBytes >= 0) {
      context.fitSlabsTo(fileBytes); // before any mapper makes its slabs
    }
    // Sized for an event per kilobyte and a half, as files written with indentation have, so that the map
    // of a million ids is not copied into larger tables eleven times on the way.
    this.ids = new HashMap<>((int) Math.min(1 << 24, Math.max(16, fileBytes / 1500)));
    this.mapper = new DatasetMapper(context);
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
    return read(path, listener, CHUNK_BYTES);
  }

  /**
   * As {@link #read(Path, ProgressListener)}, with the events read in parts of this size ({@link #SEQUENTIAL}:
   * in order).
   */
  static LoadResult read(Path path, ProgressListener listener, int chunkBytes) {
    ProgressListener neverBack = new NeverBackwards(listener);
    LoadResult result = readOnce(path, neverBack, chunkBytes);
    return result != null ? result : readOnce(path, neverBack, SEQUENTIAL);
  }

  /**
   * Reads the file once; null when a read in parallel found that it must be read again in order (it is
   * not well-formed JSON, or not laid out so that it can be cut).
   */
  static LoadResult readOnce(Path path, ProgressListener listener, int chunkBytes) {
    String name = path.toString();
    try (InputStream in = Files.newInputStream(path)) {
      long size = Files.size(path);
      LoadResult result = new DatasetReader(name, chunkBytes, size).readAll(new ProgressInputStream(in, size, listener));
      return result == null ? null : CharacterColumns.counted(path, result);
    } catch (NoSuchFileException e) {
      return LoadResult.failure(name, "no such file");
    } catch (ProgressInputStream.Cancelled e) {
      return LoadResult.cancelled(name);
    } catch (IOException e) {
      return LoadResult.failure(name, "cannot be read: " + e.getMessage());
    }
  }

  /** Reads a dataset from a stream; {@code name} is how messages refer to it. */
  public static LoadResult read(String name, InputStream in) {
    return new DatasetReader(name, SEQUENTIAL, -1).readAll(in);
  }

  /** Reads a dataset from a stream of unknown length, with progress and cancelling as for a file. */
  public static LoadResult read(String name, InputStream in, ProgressListener listener) {
    return new DatasetReader(name, SEQUENTIAL, -1).readAll(new ProgressInputStream(in, -1, listener));
  }


  /** The read again of a file that the parallel reader left to the sequential one starts from 0 again. */
  private static final class NeverBackwards implements ProgressListener {
    private final ProgressListener listener;
    private long most;

    NeverBackwards(ProgressListener listener) {
      this.listener = listener;
    }

    @Override
    public boolean progress(long bytesRead, long totalBytes) {
      most = Math.max(most, bytesRead);
      return listener.progress(most, totalBytes);
    }
  }

  /** Reads the whole input; null when a parallel read found that the file must be read in order. */
  private LoadResult readAll(InputStream in) {
    Obj top;
    List<JsonParser> parsers = new ArrayList<>();
    try {
      JsonParser parser = PARSERS.createParser(in);
      parsers.add(parser);
      JsonToken first = parser.nextToken();
      if (first == null) {
        throw new JsonParseException(parser, "the file is empty");
      }
      JacksonReader reader = new JacksonReader(parser, Origin.START_OF_FILE);
      if (first != JsonToken.START_OBJECT) {
        Value root = reader.readValue(first);
        reader.expectEndOfInput();
        error(root.at(), "a dataset must be a JSON object, found " + root.kind());
        return result(null);
      }
      top = readTopObject(reader, in, parsers);
    } catch (ParallelEventsReader.SequentialReadNeeded e) {
      return null;
    } catch (ProgressInputStream.Cancelled e) {
      return LoadResult.cancelled(file);
    } catch (JsonProcessingException e) {
      if (restReadApart) {
        return null; // its positions and messages would be those of the parser of the rest: read in order
      }
      // Broken JSON is the only thing said about a file, as when the whole tree was read first.
      problems.clear();
      mapper.drainProblemsTo(new ArrayList<>(), file, Origin.START_OF_FILE);
      // Jackson gives no position for its limits (nesting depth, a text's length): the parser's is there.
      var location = JsonLimits.where(e, parsers.isEmpty() ? null : parsers.get(parsers.size() - 1));
      int line = location == null ? 1 : Math.max(1, location.getLineNr());
      int column = location == null ? 1 : Math.max(1, location.getColumnNr());
      error(Position.pack(line, column), JsonLimits.limitPassed(e).orElseGet(() -> "broken JSON: " + e.getOriginalMessage()));
      return result(null);
    } catch (IOException e) {
      problems.clear();
      mapper.drainProblemsTo(new ArrayList<>(), file, Origin.START_OF_FILE);
      error(Position.pack(1, 1), "cannot be read: " + e.getMessage());
      return result(null);
    } catch (RuntimeException e) {
      return internalError(e);
    } finally {
      for (JsonParser parser : parsers) {
        try {
          parser.close();
        } catch (IOException e) {
          // Nothing more to read from it; the stream is closed by whoever opened it.
        }
      }
    }
    try {
      return result(readDataset(top));
    } catch (RuntimeException e) {
      return internalError(e);
    }
  }

  private LoadResult internalError(RuntimeException e) {
    // A bug of ours, not the user's mistake: still a message, not a crash, and no data is replaced.
    error(topAt, "could not be read because of an error in Eventmap (" + e + "); please report it");
    return result(null);
  }

  /**
   * Reads the dataset object member by member. The events array is mapped entry by entry as it is read
   * when the places and categories are already known, so that the tree of the whole file never exists
   * (for a million events it would take several gigabytes); otherwise (an unusual order) it is kept as a
   * tree and mapped at the end.
   */
  private Obj readTopObject(JacksonReader reader, InputStream in, List<JsonParser> parsers)
      throws IOException, ParallelEventsReader.SequentialReadNeeded {
    topAt = reader.tokenAt();
    ObjBuilder members = new ObjBuilder();
    JsonToken next;
    while ((next = reader.parser().nextToken()) == JsonToken.FIELD_NAME) {
      String name = reader.parser().currentName();
      long nameAt = reader.tokenAt();
      JsonToken valueToken = reader.parser().nextToken();
      Value value;
      if (name.equals(EVENTS) && valueToken == JsonToken.START_ARRAY && !members.has(EVENTS)
          && members.has(PLACES) && members.has(CATEGORIES)) {
        long arrayAt = reader.tokenAt();
        mapper.readPlacesAndCategories(members.get(PLACES), members.get(CATEGORIES), topAt);
        eventsStreamed = true;
        reader = readEvents(reader, in, parsers);
        // Stands for the array in the checks of the dataset's own fields; its events are already mapped.
        value = new Arr(arrayAt, List.of());
      } else {
        value = reader.readValue(valueToken);
      }
      members.add(new Member(name, nameAt, value));
    }
    reader.expectEnd(next, JsonToken.END_OBJECT);
    reader.expectEndOfInput();
    return members.build(topAt);
  }

  /**
   * Reads the events array whose {@code [} the reader has just read, and returns the reader to go on
   * with: the same one, or one for the rest of the file when the array was read in parallel.
   */
  private JacksonReader readEvents(JacksonReader reader, InputStream in, List<JsonParser> parsers)
      throws IOException, ParallelEventsReader.SequentialReadNeeded {
    if (chunkBytes > 0) {
      Origin afterBracket = Origin.of(reader.nextAt());
      ByteArrayOutputStream buffered = new ByteArrayOutputStream();
      // A parser of UTF-8 hands back what it has read ahead; one of UTF-16 or UTF-32 cannot (-1).
      if (reader.parser().releaseBuffered(buffered) >= 0) {
        ParallelEventsReader.Tail tail =
            new ParallelEventsReader(context, chunkBytes, Runtime.getRuntime().availableProcessors(), this::takeEvents)
                .read(buffered.toByteArray(), in, afterBracket);
        return readerOfTheRest(tail, parsers);
      }
    }
    JsonToken next;
    while ((next = reader.parser().nextToken()) != JsonToken.END_ARRAY && next != null) {
      takeEvent(mapper.readEventEntry(reader.readValue(next)), Origin.START_OF_FILE);
    }
    reader.expectEnd(next, JsonToken.END_ARRAY);
    return reader;
  }

  /**
   * A reader of what follows the events array, positioned as if the top object's members before it had
   * just been read: the rest is made a whole object by a prefix, whose tokens it has already read.
   */
  private JacksonReader readerOfTheRest(ParallelEventsReader.Tail tail, List<JsonParser> parsers) throws IOException {
    restReadApart = true;
    JsonParser parser = PARSERS.createParser(
        new SequenceInputStream(new ByteArrayInputStream(REST_OF_OBJECT_PREFIX), tail.in()));
    parsers.add(parser);
    parser.nextToken(); // {
    parser.nextToken(); // ""
    parser.nextToken(); // 0
    Origin origin = new Origin(tail.origin().line(), tail.origin().column() - REST_OF_OBJECT_PREFIX.length);
    return new JacksonReader(parser, origin);
  }

  /** Takes the events of one part of the file, in the file's order; their positions count from {@code origin}. */
  private void takeEvents(List<MappedEvent> mapped, DatasetMapper partMapper, Origin origin) {
    partMapper.drainProblemsTo(problems, file, origin);
    for (MappedEvent m : mapped) {
      takeEvent(m, origin);
    }
  }

  private void takeEvent(MappedEvent m, Origin origin) {
    if (m.id() == null) {
      return;
    }
    Boolean isEvent = ids.get(m.id());
    // Only events that list some are remembered; an empty list would have nothing to check, but replaces
    // the list of an entry with the same id before it.
    if (m.related().isEmpty()) {
      if (isEvent != null) {
        relatedRefs.remove(m.id());
      }
    } else {
      List<Str> placed = new ArrayList<>(m.related().size());
      for (Str ref : m.related()) {
        placed.add(new Str(origin.at(ref.at()), ref.text())); // not the chunk's bytes: they can go
      }
      relatedRefs.put(m.id(), placed);
    }
    if (m.event() == null) {
      if (isEvent == null) {
        ids.put(m.id(), false);
      }
    } else if (Boolean.TRUE.equals(isEvent)) {
      error(origin.at(m.idAt()), "event id '" + m.id() + "' is used twice");
    } else {
      ids.put(m.id(), true);
      events.add(m.event());
    }
  }

  /** How many events without sources, or with only copies, are named one by one; the rest are counted. */
  static final int NO_SOURCES_LISTED = 20;
  static final String NO_SOURCES = " has no sources: a reader cannot check where it comes from";
  static final String ONLY_COPIES =
      " cites only copies: give the original (the document itself or the outlet's own report) first";

  private LoadResult result(Dataset dataset) {
    mapper.drainProblemsTo(problems, file, Origin.START_OF_FILE);
    boolean clean = problems.stream().noneMatch(Problem::isError);
    problems.sort(Comparator.comparingInt(Problem::line).thenComparingInt(Problem::column));
    // A file converted from another tool has no sources at all: a hundred thousand lines would bury the rest.
    countBeyondTheFirst(NO_SOURCES, "more events have no sources, from here on");
    countBeyondTheFirst(ONLY_COPIES, "more events cite only copies, from here on");
    return new LoadResult(file, clean ? Optional.ofNullable(dataset) : Optional.empty(), problems);
  }

  /** Keeps the first {@link #NO_SOURCES_LISTED} warnings that end so, and counts the rest in one. */
  private void countBeyondTheFirst(String ending, String countedAs) {
    List<Problem> alike = problems.stream().filter(p -> !p.isError() && p.message().endsWith(ending)).toList();
    if (alike.size() > NO_SOURCES_LISTED) {
      Problem first = alike.get(NO_SOURCES_LISTED);
      java.util.Set<Problem> counted = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
      counted.addAll(alike.subList(NO_SOURCES_LISTED, alike.size()));
      problems.removeIf(counted::contains);
      problems.add(new Problem(Problem.Severity.WARNING, file, first.line(), first.column(),
          String.format(java.util.Locale.ROOT, "%,d %s", alike.size() - NO_SOURCES_LISTED, countedAs)));
      problems.sort(Comparator.comparingInt(Problem::line).thenComparingInt(Problem::column));
    }
  }

  private Dataset readDataset(Obj top) {
    mapper.checkFields(top, DatasetFields.DATASET, "the dataset");
    Optional<String> format = mapper.string(top, DATASET_FORMAT, "the dataset");
    format
        .filter(f -> !f.equals(FORMAT))
        .ifPresent(f -> error(top.member(DATASET_FORMAT.name()).value().at(),
            "format '" + f + "' is not supported; this version reads '" + FORMAT + "'"));
    Optional<String> title = mapper.string(top, DATASET_TITLE, "the dataset");
    Optional<String> description = mapper.string(top, DATASET_DESCRIPTION, "the dataset");
    Optional<String> license = mapper.string(top, DATASET_LICENSE, "the dataset");
    Optional<String> attribution = mapper.string(top, DATASET_ATTRIBUTION, "the dataset");
    Optional<LocalDate> openOn = mapper.string(top, DATASET_OPEN_ON, "the dataset").flatMap(text -> {
      Optional<TimePoint> day = mapper.date(top, DATASET_OPEN_ON.name(), text);
      if (day.isPresent() && day.get().precision() != Precision.DAY) {
        error(top.member(DATASET_OPEN_ON.name()).value().at(), "'openOn' must be a day, written YYYY-MM-DD");
        return Optional.empty();
      }
      return day.map(d -> d.firstLocalDay(ZoneOffset.UTC));
    });

    if (!eventsStreamed) {
      mapper.readPlacesAndCategories(top.member(PLACES), top.member(CATEGORIES), topAt);
      for (Obj o : mapper.objects(top.member(EVENTS), topAt, DatasetMapper.DATASET_EVENTS, "the dataset")) {
        takeEvent(mapper.readEventEntry(o), Origin.START_OF_FILE);
      }
    }
    relatedRefs.forEach((eventId, refs) -> {
      for (Str ref : refs) {
        if (ref.text().equals(eventId)) {
          error(ref.at(), "event '" + eventId + "' lists itself as related");
        } else if (!Boolean.TRUE.equals(ids.get(ref.text()))) {
          error(ref.at(), "event '" + eventId + "' is related to '" + ref.text() + "', which is not an event of this file");
        }
      }
    });
    var eras = mapper.readEras(top);
    var stories = mapper.readStories(top, id -> Boolean.TRUE.equals(ids.get(id)));
    if (title.isEmpty() || license.isEmpty() || format.isEmpty()) {
      return null;
    }
    try {
      return new Dataset(title.get(), description, license.get(), attribution, openOn,
          List.copyOf(context.places.values()), List.copyOf(context.categories.values()), events, eras, stories);
    } catch (IllegalArgumentException e) {
      error(top.at(), e.getMessage());
      return null;
    }
  }

  private void error(long at, String message) {
    Position p = Position.unpack(at);
    problems.add(new Problem(Problem.Severity.ERROR, file, p.line(), p.column(), message));
  }
}
