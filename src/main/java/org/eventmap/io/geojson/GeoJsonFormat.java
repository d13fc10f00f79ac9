package org.eventmap.io.geojson;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.eventmap.io.EventFormat;
import org.eventmap.io.FileHead;
import org.eventmap.io.LoadResult;
import org.eventmap.io.Problem;
import org.eventmap.io.ProgressListener;
import org.eventmap.io.ReadOptions;

/** GeoJSON: not read yet (a placeholder in the registry until its reader lands). */
public final class GeoJsonFormat implements EventFormat {
  @Override
  public String name() {
    return "geojson";
  }

  @Override
  public String description() {
    return "GeoJSON";
  }

  @Override
  public List<String> extensions() {
    return List.of("geojson","json");
  }

  @Override
  public int recognise(FileHead head) {
    return NOT_MINE;
  }

  @Override
  public LoadResult read(Path file, ReadOptions options, ProgressListener listener) {
    return new LoadResult(file.toString(), Optional.empty(),
        List.of(new Problem(Problem.Severity.ERROR, file.toString(), 1, 1, "GeoJSON files cannot be read yet")));
  }
}
