package org.eventmap.io.text;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.Parser;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

/**
 * A description as a person reads it: the HTML that KML, GeoJSON properties and spreadsheet cells carry
 * (written as markup or escaped once, {@code &lt;p&gt;}) becomes paragraphs, headings, list items and
 * links, and nothing else. The markup is only parsed (by jsoup), never rendered: no script runs, no
 * image, frame or style is fetched; an image becomes its alt text; a link is kept only when it goes to an
 * absolute http or https address, otherwise its text is kept as text. A text without markup comes back
 * unchanged, as one paragraph.
 */
public final class HtmlText {
  private HtmlText() {}

  /** What a block is, for its look: a paragraph or line, a heading, an item of a list. */
  public enum Kind { PARAGRAPH, HEADING, ITEM }

  /** A piece of a block: plain text, or a link with its text. */
  public sealed interface Run permits Text, Link {
    /** What a reader sees of it. */
    String text();
  }

  public record Text(String text) implements Run {
    public Text {
      Objects.requireNonNull(text, "text");
    }
  }

  /** A link to an http(s) address; its text is the link's own words, or the address when it has none. */
  public record Link(String text, URI url) implements Run {
    public Link {
      Objects.requireNonNull(text, "text");
      Objects.requireNonNull(url, "url");
    }
  }

  /** A paragraph, heading or list item: its runs in order, never empty. */
  public record Block(Kind kind, List<Run> runs) {
    public Block {
      Objects.requireNonNull(kind, "kind");
      runs = List.copyOf(runs);
    }

    /** The block's words without the links' addresses. */
    public String plainText() {
      StringBuilder s = new StringBuilder();
      runs.forEach(r -> s.append(r.text()));
      return s.toString();
    }
  }

  /** The blocks of a description, however long. */
  public static List<Block> blocks(String description) {
    return blocks(description, Integer.MAX_VALUE);
  }

  /**
   * The blocks of a description, stopping after about {@code maxCharacters} of text: a last paragraph then
   * says how much was left out. The detail pane shows a few pages, not a megabyte.
   */
  public static List<Block> blocks(String description, int maxCharacters) {
    Objects.requireNonNull(description, "description");
    if (!MARKUP.matcher(description).find()) {
      if (ESCAPED_MARKUP.matcher(description).find()) {
        return blocks(Parser.unescapeEntities(description, false), maxCharacters);
      }
      if (CHARACTER_REFERENCE.matcher(description).find()) {
        // HTML without tags, as other tools write a headline: "Blinken&#39;s trip", "Q&amp;A".
        return plain(Parser.unescapeEntities(description, false), maxCharacters);
      }
      return plain(description, maxCharacters);
    }
    // Markup is rarely more than a few times its text, so the rest of a huge description need not be parsed.
    long parsed = Math.min(description.length(), MARKUP_PER_CHARACTER * (long) maxCharacters);
    Element body = Jsoup.parseBodyFragment(description.substring(0, (int) parsed)).body();
    Reader reader = new Reader(maxCharacters);
    NodeTraversor.filter(reader, body);
    return reader.finish(description.length(), parsed < description.length());
  }

  /** A tag, a closing tag or a comment: {@code <p>}, {@code </b>}, {@code <br/>}, {@code <!-- -->}. */
  private static final Pattern MARKUP = Pattern.compile("<(?:/?[A-Za-z][A-Za-z0-9]*(?:[\\s/>])|!--)");
  private static final Pattern ESCAPED_MARKUP =
      Pattern.compile("&lt;(?:/?[A-Za-z][A-Za-z0-9]*(?:\\s|/|&gt;)|!--)", Pattern.CASE_INSENSITIVE);
  /** {@code &#39;}, {@code &#x27;} or a named one such as {@code &amp;}: text that only HTML would write so. */
  private static final Pattern CHARACTER_REFERENCE =
      Pattern.compile("&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});");
  private static final int MARKUP_PER_CHARACTER = 8;
  private static final Pattern SPACES = Pattern.compile("\\s+");

  /** Elements whose content is not text for a reader: code, styles, embedded documents and media. */
  private static final Set<String> SKIPPED = Set.of("script", "style", "iframe", "frame", "frameset", "object",
      "embed", "applet", "noscript", "template", "head", "title", "meta", "link", "svg", "math", "audio", "video",
      "canvas", "map", "select", "textarea", "button", "input", "form");
  private static final Set<String> BLOCKS = Set.of("p", "div", "li", "h1", "h2", "h3", "h4", "h5", "h6", "tr",
      "table", "ul", "ol", "dl", "dt", "dd", "blockquote", "pre", "section", "article", "header", "footer", "aside",
      "nav", "main", "figure", "figcaption", "address", "hr", "caption", "center", "body", "details", "summary");
  private static final Set<String> HEADINGS = Set.of("h1", "h2", "h3", "h4", "h5", "h6");

  private static List<Block> plain(String text, int maxCharacters) {
    if (text.isBlank()) {
      return List.of();
    }
    if (text.length() <= maxCharacters) {
      return List.of(new Block(Kind.PARAGRAPH, List.of(new Text(text))));
    }
    return List.of(new Block(Kind.PARAGRAPH, List.of(new Text(text.substring(0, maxCharacters)))),
        shortened(text.length() - maxCharacters));
  }

  private static Block shortened(int omitted) {
    return new Block(Kind.PARAGRAPH, List.of(new Text(String.format(Locale.ROOT,
        "… (shortened here: the description goes on for about %,d more characters)", omitted))));
  }

