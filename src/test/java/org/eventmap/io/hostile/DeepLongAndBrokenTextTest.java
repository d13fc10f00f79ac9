package org.eventmap.io.hostile;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.eventmap.io.LoadResult;
import org.eventmap.io.Problem;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Full-size versions of the fuzz corpus's small hostile inputs, written here (no megabyte fixtures in
 * git): 200,000-deep nesting in every format that nests, a 1 MB string, bytes that are not UTF-8 and
 * lone surrogates. Each gives a dataset or an error at its position, in bounded time, on a reading thread
 * with a small stack (512 KB), so that a reader that recurses per level would overflow it.
 */
class DeepLongAndBrokenTextTest {
  private static final int DEEP = 200_000;
  private static final String MEGABYTE = "a".repeat(1 << 20);

  @TempDir Path dir;

  @BeforeAll
  static void zones() {
    HostileFiles.zonesLoaded();
  }

  private static String deepArrays() {
    return "[".repeat(DEEP) + "]".repeat(DEEP);
  }

  private static String deepObjects() {
    return "{\"a\":".repeat(DEEP) + "1" + "}".repeat(DEEP);
  }

  /** Each format, with a nested value where the format allows any value. */
  private static String nested(String format, String deep) {
    return switch (format) {
      case "eventmap" -> "{\"format\":\"eventmap/1\",\"title\":\"Deep\",\"license\":\"CC0-1.0\",\"extra\":" + deep + "}";
      case "geojson" -> "{\"type\":\"FeatureCollection\",\"features\":[{\"type\":\"Feature\",\"geometry\":{\"type\":\"Point\","
          + "\"coordinates\":[-0.1,51.5]},\"properties\":{\"date\":\"2024-03-22\",\"x\":" + deep + "}}]}";
      case "timelinejs" -> "{\"events\":[{\"start_date\":{\"year\":\"2024\"},\"text\":" + deep + "}]}";
      case "storymap" -> "{\"storymap\":{\"slides\":[{\"text\":" + deep + "}]}}";
      case "timemap" -> "[{\"id\":\"main\",\"type\":\"basic\",\"items\":[{\"start\":\"2024-03-22\",\"point\":{\"lat\":51.5,"
          + "\"lon\":-0.1},\"title\":" + deep + "}]}]";
      default -> throw new IllegalArgumentException(format);
    };
  }

  private static final String[] JSON_FORMATS = {"eventmap", "geojson", "timelinejs", "storymap", "timemap"};

  private static String extension(String format) {
    return format.equals("geojson") ? ".geojson" : ".json";
  }

  /** The one error, at the place the nesting passes Jackson's limit of 1000: the line is 1, the column past the 1000th level. */
  private Problem deepError(String format, String deep) throws IOException {
    Path file = HostileFiles.write(dir.resolve("deep-" + format + extension(format)), nested(format, deep));
    Problem error = HostileFiles.read(file).error();
    assertThat(error.message()).as(format).contains("1000");
    return error;
  }

  @ParameterizedTest
  @ValueSource(strings = {"eventmap", "geojson", "timelinejs", "storymap", "timemap"})
  void nestingTooDeepIsAnErrorWhereItPassesTheLimitNotAtTheFirstCharacter(String format) throws IOException {
    for (String deep : new String[] {deepArrays(), deepObjects()}) {
      Problem error = deepError(format, deep);
      int levelWidth = deep.startsWith("[") ? 1 : 5;
      int start = nested(format, deep).indexOf(deep);
      assertThat(error.line()).isEqualTo(1);
      assertThat(error.column()).as(format).isBetween(start + 990 * levelWidth, start + 1010 * levelWidth);
      assertThat(error.message()).isEqualTo("the JSON nests arrays and objects more than 1000 deep here, more than "
          + "Eventmap reads (a file of events nests a few levels)");
    }
  }

  /** Deep nesting inside the events array, which the parallel reader leaves to the reader in order. */
  @Test
  void nestingTooDeepAmongADatasetsEventsIsAnErrorAtItsPlace() throws IOException {
    Path inEvents = HostileFiles.write(dir.resolve("deep-events.json"), HostileFiles.eventmapDataset(2)
        .replace("\"events\":[\n", "\"events\":[\n" + deepArrays() + ",\n"));
    Problem error = HostileFiles.read(inEvents).error();
    assertThat(error.line()).isGreaterThan(1);
    assertThat(error.column()).isBetween(990, 1010);
    assertThat(error.message()).startsWith("the JSON nests arrays and objects more than 1000 deep here");
  }

