package org.eventmap.io.csv;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.CharacterCodingException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import org.eventmap.domain.Approximation;
import org.eventmap.domain.Attribute;
import org.eventmap.domain.Category;
import org.eventmap.domain.Event;
import org.eventmap.domain.Place;
import org.eventmap.domain.Precision;
import org.eventmap.domain.Source;
import org.eventmap.domain.TimePoint;
import org.eventmap.geo.ZoneLookup;
import org.eventmap.io.ColumnQuestion;
import org.eventmap.io.DatasetAssembler;
import org.eventmap.io.FileHead;
import org.eventmap.io.LoadResult;
import org.eventmap.io.Problem;
import org.eventmap.io.ProgressInputStream;
import org.eventmap.io.ProgressListener;
import org.eventmap.io.ReadOptions;

/**
 * Reads one spreadsheet: finds its encoding, delimiter and columns from its head, asks when they do not
 * say enough, then reads every row into an event, reporting each mistake at its cell. One per read.
 */
final class SheetReader {
  /** How many rows a column question shows. */
  static final int QUESTION_ROWS = 10;
  /** Cells of columns read for no role are shown with each event, for files of at most this many columns. */
  private static final int MAX_ATTRIBUTE_COLUMNS = 40;

  private final Path path;
  private final String file;
  private final ReadOptions options;
  private final ProgressListener listener;
  private final ZoneLookup zones;

  private Problems problems;
  private DatasetAssembler assembler;
  private Dialect dialect;
  private Layout layout;
  private int width;
  private boolean decimalComma;
  private int lastLine;
  private int rows;

  /** Only for the thread that reads the cells ({@link #prepare}). */
  private final Map<String, TimePoint> dates = new HashMap<>();
  /** Only for the thread that reads the cells: the zone of each point seen lately. */
  private final Map<ZoneKey, Optional<java.time.ZoneId>> zonesOfPoints = new HashMap<>();
  /** Only for the thread that makes events: the place of each point and name. */
  private final Map<PlaceKey, Place> places = new HashMap<>();
  private final Map<String, String> shared = new HashMap<>();
  private final Map<String, List<String>> sharedLists = new HashMap<>();
  private final Map<String, List<Attribute>> sharedAttributes = new HashMap<>();
  private final Map<String, Approximation> approximations = new HashMap<>();
  private Category defaultCategory;
  /** By the cells thread's one copy of each name ({@link #share}). */
  private final Map<String, Category> categories = new java.util.IdentityHashMap<>();
  private final Map<String, List<String>> tagLists = new HashMap<>();
  private final Map<String, List<Source>> sourceLists = new HashMap<>();
  /** Columns of ACLED's and GDELT's codebooks beyond the roles, found once (-1 when absent). */
  private int subEventType;
  private int timePrecision;
  private int geoPrecision;
  private int fatalities;
  private int gdeltDate;
  private int gdeltLat;
  private int gdeltLon;
  private int gdeltPlace;
  private int gdeltCode;
  private int gdeltActor1;
  private int gdeltActor2;
  private int gdeltGeoType;
  private int gdeltUrl;
  private int gdeltId;
  private int gdeltGoldstein;
  private int gdeltArticles;
  private int gdeltTone;

  private static final String[][] ACLED_KEYS = new String[128][128];

  static {
    for (int t = 0; t < 128; t++) {
      for (int g = 0; g < 128; g++) {
        ACLED_KEYS[t][g] = "acled:" + (char) t + ":" + (char) g;
      }
    }
  }

  record PlaceKey(double lat, double lon, String name) {}

  /** Thrown to stop at a mistake after which nothing can be read: the problem is recorded already. */
  private static final class Stop extends Exception {
    Stop() {
      super(null, null, false, false);
    }
  }

  SheetReader(Path path, ReadOptions options, ProgressListener listener, ZoneLookup zones) {
    this.path = path;
    this.file = path.toString();
    this.options = options;
    this.listener = listener;
    this.zones = zones;
  }

