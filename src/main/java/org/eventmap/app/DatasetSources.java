package org.eventmap.app;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import org.eventmap.io.DatasetReader;
import org.eventmap.io.LoadResult;
import org.eventmap.io.formats.FormatRegistry;

/** Where datasets come from: the curated one inside the application, or a file the person names. */
public final class DatasetSources {
  public static final String CURATED_RESOURCE = "/datasets/gaza-diplomacy-2024-03.json";
  public static final String CURATED_NAME = "gaza-diplomacy-2024-03.json (built in)";

  private DatasetSources() {}

  public static LoadResult readCurated() {
    return readCurated(org.eventmap.io.ProgressListener.NONE);
  }

  public static LoadResult readCurated(org.eventmap.io.ProgressListener listener) {
    try (InputStream in = DatasetSources.class.getResourceAsStream(CURATED_RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("the curated dataset is missing from the build: " + CURATED_RESOURCE);
      }
      return DatasetReader.read(CURATED_NAME, in, listener);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static LoadResult read(LaunchOptions options) {
    return read(options, org.eventmap.io.ProgressListener.NONE);
  }

  public static LoadResult read(LaunchOptions options, org.eventmap.io.ProgressListener listener) {
    return options.file().map(f -> FormatRegistry.read(f, options.reading(), listener))
        .orElseGet(() -> readCurated(listener));
  }

  public static String nameOf(LaunchOptions options) {
    return options.file().map(Path::toString).orElse(CURATED_NAME);
  }
}