  @Test
  void kmlElementsNested200000DeepAreAnErrorAtTheirPlace() throws IOException {
    String head = "<?xml version=\"1.0\"?><kml xmlns=\"http://www.opengis.net/kml/2.2\"><Document>";
    Path folders = HostileFiles.write(dir.resolve("folders.kml"), head + "<Folder>".repeat(DEEP) + "</Folder>".repeat(DEEP)
        + "</Document></kml>");
    Problem error = HostileFiles.read(folders).error();
    assertThat(error.line()).isEqualTo(1);
    assertThat(error.column()).isGreaterThan(head.length());
    assertThat(error.message()).isEqualTo("folders are nested more than 200 deep");

    Path unknown = HostileFiles.write(dir.resolve("unknown.kml"), head + "<x>".repeat(DEEP) + "</x>".repeat(DEEP)
        + "</Document></kml>");
    LoadResult read = HostileFiles.read(unknown).result();
    assertThat(read.errors()).isEmpty();
    assertThat(read.warnings()).extracting(Problem::message).containsExactly("the file has no Placemark, so no events");
  }

  @Test
  void aTitleOfAMegabyteIsRead() throws IOException {
    Path file = HostileFiles.write(dir.resolve("long.json"),
        HostileFiles.eventmapDataset(2).replace("\"title\":\"Event number 1\"", "\"title\":\"" + MEGABYTE + "\""));
    LoadResult read = HostileFiles.read(file).result();
    assertThat(read.errors()).isEmpty();
    assertThat(read.dataset().orElseThrow().events()).anySatisfy(e -> assertThat(e.title()).hasSize(1 << 20));
  }

  @Test
  void aCellOfAMegabyteIsRead() throws IOException {
    Path file = HostileFiles.write(dir.resolve("long.csv"), HostileFiles.csv(20) + "2024-03-22,51.5,-0.1,\"" + MEGABYTE + "\"\n");
    LoadResult read = HostileFiles.read(file).result();
    assertThat(read.errors()).isEmpty();
    assertThat(read.dataset().orElseThrow().events()).hasSize(21)
        .anySatisfy(e -> assertThat(e.title()).hasSize(1 << 20));
  }

  /** The rows that would show the columns are past the 64 KiB the format is told from: the person is asked. */
  @Test
  void aCellOfAMegabyteInTheFirstRowAsksWhichColumnIsWhich() throws IOException {
    Path file = HostileFiles.write(dir.resolve("long-first.csv"), "date,lat,lon,title\n2024-03-22,51.5,-0.1,\"" + MEGABYTE
        + "\"\n" + HostileFiles.csv(20).substring("date,lat,lon,title\n".length()));
    LoadResult read = HostileFiles.read(file).result();
    assertThat(read.errors()).isEmpty();
    assertThat(read.dataset().isPresent() || read.question().isPresent()).isTrue();
  }

  @Test
  void aKmlNameOfAMegabyteIsRead() throws IOException {
    Path file = HostileFiles.write(dir.resolve("long.kml"), "<?xml version=\"1.0\"?><kml xmlns=\"http://www.opengis.net/kml/2.2\">"
        + "<Document><Placemark><name>" + MEGABYTE + "</name><TimeStamp><when>2024-03-22</when></TimeStamp><Point>"
        + "<coordinates>-0.1,51.5</coordinates></Point></Placemark></Document></kml>");
    LoadResult read = HostileFiles.read(file).result();
    assertThat(read.errors()).isEmpty();
    assertThat(read.dataset().orElseThrow().events()).singleElement().satisfies(e -> assertThat(e.title()).hasSize(1 << 20));
  }

