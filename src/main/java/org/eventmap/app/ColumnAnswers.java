package org.eventmap.app;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The columns a person chose for a spreadsheet, remembered for that file so that it opens without the
 * question next time. A file is known by its absolute path and its first line (the header): another file
 * written at the same path, with other columns, is asked about again.
 *
 * <p>The answers are kept in a small JSON file of the app's own: the one the system property
 * {@code eventmap.columns} names, else {@code columns.json} beside the session file (see
 * {@link SessionStore#forUser()}). Only the {@value #KEPT} files answered last are kept. A missing or
 * damaged store is a fresh start, never an error: at worst the person is asked again.
 */
public final class ColumnAnswers {
  /** How many files are remembered; the one answered longest ago goes first. */
  public static final int KEPT = 50;
  /** The first line is read up to this many bytes: a header longer than that is known by its start. */
  static final int HEADER_BYTES = 64 * 1024;

  private static final Logger LOG = Logger.getLogger(ColumnAnswers.class.getName());
  private static final String FORMAT = "eventmap-columns/1";
  private static final ObjectMapper JSON = new ObjectMapper()
      .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
      .enable(SerializationFeature.INDENT_OUTPUT);

  private final Path store;
  private final OwnFile own;

  /** The store at the usual place for this user (or the one the system properties name). */
  public ColumnAnswers() {
    this(defaultStore());
  }

  public ColumnAnswers(Path store) {
    this.store = Objects.requireNonNull(store, "store");
    this.own = new OwnFile(store, "the file of remembered columns");
  }

  OwnFile own() {
    return own;
  }

  public Path store() {
    return store;
  }

  static Path defaultStore() {
    String configured = System.getProperty("eventmap.columns");
    if (configured != null && !configured.isBlank()) {
      return Path.of(configured);
    }
    Path session = SessionStore.forUser().file().toAbsolutePath();
    return session.resolveSibling("columns.json");
  }

  /** The answer given for this very file (same path, same header), if one was. */
  public synchronized Optional<Map<String, String>> remembered(Path file) {
    Optional<String> header = headerOf(file);
    if (header.isEmpty()) {
      return Optional.empty();
    }
    String path = keyOf(file);
    return load().stream()
        .filter(a -> path.equals(a.path()) && header.get().equals(a.header()))
        .map(Answer::columns)
        .filter(c -> c != null && !c.isEmpty())
        .<Map<String, String>>map(LinkedHashMap::new)
        .findFirst();
  }

  /** Keeps the answer for this file, in place of any earlier one for its path. */
  public synchronized void remember(Path file, Map<String, String> columns) {
    Optional<String> header = headerOf(file);
    if (header.isEmpty() || columns.isEmpty()) {
      return;
    }
    String path = keyOf(file);
    change(answers -> {
      answers.removeIf(a -> path.equals(a.path()));
      answers.add(0, new Answer(path, header.get(), new LinkedHashMap<>(columns)));
      return answers.subList(0, Math.min(KEPT, answers.size()));
    });
  }

  /**
   * Forgets the answer for this file's path, so that it is asked about again: for a read with the answer
   * that failed, which would otherwise fail the same way at every opening.
   */
  public synchronized void forget(Path file) {
    String path = keyOf(file);
    change(answers -> answers.removeIf(a -> path.equals(a.path())) ? answers : null);
  }

  /**
   * Reads the answers, changes them and writes them, with the folder locked against another window doing
   * the same (whose answer is then kept too); a change that returns null writes nothing.
   */
  private void change(java.util.function.UnaryOperator<List<Answer>> change) {
    try {
      own.locked(() -> {
        List<Answer> changed = change.apply(new ArrayList<>(load()));
        if (changed != null) {
          own.writeLocked(out -> JSON.writeValue(out, new StoreFile(FORMAT, List.copyOf(changed))));
        }
        return null;
      });
    } catch (IOException | RuntimeException e) {
      own.saveFailed(e); // at worst the person is asked again
    }
  }

  private static String keyOf(Path file) {
    return file.toAbsolutePath().normalize().toString();
  }

  /**
   * The file's first line as text, without a byte order mark or line ending; empty when the file cannot be
   * read (then nothing is remembered for it, and it is simply asked about).
   */
  static Optional<String> headerOf(Path file) {
    if (!Files.isRegularFile(file)) {
      return Optional.empty(); // a named pipe or a device would hold this read (and the window) until written to
    }
    try (InputStream in = Files.newInputStream(file)) {
      ByteArrayOutputStream line = new ByteArrayOutputStream();
      int b;
      while (line.size() < HEADER_BYTES && (b = in.read()) != -1 && b != '\n') {
        line.write(b);
      }
      String text = line.toString(StandardCharsets.UTF_8);
      if (text.startsWith("\uFEFF")) {
        text = text.substring(1);
      }
      return Optional.of(text.endsWith("\r") ? text.substring(0, text.length() - 1) : text);
    } catch (IOException | RuntimeException e) {
      LOG.log(Level.FINE, "cannot read the first line of " + file + ": " + e.getMessage());
      return Optional.empty();
    }
  }

  /** Reads the store (setting a damaged one aside): at start, so that its damage is said with the rest. */
  void check() {
    load();
  }

  private List<Answer> load() {
    return own.<List<Answer>>read(bytes -> {
      StoreFile read = JSON.readValue(bytes, StoreFile.class);
      if (read == null || read.files() == null) {
        return null;
      }
      return read.files().stream().filter(a -> a != null && a.path() != null && a.header() != null).toList();
    }).orElse(List.of());
  }

  /** The store's shape: the answers, the one given last first. */
  record StoreFile(String format, List<Answer> files) {}

  /** One file's answer: from role to column, as {@code --columns} takes it. */
  record Answer(String path, String header, Map<String, String> columns) {}
}
