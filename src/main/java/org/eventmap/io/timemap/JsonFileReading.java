package org.eventmap.io.timemap;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.eventmap.io.CharacterColumns;
import org.eventmap.io.LoadResult;
import org.eventmap.io.Problem;
import org.eventmap.io.ProgressInputStream;
import org.eventmap.io.ProgressListener;

/**
 * What every reader of another tool's JSON file does around its own work: the file is checked, streamed
 * through Jackson with progress and cancelling, broken JSON becomes a located message, a bug of ours a
 * message rather than a crash, and columns are counted in characters.
 */
public final class JsonFileReading {
  private static final JsonFactory PARSERS = new JsonFactory();

  /** A reader's own work on the parsed stream; it reports into the log and gives the result. */
  @FunctionalInterface
  public interface Body {
    LoadResult read(JsonParser parser, ReadingLog log) throws IOException;
  }

  private JsonFileReading() {}

  public static LoadResult read(Path path, ProgressListener listener, Body body) {
    String name = path.toString();
    ReadingLog log = new ReadingLog(name);
    try {
      if (Files.isDirectory(path)) {
        return failure(name, "is a folder, not a file");
      }
      long size = Files.size(path);
      if (size == 0) {
        return failure(name, "the file is empty");
      }
      try (InputStream in = new ProgressInputStream(Files.newInputStream(path), size, listener);
          JsonParser parser = PARSERS.createParser(in)) {
        LoadResult result;
        try {
          result = body.read(parser, log);
        } catch (ProgressInputStream.Cancelled e) {
          throw e;
        } catch (JsonProcessingException e) {
          JsonLocation at = e.getLocation();
          log.error(at == null ? 1 : Math.max(1, at.getLineNr()), at == null ? 1 : Math.max(1, at.getColumnNr()),
              brokenJson(e.getOriginalMessage()));
          result = log.result(() -> null);
        } catch (RuntimeException e) {
          // A bug of ours, not the person's mistake: still a message, not a crash, and nothing replaced.
          log.error(1, 1, "could not be read because of an error in Eventmap (" + e + "); please report it");
          result = log.result(() -> null);
        }
        return CharacterColumns.counted(path, result);
      }
    } catch (NoSuchFileException e) {
      return failure(name, "no such file");
    } catch (AccessDeniedException e) {
      return failure(name, "cannot be read: permission denied");
    } catch (ProgressInputStream.Cancelled e) {
      return LoadResult.cancelled(name);
    } catch (IOException e) {
      return failure(name, "cannot be read: " + e.getMessage());
    }
  }

  static String brokenJson(String message) {
    String plain = message.replaceAll("\\s*\\n\\s*", " ");
    if (plain.startsWith("Invalid UTF-8")) {
      return "the text is not UTF-8, as JSON must be: " + plain;
    }
    if (plain.startsWith("Unexpected end-of-input")) {
      return "the file ends in the middle of the JSON (is it cut short?): " + plain;
    }
    return "broken JSON: " + plain;
  }

  public static LoadResult failure(String name, String message) {
    return new LoadResult(name, Optional.empty(), List.of(new Problem(Problem.Severity.ERROR, name, 1, 1, message)));
  }

  /** The file's name without its directory and its last extension, for a title when the file gives none. */
  public static String fileTitle(String file) {
    Path p = Path.of(file).getFileName();
    String name = p == null ? file : p.toString();
    int dot = name.lastIndexOf('.');
    return dot > 0 ? name.substring(0, dot) : name;
  }

  /** A lower-case id made of the file's title ({@code story} when nothing is left of it). */
  public static String fileId(String file, String otherwise) {
    String slug = java.text.Normalizer.normalize(fileTitle(file), java.text.Normalizer.Form.NFKD)
        .replaceAll("[^\\p{ASCII}]", "").toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-")
        .replaceAll("^-+|-+$", "");
    return slug.isEmpty() ? otherwise : slug;
  }
}
