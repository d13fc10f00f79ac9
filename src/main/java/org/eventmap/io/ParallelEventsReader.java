package org.eventmap.io;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.eventmap.io.DatasetMapper.MappedEvent;
import org.eventmap.io.JsonChunkParser.Ending;
import org.eventmap.io.JsonChunkParser.Outcome;
import org.eventmap.io.JsonTree.Origin;

/**
 * Reads the entries of the events array on every core: the file is cut into chunks of a few megabytes
 * and each chunk is parsed and mapped on its own, while the reading thread reads on and hands the
 * results on in the file's order.
 *
 * <p>Where to cut is guessed, not found by a scan of every byte (which alone would take a second for a
 * file of a gigabyte and a half): a chunk ends after a comma followed by what came between the first two
 * entries of the array, the separator, such as {@code ,\n    {\n      "id"}. The guess is checked: a chunk
 * is only trusted when the chunk before it ended exactly at its end, after a whole entry and its comma.
 * When a guess was wrong (a separator inside a text, or in a nested list), the unfinished entry is read
 * again, joined to the next chunk, on the reading thread; the result is the same, only slower.
 *
 * <p>Anything that is not plain, well-formed JSON, or a file whose separator cannot be learnt from its
 * first entries, is left to the sequential reader ({@link SequentialReadNeeded}).
 */
final class ParallelEventsReader {
  /** The file should be read again by the sequential reader, which explains broken JSON as Jackson does. */
  static final class SequentialReadNeeded extends Exception {
    SequentialReadNeeded() {
      super(null, null, false, false);
    }
  }

  /** Takes the results of each chunk, in the file's order. */
  interface Results {
    /**
     * @param mapper holds the chunk's problems, placed from its first byte
     * @param origin where the chunk's first byte is in the file
     */
    void take(List<MappedEvent> events, DatasetMapper mapper, Origin origin);
  }

  /** What follows the events array (from just after its {@code ]}), and where that is in the file. */
  record Tail(InputStream in, Origin origin) {}

  /** Bytes of the file held in memory; the entries run from the start to {@code length}. */
  private record Chunk(byte[] bytes, int length, boolean atArrayStart, boolean last) {}

  private record ChunkResult(Outcome outcome, List<MappedEvent> events, DatasetMapper mapper) {}

  private record Pending(Chunk chunk, Future<ChunkResult> result) {}

  /** How far into the array the first two entries must have started, for the separator to be learnt. */
  private static final int MAX_BYTES_TO_LEARN_FROM = 64 << 20;

  private final DatasetMapper.Context context;
  private final int chunkBytes;
  private final int threads;
  private final Results results;

  private ExecutorService workers;
  private final Deque<Pending> inFlight = new ArrayDeque<>();
  /** Where the next chunk starts in the file, when the chunks so far ended where they should. */
  private Origin next;
  /** The unfinished entry at the end of the last chunk, to be read again with the next chunk; or null. */
  private Chunk remainder;
  private Origin remainderOrigin;
  /** Once the array's end has been found: what follows it, in order; null before. */
  private List<InputStream> tail;
  private Origin tailOrigin;

  ParallelEventsReader(DatasetMapper.Context context, int chunkBytes, int threads, Results results) {
    this.context = context;
    this.chunkBytes = chunkBytes;
    this.threads = threads;
    this.results = results;
  }