  LoadResult read() {
    problems = new Problems(file);
    try {
      if (Files.isDirectory(path)) {
        return failure("is a folder, not a file");
      }
      long size = Files.size(path);
      byte[] head;
      try (InputStream in = Files.newInputStream(path)) {
        head = in.readNBytes(FileHead.BYTES);
      }
      Encoding encoding = Encoding.of(head);
      String text = encoding.decode(head);
      if (size == 0 || text.isBlank() && head.length == size) {
        return failure("the file is empty");
      }
      if (CsvFormat.looksLikeAnotherFormat(head, text)) {
        return failure("is not a spreadsheet: " + CsvFormat.whatItLooksLike(head, text)
            + " (read it with --format of its own, or without --format)");
      }
      dialect = Dialect.sniff(text, head.length == size);
      if (dialect.rows().isEmpty()) {
        return failure("the file is empty");
      }
      try {
        layout = Layout.of(dialect.rows(), options.columns());
      } catch (Layout.BadMapping e) {
        return failure(e.getMessage());
      }
      width = layout.kind == Layout.Kind.GDELT ? layout.gdeltColumns : layout.header.size();
      decimalComma = dialect.delimiter() != ',';
      List<String[]> sample = layout.hasHeader ? dialect.rows().subList(1, dialect.rows().size()) : dialect.rows();
      if (layout.hasHeader && sample.isEmpty() && head.length == size) {
        return new LoadResult(file, Optional.empty(), List.of(new Problem(Problem.Severity.ERROR, file,
            dialect.skipFirstLine() ? 3 : 2, 1, "the file has a header but no rows below it")));
      }
      if (layout.unclear.isPresent()) {
        return asking(layout.unclear.get(), sample);
      }
      if (layout.needsOrder(sample)) {
        layout.dateOrder = orderOfWholeColumn(encoding, size);
        if (layout.dateOrder == CellDates.Order.UNKNOWN) {
          if (layout.kind == Layout.Kind.ACLED) {
            layout.dateOrder = CellDates.Order.DAY_FIRST;
            layout.notes.add("no event_date has a day above 12, so the column cannot tell day/month from month/day:"
                + " it is read day first (22/03/2024), as ACLED writes it");
          } else {
            // A question, not an error: in the app the person answers it with the dialog's "Day and month";
            // on the command line it becomes an error naming the flag.
            int dateColumn = layout.column(Role.DATE);
            return asking("the column " + layout.name(dateColumn) + " writes dates as two numbers and a year, and"
                + " none of its numbers is above 12, so it cannot tell day/month/year (22/03/2024) from"
                + " month/day/year (03/22/2024): say whether the day or the month comes first (Day and month; on the"
                + " command line --columns dates=day-first or dates=month-first)", sample);
          }
        }
      }
      for (String note : layout.notes) {
        problems.warning(1, 1, note, note);
      }
      encoding.note().ifPresent(n -> problems.warning(1, 1, n, n));
      noteLocalColumnsWithZones(sample);
      try {
        return readRows(encoding, size);
      } catch (CharacterCodingException e) {
        // Bytes that are not UTF-8 after a head that was: start again, as cp1252.
        SheetReader again = new SheetReader(path, options, listener, zones);
        return again.readAs(Encoding.cp1252(lastLine + 1), size, dialect, layout);
      }
    } catch (ProgressInputStream.Cancelled e) {
      return LoadResult.cancelled(file);
    } catch (IOException e) {
      return failure("cannot be read: " + e.getMessage());
    }
  }

  private LoadResult readAs(Encoding encoding, long size, Dialect dialect, Layout layout) throws IOException {
    this.problems = new Problems(file);
    this.dialect = dialect;
    this.layout = layout;
    this.width = layout.kind == Layout.Kind.GDELT ? layout.gdeltColumns : layout.header.size();
    this.decimalComma = dialect.delimiter() != ',';
    for (String note : layout.notes) {
      problems.warning(1, 1, note, note);
    }
    encoding.note().ifPresent(n -> problems.warning(1, 1, n, n));
    return readRows(encoding, size);
  }

  private LoadResult failure(String message) {
    return new LoadResult(file, Optional.empty(), List.of(new Problem(Problem.Severity.ERROR, file, 1, 1, message)));
  }

  private LoadResult asking(String why, List<String[]> sample) {
    List<List<String>> first = new ArrayList<>();
    for (String[] row : sample.subList(0, Math.min(QUESTION_ROWS, sample.size()))) {
      first.add(List.of(row));
    }
    return LoadResult.asking(file, new ColumnQuestion(layout.header, first, layout.guessed(), why), problems.all());
  }

