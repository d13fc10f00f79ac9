package org.eventmap.io.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.eventmap.io.export.ExportFixtures.read;
import static org.eventmap.io.export.ExportFixtures.write;
import static org.eventmap.io.export.ExportFixtures.zonesOf;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import org.eventmap.domain.Category;
import org.eventmap.domain.Dataset;
import org.eventmap.domain.Event;
import org.eventmap.domain.GeoPoint;
import org.eventmap.domain.Place;
import org.eventmap.domain.Source;
import org.eventmap.domain.TimePoint;
import org.eventmap.io.EventmapFormat;
import org.eventmap.io.geojson.GeoJsonFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * Text from a file is never markup in what Eventmap writes: hostile titles, summaries, actors, place and
 * source names give well-formed KML whose text is the text, valid GeoJSON and files of our format that
 * read back to the same text, and TimelineJS slides (which TimelineJS shows as HTML) without a tag.
 */
class HostileTextExportTest {
  static final List<String> HOSTILE = List.of(
      "</name><script>alert(1)</script>",
      "]]> <![CDATA[ x ]]>",
      "say \"no\" and 'yes'",
      "Tom & Jerry &amp; &lt;b&gt; &#60;",
      "lone \uD800 surrogate",
      "control \u0001 and \uFFFE here",
      "see http://example.org/?a=1&b=<2>");

  private static final ObjectMapper JSON = new ObjectMapper();
  /** The GeoJSON reader's attribute for actors is JSON text that keeps control characters as they are. */
  private static final ObjectMapper LENIENT = com.fasterxml.jackson.databind.json.JsonMapper.builder()
      .enable(com.fasterxml.jackson.core.json.JsonReadFeature.ALLOW_UNESCAPED_CONTROL_CHARS).build();

  @TempDir Path dir;

  static Dataset hostile() {
    Place place = new Place("harbour", "<b>Harbour</b> & \"quay\"", new GeoPoint(32.0853, 34.7818),
        ZoneId.of("Asia/Jerusalem"), Optional.empty());
    Category category = new Category("markup", "<svg onload=alert(4)>", Optional.empty());
    List<Event> events = new ArrayList<>();
    for (int i = 0; i < HOSTILE.size(); i++) {
      String text = HOSTILE.get(i);
      events.add(Event.builder("hostile-" + i, text)
          .start(TimePoint.ofDay(LocalDate.of(2024, 3, 1 + i)))
          .place(place)
          .category(category)
          .summary("Summary: " + text)
          .actors(List.of("Actor " + text))
          .sources(List.of(new Source("Source " + text, "Publisher & co", Optional.of(URI.create("https://example.org/")),
              Optional.empty())))
          .build());
    }
    return new Dataset("Hostile <title> & co", Optional.of("<i>description</i>"), "CC0-1.0", Optional.empty(),
        Optional.empty(), List.of(place), List.of(category), events, List.of(), List.of());
  }

  /**
   * What XML 1.0 can hold of a text: what it cannot (U+0001, U+FFFE) is U+FFFD. A lone surrogate never
   * reaches a writer: an event keeps its texts as UTF-8, where it is already '?'.
   */
  static String asXmlHolds(String text) {
    return inUtf8(text).replace('\u0001', '\uFFFD').replace('\uFFFE', '\uFFFD');
  }

  @Test
  void aLoneSurrogateIsAQuestionMarkInTheEventAlready() {
    assertThat(hostile().events().get(4).title()).isEqualTo("lone ? surrogate");
  }

  private static DocumentBuilder xmlWithoutDtds() throws Exception {
    DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
    f.setNamespaceAware(true);
    f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
    f.setExpandEntityReferences(false);
    return f.newDocumentBuilder();
  }