  /**
   * Reads the entries that start in {@code buffered} and go on in {@code in}.
   *
   * @param buffered bytes just after the array's {@code [} that a parser had already taken from {@code in}
   * @param origin where the first of them is in the file
   */
  Tail read(byte[] buffered, InputStream in, Origin origin) throws IOException, SequentialReadNeeded {
    next = origin;
    byte[] separator = null;
    byte[] carried = buffered;
    boolean first = true;
    try {
      while (tail == null) {
        // A chunk is as large as asked, what is carried over included (a humongous array under G1 that
        // fills its region); it doubles when an entry is longer than that.
        int size = carried.length < chunkBytes / 2 ? chunkBytes : 2 * carried.length;
        int wanted = size - carried.length;
        byte[] bytes = Arrays.copyOf(carried, size);
        int read = in.readNBytes(bytes, carried.length, wanted);
        int length = carried.length + read;
        boolean last = read < wanted;
        if (first && !last && separator == null) {
          separator = learnSeparator(bytes, length);
          if (separator == null && length > MAX_BYTES_TO_LEARN_FROM) {
            throw new SequentialReadNeeded();
          }
          if (separator == null) {
            carried = Arrays.copyOf(bytes, length); // the first two entries may not have been read yet
            continue;
          }
        }
        int cut = last ? length : lastCut(bytes, length, separator);
        if (cut <= 0) {
          carried = Arrays.copyOf(bytes, length);
          continue;
        }
        carried = Arrays.copyOfRange(bytes, cut, length);
        submit(new Chunk(bytes, cut, first, last));
        first = false;
        // Results are taken as they come, and the reading waits when every thread has two chunks to do.
        while (tail == null && !inFlight.isEmpty()
            && (inFlight.size() >= 2 * threads || inFlight.peek().result().isDone())) {
          takeResult(inFlight.poll());
        }
        if (last) {
          break;
        }
      }
      while (tail == null && !inFlight.isEmpty()) {
        takeResult(inFlight.poll());
      }
      if (tail == null) {
        throw new SequentialReadNeeded(); // the array does not end: broken JSON
      }
      // Chunks read past the end of the array, what was carried over and the rest of the stream follow it.
      for (Pending p : inFlight) {
        p.result().cancel(false);
        tail.add(new ByteArrayInputStream(p.chunk().bytes(), 0, p.chunk().length()));
      }
      inFlight.clear();
      tail.add(new ByteArrayInputStream(carried));
      tail.add(in);
      return new Tail(new SequenceInputStream(Collections.enumeration(tail)), tailOrigin);
    } finally {
      if (workers != null) {
        workers.shutdownNow();
      }
    }
  }

  private void submit(Chunk chunk) {
    if (workers == null && chunk.atArrayStart() && chunk.last()) {
      // A file of one chunk is read on this thread: no pool for a small file.
      inFlight.add(new Pending(chunk, CompletableFuture.completedFuture(parse(chunk))));
      return;
    }
    if (workers == null) {
      workers = Executors.newFixedThreadPool(threads, runnable -> {
        Thread thread = new Thread(runnable, "dataset-reader");
        thread.setDaemon(true);
        return thread;
      });
    }
    inFlight.add(new Pending(chunk, workers.submit(() -> parse(chunk))));
  }

  private ChunkResult parse(Chunk chunk) {
    DatasetMapper mapper = new DatasetMapper(context);
    List<MappedEvent> events = new ArrayList<>();
    // Entries are read straight into events where nothing is wrong with them, and as trees otherwise.
    Outcome outcome = new JsonChunkParser(chunk.bytes(), 0, chunk.length()).readEntries(chunk.atArrayStart(),
        new DirectEventReader(mapper), events::add, entry -> events.add(mapper.readEventEntry(entry)));
    mapper.finishMapping();
    return new ChunkResult(outcome, events, mapper);
  }

  /** Hands on the next chunk's result, once its start is known to be the start of an entry. */
  private void takeResult(Pending pending) throws IOException, SequentialReadNeeded {
    Chunk chunk = pending.chunk();
    if (remainder == null) {
      ChunkResult result = await(pending.result());
      take(chunk, result, next);
      return;
    }
    // The chunk was read from a wrong start: read it again after the unfinished entry before it.
    pending.result().cancel(false);
    byte[] joined = Arrays.copyOf(remainder.bytes(), remainder.length() + chunk.length());
    System.arraycopy(chunk.bytes(), 0, joined, remainder.length(), chunk.length());
    Chunk rejoined = new Chunk(joined, joined.length, remainder.atArrayStart(), chunk.last());
    Origin origin = remainderOrigin;
    remainder = null;
    take(rejoined, parse(rejoined), origin);
  }

