package org.eventmap.io.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.eventmap.io.csv.Fixtures.dataset;
import static org.eventmap.io.csv.Fixtures.event;
import static org.eventmap.io.csv.Fixtures.read;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.eventmap.domain.Dataset;
import org.eventmap.io.LoadResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MissingPlaceOrDateTest {
  @Test
  void rowsWithoutCoordinatesOrADateAreKeptNotDropped() {
    LoadResult result = read("missing-place-or-date.csv");
    Dataset d = dataset(result);
    assertThat(d.events()).hasSize(4);
    assertThat(event(d, "no place").place()).isEmpty();
    assertThat(event(d, "no place").start().orElseThrow().text()).isEqualTo("2024-03-23");
    assertThat(event(d, "no date").start()).isEmpty();
    assertThat(event(d, "no date").place().orElseThrow().location().lat()).isEqualTo(48.85);
    assertThat(event(d, "neither").place()).isEmpty();
    assertThat(event(d, "neither").start()).isEmpty();
    assertThat(result.problems()).isEmpty();
  }

  @Test
  void gdeltRowsWithoutAnActionGeocodeAreKeptWithoutAPlace(@TempDir Path dir) throws Exception {
    List<String> rows = new ArrayList<>();
    for (String line : Files.readAllLines(Fixtures.file("gdelt1-export.tsv"))) {
      String[] cells = line.split("\t", -1);
      cells[49] = "0";
      cells[50] = "";
      cells[53] = "";
      cells[54] = "";
      rows.add(String.join("\t", cells));
    }
    Path file = dir.resolve("gdelt-no-geo.tsv");
    Files.write(file, rows);
    Dataset d = dataset(Fixtures.read(file));
    assertThat(d.events()).hasSize(3).allSatisfy(e -> {
      assertThat(e.place()).isEmpty();
      assertThat(e.start()).isPresent();
    });
  }
}