  @Test
  void kmlOfHostileTextIsWellFormedAndItsTextIsTheText() throws Exception {
    Path file = write(new KmlWriter(), hostile(), dir.resolve("hostile.kml"));
    Document kml = xmlWithoutDtds().parse(file.toFile());
    NodeList placemarks = kml.getElementsByTagNameNS("http://www.opengis.net/kml/2.2", "Placemark");
    assertThat(placemarks.getLength()).isEqualTo(HOSTILE.size());
    assertThat(kml.getElementsByTagName("script").getLength()).isZero();
    List<String> names = new ArrayList<>();
    List<String> descriptions = new ArrayList<>();
    for (int i = 0; i < placemarks.getLength(); i++) {
      Element p = (Element) placemarks.item(i);
      names.add(p.getElementsByTagName("name").item(0).getTextContent());
      descriptions.add(p.getElementsByTagName("description").item(0).getTextContent());
      assertThat(p.getElementsByTagName("address").item(0).getTextContent()).isEqualTo("<b>Harbour</b> & \"quay\"");
    }
    assertThat(names).containsExactlyInAnyOrderElementsOf(
        HOSTILE.stream().map(HostileTextExportTest::asXmlHolds).toList());
    assertThat(descriptions).containsExactlyInAnyOrderElementsOf(
        HOSTILE.stream().map(h -> asXmlHolds("Summary: " + h)).toList());
    assertThat(kml.getElementsByTagName("Folder").item(0).getFirstChild().getNextSibling().getTextContent())
        .isEqualTo("<svg onload=alert(4)>");
  }

  @Test
  void kmlOfHostileTextReadsBackToTheSameTitles() throws IOException {
    Dataset original = hostile();
    Path file = write(new KmlWriter(), original, dir.resolve("hostile.kml"));
    Dataset back = read(new org.eventmap.io.kml.KmlFormat(zonesOf(original)), file);
    assertThat(titles(back)).containsExactlyInAnyOrderElementsOf(
        HOSTILE.stream().map(HostileTextExportTest::asXmlHolds).toList());
  }

  @Test
  void geoJsonOfHostileTextIsValidJsonAndReadsBackToTheSameText() throws IOException {
    Dataset original = hostile();
    Path file = write(new GeoJsonWriter(), original, dir.resolve("hostile.geojson"));
    JsonNode root = JSON.readTree(file.toFile());
    assertThat(root.get("features")).hasSize(HOSTILE.size());
    Dataset back = read(new GeoJsonFormat(zonesOf(original)), file);
    assertThat(titles(back)).containsExactlyInAnyOrderElementsOf(expectedInUtf8(HOSTILE));
    for (Event e : back.events()) {
      assertThat(e.summary()).isEqualTo("Summary: " + e.title());
      assertThat(e.place().orElseThrow().name()).isEqualTo("<b>Harbour</b> & \"quay\"");
      assertThat(e.category().name()).isEqualTo("<svg onload=alert(4)>");
      // Our GeoJSON reader keeps actors and sources as attributes (their JSON), not as fields.
      String actors = e.attributes().stream().filter(a -> a.name().equals("actors")).findFirst().orElseThrow().value();
      assertThat(LENIENT.readTree(actors).get(0).asText()).isEqualTo("Actor " + e.title());
    }
  }

  @Test
  void ourFormatOfHostileTextReadsBackExactly() throws IOException {
    Dataset original = hostile();
    Path file = write(new EventmapWriter(), original, dir.resolve("hostile.json"));
    Dataset back = read(new EventmapFormat(), file);
    assertThat(titles(back)).containsExactlyInAnyOrderElementsOf(expectedInUtf8(HOSTILE));
    Map<String, Event> byId = ExportFixtures.byId(back);
    for (Event was : original.events()) {
      Event e = byId.get(was.id());
      assertThat(e.title()).isEqualTo(was.title());
      assertThat(e.summary()).isEqualTo(was.summary());
      assertThat(e.actors()).isEqualTo(was.actors());
      assertThat(e.sources().get(0).title()).isEqualTo(was.sources().get(0).title());
      assertThat(e.place().orElseThrow().name()).isEqualTo("<b>Harbour</b> & \"quay\"");
      assertThat(e.category().name()).isEqualTo("<svg onload=alert(4)>");
    }
    assertThat(back.title()).isEqualTo("Hostile <title> & co");
  }

  @Test
  void everyExportOfHostileTextIsValidUtf8() throws IOException {
    for (DatasetWriter writer : ExportFormats.all()) {
      Path file = write(writer, hostile(), dir.resolve("hostile." + writer.name()));
      byte[] bytes = Files.readAllBytes(file);
      assertThatCode(() -> java.nio.charset.StandardCharsets.UTF_8.newDecoder()
          .decode(java.nio.ByteBuffer.wrap(bytes))).as(writer.name()).doesNotThrowAnyException();
    }
  }