  /** A column named "local" whose times carry Z or an offset is read as written, and the person is told. */
  private void noteLocalColumnsWithZones(List<String[]> sample) {
    for (Role role : List.of(Role.DATE, Role.END)) {
      int i = layout.column(role);
      if (i < 0 || !Layout.normal(layout.name(i)).contains("local")) {
        continue;
      }
      boolean zoned = Layout.share(sample, i, c -> c.matches(".*(Z|z|[+-]\\d{2}:?\\d{2})$") && c.contains(":")) >= 0.9;
      if (zoned) {
        String note = "the column " + layout.name(i) + " is named local, but its times end in Z or an offset: they are"
            + " read as written (" + (sample.isEmpty() ? "" : sample.get(0)[i]) + " is that instant in UTC), not as"
            + " local times";
        problems.warning(dialect.skipFirstLine() ? 2 : 1, dialect.firstRowColumn(i), note, note);
      }
    }
  }

  /** The day/month order shown by the first cell of the whole file that leaves no doubt. */
  private CellDates.Order orderOfWholeColumn(Encoding encoding, long size) throws IOException {
    int[] columns = {layout.column(Role.DATE), layout.column(Role.END)};
    ProgressListener cancelOnly = (read, total) -> listener.progress(0, total);
    try (InputStream raw = Files.newInputStream(path);
        InputStream in = new ProgressInputStream(raw, size, cancelOnly);
        Reader reader = encoding.reader(in)) {
      CsvTokenizer tokenizer = new CsvTokenizer(reader, dialect.delimiter(), Dialect.QUOTE);
      for (CsvTokenizer.Row row; (row = tokenizer.next()) != null; ) {
        for (int c : columns) {
          if (c >= 0 && c < row.size()) {
            CellDates.Order evidence = CellDates.evidence(row.value(c));
            if (evidence != null && evidence != CellDates.Order.UNKNOWN) {
              return evidence;
            }
          }
        }
      }
    } catch (CsvTokenizer.SyntaxError | CharacterCodingException e) {
      // the read proper reports it
    }
    return CellDates.Order.UNKNOWN;
  }

  private void findCodebookColumns() {
    subEventType = layout.indexOf("subeventtype");
    timePrecision = layout.indexOf("timeprecision");
    geoPrecision = layout.indexOf("geoprecision");
    fatalities = layout.indexOf("fatalities");
    if (layout.kind == Layout.Kind.GDELT) {
      gdeltDate = layout.has(Role.DATE) ? layout.column(Role.DATE) : gdelt("sqldate", 1, 1);
      gdeltLat = layout.has(Role.LAT) ? layout.column(Role.LAT) : gdelt("actiongeolat", 53, 56);
      gdeltLon = layout.has(Role.LON) ? layout.column(Role.LON) : gdelt("actiongeolong", 54, 57);
      gdeltPlace = gdelt("actiongeofullname", 50, 52);
      gdeltCode = gdelt("eventcode", 26, 26);
      gdeltActor1 = gdelt("actor1name", 6, 6);
      gdeltActor2 = gdelt("actor2name", 16, 16);
      gdeltGeoType = gdelt("actiongeotype", 49, 51);
      gdeltUrl = layout.has(Role.URL) ? layout.column(Role.URL) : gdelt("sourceurl", 57, 60);
      gdeltId = gdelt("globaleventid", 0, 0);
      gdeltGoldstein = gdelt("goldsteinscale", 30, 30);
      gdeltArticles = gdelt("numarticles", 33, 33);
      gdeltTone = gdelt("avgtone", 34, 34);
    }
  }

  private LoadResult readRows(Encoding encoding, long size) throws IOException {
    assembler = new DatasetAssembler(zones);
    findCodebookColumns();
    boolean[] wanted = wantedColumns();
    RowPipeline pipeline = new RowPipeline(path, size, listener, encoding, dialect, layout.hasHeader, wanted, width,
        this::prepare);
    try {
      pipeline.run(size >= RowPipeline.IN_PARALLEL_FROM, batch -> {
        for (Cells row : batch) {
          lastLine = row.line;
          rows++;
          try {
            readRow(row);
          } catch (Stop e) {
            // recorded; go on with the next row
          }
        }
      });
    } catch (CsvTokenizer.SyntaxError e) {
      problems.error(e.line, e.column, e.getMessage(), e.getMessage());
    } catch (CharacterCodingException e) {
      lastLine = Math.max(lastLine, pipeline.lastLine());
      throw e;
    }
    lastLine = Math.max(lastLine, pipeline.lastLine());
    if (rows == 0 && !problems.hasErrors()) {
      problems.error(lastLine + 1, 1, "no rows", layout.hasHeader ? "the file has a header but no rows below it"
          : "the file has no rows");
    }
    List<Problem> all = problems.all();
    if (problems.hasErrors()) {
      return new LoadResult(file, Optional.empty(), all);
    }
    String title = path.getFileName() == null ? file : path.getFileName().toString();
    String what = switch (layout.kind) {
      case ACLED -> "an ACLED export";
      case GDELT -> "a GDELT " + (layout.gdeltColumns == 61 ? "2.0" : "1.0") + " event export";
      case GENERIC -> "a spreadsheet";
    };
    return new LoadResult(file, Optional.of(assembler.build(title, Optional.of("Read from " + what + " ("
        + dialect.delimiterName() + "-separated, " + encoding.charset().displayName() + ")."))), all);
  }

