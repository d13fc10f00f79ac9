package org.eventmap.io.storymap;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.eventmap.geo.ZoneLookup;
import org.eventmap.io.EventFormat;
import org.eventmap.io.FileHead;
import org.eventmap.io.LoadResult;
import org.eventmap.io.Problem;
import org.eventmap.io.ProgressListener;
import org.eventmap.io.ReadOptions;

/** StoryMapJS story (JSON). A placeholder until its reader lands: it claims no file. */
public final class StoryMapFormat implements EventFormat {
  private final ZoneLookup zones;

  public StoryMapFormat(ZoneLookup zones) {
    this.zones = zones;
  }

  @Override
  public String name() {
    return "storymap";
  }

  @Override
  public String description() {
    return "StoryMapJS story (JSON)";
  }

  @Override
  public List<String> extensions() {
    return List.of("json");
  }

  @Override
  public int recognise(FileHead head) {
    return NOT_MINE;
  }

  @Override
  public LoadResult read(Path file, ReadOptions options, ProgressListener listener) {
    return new LoadResult(file.toString(), Optional.empty(),
        List.of(new Problem(Problem.Severity.ERROR, file.toString(), 1, 1, "StoryMapJS story (JSON) is not read yet")));
  }
}