  @Test
  void timelineJsSlidesOfHostileTextHoldNoTag() throws IOException {
    Path file = write(new TimelineJsWriter(), hostile(), dir.resolve("hostile-timeline.json"));
    JsonNode root = JSON.readTree(file.toFile());
    assertThat(root.get("events")).hasSize(HOSTILE.size());
    List<String> shownAsHtml = new ArrayList<>();
    shownAsHtml.add(root.get("title").get("text").get("headline").asText());
    shownAsHtml.add(root.get("title").get("text").get("text").asText());
    for (JsonNode slide : root.get("events")) {
      shownAsHtml.add(slide.get("text").get("headline").asText());
      shownAsHtml.add(slide.get("text").get("text").asText());
    }
    assertThat(shownAsHtml).allSatisfy(html -> assertThat(html).doesNotContain("<").doesNotContain(">"));
    assertThat(shownAsHtml).contains("&lt;/name&gt;&lt;script&gt;alert(1)&lt;/script&gt;",
        "Tom &amp; Jerry &amp;amp; &amp;lt;b&amp;gt; &amp;#60;",
        "see http://example.org/?a=1&amp;b=&lt;2&gt;");
    assertThat(Files.readString(file)).doesNotContain("<a ").doesNotContain("href");
  }

  /** TimelineJS puts a group's label into the page with innerHTML (TimeGroup): a category name is HTML there. */
  @Test
  void timelineJsGroupOfAHostileCategoryNameIsEscaped() throws IOException {
    JsonNode root = JSON.readTree(timelineJs(hostile()));
    for (JsonNode slide : root.get("events")) {
      assertThat(slide.get("group").asText()).isEqualTo("&lt;svg onload=alert(4)&gt;");
    }
  }

  /** TimelineJS writes display_date into the slide with innerHTML (Text.addDateText). */
  @Test
  void timelineJsDisplayDateOfHostileTextIsEscaped() throws IOException {
    Dataset d = hostile();
    Event e = Event.builder("written", "Date as written").start(TimePoint.ofDay(LocalDate.of(2024, 3, 22)))
        .category(d.categories().get(0))
        .attributes(List.of(new org.eventmap.domain.Attribute(org.eventmap.domain.Attribute.DATE_AS_WRITTEN,
            "<img src=x onerror=alert(5)> & Friday")))
        .build();
    Dataset one = new Dataset("t", Optional.empty(), "l", Optional.empty(), Optional.empty(), List.of(),
        d.categories(), List.of(e), List.of(), List.of());
    JsonNode slide = JSON.readTree(timelineJs(one)).get("events").get(0);
    assertThat(slide.get("start_date").get("display_date").asText())
        .isEqualTo("&lt;img src=x onerror=alert(5)&gt; &amp; Friday");
  }

  /**
   * TimelineJS turns URLs in a slide's text into links unless the slide says {@code "autolink": false};
   * our summaries are plain text, in which a URL was not a link.
   */
  @Test
  void timelineJsUrlsInPlainTextAreNotMadeLinks() throws IOException {
    JsonNode root = JSON.readTree(timelineJs(hostile()));
    for (JsonNode slide : root.get("events")) {
      assertThat(slide.has("autolink")).isTrue();
      assertThat(slide.get("autolink").asBoolean()).isFalse();
    }
  }

  /**
   * Text without anything like a tag comes back. A title or group that looks like a tag does not: our
   * TimelineJS reader takes escaped markup without real markup for HTML escaped once (as some tools write
   * it) and reads it as HTML, so an escaped "<script>" or "<svg>" is dropped (nothing runs).
   */
  @Test
  void timelineJsOfHostileTextReadsBackToTheSameTextWhereItHasNoTag() throws IOException {
    Dataset original = hostile();
    Path file = write(new TimelineJsWriter(), original, dir.resolve("hostile-timeline.json"));
    Dataset back = read(ExportFixtures.registered("timelinejs"), file);
    assertThat(titles(back)).contains("say \"no\" and 'yes'", "Tom & Jerry &amp; &lt;b&gt; &#60;",
        "]]> <![CDATA[ x ]]>", "lone ? surrogate");
  }

  private static String timelineJs(Dataset dataset) throws IOException {
    java.io.StringWriter out = new java.io.StringWriter();
    new TimelineJsWriter().write(dataset, out);
    return out.toString();
  }

  private static List<String> expectedInUtf8(List<String> texts) {
    return texts.stream().map(HostileTextExportTest::inUtf8).collect(Collectors.toList());
  }

  private static String inUtf8(String text) {
    return text.replace("\uD800", "?");
  }

  private static List<String> titles(Dataset dataset) {
    return dataset.events().stream().map(Event::title).toList();
  }
}
