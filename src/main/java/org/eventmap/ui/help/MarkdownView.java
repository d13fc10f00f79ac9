package org.eventmap.ui.help;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Separator;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import org.commonmark.node.BlockQuote;
import org.commonmark.node.BulletList;
import org.commonmark.node.Code;
import org.commonmark.node.Emphasis;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Image;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.Link;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.OrderedList;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.SourceSpan;
import org.commonmark.node.StrongEmphasis;
import org.commonmark.node.ThematicBreak;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;

/**
 * A Markdown page shown as JavaFX text: headings, paragraphs, lists, code blocks and tables (GitHub's
 * pipe tables, which the core parser leaves as paragraphs). Nothing in it runs: HTML in the page is
 * shown as the text it is, images as their description, and only http(s) links are links, opened by
 * the opener given (the system's browser), never in this view; a link to a heading of the page
 * scrolls to it.
 */
final class MarkdownView extends VBox {
  static final String STYLE_CLASS = "markdown";
  private static final Pattern TABLE_DELIMITER_ROW =
      Pattern.compile("\\|?\\s*:?-+:?\\s*(\\|\\s*:?-+:?\\s*)*\\|?\\s*");

  private final Consumer<URI> openLink;
  private final Parser parser = Parser.builder().includeSourceSpans(IncludeSourceSpans.BLOCKS).build();
  private final String[] lines;
  /** The headings by the anchor GitHub gives them ("#6-dates-precision-and-time-zones"). */
  private final Map<String, javafx.scene.Node> anchors = new HashMap<>();
  private final List<TextFlow> headings = new ArrayList<>();

  MarkdownView(String markdown, Consumer<URI> openLink) {
    this.openLink = openLink;
    this.lines = markdown.split("\r\n|\r|\n", -1);
    getStyleClass().add(STYLE_CLASS);
    setSpacing(10);
    setPadding(new Insets(18, 24, 24, 24));
    getChildren().setAll(blocks(parser.parse(markdown)));
  }

  /** The page's headings in order, for tests and for a table of contents. */
  List<TextFlow> headings() {
    return List.copyOf(headings);
  }

  /** The heading a link "#anchor" goes to. */
  Optional<javafx.scene.Node> anchor(String id) {
    return Optional.ofNullable(anchors.get(id));
  }

  /** The words of a heading or paragraph as shown. */
  static String textOf(TextFlow flow) {
    StringBuilder s = new StringBuilder();
    for (javafx.scene.Node n : flow.getChildren()) {
      if (n instanceof Text t) {
        s.append(t.getText());
      } else if (n instanceof javafx.scene.control.Labeled l) {
        s.append(l.getText());
      }
    }
    return s.toString();
  }

  private List<javafx.scene.Node> blocks(Node parent) {
    List<javafx.scene.Node> shown = new ArrayList<>();
    for (Node block = parent.getFirstChild(); block != null; block = block.getNext()) {
      javafx.scene.Node node = block(block);
      if (node != null) {
        shown.add(node);
      }
    }
    return shown;
  }

  private javafx.scene.Node block(Node block) {
    if (block instanceof Heading heading) {
      TextFlow flow = inlines(heading, "markdown-heading", "markdown-h" + Math.min(heading.getLevel(), 4));
      headings.add(flow);
      anchors.putIfAbsent(uniqueAnchor(slug(textOf(flow))), flow);
      return flow;
    }
    if (block instanceof Paragraph paragraph) {
      return table(paragraph).orElseGet(() -> inlines(paragraph, "markdown-paragraph"));
    }
    if (block instanceof BulletList || block instanceof OrderedList) {
      return list(block);
    }
    if (block instanceof FencedCodeBlock code) {
      return code(code.getLiteral());
    }
    if (block instanceof IndentedCodeBlock code) {
      return code(code.getLiteral());
    }
    if (block instanceof HtmlBlock html) {
      return code(html.getLiteral()); // shown as what it is: a page of ours has none, and none is run
    }
    if (block instanceof BlockQuote quote) {
      VBox box = new VBox(6);
      box.getStyleClass().add("markdown-quote");
      box.getChildren().setAll(blocks(quote));
      return box;
    }
    if (block instanceof ThematicBreak) {
      Separator rule = new Separator();
      rule.getStyleClass().add("markdown-rule");
      return rule;
    }
    return null; // link reference definitions: their links already carry the address
  }

