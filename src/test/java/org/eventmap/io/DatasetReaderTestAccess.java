package org.eventmap.io;

import java.nio.file.Path;

/** The test datasets under src/test/resources/datasets, for tests in other packages. */
public final class DatasetReaderTestAccess {
  private DatasetReaderTestAccess() {}

  public static Path resource(String name) {
    return DatasetReaderTest.resource(name);
  }
}
