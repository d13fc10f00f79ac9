package org.eventmap.io.kml;

import java.io.InputStream;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.XMLConstants;
import javax.xml.stream.Location;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.eventmap.domain.Approximation;
import org.eventmap.domain.Attribute;
import org.eventmap.domain.Category;
import org.eventmap.domain.Event;
import org.eventmap.domain.Place;
import org.eventmap.domain.Precision;
import org.eventmap.domain.TimePoint;
import org.eventmap.geo.ZoneLookup;
import org.eventmap.io.ProgressInputStream;
import org.eventmap.io.DatasetAssembler;
import org.eventmap.io.IsoDates;
import org.eventmap.io.LoadResult;
import org.eventmap.io.Problem;

/**
 * Reads one KML document, as a stream (a file with a hundred thousand placemarks never sits in memory as
 * a tree), into events. Not for several threads at once; one reader per file.
 *
 * <p>What becomes of KML:
 *
 * <ul>
 *   <li>a {@code Placemark} is an event: its {@code name} the title, its {@code description} the summary
 *       as written (HTML included, made readable by the detail pane), its {@code address} the place's
 *       name, its {@code ExtendedData} shown in the detail pane;
 *   <li>its place is its {@code Point}; other geometries are placed at a representative point, marked
 *       approximate in place: a {@code LineString} at its middle vertex, a {@code Polygon} or a
 *       {@code LinearRing} at the average of its outer ring's corners, a {@code MultiGeometry} at the
 *       representative point of its first part;
 *   <li>a {@code gx:Track} (in a {@code gx:MultiTrack} too) is a journey: one event per {@code gx:coord},
 *       at the time of the {@code when} in the same position, all tagged {@code trip:<name>};
 *   <li>time: see {@link KmlTime} for open spans. A placemark without a time of its own takes the time of
 *       the nearest {@code Folder} or {@code Document} around it that has one. This is how Google Earth
 *       treats it: a feature is shown only while it and every container above it are, so an untimed
 *       placemark in a timed folder appears and disappears with the folder. A placemark with its own time
 *       keeps its own (Google Earth would also hide it outside the folder's time; an event is dated by
 *       what is said about it, the nearer statement);
 *   <li>category: the name of the nearest {@code Folder} around the placemark; without one, the style it
 *       uses ({@code styleUrl}, without the {@code #}); without either, "Placemarks";
 *   <li>a placemark without a geometry is kept without a place, one without a time (its own or a
 *       container's) without a date; one warning per file counts each kind and points at the first.
 * </ul>
 *
 * <p>The parser reads no DTD and expands no entity a file declares: a {@code DOCTYPE} is skipped with a
 * warning, and a reference to an entity it declared is an error. So no file on the machine or the
 * network is read on a file's behalf (XXE), and no entity bomb grows in memory.
 */
final class KmlReader {
  /** Deeper nesting than this is no one's real file; it would only exhaust the stack. */
  static final int MAX_NESTING = 200;
  /** Of each kind of problem, this many are listed; the rest are counted in one line. */
  static final int SAME_PROBLEMS_LISTED = 10;
  /** Beyond this many different dates (most then are moments, each written once) they are not remembered. */
  private static final int MAX_DATES_REMEMBERED = 100_000;

  private static final String DEFAULT_CATEGORY = "Placemarks";
  private static final Pattern PARSE_ERROR = Pattern.compile("(?s)ParseError at \\[row,col\\]:\\[\\d+,\\d+\\]\\s*Message:\\s*(.*)");
  private static final Pattern UNDECLARED_ENTITY = Pattern.compile("The entity \"([^\"]+)\" was referenced, but not declared\\.?");

  private final String label;
  private final DatasetAssembler assembler;
  private final List<Problem> problems = new ArrayList<>();
  /** Per kind of problem, how many there were and the first one not listed. */
  private final Map<String, Unlisted> problemCounts = new LinkedHashMap<>();
  private final Map<String, String> sharedTexts = new HashMap<>();
  private final Map<TimePoint, TimePoint> sharedDates = new HashMap<>();
  /** Dates as written, read once: a large file repeats its days, and reading one is a regular expression. */
  private final Map<String, TimePoint> datesByText = new HashMap<>();
  private final Set<String> tripNames = new HashSet<>();
  private final Missing withoutPlace = new Missing();
  private final Missing withoutDate = new Missing();
  private XMLStreamReader xml;
  private int placemarks;
  private String documentName;
  private boolean zoneMatters;
  /** Whether the parser has reached the root element: before it, an early end means a blank file. */
  private boolean sawAnElement;
  /** Whether the time primitive read last held a date that is not one (the problem is listed). */
  private boolean lastTimeWasWrong;

