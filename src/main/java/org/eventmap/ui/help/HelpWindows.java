package org.eventmap.ui.help;

import java.net.URI;
import java.util.function.Consumer;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TitledPane;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * Help ▸ Curator's guide and Help ▸ About: windows of their own beside the main one, not blocking it,
 * one of each (asking again brings it to the front).
 */
public final class HelpWindows {
  public static final String GUIDE_ID = "guide-page";
  public static final String ABOUT_ID = "about-page";
  public static final String VERSION_ID = "about-version";
  public static final String ATTRIBUTION_ID = "about-attribution";
  public static final String LIBRARIES_ID = "about-libraries";
  static final String GUIDE_RESOURCE = "/org/eventmap/docs/dataset-format.md";
  static final String STYLESHEET = HelpWindows.class.getResource("/org/eventmap/help/help.css").toExternalForm();
  private static final String ATTRIBUTION = "Made with Natural Earth. Free vector and raster map data @ "
      + "naturalearthdata.com";

  private static Stage guide;
  private static Stage about;

  private HelpWindows() {}

  /** The guide, its links opened by {@code openLink}. */
  public static Stage showGuide(Window owner, Consumer<URI> openLink) {
    if (isOpenFor(guide, owner)) {
      guide.toFront();
      guide.requestFocus();
      return guide;
    }
    if (guide != null) {
      guide.close();
    }
    MarkdownView page = new MarkdownView(Licences.text(GUIDE_RESOURCE), openLink);
    ScrollPane scroll = new ScrollPane(page);
    scroll.setId(GUIDE_ID);
    scroll.setFitToWidth(true);
    scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
    scroll.getStyleClass().add("help-scroll");
    String title = page.headings().isEmpty() ? "Curator's guide" : MarkdownView.textOf(page.headings().get(0));
    guide = window(owner, "Curator's guide — " + title, scroll, 860, 780);
    guide.show();
    scroll.requestFocus(); // the arrow and page keys scroll what one reads
    return guide;
  }

  /** About, its links opened by {@code openLink}. */
  public static Stage showAbout(Window owner, Consumer<URI> openLink) {
    if (isOpenFor(about, owner)) {
      about.toFront();
      about.requestFocus();
      return about;
    }
    if (about != null) {
      about.close();
    }
    about = window(owner, "About Eventmap", aboutPage(openLink), 720, 700);
    about.show();
    return about;
  }

  private static Parent aboutPage(Consumer<URI> openLink) {
    Label name = new Label("Eventmap");
    name.getStyleClass().add("about-name");
    Label version = new Label("Version " + Licences.version());
    version.setId(VERSION_ID);
    version.getStyleClass().add("about-version");
    Label what = wrapped("A desktop viewer for dated, geolocated events on an offline map with a linked timeline.");
    Label licence = wrapped("Eventmap is free software under the Apache License, Version 2.0.");
    TitledPane licenceText = collapsed("The Apache License, Version 2.0", Licences.projectLicence());

    Label mapHeading = heading("The map");
    Label attribution = wrapped(ATTRIBUTION);
    attribution.setId(ATTRIBUTION_ID);
    attribution.getStyleClass().add("about-attribution");
    Label mapSource = wrapped("Natural Earth data (version 4.1.0) is in the public domain. It reaches Eventmap "
        + "through the world-atlas package (version 2.0.2) by Mike Bostock, under the ISC licence.");
    Hyperlink naturalEarth = link("naturalearthdata.com", URI.create("https://www.naturalearthdata.com"), openLink);
    TitledPane atlasLicence = collapsed("The licence of world-atlas (ISC)", Licences.worldAtlasLicence());

    Label librariesHeading = heading("What ships with Eventmap");
    Label librariesNote = wrapped("These libraries are inside the application, each under its own licence.");
    GridPane libraries = new GridPane();
    libraries.setId(LIBRARIES_ID);
    libraries.getStyleClass().add("about-libraries");
    libraries.setHgap(14);
    libraries.setVgap(3);
    int row = 0;
    for (String header : new String[] {"Library", "Version", "Licence"}) {
      Label h = new Label(header);
      h.getStyleClass().add("about-libraries-header");
      libraries.add(h, row++, 0);
    }
    row = 1;
    for (Licences.Library library : Licences.libraries()) {
      Hyperlink libraryName = link(library.name(), URI.create(library.address()), openLink);
      libraryName.setWrapText(true);
      Label libraryVersion = new Label(library.version());
      libraryVersion.setMinWidth(Region.USE_PREF_SIZE);
      Label libraryLicence = wrapped(library.licence());
      for (javafx.scene.Node cell : new javafx.scene.Node[] {libraryName, libraryVersion, libraryLicence}) {
        GridPane.setValignment(cell, javafx.geometry.VPos.TOP);
      }
      libraries.addRow(row++, libraryName, libraryVersion, libraryLicence);
    }
    javafx.scene.layout.ColumnConstraints nameColumn = new javafx.scene.layout.ColumnConstraints();
    nameColumn.setPercentWidth(46);
    javafx.scene.layout.ColumnConstraints versionColumn = new javafx.scene.layout.ColumnConstraints();
    versionColumn.setPercentWidth(12);
    javafx.scene.layout.ColumnConstraints licenceColumn = new javafx.scene.layout.ColumnConstraints();
    licenceColumn.setPercentWidth(42);
    libraries.getColumnConstraints().setAll(nameColumn, versionColumn, licenceColumn);

    VBox page = new VBox(8, name, version, what, licence, licenceText, mapHeading, attribution, naturalEarth,
        mapSource, atlasLicence, librariesHeading, librariesNote, libraries);
    page.getStyleClass().add("about-page");
    page.setPadding(new Insets(20, 24, 24, 24));
    ScrollPane scroll = new ScrollPane(page);
    scroll.setId(ABOUT_ID);
    scroll.setFitToWidth(true);
    scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
    scroll.getStyleClass().add("help-scroll");
    return scroll;
  }