  /** The columns whose cells a row's event is made from; the others are only counted. */
  private boolean[] wantedColumns() {
    boolean[] wanted = new boolean[Math.max(width, layout.header.size())];
    if (layout.kind == Layout.Kind.GENERIC && width <= MAX_ATTRIBUTE_COLUMNS) {
      java.util.Arrays.fill(wanted, true);
      return wanted;
    }
    for (int[] cs : layout.columns.values()) {
      for (int c : cs) {
        want(wanted, c);
      }
    }
    for (int c : new int[] {subEventType, timePrecision, geoPrecision, fatalities, gdeltDate, gdeltLat, gdeltLon,
        gdeltPlace, gdeltCode, gdeltActor1, gdeltActor2, gdeltGeoType, gdeltUrl, gdeltId, gdeltGoldstein,
        gdeltArticles, gdeltTone}) {
      want(wanted, c);
    }
    return wanted;
  }

  private static void want(boolean[] wanted, int column) {
    if (column >= 0 && column < wanted.length) {
      wanted[column] = true;
    }
  }

  private void readRow(Cells row) throws Stop {
    checkWidth(row);
    if (row.problem != null) {
      problems.error(row.problem.line, row.problem.column, row.problem.kind, row.problem.getMessage());
      throw new Stop();
    }
    if (row.warnings != null) {
      for (CellProblem w : row.warnings) {
        problems.warning(w.line, w.column, w.kind, w.getMessage());
      }
    }
    Place place = row.latLon == null ? null : placeAt(new PlaceKey(row.latLon[0], row.latLon[1], row.placeName),
        row.zone);
    Category category = row.categoryName.isEmpty() ? defaultCategory() : category(row.categoryName);
    build(row, row.id, row.title, row.start, row.end, place, category, row.actors, row.summary, row.sources, row.tags,
        row.approximate, row.attributes);
  }

  private void checkWidth(Cells row) throws Stop {
    int n = row.size();
    if (n == width) {
      return;
    }
    if (n > width) {
      int i = row.firstExtra;
      if (i >= 0) {
        problems.error(row.line(i), row.column(i), "rows with more cells than the header",
            "this row has " + n + " cells where the " + (layout.hasHeader ? "header has " : "first rows have ") + width
                + ": this is the first one too many (a cell holding the delimiter must be in quotes)");
        throw new Stop();
      }
      return; // trailing empty cells: harmless
    }
    problems.error(row.endLine, row.endColumn, "rows with fewer cells than the header",
        "this row has " + n + " cells where the " + (layout.hasHeader ? "header has " : "first rows have ") + width
            + ": " + (width - n) + " missing at its end");
    throw new Stop();
  }

  // ---- the kinds of file

  /**
   * Reads all it can of a row on the thread that reads the cells: it touches nothing but the row and the
   * maps that only that thread uses ({@link #dates}, {@link #shared} and the other shared values); the
   * places, categories and ids, which the assembler keeps, are left to the thread that makes events.
   */
  private void prepare(Cells row) {
    try {
      switch (layout.kind) {
        case GENERIC -> {
          row.start = parseDate(row, layout.column(Role.DATE), true);
          row.end = parseDate(row, layout.column(Role.END), false);
          int timeColumn = layout.column(Role.TIME);
          if (row.start != null && timeColumn >= 0 && !row.isBlank(timeColumn)
              && row.start.precision() == Precision.DAY) {
            try {
              row.start = CellDates.onDay(row.start.firstLocalDay(java.time.ZoneOffset.UTC), row.value(timeColumn));
            } catch (IllegalArgumentException e) {
              throw new CellProblem(row.line(timeColumn), row.column(timeColumn), "times that are not times",
                  e.getMessage());
            }
          }
          row.latLon = coordinates(row);
        }
        case ACLED -> {
          row.start = parseDate(row, layout.column(Role.DATE), true);
          row.latLon = coordinates(row, layout.column(Role.LAT), layout.column(Role.LON));
        }
        case GDELT -> {
          row.start = parseDate(row, gdeltDate, true);
          row.latLon = coordinates(row, gdeltLat, gdeltLon);
        }
      }
    } catch (CellProblem p) {
      row.problem = p;
      return;
    }
    switch (layout.kind) {
      case GENERIC -> prepareGeneric(row);
      case ACLED -> prepareAcled(row);
      case GDELT -> prepareGdelt(row);
    }
    row.categoryName = share(row.categoryName);
    if (row.latLon != null) {
      row.zone = zoneAt(row.latLon[0], row.latLon[1]);
    }
  }