  /** A Document or Folder the parser is in: what its placemarks inherit. */
  private record Container(Container parent, String kind, int depth, String[] name, KmlTime[] time) {
    static Container of(Container parent, String kind) {
      return new Container(parent, kind, parent == null ? 0 : parent.depth + 1, new String[1], new KmlTime[1]);
    }

    KmlTime inheritedTime() {
      for (Container c = this; c != null; c = c.parent) {
        if (c.time[0] != null) {
          return c.time[0];
        }
      }
      return null;
    }

    /** The nearest Folder's name; a Document inside another feature counts as a folder. */
    String folderName() {
      for (Container c = this; c != null; c = c.parent) {
        boolean folderLike = c.kind.equals("Folder") || (c.kind.equals("Document") && c.depth > 1);
        if (folderLike && c.name[0] != null && !c.name[0].isBlank()) {
          return c.name[0];
        }
      }
      return null;
    }

    String describe() {
      return c(kind) + (name[0] == null || name[0].isBlank() ? "" : " '" + name[0] + "'");
    }

    private static String c(String kind) {
      return kind.equals("kml") ? "the file" : kind;
    }
  }

  /** Where a placemark is, when it is somewhere; {@code how} says how it was chosen, null for a Point. */
  private record Spot(double latitude, double longitude, String how) {}

  private static final class Track {
    final List<TimePoint> whens = new ArrayList<>();
    final List<double[]> coords = new ArrayList<>();
    int line;
    int column;
  }

  private static final class Parts {
    String id;
    String name;
    String description;
    String address;
    String styleUrl;
    KmlTime time;
    Spot spot;
    final List<Track> tracks = new ArrayList<>();
    final List<Attribute> data = new ArrayList<>();
    int line;
    int column;
    boolean broken;
  }

  KmlReader(String label, ZoneLookup zones) {
    this.label = label;
    this.assembler = new DatasetAssembler(zones);
  }

