package org.eventmap.io;

import java.nio.file.Path;
import java.util.List;

/** Our own {@code eventmap/1} JSON ({@code docs/dataset-format.md}), read by {@link DatasetReader}. */
public final class EventmapFormat implements EventFormat {
  @Override
  public String name() {
    return "eventmap";
  }

  @Override
  public String description() {
    return "Eventmap dataset (JSON)";
  }

  @Override
  public List<String> extensions() {
    return List.of("json");
  }

  /** Certain when the head names our format; a JSON object whose members we cannot see yet is plausible. */
  @Override
  public int recognise(FileHead head) {
    String text = head.textFromFirstNonBlank();
    if (!text.startsWith("{")) {
      return NOT_MINE;
    }
    if (text.matches("(?s)\\{\\s*\"format\"\\s*:\\s*\"eventmap/.*")) {
      return CERTAIN;
    }
    if (text.contains("\"format\"") && text.contains("\"eventmap/")) {
      return CERTAIN - 10;
    }
    // Other tools' JSON stories have names of their own; a file with them is not ours gone wrong.
    if (text.contains("\"start_date\"") || text.contains("\"storymap\"")) {
      return NOT_MINE;
    }
    return PLAUSIBLE - 20;
  }

  @Override
  public LoadResult read(Path file, ReadOptions options, ProgressListener listener) {
    return DatasetReader.read(file, listener);
  }
}