  /**
   * The zone of a row's point, looked up on the cells thread (the lookups are safe from any thread) so
   * that the thread making events, the busiest of the three, only finds it; a point seen before is not
   * looked up again.
   */
  private Optional<java.time.ZoneId> zoneAt(double lat, double lon) {
    ZoneKey key = new ZoneKey(Double.doubleToLongBits(lat), Double.doubleToLongBits(lon));
    Optional<java.time.ZoneId> known = zonesOfPoints.get(key);
    if (known == null) {
      if (zonesOfPoints.size() > 200_000) {
        zonesOfPoints.clear(); // a file of few repeated points gains nothing from a cache that grows with it
      }
      known = zones.zoneAt(lat, lon);
      zonesOfPoints.put(key, known);
    }
    return known;
  }

  private record ZoneKey(long latBits, long lonBits) {}

  private void prepareGeneric(Cells row) {
    String placeName = text(row, layout.column(Role.PLACE));
    row.placeName = placeName;
    String title = text(row, layout.column(Role.TITLE));
    String summary = text(row, layout.column(Role.DESCRIPTION));
    String categoryName = text(row, layout.column(Role.CATEGORY));
    row.categoryName = categoryName;
    if (title.isEmpty()) {
      title = !categoryName.isEmpty() && !placeName.isEmpty() ? categoryName + ", " + placeName
          : !placeName.isEmpty() ? placeName : !summary.isEmpty() ? shorten(summary) : "Line " + row.line;
    }
    List<String> actors = actors(row, layout.all(Role.ACTORS));
    List<Source> sources = new ArrayList<>();
    String sourceName = text(row, layout.column(Role.SOURCE));
    int urlColumn = layout.column(Role.URL);
    URI url = urlColumn >= 0 ? url(row, urlColumn) : null;
    if (url != null) {
      String publisher = sourceName.isEmpty() ? url.getHost() == null ? url.toString() : url.getHost() : sourceName;
      sources.add(Source.of(publisher, share(publisher), url, null));
    } else if (!sourceName.isEmpty()) {
      sources.addAll(namedSources(sourceName));
    }
    List<Attribute> attributes = List.of();
    if (width <= MAX_ATTRIBUTE_COLUMNS) {
      attributes = new ArrayList<>();
      for (int i = 0; i < Math.min(width, row.size()); i++) {
        if (!row.isBlank(i) && !usedColumn(i)) {
          attributes.add(new Attribute(layout.header.get(i), row.value(i)));
        }
      }
    }
    row.id = text(row, layout.column(Role.ID));
    row.title = title;
    row.summary = summary;
    row.actors = actors;
    row.sources = sources;
    row.attributes = attributes;
  }

  private boolean usedColumn(int column) {
    if (layout.ignored.contains(column)) {
      return true;
    }
    for (int[] cs : layout.columns.values()) {
      for (int c : cs) {
        if (c == column) {
          return true;
        }
      }
    }
    return false;
  }

  private void prepareAcled(Cells row) {
    String location = text(row, layout.column(Role.PLACE));
    row.placeName = location;
    String eventType = text(row, layout.column(Role.CATEGORY));
    String subType = text(row, subEventType);
    row.categoryName = eventType;
    String kind = subType.isEmpty() ? eventType.isEmpty() ? "Event" : eventType : subType;
    String title = location.isEmpty() ? kind : kind + ", " + location;
    Approximation approximate = acledApproximation(text(row, timePrecision), text(row, geoPrecision));
    List<Attribute> attributes = List.of();
    if (fatalities >= 0 && !row.isBlank(fatalities)) {
      String value = row.value(fatalities);
      attributes = sharedAttributes.computeIfAbsent(value, v -> List.of(new Attribute("fatalities", v)));
    }
    List<String> tags = subType.isEmpty() ? List.of() : tagLists.computeIfAbsent(subType, List::of);
    String source = text(row, layout.column(Role.SOURCE));
    row.id = text(row, layout.column(Role.ID));
    row.title = title;
    row.summary = text(row, layout.column(Role.DESCRIPTION));
    row.actors = actors(row, layout.all(Role.ACTORS));
    row.sources = source.isEmpty() ? List.of() : namedSources(source);
    row.tags = tags;
    row.approximate = approximate;
    row.attributes = attributes;
  }

