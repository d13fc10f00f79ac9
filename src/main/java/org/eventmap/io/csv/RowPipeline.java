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
 * Reads a spreadsheet's rows on a thread of their own (decoding, cutting into cells, making the wanted
 * cells strings) while the calling thread makes events of the rows already cut: the two halves of the
 * work on two cores. Rows go over in batches, in order, and a few batches at most are in flight, so the
 * memory held does not grow with the file. A small file is read on the calling thread alone.
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

  /** Reads what it can from a row's cells on the cutting thread, to spare the thread that makes events. */
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
  private final boolean[] wanted;
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
    this.wanted = wanted;
    this.width = width;
  }

  /** The line of the last row cut, for a message about bytes that are not UTF-8. */
  int lastLine() {
    return lastLine;
  }

  void run(boolean inParallel, Consumer consumer) throws IOException, CsvTokenizer.SyntaxError {
    if (!inParallel) {
      cut(consumer);
      return;
    }
    BlockingQueue<Object> queue = new ArrayBlockingQueue<>(BATCHES_IN_FLIGHT);
    Thread cutter = new Thread(() -> {
      Throwable failure = null;
      try {
        cut(batch -> put(queue, batch));
      } catch (Throwable t) {
        failure = t;
      }
      put(queue, new End(failure));
    }, "spreadsheet-rows");
    cutter.setDaemon(true);
    cutter.start();
    try {
      while (true) {
        Object next = queue.take();
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
        Cells cells = new Cells(row, wanted, width);
        preparer.prepare(cells);
        batch.add(cells);
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