  private VBox list(Node list) {
    VBox box = new VBox(4);
    box.getStyleClass().add("markdown-list");
    int number = list instanceof OrderedList ordered && ordered.getMarkerStartNumber() != null
        ? ordered.getMarkerStartNumber() : 1;
    for (Node item = list.getFirstChild(); item != null; item = item.getNext()) {
      if (!(item instanceof ListItem)) {
        continue;
      }
      List<javafx.scene.Node> content = blocks(item);
      String marker = list instanceof OrderedList ? number++ + "." : "•";
      // A checklist's "[ ]" is a box to tick, not brackets.
      if (!content.isEmpty() && content.get(0) instanceof TextFlow first && first.getChildren().size() > 0
          && first.getChildren().get(0) instanceof Text start && start.getText().startsWith("[ ] ")) {
        start.setText(start.getText().substring(4));
        marker = "☐";
      }
      Label bullet = new Label(marker);
      bullet.getStyleClass().add("markdown-bullet");
      bullet.setMinWidth(Region.USE_PREF_SIZE);
      VBox body = new VBox(4);
      body.getChildren().setAll(content);
      HBox.setHgrow(body, Priority.ALWAYS);
      HBox row = new HBox(6, bullet, body);
      row.setAlignment(Pos.TOP_LEFT);
      box.getChildren().add(row);
    }
    return box;
  }

  private javafx.scene.Node code(String literal) {
    String text = literal.endsWith("\n") ? literal.substring(0, literal.length() - 1) : literal;
    Label code = new Label(text);
    code.getStyleClass().add("markdown-code-block");
    code.setMinHeight(Region.USE_PREF_SIZE);
    code.setMinWidth(Region.USE_PREF_SIZE);
    // Wide examples scroll on their own rather than widen the whole page.
    ScrollPane box = new ScrollPane(code);
    box.getStyleClass().add("markdown-code");
    box.setFitToHeight(true);
    box.setVbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
    box.setHbarPolicy(ScrollPane.ScrollBarPolicy.AS_NEEDED);
    box.setMinHeight(Region.USE_PREF_SIZE);
    return box;
  }

  /**
   * A GitHub pipe table: a header row, a row of dashes, then rows. The core parser reads it as one
   * paragraph; its lines are taken from the page itself and each cell read as Markdown of its own.
   */
  private Optional<javafx.scene.Node> table(Paragraph paragraph) {
    List<String> rows = new ArrayList<>();
    for (SourceSpan span : paragraph.getSourceSpans()) {
      String line = lines[span.getLineIndex()];
      int end = Math.min(line.length(), span.getColumnIndex() + span.getLength());
      rows.add(line.substring(Math.min(span.getColumnIndex(), end), end).strip());
    }
    if (rows.size() < 2 || !rows.get(0).contains("|") || !TABLE_DELIMITER_ROW.matcher(rows.get(1)).matches()) {
      return Optional.empty();
    }
    List<List<String>> cells = new ArrayList<>();
    cells.add(cells(rows.get(0)));
    int columns = cells.get(0).size();
    for (String row : rows.subList(2, rows.size())) {
      cells.add(cells(row));
    }
    GridPane grid = new GridPane();
    grid.getStyleClass().add("markdown-table");
    // Each column gets a share of the width by how much it holds, so that the descriptions wrap and
    // the short columns (names, yes/no) stay on one line.
    double[] weight = new double[columns];
    for (List<String> row : cells) {
      for (int c = 0; c < columns && c < row.size(); c++) {
        weight[c] = Math.max(weight[c], Math.min(60, row.get(c).length() + 4));
      }
    }
    double total = java.util.Arrays.stream(weight).sum();
    for (int c = 0; c < columns; c++) {
      ColumnConstraints constraints = new ColumnConstraints();
      constraints.setPercentWidth(100 * weight[c] / total);
      grid.getColumnConstraints().add(constraints);
    }
    for (int r = 0; r < cells.size(); r++) {
      List<String> row = cells.get(r);
      for (int c = 0; c < columns; c++) {
        String cell = c < row.size() ? row.get(c) : "";
        Node parsed = parser.parse(cell).getFirstChild();
        TextFlow flow = parsed instanceof Paragraph p ? inlines(p, "markdown-cell") : flow("markdown-cell");
        if (r == 0) {
          flow.getStyleClass().add("markdown-header-cell");
        }
        flow.getStyleClass().add(r % 2 == 0 ? "markdown-row-even" : "markdown-row-odd");
        flow.setMaxWidth(Double.MAX_VALUE);
        GridPane.setFillHeight(flow, true);
        grid.add(flow, c, r);
      }
    }
    grid.setMaxWidth(Double.MAX_VALUE);
    return Optional.of(grid);
  }

  /** The cells of a table row, split at pipes outside code spans; "\|" is a pipe inside a cell. */
  static List<String> cells(String row) {
    String r = row.strip();
    if (r.startsWith("|")) {
      r = r.substring(1);
    }
    if (r.endsWith("|") && !r.endsWith("\\|")) {
      r = r.substring(0, r.length() - 1);
    }
    List<String> cells = new ArrayList<>();
    StringBuilder cell = new StringBuilder();
    boolean inCode = false;
    for (int i = 0; i < r.length(); i++) {
      char ch = r.charAt(i);
      if (ch == '\\' && i + 1 < r.length() && r.charAt(i + 1) == '|') {
        cell.append('|');
        i++;
      } else if (ch == '`') {
        inCode = !inCode;
        cell.append(ch);
      } else if (ch == '|' && !inCode) {
        cells.add(cell.toString().strip());
        cell.setLength(0);
      } else {
        cell.append(ch);
      }
    }
    cells.add(cell.toString().strip());
    return cells;
  }

