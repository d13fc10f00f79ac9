package org.eventmap.io.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.List;
import org.eventmap.io.text.HtmlText.Block;
import org.eventmap.io.text.HtmlText.Kind;
import org.eventmap.io.text.HtmlText.Link;
import org.eventmap.io.text.HtmlText.Run;
import org.eventmap.io.text.HtmlText.Text;
import org.junit.jupiter.api.Test;

class HtmlTextTest {
  private static List<String> lines(String html) {
    return HtmlText.blocks(html).stream().map(Block::plainText).toList();
  }

  private static List<Run> allRuns(String html) {
    return HtmlText.blocks(html).stream().flatMap(b -> b.runs().stream()).toList();
  }

  @Test
  void plainTextPassesUnchanged() {
    String text = "Shelling near the port.\nThree dead; 5 < 7 and AT&T > nothing.  Two spaces.";
    assertThat(HtmlText.blocks(text)).containsExactly(new Block(Kind.PARAGRAPH, List.of(new Text(text))));
    assertThat(HtmlText.blocks("")).isEmpty();
    assertThat(HtmlText.blocks("   ")).isEmpty();
  }

  /** A TimelineJS title written "Blinken&#39;s sixth trip" was shown with its character reference. */
  @Test
  void textWithCharacterReferencesButNoTagsIsShownDecoded() {
    assertThat(HtmlText.blocks("Blinken&#39;s sixth trip, Q&amp;A &#x2014; &quot;talks&quot;"))
        .containsExactly(new Block(Kind.PARAGRAPH, List.of(new Text("Blinken's sixth trip, Q&A \u2014 \"talks\""))));
    assertThat(HtmlText.blocks("AT&T; R&D")).as("an ampersand that is no reference stays")
        .containsExactly(new Block(Kind.PARAGRAPH, List.of(new Text("AT&T; R&D"))));
  }

  @Test
  void paragraphsLineBreaksDivsItemsAndHeadingsBecomeBlocks() {
    List<Block> blocks = HtmlText.blocks("<h2>Rafah</h2><p>First   paragraph,\n on two lines.</p><p>Second<br>line two"
        + "<br/>line three</p><div>A div</div><ul><li>one</li><li>two <b>bold</b></li></ul>");
    assertThat(blocks).extracting(Block::kind, Block::plainText).containsExactly(
        org.assertj.core.groups.Tuple.tuple(Kind.HEADING, "Rafah"),
        org.assertj.core.groups.Tuple.tuple(Kind.PARAGRAPH, "First paragraph, on two lines."),
        org.assertj.core.groups.Tuple.tuple(Kind.PARAGRAPH, "Second"),
        org.assertj.core.groups.Tuple.tuple(Kind.PARAGRAPH, "line two"),
        org.assertj.core.groups.Tuple.tuple(Kind.PARAGRAPH, "line three"),
        org.assertj.core.groups.Tuple.tuple(Kind.PARAGRAPH, "A div"),
        org.assertj.core.groups.Tuple.tuple(Kind.ITEM, "one"),
        org.assertj.core.groups.Tuple.tuple(Kind.ITEM, "two bold"));
  }

  @Test
  void httpLinksKeepTheirTextAndAddress() {
    assertThat(allRuns("<p>See <a href=\"https://example.org/report?id=1&amp;x=2\">the report</a> for more.</p>"))
        .containsExactly(new Text("See "), new Link("the report", URI.create("https://example.org/report?id=1&x=2")),
            new Text(" for more."));
    assertThat(allRuns("<a href='http://example.org/'></a>"))
        .containsExactly(new Link("http://example.org/", URI.create("http://example.org/")));
  }

  @Test
  void entitiesAreDecoded() {
    assertThat(lines("<p>Caf&eacute; &amp; bar &#8212; &lt;b&gt; &quot;q&quot; &nbsp;x</p>"))
        .containsExactly("Café & bar — <b> \"q\" \u00a0x");
  }

  @Test
  void escapedHtmlIsReadAsHtml() {
    assertThat(lines("&lt;p&gt;Escaped &amp;amp; once&lt;/p&gt;&lt;p&gt;Second&lt;/p&gt;"))
        .containsExactly("Escaped & once", "Second");
  }

  @Test
  void scriptsAndStylesAreNeverText() {
    assertThat(lines("<p>Before</p><script>alert('x'); document.write('<p>injected</p>')</script>"
        + "<style>p { color: red }</style><p>After</p>")).containsExactly("Before", "After");
  }