  private static Stage window(Window owner, String title, Parent content, double width, double height) {
    Stage stage = new Stage();
    if (owner != null) {
      stage.initOwner(owner);
    }
    stage.setTitle(title);
    Button close = new Button("Close");
    close.setCancelButton(true);
    close.setDefaultButton(true);
    close.setOnAction(e -> stage.close());
    HBox buttons = new HBox(close);
    buttons.setAlignment(Pos.CENTER_RIGHT);
    buttons.getStyleClass().add("help-buttons");
    buttons.setPadding(new Insets(8, 12, 10, 12));
    BorderPane root = new BorderPane(content, null, null, buttons, null);
    root.getStyleClass().add("help-window");
    // Never taller or wider than the screen the owner is on (a laptop's 768 pixels, a window snapped to half).
    javafx.geometry.Rectangle2D screen = (owner == null ? javafx.stage.Screen.getPrimary()
        : javafx.stage.Screen.getScreensForRectangle(owner.getX(), owner.getY(), Math.max(1, owner.getWidth()),
            Math.max(1, owner.getHeight())).stream().findFirst().orElse(javafx.stage.Screen.getPrimary()))
        .getVisualBounds();
    Scene scene = new Scene(root, Math.min(width, screen.getWidth() - 40), Math.min(height, screen.getHeight() - 60));
    // The owner's stylesheets and theme class come along, so that a dark window opens a dark guide.
    if (owner != null && owner.getScene() != null) {
      scene.getStylesheets().addAll(owner.getScene().getStylesheets());
      if (owner.getScene().getRoot() != null) {
        owner.getScene().getRoot().getStyleClass().stream().filter(c -> c.startsWith("theme-"))
            .forEach(root.getStyleClass()::add);
      }
      scene.setFill(owner.getScene().getFill());
    }
    scene.getStylesheets().add(STYLESHEET);
    KeyCombination closeKey = new KeyCodeCombination(KeyCode.W, KeyCombination.SHORTCUT_DOWN);
    scene.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
      if (closeKey.match(e)) {
        stage.close();
        e.consume();
      }
    });
    stage.setScene(scene);
    return stage;
  }

  private static boolean isOpenFor(Stage stage, Window owner) {
    return stage != null && stage.isShowing() && stage.getOwner() == owner;
  }

  private static Label heading(String text) {
    Label label = new Label(text);
    label.getStyleClass().add("about-heading");
    return label;
  }

  private static Label wrapped(String text) {
    Label label = new Label(text);
    label.setWrapText(true);
    label.setMinHeight(Region.USE_PREF_SIZE);
    label.setMnemonicParsing(false);
    return label;
  }

  private static Hyperlink link(String text, URI address, Consumer<URI> openLink) {
    Hyperlink link = new Hyperlink(text);
    link.setMnemonicParsing(false);
    link.setOnAction(e -> openLink.accept(address));
    link.setTooltip(new javafx.scene.control.Tooltip(address.toString()));
    return link;
  }

  /** A licence's full text, folded away until asked for. */
  private static TitledPane collapsed(String title, String text) {
    TextArea area = new TextArea(text);
    area.setEditable(false);
    area.setWrapText(true);
    area.setPrefRowCount(14);
    area.getStyleClass().add("about-licence-text");
    TitledPane pane = new TitledPane(title, area);
    pane.setExpanded(false);
    pane.setAnimated(false);
    VBox.setVgrow(pane, Priority.NEVER);
    return pane;
  }
}
