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
import org.eventmap.io.JsonLimits;
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
    /** @param call the script call the JSON is wrapped in (blanked out of the stream), or null */
    LoadResult read(JsonParser parser, ReadingLog log, String call) throws IOException;
  }

  /** A JavaScript call around the JSON, as a JSONP service writes it: {@code callback([...]);}. */
  private static final java.util.regex.Pattern CALL =
      java.util.regex.Pattern.compile("\\A(\\s*)([A-Za-z_$][\\w$]*(?:\\.[A-Za-z_$][\\w$]*)*)\\s*\\(\\s*(?=[\\[{])");

  /** The call the head of a file begins with (its name and where its opening ends), or null. */
  public static String[] call(String head) {
    String text = head.startsWith("\uFEFF") ? head.substring(1) : head;
    java.util.regex.Matcher m = CALL.matcher(text);
    return m.find() ? new String[] {m.group(2), Integer.toString(m.end())} : null;
  }

  private JsonFileReading() {}

  public static LoadResult read(Path path, ProgressListener listener, Body body) {
    return read(path, listener, body, false);
  }

  /**
   * @param unwrapCalls whether a JSONP call around the JSON is read through (its name and parenthesis read as
   *     blanks, so that lines and columns stay the file's; the call is never run)
   */
  public static LoadResult read(Path path, ProgressListener listener, Body body, boolean unwrapCalls) {
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
      String[] call = null;
      if (unwrapCalls) {
        try (InputStream in = Files.newInputStream(path)) {
          call = call(new String(in.readNBytes(4096), java.nio.charset.StandardCharsets.ISO_8859_1));
        }
      }
      InputStream raw = new ProgressInputStream(Files.newInputStream(path), size, listener);
      if (call != null) {
        raw = blanked(raw, Integer.parseInt(call[1]));
      }
      try (InputStream in = raw; JsonParser parser = PARSERS.createParser(in)) {
        LoadResult result;
        try {
          result = body.read(parser, log, call == null ? null : call[0]);
        } catch (ProgressInputStream.Cancelled e) {
          throw e;
        } catch (JsonProcessingException e) {
          JsonLocation at = JsonLimits.where(e, parser);
          log.error(at == null ? 1 : Math.max(1, at.getLineNr()), at == null ? 1 : Math.max(1, at.getColumnNr()),
              JsonLimits.limitPassed(e).orElseGet(() -> brokenJson(e.getOriginalMessage())));
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

  /** The stream with its first bytes, a call's name and parenthesis, read as spaces. */
  private static InputStream blanked(InputStream in, int upTo) {
    return new java.io.FilterInputStream(in) {
      private long at;

      @Override
      public int read() throws IOException {
        int b = super.read();
        if (b >= 0 && at++ < upTo && b != '\n' && b != '\r') {
          b = ' ';
        }
        return b;
      }

      @Override
      public int read(byte[] buffer, int offset, int length) throws IOException {
        int n = super.read(buffer, offset, length);
        for (int i = 0; i < n && at + i < upTo; i++) {
          byte b = buffer[offset + i];
          if (b != '\n' && b != '\r') {
            buffer[offset + i] = ' ';
          }
        }
        if (n > 0) {
          at += n;
        }
        return n;
      }
    };
  }

  /** Whether only blanks, or the closing of a call ({@code );}), follow the top value; reports otherwise. */
  public static void expectEnd(JsonParser parser, ReadingLog log, String call) throws IOException {
    if (call != null) {
      return; // the call's ")" follows: what comes after the JSON is not JSON
    }
    if (parser.nextToken() != null) {
      log.error(Math.max(1, parser.currentTokenLocation().getLineNr()),
          Math.max(1, parser.currentTokenLocation().getColumnNr()), "more JSON follows the first value; the file "
              + "must hold one");
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
