package org.eventmap.io;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import org.eventmap.domain.Dataset;
import org.eventmap.domain.Event;
import org.eventmap.domain.Source;
import org.eventmap.domain.SourceKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Each source of our format may say what it is (primary, report, copy) and carry the curator's note; an
 * event that cites only copies is warned about, an event whose sources say nothing of their kind is not.
 */
class SourceKindsTest {
  private static final Path SCHEMA = Path.of("assets/schema/eventmap-dataset.schema.json");
  /** Read in order, and in parts small enough that the fixture's events are mapped by several threads. */
  private static final int[] CHUNKINGS = {DatasetReader.SEQUENTIAL, 1 << 10};

  @TempDir Path dir;

  static Path fixture() {
    try {
      return Path.of(SourceKindsTest.class.getResource("/datasets/source-kinds.json").toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  private static LoadResult read(Path file, int chunkBytes) {
    return DatasetReader.read(file, ProgressListener.NONE, chunkBytes);
  }

  private static List<Source> sources(LoadResult result, String id) {
    return result.dataset().orElseThrow().event(id).orElseThrow().sources();
  }

  @Test
  void eachSourceKeepsTheKindAndTheNoteTheFileGives() {
    for (int chunkBytes : CHUNKINGS) {
      LoadResult result = read(fixture(), chunkBytes);

      assertThat(result.ok()).as(result.problems().toString()).isTrue();
      List<Source> vote = sources(result, "vote");
      assertThat(vote).extracting(Source::kind)
          .containsExactly(Optional.of(SourceKind.PRIMARY), Optional.of(SourceKind.REPORT), Optional.of(SourceKind.COPY));
      assertThat(vote).extracting(Source::note).containsExactly(
          Optional.of("The Council's own meeting coverage: the vote count and every delegation's explanation."),
          Optional.empty(),
          Optional.of("Same text as the report above; kept for its earlier timestamp."));
      // The title stays the page's own, the note apart from it.
      assertThat(vote.get(0).title()).isEqualTo("The document itself, as its page titles it");
    }
  }

  @Test
  void aSourceNeedNotHaveAKindOrANote() {
    List<Source> imported = sources(read(fixture(), DatasetReader.SEQUENTIAL), "imported");

    assertThat(imported).extracting(Source::kind).containsExactly(Optional.empty(), Optional.empty());
    assertThat(imported).extracting(Source::note).containsExactly(Optional.empty(), Optional.of("A note without a kind."));
  }

  @Test
  void aKindOutsideTheThreeIsAnErrorAtItsLineAndColumnNamingTheAllowedWords() throws IOException {
    List<String> lines = Files.readAllLines(fixture());
    int line = IntStream.range(0, lines.size()).filter(i -> lines.get(i).contains("\"kind\": \"report\"")).findFirst()
        .orElseThrow();
    lines.set(line, lines.get(line).replace("\"kind\": \"report\"", "\"kind\": \"original\""));
    Path file = Files.write(dir.resolve("bad-kind.json"), lines);
    int column = lines.get(line).indexOf("\"original\"") + 1;

    for (int chunkBytes : CHUNKINGS) {
      LoadResult result = read(file, chunkBytes);

      assertThat(result.ok()).isFalse();
      assertThat(result.errors()).extracting(Problem::toString).containsExactly(file + ":" + (line + 1) + ":" + column
          + ": event 'vote': a source's kind 'original' is not one of 'primary', 'report' or 'copy'");
    }
  }

  @Test
  void anEventThatCitesOnlyCopiesIsWarnedAboutAndOneWithoutKindsIsNot() {
    for (int chunkBytes : CHUNKINGS) {
      LoadResult result = read(fixture(), chunkBytes);

      // 'imported' gives no kinds and 'mixed' has a report beside its copy: neither is warned about.
      assertThat(result.problems()).extracting(Problem::toString).containsExactly(fixture() + ":23:5: warning: event "
          + "'copies' cites only copies: give the original (the document itself or the outlet's own report) first");
    }
  }

  @Test
  void eventsCitingOnlyCopiesBeyondTheFirstTwentyAreCountedInOneWarning() throws IOException {
    StringBuilder events = new StringBuilder();
    for (int i = 0; i < 25; i++) {
      events.append(i == 0 ? "" : ",\n").append("""
          {"id": "e%d", "title": "t", "category": "k", "summary": "s",
           "sources": [{"title": "t", "publisher": "p", "kind": "copy"}]}""".formatted(i));
    }
    Path file = Files.writeString(dir.resolve("copies.json"), """
        {"format": "eventmap/1", "title": "t", "license": "l", "places": [],
         "categories": [{"id": "k", "name": "K"}],
         "events": [
        %s
        ]}
        """.formatted(events));

    LoadResult result = read(file, DatasetReader.SEQUENTIAL);

    assertThat(result.ok()).isTrue();
    assertThat(result.problems()).hasSize(21);
    assertThat(result.problems().subList(0, 20)).allSatisfy(p -> assertThat(p.message()).endsWith(
        "cites only copies: give the original (the document itself or the outlet's own report) first"));
    assertThat(result.problems().get(20).message()).isEqualTo("5 more events cite only copies, from here on");
    assertThat(result.problems().get(20).line()).as("where the first uncounted one is").isEqualTo(44);
  }

  @Test
  void theSchemaAcceptsTheThreeKindsAndANoteAndRefusesAnyOtherKind() throws IOException {
    Schema schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
        .getSchema(Files.newInputStream(SCHEMA));
    String good = Files.readString(fixture());

    assertThat(schema.validate(good, InputFormat.JSON)).isEmpty();
    assertThat(schema.validate(good.replaceFirst("\"kind\": \"report\"", "\"kind\": \"original\""), InputFormat.JSON))
        .isNotEmpty();
    assertThat(schema.validate(good.replaceFirst("\"note\": \"[^\"]*\"", "\"note\": \"\""), InputFormat.JSON))
        .as("an empty note").isNotEmpty();
    List<String> words = List.of(new ObjectMapper().readTree(SCHEMA.toFile())
        .at("/$defs/source/properties/kind/enum").traverse(new ObjectMapper()).readValueAs(String[].class));
    assertThat(words).containsExactlyElementsOf(Arrays.stream(SourceKind.values()).map(SourceKind::key).toList());
  }

  @Test
  void whatTheFileSaysOfItsSourcesIsKeptByEveryReadOfIt() {
    Dataset sequential = read(fixture(), DatasetReader.SEQUENTIAL).dataset().orElseThrow();
    LoadResult readInParts = DatasetReader.readOnce(fixture(), ProgressListener.NONE, 1 << 10);
    assertThat(readInParts).as("read in parts, not again in order").isNotNull();
    Dataset inParts = readInParts.dataset().orElseThrow();

    assertThat(inParts.events()).extracting(Event::sources)
        .containsExactlyElementsOf(sequential.events().stream().map(Event::sources).toList());
  }
}