  @Test
  void eventHandlerAttributesAreDropped() {
    List<Run> runs = allRuns("<p onclick=\"alert(1)\">Click</p><img src=x onerror=\"alert(2)\">"
        + "<a href=\"https://example.org\" onmouseover=\"alert(3)\">ok</a>");
    assertThat(runs).containsExactly(new Text("Click"), new Link("ok", URI.create("https://example.org")));
    assertThat(runs.toString()).doesNotContain("alert");
  }

  @Test
  void javascriptAndOtherSchemesAreNotLinks() {
    assertThat(allRuns("<p><a href=\"javascript:alert(1)\">evil</a> <a href=\" JaVaScRiPt:alert(1)\">evil2</a>"
        + " <a href=\"data:text/html,<script>x</script>\">data</a> <a href=\"file:///etc/passwd\">file</a>"
        + " <a href=\"/relative\">relative</a> <a href=\"vbscript:x\">vb</a></p>"))
        .containsExactly(new Text("evil evil2 data file relative vb"));
  }

  @Test
  void imagesBecomeTheirAltTextAndAreNeverFetched() {
    assertThat(allRuns("<p>Map: <img src=\"http://tracker.example/pixel.gif\" alt=\"a map of the area\"> and "
        + "<img src=\"http://tracker.example/2.gif\"></p>"))
        .containsExactly(new Text("Map: a map of the area and"));
    assertThat(allRuns("<img src=\"http://tracker.example/pixel.gif\">")).isEmpty();
  }

  @Test
  void framesAndEmbeddedDocumentsAreLeftOut() {
    assertThat(lines("<p>Text</p><iframe src=\"http://evil.example/\">fallback</iframe>"
        + "<object data=\"x.swf\">obj</object><embed src=\"y\"><svg><text>svg</text></svg><p>End</p>"))
        .containsExactly("Text", "End");
  }

  @Test
  void nestedTablesBecomeLinesOfCells() {
    assertThat(lines("<table><tr><th>Name</th><td>Value</td></tr><tr><td>Inner</td><td>"
        + "<table><tr><td>a</td><td>b</td></tr></table></td></tr></table>"))
        .containsExactly("Name · Value", "Inner ·", "a · b");
  }

  @Test
  void unclosedTagsStillGiveTheText() {
    assertThat(lines("<p>One<p>Two <b>bold <i>both")).containsExactly("One", "Two bold both");
    assertThat(allRuns("<a href=\"https://example.org/\">never closed"))
        .containsExactly(new Link("never closed", URI.create("https://example.org/")));
  }

  @Test
  void aMegabyteDescriptionIsReadQuicklyAndCanBeShortened() {
    StringBuilder html = new StringBuilder();
    while (html.length() < 1_000_000) {
      html.append("<p>Paragraph with <b>bold</b> and <a href=\"https://example.org/x\">a link</a>.</p>");
    }
    long t0 = System.nanoTime();
    List<Block> all = HtmlText.blocks(html.toString());
    long allMillis = (System.nanoTime() - t0) / 1_000_000;
    assertThat(all).hasSizeGreaterThan(10_000);
    long t1 = System.nanoTime();
    List<Block> shortened = HtmlText.blocks(html.toString(), 20_000);
    long shortMillis = (System.nanoTime() - t1) / 1_000_000;
    System.out.printf("HtmlText: 1 MB of HTML in %d ms, shortened to 20,000 characters in %d ms%n", allMillis,
        shortMillis);
    assertThat(allMillis).isLessThan(3_000);
    assertThat(shortened.get(shortened.size() - 1).plainText()).startsWith("… (shortened here");
    assertThat(shortened.stream().mapToInt(b -> b.plainText().length()).sum()).isLessThan(21_000);
  }

  @Test
  void deepNestingDoesNotOverflow() {
    String html = "<div>".repeat(50_000) + "deep" + "</div>".repeat(50_000);
    assertThat(lines(html)).containsExactly("deep");
  }

  @Test
  void aLongPlainTextIsShortenedToo() {
    List<Block> blocks = HtmlText.blocks("x".repeat(50_000), 1_000);
    assertThat(blocks).hasSize(2);
    assertThat(blocks.get(0).plainText()).hasSize(1_000);
    assertThat(blocks.get(1).plainText()).contains("49,000");
  }

  @Test
  void aHugeParagraphIsCutWithinItsText() {
    List<Block> blocks = HtmlText.blocks("<p>" + "word ".repeat(200_000) + "</p>", 1_000);
    assertThat(blocks).hasSize(2);
    assertThat(blocks.get(0).plainText()).hasSizeLessThanOrEqualTo(1_000).startsWith("word word");
    assertThat(blocks.get(1).plainText()).startsWith("… (shortened here");
  }
}