  /** An absolute http(s) address with a host, or null. */
  static URI httpAddress(String href) {
    if (href == null || href.isBlank()) {
      return null;
    }
    try {
      URI uri = new URI(href.strip());
      String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
      return (scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null ? uri : null;
    } catch (URISyntaxException e) {
      return null;
    }
  }

  /** Walks the parsed markup once, without recursion, so that deep nesting cannot overflow the stack. */
  private static final class Reader implements NodeFilter {
    private final int maxCharacters;
    private final List<Block> blocks = new ArrayList<>();
    private List<Run> runs = new ArrayList<>();
    private final StringBuilder text = new StringBuilder();
    private Kind kind = Kind.PARAGRAPH;
    private boolean pendingSpace;
    private int preDepth;
    /** The link being read, or null; its words go to {@link #linkText}. */
    private URI link;
    private Element linkElement;
    private final StringBuilder linkText = new StringBuilder();
    private int characters;
    private boolean full;

    Reader(int maxCharacters) {
      this.maxCharacters = maxCharacters;
    }

    @Override
    public FilterResult head(Node node, int depth) {
      if (full) {
        return FilterResult.STOP;
      }
      if (node instanceof TextNode t) {
        words(t.getWholeText());
        return FilterResult.CONTINUE;
      }
      if (!(node instanceof Element e)) {
        return FilterResult.SKIP_ENTIRELY; // comments, doctypes, processing instructions
      }
      String tag = e.normalName();
      if (SKIPPED.contains(tag)) {
        return FilterResult.SKIP_ENTIRELY;
      }
      switch (tag) {
        case "br" -> endBlock();
        case "img" -> words(e.attr("alt"));
        case "td", "th" -> {
          if (e.elementSiblingIndex() > 0) {
            pendingSpace = false;
            append(" · ");
          }
        }
        case "a" -> {
          URI url = httpAddress(e.attr("href"));
          if (url != null && link == null) {
            space();
            flushText();
            link = url;
            linkElement = e;
            linkText.setLength(0);
          }
        }
        default -> {
          if (BLOCKS.contains(tag) && link == null) {
            endBlock();
            kind = HEADINGS.contains(tag) ? Kind.HEADING : tag.equals("li") ? Kind.ITEM : Kind.PARAGRAPH;
          }
        }
      }
      if (tag.equals("pre")) {
        preDepth++;
      }
      return FilterResult.CONTINUE;
    }

    @Override
    public FilterResult tail(Node node, int depth) {
      if (node instanceof Element e) {
        String tag = e.normalName();
        if (tag.equals("pre")) {
          preDepth--;
        }
        if (e == linkElement) {
          String words = linkText.toString().strip();
          runs.add(new Link(words.isEmpty() ? link.toString() : words, link));
          characters += words.length();
          linkText.setLength(0);
          link = null;
          linkElement = null;
        } else if (BLOCKS.contains(tag) && link == null) {
          endBlock();
        }
      }
      return full ? FilterResult.STOP : FilterResult.CONTINUE;
    }

    private void words(String raw) {
      if (raw.isEmpty()) {
        return;
      }
      if (preDepth > 0) {
        space();
        append(raw);
        return;
      }
      String collapsed = SPACES.matcher(raw).replaceAll(" ");
      if (collapsed.startsWith(" ")) {
        pendingSpace = true;
        collapsed = collapsed.substring(1);
      }
      boolean trailing = collapsed.endsWith(" ");
      if (trailing) {
        collapsed = collapsed.substring(0, collapsed.length() - 1);
      }
      if (!collapsed.isEmpty()) {
        space();
        append(collapsed);
      }
      pendingSpace |= trailing;
    }

    private void space() {
      if (pendingSpace && (!runs.isEmpty() || text.length() > 0 || (link != null && linkText.length() > 0))) {
        append(" ");
      }
      pendingSpace = false;
    }

    private void append(String s) {
      int room = maxCharacters - characters - linkText.length();
      if (s.length() >= room) {
        s = s.substring(0, Math.max(0, room));
        full = true;
      }
      if (link != null) {
        linkText.append(s);
      } else {
        text.append(s);
        characters += s.length();
      }
    }

    private void flushText() {
      if (text.length() > 0) {
        runs.add(new Text(text.toString()));
        text.setLength(0);
      }
    }

    private void endBlock() {
      if (link != null) {
        return;
      }
      flushText();
      if (!runs.isEmpty() && runs.get(runs.size() - 1) instanceof Text last) {
        String stripped = last.text().stripTrailing();
        runs.set(runs.size() - 1, new Text(stripped));
        if (stripped.isEmpty()) {
          runs.remove(runs.size() - 1);
        }
      }
      if (!runs.isEmpty()) {
        blocks.add(new Block(kind, runs));
      }
      runs = new ArrayList<>();
      kind = Kind.PARAGRAPH;
      pendingSpace = false;
    }

    List<Block> finish(int sourceLength, boolean cut) {
      full |= cut;
      if (link != null) {
        runs.add(new Link(linkText.toString().strip().isEmpty() ? link.toString() : linkText.toString().strip(), link));
        link = null;
        linkElement = null;
      }
      endBlock();
      if (full) {
        blocks.add(shortened(Math.max(0, sourceLength - characters)));
      }
      return List.copyOf(blocks);
    }
  }
}