  private TextFlow inlines(Node parent, String... styleClasses) {
    TextFlow flow = flow(styleClasses);
    addInlines(flow, parent, List.of());
    flow.setAccessibleText(textOf(flow));
    return flow;
  }

  private static TextFlow flow(String... styleClasses) {
    TextFlow flow = new TextFlow();
    flow.getStyleClass().addAll(styleClasses);
    flow.setMinHeight(Region.USE_PREF_SIZE);
    return flow;
  }

  private void addInlines(TextFlow flow, Node parent, List<String> styles) {
    for (Node n = parent.getFirstChild(); n != null; n = n.getNext()) {
      if (n instanceof org.commonmark.node.Text text) {
        flow.getChildren().add(words(text.getLiteral(), styles));
      } else if (n instanceof Code code) {
        flow.getChildren().add(words(code.getLiteral(), with(styles, "markdown-code-span")));
      } else if (n instanceof Emphasis) {
        addInlines(flow, n, with(styles, "markdown-emphasis"));
      } else if (n instanceof StrongEmphasis) {
        addInlines(flow, n, with(styles, "markdown-strong"));
      } else if (n instanceof SoftLineBreak) {
        flow.getChildren().add(words(" ", styles));
      } else if (n instanceof HardLineBreak) {
        flow.getChildren().add(words("\n", styles));
      } else if (n instanceof HtmlInline html) {
        flow.getChildren().add(words(html.getLiteral(), with(styles, "markdown-code-span")));
      } else if (n instanceof Image image) {
        TextFlow alt = new TextFlow();
        addInlines(alt, image, styles);
        flow.getChildren().add(words("[image: " + textOf(alt) + "]", with(styles, "markdown-emphasis")));
      } else if (n instanceof Link link) {
        TextFlow label = new TextFlow();
        addInlines(label, link, styles);
        flow.getChildren().add(link(textOf(label), link.getDestination(), styles));
      } else {
        addInlines(flow, n, styles);
      }
    }
  }

  /**
   * A link of the page: to a heading of it, it scrolls there; to a web page, the browser opens it;
   * anything else (a file of the repository, a script) is shown as text with its address.
   */
  private javafx.scene.Node link(String text, String destination, List<String> styles) {
    if (destination.startsWith("#")) {
      Hyperlink link = hyperlink(text, "Go to “" + text + "” on this page");
      link.setOnAction(e -> anchor(destination.substring(1)).ifPresent(this::scrollTo));
      return link;
    }
    Optional<URI> web = webAddress(destination);
    if (web.isEmpty()) {
      return words(text + " (" + destination + ")", styles);
    }
    Hyperlink link = hyperlink(text, web.get().toString());
    link.setOnAction(e -> openLink.accept(web.get()));
    return link;
  }

  private static Hyperlink hyperlink(String text, String help) {
    Hyperlink link = new Hyperlink(text);
    link.setMnemonicParsing(false);
    link.getStyleClass().add("markdown-link");
    link.setTooltip(new Tooltip(help));
    link.setAccessibleHelp(help);
    return link;
  }

  /** Brings a heading to the top of the scroll pane the page is in. */
  void scrollTo(javafx.scene.Node target) {
    for (javafx.scene.Node n = getParent(); n != null; n = n.getParent()) {
      if (n instanceof ScrollPane scroll) {
        double contentHeight = getBoundsInLocal().getHeight();
        double viewport = scroll.getViewportBounds().getHeight();
        double y = target.localToScene(0, 0).getY() - localToScene(0, 0).getY();
        scroll.setVvalue(contentHeight <= viewport ? 0 : Math.min(1, y / (contentHeight - viewport)));
        return;
      }
    }
  }

  static Optional<URI> webAddress(String text) {
    try {
      URI uri = new URI(text);
      String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
      return (scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null ? Optional.of(uri)
          : Optional.empty();
    } catch (URISyntaxException e) {
      return Optional.empty();
    }
  }

  /** The anchor GitHub gives a heading: lower case, punctuation dropped, spaces as hyphens. */
  static String slug(String heading) {
    StringBuilder s = new StringBuilder();
    heading.strip().toLowerCase(Locale.ROOT).codePoints().forEach(cp -> {
      if (Character.isLetterOrDigit(cp) || cp == '-' || cp == '_') {
        s.appendCodePoint(cp);
      } else if (cp == ' ') {
        s.append('-');
      }
    });
    return s.toString();
  }

  private String uniqueAnchor(String slug) {
    String anchor = slug;
    for (int n = 1; anchors.containsKey(anchor); n++) {
      anchor = slug + "-" + n;
    }
    return anchor;
  }

  private static Text words(String text, List<String> styles) {
    Text words = new Text(text);
    words.getStyleClass().add("markdown-text");
    words.getStyleClass().addAll(styles);
    return words;
  }

  private static List<String> with(List<String> styles, String style) {
    List<String> more = new ArrayList<>(styles);
    more.add(style);
    return more;
  }
}