  /** The JDK's own StAX parser, with DTDs and external entities off. */
  static XMLInputFactory factory() {
    XMLInputFactory factory = XMLInputFactory.newDefaultFactory();
    factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
    factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    // Elements are told apart by their local names, whatever their namespace: KML's three, Google's gx:,
    // and the gx: prefix files use without declaring it (namespace-aware parsing would reject those).
    factory.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, false);
    factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
    // Its problems come back as exceptions with their position; none should go to the console.
    factory.setXMLReporter((message, type, info, location) -> { });
    return factory;
  }

  /**
   * Reads the document to its end.
   *
   * @param resultFile the file the result is about (the KMZ for a KMZ's entry)
   * @param fallbackTitle the dataset's title when the file names no Document
   * @throws ProgressInputStream.Cancelled when the listener of the stream cancelled
   * @throws UnpackLimits.TooMuch when the KMZ entry being read unpacks to more than it may
   */
  LoadResult read(InputStream in, String resultFile, String fallbackTitle)
      throws ProgressInputStream.Cancelled, UnpackLimits.TooMuch {
    try {
      xml = factory().createXMLStreamReader(XmlText.open(in));
      try {
        readDocument();
      } finally {
        xml.close();
      }
    } catch (XMLStreamException e) {
      if (Causes.isCancel(e)) {
        throw new ProgressInputStream.Cancelled();
      }
      UnpackLimits.TooMuch tooMuch = Causes.causeOf(e, UnpackLimits.TooMuch.class);
      if (tooMuch != null) {
        throw tooMuch;
      }
      XmlText.NotText notText = Causes.causeOf(e, XmlText.NotText.class);
      if (notText != null) {
        notText(notText);
        return finish(resultFile, fallbackTitle);
      }
      Location at = e.getLocation();
      problems.add(new Problem(Problem.Severity.ERROR, label, at == null ? 1 : Math.max(1, at.getLineNumber()),
          at == null ? 1 : Math.max(1, at.getColumnNumber()), parserMessage(e.getMessage(), sawAnElement)));
    } catch (java.util.MissingResourceException e) {
      // The JDK's parser lacks the text of some of its errors (InvalidCharInDTD: a control character in
      // the DOCTYPE) and throws this instead of an XMLStreamException; it is still a file's mistake.
      Location at = xml == null ? null : xml.getLocation();
      problems.add(new Problem(Problem.Severity.ERROR, label, at == null ? 1 : Math.max(1, at.getLineNumber()),
          at == null ? 1 : Math.max(1, at.getColumnNumber()), parserMessageWithoutText(e.getKey())));
    } catch (Abort e) {
      // the problem is listed already
    } catch (XmlText.NotText e) {
      notText(e);
    } catch (ProgressInputStream.Cancelled | UnpackLimits.TooMuch e) {
      throw e;
    } catch (java.io.IOException e) {
      problems.add(new Problem(Problem.Severity.ERROR, label, 1, 1, "cannot be read: " + e.getMessage()));
    }
    return finish(resultFile, fallbackTitle);
  }

  private void notText(XmlText.NotText e) {
    problems.add(new Problem(Problem.Severity.ERROR, label, e.line, e.column, e.getMessage()));
  }

  private LoadResult finish(String resultFile, String fallbackTitle) {
    if (placemarks == 0 && problems.stream().noneMatch(Problem::isError)) {
      problems.add(new Problem(Problem.Severity.WARNING, label, 1, 1, "the file has no Placemark, so no events"));
    }
    addCountsOfUnlistedProblems();
    warnAboutMissing();
    if (assembler.placesWithoutZone() > 0 && zoneMatters) {
      problems.add(new Problem(Problem.Severity.WARNING, label, 1, 1, assembler.placesWithoutZone()
          + (assembler.placesWithoutZone() == 1 ? " place has" : " places have")
          + " no known time zone, so dates there without a time, and times without a zone, are read as UTC"));
    }
    if (problems.stream().anyMatch(Problem::isError)) {
      return new LoadResult(resultFile, Optional.empty(), problems);
    }
    String title = documentName != null && !documentName.isBlank() ? documentName.strip() : fallbackTitle;
    return new LoadResult(resultFile, Optional.of(assembler.build(title, Optional.empty())), problems);
  }

  /** Ends a read whose problem has been listed (too deep a nesting, a root that is not KML). */
  private static final class Abort extends RuntimeException {
    Abort() {
      super(null, null, false, false);
    }
  }

  private void readDocument() throws XMLStreamException {
    while (xml.hasNext()) {
      int event = xml.next();
      if (event == XMLStreamConstants.DTD) {
        problem(Problem.Severity.WARNING, "doctype", "the file has a DOCTYPE, which is ignored: Eventmap reads no "
            + "DTD and expands no entity a file declares");
      } else if (event == XMLStreamConstants.START_ELEMENT) {
        sawAnElement = true;
        String root = name();
        boolean kmlNamespace = declaresKmlNamespace();
        if (root.equals("kml")) {
          readContainer(Container.of(null, "kml"));
        } else if (kmlNamespace && (root.equals("Document") || root.equals("Folder"))) {
          readContainer(Container.of(Container.of(null, "kml"), root));
        } else if (kmlNamespace && root.equals("Placemark")) {
          readPlacemark(Container.of(null, "kml"));
        } else {
          problem(Problem.Severity.ERROR, "root", "the root element is <" + root
              + ">, not <kml>: this is not a KML file");
          throw new Abort();
        }
        // To the end, so that what follows the root is checked too and the progress reaches the file's end.
        while (xml.hasNext()) {
          xml.next();
        }
        return;
      }
    }
    problem(Problem.Severity.ERROR, "root", "the file holds no XML element at all");
  }

  /** The element's name without its prefix ({@code Track} for {@code gx:Track}). */
  private String name() {
    String name = xml.getLocalName();
    int colon = name.indexOf(':');
    return colon < 0 ? name : name.substring(colon + 1);
  }

  /** Whether the element the reader is at declares one of KML's namespaces, as default or with a prefix. */
  private boolean declaresKmlNamespace() {
    for (int i = 0; i < xml.getAttributeCount(); i++) {
      String attribute = xml.getAttributeLocalName(i);
      if ((attribute.equals("xmlns") || attribute.startsWith("xmlns:"))
          && KmlRecognition.NAMESPACES.contains(xml.getAttributeValue(i))) {
        return true;
      }
    }
    return false;
  }

  private void readContainer(Container container) throws XMLStreamException {
    if (container.depth > MAX_NESTING) {
      problem(Problem.Severity.ERROR, "nesting", "folders are nested more than " + MAX_NESTING + " deep");
      throw new Abort();
    }
    while (nextChild()) {
      switch (name()) {
        case "name" -> {
          container.name[0] = text().strip();
          if (container.kind.equals("Document") && container.depth <= 1 && documentName == null) {
            documentName = container.name[0];
          }
        }
        case "TimeStamp", "TimeSpan" -> container.time[0] = readTime();
        case "Document", "Folder" -> readContainer(Container.of(container, name()));
        case "Placemark" -> readPlacemark(container);
        case "NetworkLink" -> {
          problem(Problem.Severity.WARNING, "network link", "a NetworkLink is not followed: Eventmap opens only "
              + "what is in the file, never an address it names (open the linked file itself)");
          skip();
        }
        default -> skip();
      }
    }
  }

  private void readPlacemark(Container container) throws XMLStreamException {
    Parts parts = new Parts();
    placemarks++;
    parts.line = line();
    parts.column = column();
    parts.id = xml.getAttributeValue(null, "id");
    while (nextChild()) {
      switch (name()) {
        case "name" -> parts.name = text().strip();
        case "description" -> parts.description = markup();
        case "address" -> parts.address = text().strip();
        case "styleUrl" -> parts.styleUrl = text().strip();
        case "TimeStamp", "TimeSpan" -> {
          parts.time = readTime();
          parts.broken |= lastTimeWasWrong;
        }
        case "ExtendedData" -> readExtendedData(parts.data);
        case "Point", "LineString", "LinearRing", "Polygon", "MultiGeometry", "Track", "MultiTrack" ->
            readGeometry(parts, 0);
        default -> skip();
      }
    }
    if (!parts.broken) {
      addEvents(parts, container);
    }
  }

  private void addEvents(Parts parts, Container container) {
    String title = parts.name != null && !parts.name.isEmpty() ? parts.name : "Placemark " + placemarks;
    String folder = container.folderName();
    String style = parts.styleUrl == null ? null : parts.styleUrl.substring(parts.styleUrl.lastIndexOf('#') + 1);
    Category category = assembler.category(folder != null ? folder
        : style != null && !style.isBlank() ? style : DEFAULT_CATEGORY);
    List<Attribute> attributes = new ArrayList<>(parts.data);
    // A Placemark's id must be an XML name; an id such as "2024-03-22-vote" travels as Data name="id".
    String givenId = parts.id;
    if (givenId == null) {
      Optional<Attribute> idData = attributes.stream().filter(a -> a.name().equals("id") && !a.value().isBlank())
          .findFirst();
      if (idData.isPresent()) {
        givenId = idData.get().value().strip();
        attributes.remove(idData.get());
      }
    }
    KmlTime time = parts.time;
    if (time == null) {
      time = container.inheritedTime();
      if (time != null) {
        attributes.add(new Attribute("Time", shared("from " + containerWithTime(container).describe())));
      }
    }
    if (time != null && time.openEnd()) {
      attributes.add(new Attribute("End", "open: the TimeSpan gives no end"));
    }
    String id = assembler.uniqueId(Optional.ofNullable(givenId), "placemark-" + placemarks);
    if (!parts.tracks.isEmpty()) {
      addJourney(parts, title, id, category, attributes, time);
      return;
    }
    Optional<Approximation> approximate = approximation(parts.spot, time);
    TimePoint start = time == null ? null : time.start();
    noteMissing(title, parts.line, parts.column, parts.spot != null, start);
    Place place = parts.spot == null ? null
        : assembler.place(parts.spot.latitude, parts.spot.longitude, Optional.ofNullable(parts.address));
    noteZone(start);
    Event.Builder event = Event.builder(id, title).summary(parts.description == null ? "" : parts.description)
        .category(category).place(place).start(start).attributes(attributes);
    approximate.ifPresent(event::approximate);
    if (time != null) {
      time.eventEnd().ifPresent(event::end);
    }
    try {
      assembler.add(event.build());
    } catch (IllegalArgumentException e) {
      problemAt(Problem.Severity.ERROR, "span", time.line(), time.column(), "Placemark '" + title
          + "': its TimeSpan ends (" + time.end().text() + ") before it begins (" + time.begin().text() + ")");
    }
  }

  private static Container containerWithTime(Container container) {
    for (Container c = container; c != null; c = c.parent) {
      if (c.time[0] != null) {
        return c;
      }
    }
    return container;
  }

  private static Optional<Approximation> approximation(Spot spot, KmlTime time) {
    Optional<Approximation> inTime = time == null ? Optional.empty() : time.approximation();
    if (spot == null || spot.how == null) {
      return inTime;
    }
    String note = "the placemark is " + spot.how;
    return Optional.of(inTime.map(t -> new Approximation(true, true, note + "; " + t.note()))
        .orElseGet(() -> new Approximation(false, true, note)));
  }

  /** Counts an event kept without a place or a date, for the one warning per file that says so. */
  private void noteMissing(String title, int line, int column, boolean placed, TimePoint start) {
    if (!placed) {
      withoutPlace.add(title, line, column);
    }
    if (start == null) {
      withoutDate.add(title, line, column);
    }
  }

  /** Events kept without something, and the first of them, for a warning that points at it. */
  private static final class Missing {
    int count;
    String firstTitle;
    int line;
    int column;

    void add(String title, int atLine, int atColumn) {
      if (count++ == 0) {
        firstTitle = title;
        line = atLine;
        column = atColumn;
      }
    }
  }

  private void warnAboutMissing() {
    if (withoutPlace.count > 0) {
      problems.add(new Problem(Problem.Severity.WARNING, label, withoutPlace.line, withoutPlace.column,
          count(withoutPlace, "placemark has", "placemarks have") + " no Point, line or polygon, so no place"
              + first(withoutPlace) + ": they are kept, on the timeline and in the list but not on the map"));
    }
    if (withoutDate.count > 0) {
      problems.add(new Problem(Problem.Severity.WARNING, label, withoutDate.line, withoutDate.column,
          count(withoutDate, "event has", "events have") + " no TimeStamp or TimeSpan, nor a Folder or Document "
              + "with one around it, so no date" + first(withoutDate)
              + ": they are kept, on the map and in the list but not on the timeline"));
    }
  }

  private static String count(Missing missing, String one, String many) {
    return missing.count + " " + (missing.count == 1 ? one : many);
  }

  private static String first(Missing missing) {
    return missing.count == 1 ? " ('" + missing.firstTitle + "')" : " (the first is '" + missing.firstTitle + "')";
  }

  private void noteZone(TimePoint start) {
    if (start != null && (start.isLocal() || start.precision().compareTo(Precision.DAY) <= 0)) {
      zoneMatters = true;
    }
  }

  private void addJourney(Parts parts, String title, String id, Category category, List<Attribute> attributes,
      KmlTime placemarkTime) {
    String trip = tripName(parts.name != null && !parts.name.isEmpty() ? parts.name : "track-" + placemarks);
    int total = parts.tracks.stream().mapToInt(t -> t.coords.size()).sum();
    int n = 0;
    for (Track track : parts.tracks) {
      if (track.whens.size() != track.coords.size()) {
        problemAt(Problem.Severity.WARNING, "track", track.line, track.column, "the gx:Track of '" + title + "' has "
            + track.whens.size() + " <when> and " + track.coords.size() + " <gx:coord>: they are paired in order"
            + (track.whens.size() < track.coords.size()
            ? ", and the points without a <when> have the placemark's time (or, without one, no date)"
            : ", and the extra times are ignored"));
      }
      for (int i = 0; i < track.coords.size(); i++) {
        n++;
        double[] c = track.coords.get(i);
        TimePoint start = i < track.whens.size() ? track.whens.get(i)
            : placemarkTime == null ? null : placemarkTime.start();
        String pointTitle = title + " (" + n + " of " + total + ")";
        noteMissing(pointTitle, track.line, track.column, true, start);
        Place place = assembler.place(c[1], c[0], Optional.empty());
        noteZone(start);
        assembler.add(Event.builder(id + "-" + n, pointTitle)
            .summary(parts.description == null ? "" : parts.description).category(category).place(place)
            .start(start).tags(List.of(trip)).attributes(attributes).build());
      }
    }
  }

  /** Our format's journey tag: lower case and hyphens, one name per track even when two share a title. */
  private String tripName(String title) {
    String ascii = Normalizer.normalize(title, Normalizer.Form.NFKD).replaceAll("[^\\p{ASCII}]", "");
    String slug = ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
    String base = "trip:" + (slug.isEmpty() ? "track" : slug);
    String name = base;
    for (int i = 2; !tripNames.add(name); i++) {
      name = base + "-" + i;
    }
    return name;
  }

  private KmlTime readTime() throws XMLStreamException {
    boolean span = name().equals("TimeSpan");
    int line = line();
    int column = column();
    TimePoint begin = null;
    TimePoint end = null;
    boolean bad = false;
    while (nextChild()) {
      String element = name();
      if ((span && element.equals("begin")) || (!span && element.equals("when")) || (span && element.equals("end"))) {
        int at = line();
        int col = column();
        String text = text().strip();
        if (text.isEmpty()) {
          continue;
        }
        TimePoint value = date(text, element, at, col);
        bad |= value == null;
        if (element.equals("end")) {
          end = value;
        } else {
          begin = value;
        }
      } else {
        skip();
      }
    }
    lastTimeWasWrong = bad;
    if (bad || (begin == null && end == null)) {
      return null;
    }
    return new KmlTime(begin, end, span, line, column);
  }

  private TimePoint date(String text, String element, int line, int column) {
    TimePoint known = datesByText.get(text);
    if (known != null) {
      return known;
    }
    try {
      TimePoint date = shared(IsoDates.parse(text));
      if (datesByText.size() < MAX_DATES_REMEMBERED) {
        datesByText.put(text, date);
      }
      return date;
    } catch (IllegalArgumentException e) {
      problemAt(Problem.Severity.ERROR, "date", line, column, "<" + element + ">: " + e.getMessage());
      return null;
    }
  }

  private void readGeometry(Parts parts, int depth) throws XMLStreamException {
    if (depth > MAX_NESTING) {
      problem(Problem.Severity.ERROR, "nesting", "geometries are nested more than " + MAX_NESTING + " deep");
      throw new Abort();
    }
    String kind = name();
    switch (kind) {
      case "Point" -> {
        double[] c = firstCoordinates(parts);
        if (c != null && c.length >= 2 && parts.spot == null) {
          parts.spot = new Spot(c[1], c[0], depth == 0 ? null : "a MultiGeometry, shown at its first part");
        }
      }
      case "LineString" -> {
        double[] c = firstCoordinates(parts);
        if (c != null && c.length >= 2 && parts.spot == null) {
          int middle = (c.length / 2) / 2;
          parts.spot = new Spot(c[2 * middle + 1], c[2 * middle],
              depth == 0 ? "a line, shown at its middle vertex" : "a MultiGeometry, shown at its first part");
        }
      }
      case "LinearRing" -> {
        double[] c = firstCoordinates(parts);
        ringSpot(parts, c, depth);
      }
      case "Polygon" -> {
        double[] outer = null;
        while (nextChild()) {
          if (name().equals("outerBoundaryIs")) {
            while (nextChild()) {
              if (name().equals("LinearRing") && outer == null) {
                outer = firstCoordinates(parts);
              } else {
                skip();
              }
            }
          } else {
            skip();
          }
        }
        ringSpot(parts, outer, depth);
      }
      case "MultiGeometry" -> {
        while (nextChild()) {
          switch (name()) {
            case "Point", "LineString", "LinearRing", "Polygon", "MultiGeometry", "Track", "MultiTrack" ->
                readGeometry(parts, depth + 1);
            default -> skip();
          }
        }
      }
      case "MultiTrack" -> {
        while (nextChild()) {
          if (name().equals("Track")) {
            readTrack(parts);
          } else {
            skip();
          }
        }
      }
      case "Track" -> readTrack(parts);
      default -> skip();
    }
  }

  private void ringSpot(Parts parts, double[] c, int depth) {
    if (c == null || c.length < 2 || parts.spot != null) {
      return;
    }
    int n = c.length / 2;
    // A closed ring repeats its first corner at the end; counting it twice would pull the average.
    if (n > 1 && c[0] == c[2 * n - 2] && c[1] == c[2 * n - 1]) {
      n--;
    }
    double lat = 0;
    double lon = 0;
    for (int i = 0; i < n; i++) {
      lon += c[2 * i];
      lat += c[2 * i + 1];
    }
    parts.spot = new Spot(lat / n, lon / n, depth == 0 ? "an area, shown at the average of its outline's corners"
        : "a MultiGeometry, shown at its first part");
  }

  /** The {@code coordinates} child of the geometry the reader is in, as longitude, latitude pairs. */
  private double[] firstCoordinates(Parts parts) throws XMLStreamException {
    double[] found = null;
    while (nextChild()) {
      if (name().equals("coordinates") && found == null) {
        int line = line();
        int column = column();
        found = coordinates(text(), line, column, parts);
      } else {
        skip();
      }
    }
    return found;
  }

  /**
   * KML's {@code lon,lat[,alt]} tuples, separated by white space. A space after a comma, which some tools
   * write, is forgiven. Each pair is checked; null when one is wrong (the problem is listed).
   */
  private double[] coordinates(String text, int line, int column, Parts parts) {
    String t = text.strip();
    if (t.indexOf(", ") >= 0 || t.indexOf(",\t") >= 0 || t.indexOf(",\n") >= 0) {
      t = t.replaceAll(",\\s+", ",");
    }
    if (t.isEmpty()) {
      return null;
    }
    double[] out = new double[16];
    int n = 0;
    int i = 0;
    int length = t.length();
    while (i < length) {
      while (i < length && Character.isWhitespace(t.charAt(i))) {
        i++;
      }
      int from = i;
      while (i < length && !Character.isWhitespace(t.charAt(i))) {
        i++;
      }
      if (from == i) {
        break;
      }
      String tuple = t.substring(from, i);
      int comma = tuple.indexOf(',');
      double lon;
      double lat;
      try {
        if (comma < 0) {
          throw new NumberFormatException();
        }
        int second = tuple.indexOf(',', comma + 1);
        lon = Double.parseDouble(tuple.substring(0, comma));
        lat = Double.parseDouble(second < 0 ? tuple.substring(comma + 1) : tuple.substring(comma + 1, second));
      } catch (NumberFormatException e) {
        problemAt(Problem.Severity.ERROR, "coordinates", line, column, placemarkName(parts) + "'" + tuple
            + "' is not a coordinate (KML writes longitude,latitude or longitude,latitude,altitude)");
        parts.broken = true;
        return null;
      }
      if (!checked(lat, lon, line, column, parts)) {
        return null;
      }
      if (n + 2 > out.length) {
        out = java.util.Arrays.copyOf(out, out.length * 2);
      }
      out[n++] = lon;
      out[n++] = lat;
    }
    return java.util.Arrays.copyOf(out, n);
  }

  private boolean checked(double lat, double lon, int line, int column, Parts parts) {
    Optional<String> wrong = DatasetAssembler.coordinateProblem(lat, lon);
    if (wrong.isEmpty()) {
      return true;
    }
    boolean swapped = DatasetAssembler.coordinateProblem(lon, lat).isEmpty();
    problemAt(Problem.Severity.ERROR, "coordinates", line, column, placemarkName(parts) + wrong.get()
        + (swapped ? " (KML writes the longitude first: was latitude,longitude written?)" : ""));
    parts.broken = true;
    return false;
  }

  private String placemarkName(Parts parts) {
    return "Placemark '" + (parts.name != null && !parts.name.isEmpty() ? parts.name : "Placemark " + placemarks)
        + "': ";
  }

  private void readTrack(Parts parts) throws XMLStreamException {
    Track track = new Track();
    track.line = line();
    track.column = column();
    while (nextChild()) {
      switch (name()) {
        case "when" -> {
          int line = line();
          int column = column();
          String text = text().strip();
          TimePoint when = text.isEmpty() ? null : date(text, "when", line, column);
          if (when == null && !text.isEmpty()) {
            parts.broken = true;
          }
          track.whens.add(when);
        }
        case "coord" -> {
          int line = line();
          int column = column();
          String[] values = text().strip().split("\\s+");
          try {
            double lon = Double.parseDouble(values[0]);
            double lat = Double.parseDouble(values[1]);
            if (checked(lat, lon, line, column, parts)) {
              track.coords.add(new double[] {lon, lat});
            }
          } catch (NumberFormatException | ArrayIndexOutOfBoundsException e) {
            problemAt(Problem.Severity.ERROR, "coordinates", line, column, placemarkName(parts) + "'"
                + String.join(" ", values) + "' is not a gx:coord (longitude latitude altitude)");
            parts.broken = true;
          }
        }
        default -> skip();
      }
    }
    parts.tracks.add(track);
  }

  private void readExtendedData(List<Attribute> into) throws XMLStreamException {
    while (nextChild()) {
      switch (name()) {
        case "Data" -> {
          String name = xml.getAttributeValue(null, "name");
          String displayName = null;
          String value = null;
          while (nextChild()) {
            switch (name()) {
              case "displayName" -> displayName = text().strip();
              case "value" -> value = text().strip();
              default -> skip();
            }
          }
          String shown = displayName != null && !displayName.isEmpty() ? displayName : name;
          if (shown != null && value != null) {
            into.add(new Attribute(shared(shown), shared(value)));
          }
        }
        case "SchemaData" -> {
          while (nextChild()) {
            if (name().equals("SimpleData")) {
              String name = xml.getAttributeValue(null, "name");
              String value = text().strip();
              if (name != null) {
                into.add(new Attribute(shared(name), shared(value)));
              }
            } else {
              skip();
            }
          }
        }
        default -> skip();
      }
    }
  }

  /** One date for the events of the same day (most of a large file's dates are days). */
  private TimePoint shared(TimePoint date) {
    return sharedDates.computeIfAbsent(date, d -> d);
  }

  /** One string for texts many placemarks repeat (attribute names, common values): less heap. */
  private String shared(String text) {
    if (text.length() > 64) {
      return text;
    }
    return sharedTexts.computeIfAbsent(text, t -> t);
  }

  /** Moves to the next child element of the element the reader is in; false at that element's end. */
  private boolean nextChild() throws XMLStreamException {
    while (true) {
      int event = xml.next();
      if (event == XMLStreamConstants.START_ELEMENT) {
        return true;
      }
      if (event == XMLStreamConstants.END_ELEMENT || event == XMLStreamConstants.END_DOCUMENT) {
        return false;
      }
    }
  }

  /** Skips the element the reader is at, with everything in it, to its end tag. */
  private void skip() throws XMLStreamException {
    int depth = 1;
    while (depth > 0) {
      int event = xml.next();
      if (event == XMLStreamConstants.START_ELEMENT) {
        depth++;
      } else if (event == XMLStreamConstants.END_ELEMENT) {
        depth--;
      } else if (event == XMLStreamConstants.END_DOCUMENT) {
        return;
      }
    }
  }

  /** The text in the element the reader is at, child elements' texts included, up to its end tag. */
  private String text() throws XMLStreamException {
    StringBuilder text = null;
    String only = null;
    int depth = 1;
    while (depth > 0) {
      int event = xml.next();
      switch (event) {
        case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE -> {
          if (only == null && text == null) {
            only = xml.getText();
          } else {
            if (text == null) {
              text = new StringBuilder(only);
            }
            text.append(xml.getTextCharacters(), xml.getTextStart(), xml.getTextLength());
          }
        }
        case XMLStreamConstants.START_ELEMENT -> depth++;
        case XMLStreamConstants.END_ELEMENT -> depth--;
        case XMLStreamConstants.END_DOCUMENT -> depth = 0;
        default -> { }
      }
    }
    return text != null ? text.toString() : only != null ? only : "";
  }

  /**
   * A description as written: its text, and HTML written as elements rather than escaped or in CDATA
   * (not valid KML, but Google Earth shows it) put back as tags, so that the detail pane gets the markup.
   */
  private String markup() throws XMLStreamException {
    StringBuilder text = new StringBuilder();
    int depth = 1;
    while (depth > 0) {
      int event = xml.next();
      switch (event) {
        case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE ->
            text.append(xml.getTextCharacters(), xml.getTextStart(), xml.getTextLength());
        case XMLStreamConstants.START_ELEMENT -> {
          depth++;
          text.append('<').append(xml.getLocalName());
          for (int i = 0; i < xml.getAttributeCount(); i++) {
            text.append(' ').append(xml.getAttributeLocalName(i)).append("=\"")
                .append(xml.getAttributeValue(i).replace("&", "&amp;").replace("\"", "&quot;")).append('"');
          }
          text.append('>');
        }
        case XMLStreamConstants.END_ELEMENT -> {
          depth--;
          if (depth > 0) {
            text.append("</").append(xml.getLocalName()).append('>');
          }
        }
        case XMLStreamConstants.END_DOCUMENT -> depth = 0;
        default -> { }
      }
    }
    return text.toString();
  }

  private int line() {
    return Math.max(1, xml.getLocation().getLineNumber());
  }

  private int column() {
    return Math.max(1, xml.getLocation().getColumnNumber());
  }

  private void problem(Problem.Severity severity, String kind, String message) {
    problemAt(severity, kind, xml == null ? 1 : line(), xml == null ? 1 : column(), message);
  }

  private static final class Unlisted {
    int count;
    Problem first;
  }

  private void problemAt(Problem.Severity severity, String kind, int line, int column, String message) {
    Unlisted seen = problemCounts.computeIfAbsent(severity + " " + kind, k -> new Unlisted());
    Problem problem = new Problem(severity, label, line, column, message);
    if (++seen.count <= SAME_PROBLEMS_LISTED) {
      problems.add(problem);
    } else if (seen.first == null) {
      seen.first = problem;
    }
  }

  private void addCountsOfUnlistedProblems() {
    for (Unlisted unlisted : problemCounts.values()) {
      if (unlisted.first != null) {
        Problem first = unlisted.first;
        problems.add(new Problem(first.severity(), label, first.line(), first.column(), "and "
            + (unlisted.count - SAME_PROBLEMS_LISTED) + " more like the " + SAME_PROBLEMS_LISTED
            + " above, from here on"));
      }
    }
  }

  /** The parser's message for a person, without its own position (the problem has it) and in our words. */
  /** For a parser error the JDK has no text for: what its key means, where we know it. */
  static String parserMessageWithoutText(String key) {
    if ("InvalidCharInDTD".equals(key)) {
      return "the XML is not well-formed: its DOCTYPE holds a character that XML does not allow";
    }
    return "the XML is not well-formed (the XML parser's error " + key + ")";
  }

  static String parserMessage(String raw, boolean sawAnElement) {
    String message = raw == null ? "" : raw.strip();
    Matcher m = PARSE_ERROR.matcher(message);
    if (m.matches()) {
      message = m.group(1).strip();
    }
    Matcher entity = UNDECLARED_ENTITY.matcher(message);
    if (entity.find()) {
      return "the entity &" + entity.group(1) + "; is not one XML defines; entities a file declares in a DOCTYPE "
          + "are never expanded (no DTD is read), so this file cannot be read as it is";
    }
    if (message.contains("must start and end within the same entity") || message.contains("Premature end of file")) {
      return sawAnElement ? "the XML ends before its elements are closed: the file looks cut short (truncated)"
          : "the file holds no XML element: is it blank?";
    }

    return "the XML is not well-formed: " + message;
  }
}
