package org.eventmap.io;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Jackson counts the column of a UTF-8 file in bytes, and a byte order mark as three of them; an editor
 * counts characters. A name with an accent, or a line of Hebrew or Arabic, would send a person to the
 * wrong place, so the columns of the problems found are counted again in characters, in one pass over the
 * lines that have them (only when some problem has a column past the first).
 */
public final class CharacterColumns {
  private CharacterColumns() {}

  public static LoadResult counted(Path file, LoadResult result) {
    if (result.problems().stream().noneMatch(p -> p.column() > 1)) {
      return result;
    }
    try {
      List<Problem> problems = recount(file, result.problems());
      return new LoadResult(result.file(), result.dataset(), problems, result.cancelled(), result.question());
    } catch (IOException e) {
      return result; // the columns in bytes are still near the place
    }
  }

  private static List<Problem> recount(Path file, List<Problem> problems) throws IOException {
    TreeMap<Integer, TreeSet<Integer>> wanted = new TreeMap<>();
    for (Problem p : problems) {
      if (p.column() > 1) {
        wanted.computeIfAbsent(p.line(), k -> new TreeSet<>()).add(p.column());
      }
    }
    Map<Long, Integer> columns = new java.util.HashMap<>();
    try (InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16)) {
      byte[] start = in.readNBytes(4);
      if (start.length >= 2 && (start[0] == 0 || start[1] == 0 || (start[0] & 0xFF) == 0xFE
          || (start[0] & 0xFF) == 0xFF)) {
        return problems; // UTF-16 or UTF-32: Jackson counted characters already
      }
      InputStream all = new java.io.SequenceInputStream(new java.io.ByteArrayInputStream(start), in);
      byte[] buffer = new byte[1 << 16];
      int filled = 0;
      int at = 0;
      boolean bom = start.length >= 3 && (start[0] & 0xFF) == 0xEF && (start[1] & 0xFF) == 0xBB
          && (start[2] & 0xFF) == 0xBF;
      int line = 1;
      long bytes = 0;
      long chars = 0;
      boolean afterCarriageReturn = false;
      var line1 = wanted.get(1);
      var needed = line1 == null ? null : line1.iterator();
      Integer next = needed != null && needed.hasNext() ? needed.next() : null;
      int b;
      long position = 0;
      while (!wanted.isEmpty()) {
        if (at == filled) {
          filled = all.readNBytes(buffer, 0, buffer.length);
          at = 0;
          if (filled <= 0) {
            break;
          }
        }
        b = buffer[at++] & 0xFF;
        position++;
        if (b == '\n' && afterCarriageReturn) {
          afterCarriageReturn = false;
          continue;
        }
        afterCarriageReturn = b == '\r';
        if (b == '\n' || b == '\r') {
          wanted.remove(line);
          line++;
          bytes = 0;
          chars = 0;
          var onLine = wanted.get(line);
          needed = onLine == null ? null : onLine.iterator();
          next = needed != null && needed.hasNext() ? needed.next() : null;
          continue;
        }
        while (next != null && bytes == next - 1) {
          columns.put(key(line, next), (int) chars + 1);
          next = needed.hasNext() ? needed.next() : null;
        }
        bytes++;
        boolean inByteOrderMark = bom && position <= 3;
        if ((b & 0xC0) != 0x80 && !inByteOrderMark) {
          chars++;
        }
      }
      while (next != null && bytes == next - 1) { // a column at the very end of the file
        columns.put(key(line, next), (int) chars + 1);
        next = needed.hasNext() ? needed.next() : null;
      }
    }
    List<Problem> recounted = new ArrayList<>(problems.size());
    for (Problem p : problems) {
      Integer column = columns.get(key(p.line(), p.column()));
      recounted.add(column == null ? p : new Problem(p.severity(), p.file(), p.line(), column, p.message()));
    }
    return recounted;
  }

  private static long key(int line, int column) {
    return (long) line << 32 | column;
  }
}