  /** A small valid file of each format with {@code TITLE} where a title goes. */
  private static String withTitle(String format, String title) {
    return switch (format) {
      case "eventmap" -> HostileFiles.eventmapDataset(2).replace("Event number 1", title);
      case "csv" -> "date,lat,lon,title\n2024-03-22,51.5,-0.1,Opening\n2024-03-23,51.5,-0.1," + title + "\n";
      case "geojson" -> "{\"type\":\"FeatureCollection\",\"features\":[{\"type\":\"Feature\",\"geometry\":{\"type\":\"Point\","
          + "\"coordinates\":[-0.1,51.5]},\"properties\":{\"title\":\"" + title + "\",\"date\":\"2024-03-22\"}}]}";
      case "kml" -> "<?xml version=\"1.0\" encoding=\"UTF-8\"?><kml xmlns=\"http://www.opengis.net/kml/2.2\"><Document>"
          + "<Placemark><name>" + title + "</name><TimeStamp><when>2024-03-22</when></TimeStamp><Point><coordinates>-0.1,51.5"
          + "</coordinates></Point></Placemark></Document></kml>";
      case "timelinejs" -> "{\"events\":[{\"start_date\":{\"year\":\"2024\",\"month\":\"3\",\"day\":\"22\"},\"text\":{\"headline\":\""
          + title + "\"},\"location\":{\"lat\":51.5,\"lon\":-0.1}}]}";
      case "storymap" -> "{\"storymap\":{\"slides\":[{\"type\":\"overview\",\"text\":{\"headline\":\"Two\"}},{\"date\":\"2024-03-22\","
          + "\"location\":{\"lat\":51.5,\"lon\":-0.1},\"text\":{\"headline\":\"" + title + "\"}}]}}";
      case "timemap" -> "[{\"id\":\"main\",\"type\":\"basic\",\"options\":{},\"items\":[{\"start\":\"2024-03-22\",\"point\":"
          + "{\"lat\":51.5,\"lon\":-0.1},\"title\":\"" + title + "\",\"options\":{}}]}]";
      default -> throw new IllegalArgumentException(format);
    };
  }

  private Path written(String format, byte[] bytes) throws IOException {
    String ext = switch (format) {
      case "csv" -> ".csv";
      case "kml" -> ".kml";
      case "geojson" -> ".geojson";
      default -> ".json";
    };
    return Files.write(dir.resolve(format + ext), bytes);
  }

  /** The file with these raw bytes where the title goes. */
  private static byte[] withRawTitle(String format, byte[] raw) {
    String[] around = withTitle(format, "\u0000MARK\u0000").split("\u0000MARK\u0000");
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.writeBytes(around[0].getBytes(StandardCharsets.UTF_8));
    out.writeBytes(raw);
    out.writeBytes(around[1].getBytes(StandardCharsets.UTF_8));
    return out.toByteArray();
  }

  private static final byte[] NOT_UTF8 = {'O', 'p', (byte) 0xFF, (byte) 0xFE, 'n'};
  /** U+D800 encoded as UTF-8 would encode it, which UTF-8 forbids. */
  private static final byte[] LONE_SURROGATE_BYTES = {'O', 'p', (byte) 0xED, (byte) 0xA0, (byte) 0x80, 'n'};

  /** Every problem has a position in the file; an error is on the title's line. */
  private static void datasetOrLocatedError(LoadResult read, String what) {
    assertThat(read.ok() || !read.errors().isEmpty()).as(what).isTrue();
    for (Problem p : read.problems()) {
      assertThat(p.line()).as(what).isGreaterThanOrEqualTo(1);
      assertThat(p.column()).as(what).isGreaterThanOrEqualTo(1);
    }
    read.dataset().ifPresent(d -> d.events().forEach(e -> assertThat(e.title()).as(what).doesNotContain("\uD800")));
  }

  @ParameterizedTest
  @ValueSource(strings = {"eventmap", "csv", "geojson", "kml", "timelinejs", "storymap", "timemap"})
  void bytesThatAreNotUtf8GiveADatasetOrAnErrorAtTheirPlace(String format) throws IOException {
    LoadResult read = HostileFiles.read(written(format, withRawTitle(format, NOT_UTF8))).result();
    datasetOrLocatedError(read, format + " with bytes FF FE");
  }

  @ParameterizedTest
  @ValueSource(strings = {"eventmap", "csv", "geojson", "kml", "timelinejs", "storymap", "timemap"})
  void aLoneSurrogateInUtf8BytesGivesADatasetOrAnErrorAtItsPlace(String format) throws IOException {
    LoadResult read = HostileFiles.read(written(format, withRawTitle(format, LONE_SURROGATE_BYTES))).result();
    datasetOrLocatedError(read, format + " with bytes ED A0 80");
  }

  @ParameterizedTest
  @ValueSource(strings = {"eventmap", "geojson", "kml", "timelinejs", "storymap", "timemap"})
  void aLoneSurrogateEscapedGivesADatasetOrAnErrorAtItsPlace(String format) throws IOException {
    String escaped = format.equals("kml") ? "Op&#xD800;n" : "Op\\ud800n";
    LoadResult read = HostileFiles.read(written(format, withTitle(format, escaped).getBytes(StandardCharsets.UTF_8))).result();
    datasetOrLocatedError(read, format + " with " + escaped);
  }
}