  private void take(Chunk chunk, ChunkResult result, Origin origin) throws SequentialReadNeeded {
    Outcome outcome = result.outcome();
    if (outcome.ending() == Ending.BROKEN || (chunk.last() && outcome.ending() != Ending.ARRAY_CLOSED)) {
      throw new SequentialReadNeeded();
    }
    results.take(result.events(), result.mapper(), origin);
    Origin end = Origin.of(origin.at(outcome.at()));
    switch (outcome.ending()) {
      case AT_CHUNK_END -> next = end;
      case INCOMPLETE -> {
        remainder = new Chunk(Arrays.copyOfRange(chunk.bytes(), outcome.offset(), chunk.length()),
            chunk.length() - outcome.offset(), chunk.atArrayStart() && outcome.entries() == 0, false);
        remainderOrigin = end;
      }
      case ARRAY_CLOSED -> {
        tail = new ArrayList<>();
        tail.add(new ByteArrayInputStream(chunk.bytes(), outcome.offset(), chunk.length() - outcome.offset()));
        tailOrigin = end;
      }
      default -> throw new IllegalStateException(outcome.ending().toString());
    }
  }

  private static ChunkResult await(Future<ChunkResult> result) throws IOException {
    try {
      return result.get();
    } catch (InterruptedException e) {
      throw new ProgressInputStream.Cancelled();
    } catch (ExecutionException e) {
      if (e.getCause() instanceof RuntimeException r) {
        throw r;
      }
      if (e.getCause() instanceof Error error) {
        throw error;
      }
      throw new IllegalStateException(e.getCause());
    }
  }

  /**
   * What separates the first two entries, from the comma to the closing quote of the second entry's first
   * field name (such as {@code ,\n    {\n      "id"}); null when the first two entries are not objects
   * or do not both start in these bytes.
   */
  static byte[] learnSeparator(byte[] bytes, int length) {
    int at = skipWhitespace(bytes, 0, length);
    if (at >= length || bytes[at] != '{') {
      return null;
    }
    // The first entry: strings (with their escapes) and nesting are all that matter to find its end.
    int depth = 0;
    boolean inString = false;
    for (; at < length; at++) {
      byte b = bytes[at];
      if (inString) {
        if (b == '\\') {
          at++;
        } else if (b == '"') {
          inString = false;
        }
      } else if (b == '"') {
        inString = true;
      } else if (b == '{' || b == '[') {
        depth++;
      } else if ((b == '}' || b == ']') && --depth == 0) {
        at++;
        break;
      }
    }
    if (depth != 0) {
      return null;
    }
    at = skipWhitespace(bytes, at, length);
    if (at >= length || bytes[at] != ',') {
      return null;
    }
    int comma = at;
    at = skipWhitespace(bytes, at + 1, length);
    if (at >= length || bytes[at] != '{') {
      return null;
    }
    at = skipWhitespace(bytes, at + 1, length);
    if (at >= length || bytes[at] != '"') {
      return null;
    }
    for (at++; at < length && bytes[at] != '"'; at++) {
      if (bytes[at] == '\\' || bytes[at] < 0x20) {
        return null;
      }
    }
    return at < length ? Arrays.copyOfRange(bytes, comma, at + 1) : null;
  }

  /** Just after the comma of the last separator in the bytes, or -1 when there is none. */
  static int lastCut(byte[] bytes, int length, byte[] separator) {
    for (int at = length - separator.length; at > 0; at--) {
      if (bytes[at] == ',' && Arrays.equals(bytes, at, at + separator.length, separator, 0, separator.length)) {
        return at + 1;
      }
    }
    return -1;
  }

  private static int skipWhitespace(byte[] bytes, int at, int length) {
    while (at < length && (bytes[at] == ' ' || bytes[at] == '\n' || bytes[at] == '\r' || bytes[at] == '\t')) {
      at++;
    }
    return at;
  }
}