  private Approximation acledApproximation(String time, String geo) {
    boolean inTime = time.equals("2") || time.equals("3");
    boolean inPlace = geo.equals("2") || geo.equals("3");
    if (!inTime && !inPlace) {
      return null;
    }
    // Few codes, many rows: keyed by the codes' own (shared) strings rather than a string made per row.
    return approximations.computeIfAbsent(time.length() == 1 && geo.length() == 1 ? ACLED_KEYS[time.charAt(0) & 0x7f][geo.charAt(0) & 0x7f]
        : "acled:" + time + ":" + geo, k -> {
      List<String> notes = new ArrayList<>();
      if (time.equals("2")) {
        notes.add("ACLED time_precision 2: the source gave only the week, and ACLED coded a day within it");
      } else if (time.equals("3")) {
        notes.add("ACLED time_precision 3: the source gave only a month or a longer span, and ACLED coded a day"
            + " within it");
      }
      if (geo.equals("2")) {
        notes.add("ACLED geo_precision 2: the source named a place near a town or a part of a region, and ACLED"
            + " placed the event at that town");
      } else if (geo.equals("3")) {
        notes.add("ACLED geo_precision 3: the source named only a region, and ACLED placed the event at the"
            + " region's main town or centre");
      }
      return new Approximation(inTime, inPlace, String.join("; ", notes));
    });
  }

  private int gdelt(String normalName, int v1, int v2) {
    if (layout.hasHeader) {
      return layout.indexOf(normalName);
    }
    return layout.gdeltColumns == 61 ? v2 : v1;
  }

  private void prepareGdelt(Cells row) {
    row.placeName = gdeltText(row, gdeltPlace);
    String code = Cameo.code(gdeltText(row, gdeltCode));
    row.categoryName = code.isEmpty() ? "" : "CAMEO " + code;
    List<String> actors = new ArrayList<>(2);
    for (int c : new int[] {gdeltActor1, gdeltActor2}) {
      String a = gdeltText(row, c);
      if (!a.isEmpty() && !actors.contains(a)) {
        actors.add(share(a));
      }
    }
    String what = Cameo.rootName(code);
    String title = (actors.isEmpty() ? "" : String.join(" and ", actors) + ": ")
        + (what.isEmpty() ? "" : what + " ") + "(CAMEO " + (code.isEmpty() ? "?" : code) + ")";
    Approximation approximate = null;
    String geoType = gdeltText(row, gdeltGeoType);
    if (row.latLon != null && (geoType.equals("1") || geoType.equals("2") || geoType.equals("4"))) {
      approximate = approximations.computeIfAbsent("gdelt:" + geoType, t -> new Approximation(false, true,
          switch (t) {
            case "gdelt:1" -> "GDELT placed this event only in its country (ActionGeo_Type 1): the point is the"
                + " country's centre";
            case "gdelt:2" -> "GDELT placed this event only in a US state (ActionGeo_Type 2): the point is the"
                + " state's centre";
            default -> "GDELT placed this event only in a province or region (ActionGeo_Type 4): the point is"
                + " its centre";
          }));
    }
    List<Source> sources = List.of();
    if (gdeltUrl >= 0 && gdeltUrl < row.size() && !gdeltText(row, gdeltUrl).isEmpty()) {
      URI url = url(row, gdeltUrl);
      if (url != null) {
        String host = url.getHost() == null ? url.toString() : url.getHost();
        sources = List.of(Source.of(host, share(host), url, null));
      }
    }
    List<Attribute> attributes = new ArrayList<>(3);
    attribute(attributes, row, "Goldstein scale", gdeltGoldstein);
    attribute(attributes, row, "articles", gdeltArticles);
    attribute(attributes, row, "average tone", gdeltTone);
    row.id = gdeltText(row, gdeltId);
    row.title = title;
    row.actors = actors;
    row.sources = sources;
    row.approximate = approximate;
    row.attributes = attributes;
  }

