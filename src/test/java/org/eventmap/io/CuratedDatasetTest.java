package org.eventmap.io;

import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Set;
import java.util.stream.Collectors;
import org.eventmap.app.DatasetSources;
import org.eventmap.domain.Dataset;
import org.eventmap.domain.Event;
import org.eventmap.domain.Place;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The curated dataset is what people open the app for: it must load cleanly and hold together. */
class CuratedDatasetTest {
  private static final Path FILE = Path.of("assets/datasets/gaza-diplomacy-2024-03.json");
  private static LoadResult loaded;
  private static Dataset dataset;

  @BeforeAll
  static void load() {
    loaded = DatasetReader.read(FILE);
    dataset = loaded.dataset().orElse(null);
  }

  @Test
  void loadsWithoutErrorsOrWarnings() {
    assertThat(loaded.problems()).isEmpty();
    assertThat(dataset).isNotNull();
  }

  @Test
  void theCopyInsideTheAppIsTheSameFile() throws IOException {
    try (InputStream in = DatasetSources.class.getResourceAsStream(DatasetSources.CURATED_RESOURCE)) {
      assertThat(in).isNotNull();
      assertThat(in.readAllBytes()).isEqualTo(Files.readAllBytes(FILE));
    }
  }

  @Test
  void hasAtLeastThirtyEventsFromTheSeventhOfOctoberToTheFollowingWeeks() {
    assertThat(dataset.events()).hasSizeGreaterThanOrEqualTo(30);
    assertThat(dataset.firstDay()).hasValue(LocalDate.of(2023, 10, 7));
    assertThat(dataset.lastDay().orElseThrow()).isBetween(LocalDate.of(2024, 3, 25), LocalDate.of(2024, 6, 30));
  }

  @Test
  void everyEventHasASourceAndASummary() {
    for (Event e : dataset.events()) {
      assertThat(e.sources()).as(e.id()).isNotEmpty();
      assertThat(e.summary()).as(e.id()).hasSizeGreaterThan(40);
    }
  }

  @Test
  void everyRelatedEventExists() {
    Set<String> ids = dataset.events().stream().map(Event::id).collect(Collectors.toSet());
    for (Event e : dataset.events()) {
      assertThat(ids).as("related events of " + e.id()).containsAll(e.related());
    }
  }

  @Test
  void everyQuoteNamesASpeakerAndAnExistingSource() {
    for (Event e : dataset.events()) {
      e.quotes().forEach(q -> {
        assertThat(q.speaker()).as(e.id()).isNotBlank();
        q.sourceIndex().ifPresent(i -> assertThat(i).as(e.id()).isLessThan(e.sources().size()));
      });
    }
  }

  @Test
  void theFourPlacesOfTheStoryAreThere() {
    Set<String> names = dataset.events().stream().map(e -> e.place().orElseThrow().name()).collect(Collectors.toSet());
    assertThat(names).anyMatch(n -> n.contains("Tel Aviv"));
    assertThat(names).anyMatch(n -> n.contains("Doha"));
    assertThat(names).anyMatch(n -> n.contains("Rafah"));
    assertThat(names).anyMatch(n -> n.contains("New York"));
  }

  @Test
  void theDayOfTheSeedArticleHasBlinkenInTelAvivTheVoteInNewYorkAndTheTalksInDoha() {
    LocalDate day = LocalDate.of(2024, 3, 22);
    Set<String> placesThatDay = dataset.events().stream().filter(e -> e.covers(day))
        .map(e -> e.place().orElseThrow().name()).collect(Collectors.toSet());
    assertThat(placesThatDay).anyMatch(n -> n.contains("Tel Aviv"));
    assertThat(placesThatDay).anyMatch(n -> n.contains("New York"));
    assertThat(placesThatDay).anyMatch(n -> n.contains("Doha"));
  }

  @Test
  void everyTimeCarriesTheOffsetInForceAtItsPlace() {
    for (Event e : dataset.events()) {
      e.start().orElseThrow().moment().ifPresent(m -> {
        ZoneOffset inForce = e.place().orElseThrow().zone().getRules().getOffset(m.toInstant());
        assertThat(m.getOffset()).as(e.id()).isEqualTo(inForce);
      });
    }
  }

  @Test
  void placeNamesFitOnAMapLabel() {
    for (Place p : dataset.places()) {
      assertThat(p.name()).as(p.id()).hasSizeLessThanOrEqualTo(40);
    }
  }

  @Test
  void theFileMatchesThePublishedJsonSchema() throws IOException {
    Schema schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
        .getSchema(Files.newInputStream(Path.of("assets/schema/eventmap-dataset.schema.json")));
    assertThat(schema.validate(Files.readString(FILE), InputFormat.JSON)).isEmpty();
  }

  @Test
  void theSchemaRejectsWhatTheReaderRejects() throws IOException {
    Schema schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
        .getSchema(Files.newInputStream(Path.of("assets/schema/eventmap-dataset.schema.json")));
    String broken = Files.readString(FILE).replaceFirst("\"lat\": [0-9.]+", "\"lat\": 95");
    assertThat(schema.validate(broken, InputFormat.JSON)).isNotEmpty();
    assertThat(DatasetReader.read("broken", new java.io.ByteArrayInputStream(broken.getBytes())).ok()).isFalse();
  }

  /** Issue 18: a reader who follows a source should know what it is, and land on an original first. */
  @Test
  void everySourceSaysWhatKindItIsAndNoEventLeadsWithACopy() {
    for (Event e : dataset.events()) {
      assertThat(e.sources()).as(e.id()).isNotEmpty();
      assertThat(e.sources()).as(e.id() + ": every source has a kind").allMatch(s -> s.kind().isPresent());
      assertThat(e.sources().get(0).kind()).as(e.id() + ": the first source is an original")
          .isNotEqualTo(java.util.Optional.of(org.eventmap.domain.SourceKind.COPY));
    }
  }

  /**
   * Issue 18: the syndicated and aggregated copies the dataset used to cite stay only as copies, and what
   * the curator knows of a source is in its note, not in the title a reader clicks.
   */
  @Test
  void copiesAreCitedAsCopiesAndTitlesCarryNoCuratorsNotes() {
    Set<String> copyHosts = Set.of("kesq.com", "menafn.com", "bnnbreaking.com", "expressdigest.com",
        "spiegelstuff.blogspot.com", "tenn1917.blogspot.com", "forbesbreakingnews.com");
    for (Event e : dataset.events()) {
      for (org.eventmap.domain.Source s : e.sources()) {
        String host = s.url().map(u -> u.getHost().replaceFirst("^www\\.", "")).orElse("");
        if (copyHosts.contains(host)) {
          assertThat(s.kind()).as(e.id() + ": " + s.url().get()).hasValue(org.eventmap.domain.SourceKind.COPY);
        }
        assertThat(s.title().toLowerCase(java.util.Locale.ROOT)).as(e.id() + ": " + s.title())
            .doesNotContain("seed article", "syndicated", "url slug", "republished", "headline not shown");
      }
    }
  }
}
