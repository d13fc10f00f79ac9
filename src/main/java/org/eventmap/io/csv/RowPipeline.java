package org.eventmap.io.csv;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import org.eventmap.io.ProgressInputStream;
import org.eventmap.io.ProgressListener;

/**
 * Reads a large spreadsheet in three stages, each on a thread of its own: one decodes the text, cuts it
 * into cells and makes the wanted cells strings; one reads dates, coordinates and the other values from
 * the cells ({@link Preparer}); the calling thread makes events of the rows read. Rows go over in
 * batches, in order, and a few batches at most are in flight between stages, so the memory held does not
 * grow with the file. A small file is read on the calling thread alone.
 */
final class RowPipeline {
  /** From this size a file's rows are cut on a thread of their own. */
  static final long IN_PARALLEL_FROM = 4 << 20;
  private static final int BATCH_ROWS = 1024;
  /** Rows in flight survive young collections and are copied by them: a few megabytes at most. */
  private static final int BATCHES_IN_FLIGHT = 4;

  interface Consumer {
    void take(List<Cells> batch);
  }

  /**
   * Reads what it can from a row's cells on a thread of its own, to spare the thread that makes events;
   * always the same thread for one file, so the maps it keeps need no locks.
   */
  interface Preparer {
    void prepare(Cells row);
  }

  /** The end of the rows: nothing more (null), or what stopped the cutting. */
  private record End(Throwable failure) {}

  private final Path path;
  private final long size;
  private final ProgressListener listener;
  private final Encoding encoding;
  private final Dialect dialect;
  private final boolean hasHeader;
  /** The indexes of the wanted cells, in order. */
  private final int[] wanted;
  private final int width;
  private final Preparer preparer;
  /** Set when the cutting must end: the events' side stopped, or the cutting thread was interrupted. */
  private volatile boolean stopped;
  /** Set when the events' side no longer takes anything: nothing more needs handing over. */
  private volatile boolean consumerGone;
  private volatile int lastLine;

  RowPipeline(Path path, long size, ProgressListener listener, Encoding encoding, Dialect dialect, boolean hasHeader,
      boolean[] wanted, int width, Preparer preparer) {
    this.preparer = preparer;
    this.path = path;
    this.size = size;
    this.listener = listener;
    this.encoding = encoding;
    this.dialect = dialect;
    this.hasHeader = hasHeader;
    this.wanted = java.util.stream.IntStream.range(0, wanted.length).filter(i -> wanted[i]).toArray();
    this.width = width;
  }

  /** The line of the last row cut, for a message about bytes that are not UTF-8. */
  int lastLine() {
    return lastLine;
  }

  void run(boolean inParallel, Consumer consumer) throws IOException, CsvTokenizer.SyntaxError {
    if (!inParallel) {
      cut(batch -> {
        batch.forEach(preparer::prepare);
        consumer.take(batch);
      });
      return;
    }
    // Three stages on two cores: cutting, reading the cells, making events. With two threads one of them
    // waited for the other a third of the time; with three the system keeps both cores busy.
    BlockingQueue<Object> cut = new ArrayBlockingQueue<>(BATCHES_IN_FLIGHT);
    BlockingQueue<Object> prepared = new ArrayBlockingQueue<>(BATCHES_IN_FLIGHT);
    Thread cutter = new Thread(() -> {
      Throwable failure = null;
      try {
        cut(batch -> put(cut, batch));
      } catch (Throwable t) {
        failure = t;
      }
      put(cut, new End(failure));
    }, "spreadsheet-rows");
    Thread reader = new Thread(() -> {
      try {
        while (true) {
          Object next = cut.take();
          if (next instanceof List<?> batch) {
            for (Object row : batch) {
              preparer.prepare((Cells) row);
            }
          }
          put(prepared, next);
          if (next instanceof End) {
            return;
          }
        }
      } catch (Throwable t) {
        stopped = true;
        put(prepared, new End(t));
      }
    }, "spreadsheet-cells");
    cutter.setDaemon(true);
    reader.setDaemon(true);
    cutter.start();
    reader.start();
    try {
      while (true) {
        Object next = prepared.take();
        if (next instanceof End end) {
          rethrow(end.failure());
          return;
        }
        @SuppressWarnings("unchecked")
        List<Cells> batch = (List<Cells>) next;
        consumer.take(batch);
      }
    } catch (InterruptedException e) {
      // The calling thread was interrupted (Task.cancel): stop the cutting and say the read was cancelled.
      Thread.currentThread().interrupt();
      throw new ProgressInputStream.Cancelled();
    } finally {
      stopped = true;
      consumerGone = true;
      cutter.interrupt();
      reader.interrupt();
    }
  }

  /**
   * Hands an item over, waiting while the events' side is behind. An interrupt of the cutting thread
   * stops the cutting, but the item (above all the end) is still handed over, or the events' side would
   * wait for ever.
   */
  private void put(BlockingQueue<Object> queue, Object item) {
    while (!consumerGone) {
      try {
        if (queue.offer(item, 100, TimeUnit.MILLISECONDS)) {
          return;
        }
      } catch (InterruptedException e) {
        stopped = true;
      }
    }
  }

  private static void rethrow(Throwable failure) throws IOException, CsvTokenizer.SyntaxError {
    if (failure == null) {
      return;
    }
    if (failure instanceof IOException io) {
      throw io;
    }
    if (failure instanceof CsvTokenizer.SyntaxError syntax) {
      throw syntax;
    }
    if (failure instanceof RuntimeException r) {
      throw r;
    }
    if (failure instanceof Error e) {
      throw e;
    }
    throw new IllegalStateException(failure);
  }

  private void cut(Consumer consumer) throws IOException, CsvTokenizer.SyntaxError {
    ProgressListener stoppable = (read, total) -> !stopped && listener.progress(read, total);
    try (InputStream raw = Files.newInputStream(path);
        InputStream in = new ProgressInputStream(raw, size, stoppable);
        Reader reader = encoding.reader(in)) {
      CsvTokenizer tokenizer = new CsvTokenizer(reader, dialect.delimiter(), Dialect.QUOTE);
      boolean skipSep = dialect.skipFirstLine();
      boolean skipHeader = hasHeader;
      List<Cells> batch = new ArrayList<>(BATCH_ROWS);
      for (CsvTokenizer.Row row; (row = tokenizer.next()) != null; ) {
        lastLine = row.line;
        if (row.isEmptyLine()) {
          continue;
        }
        if (skipSep) {
          skipSep = false;
          continue;
        }
        if (skipHeader) {
          skipHeader = false;
          continue;
        }
        batch.add(new Cells(row, wanted, width));
        if (batch.size() == BATCH_ROWS) {
          consumer.take(batch);
          batch = new ArrayList<>(BATCH_ROWS);
          if (stopped) {
            throw new ProgressInputStream.Cancelled();
          }
        }
      }
      if (!batch.isEmpty()) {
        consumer.take(batch);
      }
    }
  }
}