  private void attribute(List<Attribute> attributes, Cells row, String name, int column) {
    String v = gdeltText(row, column);
    if (!v.isEmpty()) {
      attributes.add(new Attribute(name, v));
    }
  }

  /** GDELT writes NULL for an empty cell in some of its exports. */
  private static String gdeltText(Cells row, int column) {
    String v = text(row, column);
    return v.equals("NULL") ? "" : v;
  }

  // ---- cells

  private static String text(Cells row, int column) {
    return column < 0 ? "" : row.value(column);
  }

  private String share(String s) {
    String known = shared.putIfAbsent(s, s);
    return known == null ? s : known;
  }

  private static String shorten(String s) {
    return s.length() <= 80 ? s : s.substring(0, 79).strip() + "…";
  }

  /** The category of this name; the assembler's lookup folds case, which costs a string a row. */
  private Category category(String name) {
    Category known = categories.get(name);
    if (known == null) {
      known = assembler.category(name);
      categories.put(name, known);
    }
    return known;
  }

  private Category defaultCategory() {
    if (defaultCategory == null) {
      defaultCategory = assembler.category("Events");
    }
    return defaultCategory;
  }

  /** Actors from their columns, a cell holding several separated by semicolons (as ACLED's associated actors). */
  private List<String> actors(Cells row, int[] columns) {
    if (columns.length == 0) {
      return List.of();
    }
    StringBuilder key = new StringBuilder();
    for (int c : columns) {
      key.append(text(row, c)).append('\u0001');
    }
    return sharedLists.computeIfAbsent(key.toString(), k -> {
      Set<String> names = new LinkedHashSet<>();
      for (int c : columns) {
        for (String name : text(row, c).split(";")) {
          String n = name.strip();
          if (!n.isEmpty() && !n.equals("NULL")) {
            names.add(share(n));
          }
        }
      }
      return List.copyOf(names);
    });
  }

  /** Sources named in a cell (semicolons between them), one list per distinct cell: ACLED repeats a few hundred. */
  private List<Source> namedSources(String names) {
    List<Source> known = sourceLists.get(names);
    if (known != null) {
      return known;
    }
    List<Source> sources = new ArrayList<>(2);
    for (String name : names.split(";")) {
      String n = name.strip();
      if (!n.isEmpty()) {
        String publisher = share(n);
        sources.add(Source.of(publisher, publisher, null, null));
      }
    }
    List<Source> made = List.copyOf(sources);
    if (sourceLists.size() < 100_000) {
      sourceLists.put(names, made);
    }
    return made;
  }

  private URI url(Cells row, int column) {
    String text = row.value(column);
    if (text.isEmpty()) {
      return null;
    }
    try {
      URI u = new URI(text);
      if (u.getScheme() != null && (u.getScheme().equalsIgnoreCase("http") || u.getScheme().equalsIgnoreCase("https"))) {
        return u;
      }
    } catch (URISyntaxException e) {
      // told below
    }
    row.warn(new CellProblem(row.line(column), row.column(column), "addresses that are not http(s)", "'" + text
        + "' is not an http(s) address: the event is kept without it"));
    return null;
  }

  /**
   * The date in a cell; null when the cell is empty or there is no such column.
   *
   * @param isStart whether it is the start (else the end), for messages
   */
  private TimePoint parseDate(Cells row, int column, boolean isStart) throws CellProblem {
    if (column < 0 || row.isBlank(column)) {
      return null;
    }
    String text = row.value(column);
    if (text.equals("NULL")) {
      return null;
    }
    TimePoint known = dates.get(text);
    if (known != null) {
      return known;
    }
    try {
      TimePoint parsed = CellDates.parse(text, layout.dateOrder);
      if (dates.size() > 200_000) {
        dates.clear(); // times to the second rarely repeat: keep the cache from growing with the file
      }
      dates.put(text, parsed);
      return parsed;
    } catch (IllegalArgumentException e) {
      throw new CellProblem(row.line(column), row.column(column), "cells that are not dates",
          (isStart ? "" : "end: ") + e.getMessage());
    }
  }

  /** The row's coordinates, from two columns, one "lat, lon" column or a WKT point; null when it has none. */
  private double[] coordinates(Cells row) throws CellProblem {
    if (layout.has(Role.LAT) && layout.has(Role.LON)) {
      return coordinates(row, layout.column(Role.LAT), layout.column(Role.LON));
    }
    int column = layout.has(Role.LATLON) ? layout.column(Role.LATLON) : layout.column(Role.POINT);
    if (column < 0 || row.isBlank(column)) {
      return null;
    }
    String text = row.value(column);
    Matcher wkt = Layout.WKT_POINT.matcher(text);
    Matcher pair = Layout.LAT_LON.matcher(text);
    double lat;
    double lon;
    if (wkt.matches()) {
      lon = Double.parseDouble(wkt.group(1));
      lat = Double.parseDouble(wkt.group(2));
    } else if (pair.matches()) {
      lat = Double.parseDouble(pair.group(1));
      lon = Double.parseDouble(pair.group(2));
    } else {
      throw new CellProblem(row.line(column), row.column(column), "cells that are not coordinates",
          "'" + text + "' is not a coordinate (such as \"50.45, 30.52\", latitude first, or POINT (30.52 50.45),"
              + " longitude first)");
    }
    Optional<String> problem = DatasetAssembler.coordinateProblem(lat, lon);
    if (problem.isPresent()) {
      throw new CellProblem(row.line(column), row.column(column), "coordinates out of range", problem.get());
    }
    return new double[] {lat, lon};
  }

  private double[] coordinates(Cells row, int latColumn, int lonColumn) throws CellProblem {
    boolean noLat = latColumn < 0 || row.isBlank(latColumn) || row.value(latColumn).equals("NULL");
    boolean noLon = lonColumn < 0 || row.isBlank(lonColumn) || row.value(lonColumn).equals("NULL");
    if (noLat && noLon) {
      return null;
    }
    if (noLat || noLon) {
      int c = noLat ? latColumn : lonColumn;
      throw new CellProblem(row.line(c), row.column(c), "rows with half a coordinate",
          "the " + (noLat ? "latitude" : "longitude") + " is empty while the " + (noLat ? "longitude" : "latitude")
              + " is not");
    }
    double lat = coordinate(row, latColumn, "latitude");
    double lon = coordinate(row, lonColumn, "longitude");
    if (lat < -90 || lat > 90) {
      throw new CellProblem(row.line(latColumn), row.column(latColumn), "coordinates out of range",
          DatasetAssembler.coordinateProblem(lat, 0).orElse("the latitude is out of range"));
    }
    if (lon < -180 || lon > 180) {
      throw new CellProblem(row.line(lonColumn), row.column(lonColumn), "coordinates out of range",
          DatasetAssembler.coordinateProblem(0, lon).orElse("the longitude is out of range"));
    }
    return new double[] {lat, lon};
  }

  private double coordinate(Cells row, int column, String what) throws CellProblem {
    String text = row.value(column);
    try {
      String t = decimalComma ? text.replace(',', '.') : text;
      double v = Double.parseDouble(t);
      if (Double.isFinite(v) && Layout.plainNumber(t)) {
        return v;
      }
    } catch (NumberFormatException e) {
      // told below
    }
    throw new CellProblem(row.line(column), row.column(column), "cells that are not coordinates",
        "'" + text + "' is not a " + what + " (a number in degrees, such as " + (what.equals("latitude") ? "50.45" : "30.52")
            + ")");
  }

  private Place placeAt(PlaceKey key, Optional<java.time.ZoneId> zone) {
    Place known = places.get(key);
    if (known == null) {
      known = assembler.place(key.lat(), key.lon(), key.name().isEmpty() ? Optional.empty() : Optional.of(key.name()),
          zone);
      places.put(key, known);
    }
    return known;
  }

  private void build(Cells row, String wantedId, String title, TimePoint start, TimePoint end, Place place,
      Category category, List<String> actors, String summary, List<Source> sources, List<String> tags,
      Approximation approximate, List<Attribute> attributes) throws Stop {
    // A row without coordinates or a date is still an event: on the timeline, or on the map, or in the list.
    String id = assembler.uniqueId(wantedId.isEmpty() ? Optional.empty() : Optional.of(wantedId), "line-" + row.line);
    try {
      assembler.add(Event.builder(id, title).start(start).end(end).place(place).category(category).actors(actors)
          .summary(summary).sources(sources).tags(tags).approximate(approximate).attributes(attributes).build());
    } catch (IllegalArgumentException e) {
      // An end before its start, or an end without a start.
      int endColumn = layout.column(Role.END);
      problems.error(row.line(Math.max(0, endColumn)), endColumn < 0 ? 1 : row.column(endColumn), "events that end"
          + " before they start", e.getMessage());
      throw new Stop();
    }
  }
}
