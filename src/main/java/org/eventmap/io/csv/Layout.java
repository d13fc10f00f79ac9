package org.eventmap.io.csv;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Which column of a spreadsheet holds what, worked out from the header's names, the content of the
 * first rows, and what the person said ({@code --columns}); and which kind of file it is (ACLED and
 * GDELT are known by their columns and read by their codebooks).
 */
final class Layout {
  enum Kind {
    GENERIC,
    ACLED,
    GDELT
  }

  /** A column mapping that cannot be followed, or a role that is not one: the read stops with this. */
  static final class BadMapping extends Exception {
    BadMapping(String message) {
      super(message, null, false, false);
    }
  }

  static final Pattern LAT_LON = Pattern.compile("\\(?\\s*(-?\\d{1,3}(?:\\.\\d+)?)\\s*[,; ]\\s*(-?\\d{1,3}(?:\\.\\d+)?)\\s*\\)?");
  static final Pattern WKT_POINT = Pattern.compile(
      "(?i)(?:SRID=\\d+;)?\\s*POINT\\s*Z?\\s*\\(\\s*(-?\\d+(?:\\.\\d+)?(?:[eE][-+]?\\d+)?)\\s+(-?\\d+(?:\\.\\d+)?(?:[eE][-+]?\\d+)?)(?:\\s+-?[\\d.eE+-]+)?\\s*\\)");

  private static final Map<Role, List<String>> NAMES = new EnumMap<>(Role.class);

  static {
    // In order of preference: the first name found wins.
    NAMES.put(Role.ID, List.of("id", "eventid", "eventidcnty", "globaleventid", "uid", "identifier", "key"));
    NAMES.put(Role.DATE, List.of("eventdate", "date", "datetime", "startdate", "starttime", "start", "begin",
        "begindate", "when", "sqldate", "day", "timestamp", "time"));
    NAMES.put(Role.END, List.of("end", "enddate", "endtime", "finish", "until", "stop", "stopdate"));
    NAMES.put(Role.TIME, List.of("time", "timeofday", "hour", "eventtime"));
    NAMES.put(Role.LAT, List.of("lat", "latitude", "y", "decimallatitude", "actiongeolat"));
    NAMES.put(Role.LON, List.of("lon", "lng", "long", "longitude", "x", "decimallongitude", "actiongeolong"));
    NAMES.put(Role.LATLON, List.of("latlon", "latlng", "latlong", "coordinates", "coords", "coordinate", "position",
        "latitudelongitude"));
    NAMES.put(Role.POINT, List.of("wkt", "geometry", "geom", "thegeom", "point", "shape", "wktgeom"));
    NAMES.put(Role.TITLE, List.of("title", "name", "headline", "label", "event", "subject"));
    NAMES.put(Role.DESCRIPTION, List.of("description", "notes", "summary", "details", "desc", "text", "comment",
        "comments"));
    NAMES.put(Role.CATEGORY, List.of("category", "eventtype", "type", "kind", "class"));
    NAMES.put(Role.ACTORS, List.of("actors", "actor", "actor1", "actor2", "assocactor1", "assocactor2",
        "participants"));
    NAMES.put(Role.SOURCE, List.of("source", "sources", "publisher"));
    NAMES.put(Role.URL, List.of("url", "sourceurl", "link", "href", "website"));
    NAMES.put(Role.PLACE, List.of("location", "place", "placename", "city", "town", "locality", "site", "address",
        "admin3", "admin2", "admin1", "district", "county", "province", "state", "region", "country"));
  }

  final Kind kind;
  final boolean hasHeader;
  /** The columns' names as the file writes them, or "column N" when it has none. */
  final List<String> header;
  /**
   * The names as they are compared: lower case, letters and digits only. Made once: a header of long
   * names compared for every role and alias made the layout allocate hundreds of times the file.
   */
  private final List<String> normalHeader;
  /** Role to columns (from 0); several only for actors. */
  final Map<Role, int[]> columns = new EnumMap<>(Role.class);
  /** Columns read for no role (a pandas index). */
  final Set<Integer> ignored = new HashSet<>();
  /** For GDELT: which version's column order. */
  int gdeltColumns;
  CellDates.Order dateOrder = CellDates.Order.UNKNOWN;
  /** Whether the order was said by the person (or by ACLED's codebook) rather than seen in the column. */
  boolean orderSaid;
  /** Warnings about choices made that a person should know of. */
  final List<String> notes = new ArrayList<>();
  /** Why the file does not say enough to be read without asking; empty when it does. */
  Optional<String> unclear = Optional.empty();
  /** Whether roles were given by the person. */
  final boolean mapped;
  /** Guesses from content alone, shown in a question but never read without the person's answer. */
  private final Map<Role, Integer> contentGuesses = new EnumMap<>(Role.class);

  private Layout(Kind kind, boolean hasHeader, List<String> header, boolean mapped) {
    this.kind = kind;
    this.hasHeader = hasHeader;
    this.header = header;
    this.normalHeader = header.stream().map(Layout::normal).toList();
    this.mapped = mapped;
  }

  int column(Role role) {
    int[] c = columns.get(role);
    return c == null || c.length == 0 ? -1 : c[0];
  }

  int[] all(Role role) {
    return columns.getOrDefault(role, new int[0]);
  }

  boolean has(Role role) {
    return column(role) >= 0;
  }

  boolean hasCoordinates() {
    return has(Role.LAT) && has(Role.LON) || has(Role.LATLON) || has(Role.POINT);
  }

  String name(int column) {
    return column < header.size() ? header.get(column) : "column " + (column + 1);
  }

  /** The guesses as a question shows them: role to column name. */
  Map<String, String> guessed() {
    Map<String, String> g = new LinkedHashMap<>();
    contentGuesses.forEach((role, c) -> g.put(role.key(), name(c)));
    columns.forEach((role, cs) -> {
      if (cs.length > 0) {
        g.put(role.key(), name(cs[0]));
      }
    });
    return g;
  }

  static String normal(String name) {
    return name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
  }

  /**
   * Works out the layout from the sampled rows (the first may be a header) and the person's mapping.
   *
   * @param mapping role (or {@code dates}) to column name or number from 1, as {@code --columns} gives it
   */
  static Layout of(List<String[]> rows, Map<String, String> mapping) throws BadMapping {
    String[] first = rows.isEmpty() ? new String[0] : rows.get(0);
    List<String[]> data = rows.size() > 1 ? rows.subList(1, rows.size()) : List.of();
    Set<String> names = new HashSet<>();
    for (String cell : first) {
      names.add(normal(cell));
    }
    if (names.contains("globaleventid") && names.contains("sqldate")) {
      return gdelt(true, first.length, header(first), mapping);
    }
    if (isHeaderlessGdelt(rows)) {
      return gdelt(false, first.length, madeUp(first.length), mapping);
    }
    boolean hasHeader = looksLikeHeader(first, data);
    List<String> header = hasHeader ? header(first) : madeUp(widest(rows));
    List<String[]> sample = hasHeader ? data : rows;
    if (hasHeader && names.contains("eventidcnty") && names.contains("eventdate") && names.contains("latitude")
        && names.contains("longitude")) {
      Layout acled = new Layout(Kind.ACLED, true, header, !mapping.isEmpty());
      acled.byAcledNames();
      acled.apply(mapping);
      acled.findOrder(sample);
      return acled;
    }
    Layout layout = new Layout(Kind.GENERIC, hasHeader, header, !mapping.isEmpty());
    if (hasHeader && first.length > 0 && first[0].isBlank() && integers(sample, 0)) {
      layout.ignored.add(0); // pandas writes its index so, a column without a name
    }
    layout.apply(mapping);
    if (hasHeader) {
      layout.byNames(sample);
    }
    layout.byContent(sample);
    layout.findOrder(sample);
    if (!layout.mapped) {
      layout.judge(sample);
    }
    return layout;
  }

  private static Layout gdelt(boolean hasHeader, int width, List<String> header, Map<String, String> mapping)
      throws BadMapping {
    Layout g = new Layout(Kind.GDELT, hasHeader, header, !mapping.isEmpty());
    g.gdeltColumns = width;
    g.apply(mapping);
    return g;
  }

  /** GDELT's export files have no header: 57, 58 or 61 cells, an integer id, then an 8-digit day. */
  private static boolean isHeaderlessGdelt(List<String[]> rows) {
    if (rows.isEmpty()) {
      return false;
    }
    for (String[] row : rows) {
      if (row.length != 57 && row.length != 58 && row.length != 61 || row.length != rows.get(0).length
          || !CellDates.allDigits(row[0]) || row[1].length() != 8 || !CellDates.allDigits(row[1])) {
        return false;
      }
    }
    return true;
  }

  private static boolean looksLikeHeader(String[] first, List<String[]> data) {
    int text = 0;
    for (String cell : first) {
      String c = cell.strip();
      if (c.isEmpty()) {
        continue;
      }
      if (number(c) || CellDates.looksLikeDate(c) || LAT_LON.matcher(c).matches() || WKT_POINT.matcher(c).matches()) {
        return false;
      }
      text++;
    }
    return text > 0;
  }

  private static List<String> header(String[] first) {
    List<String> names = new ArrayList<>();
    for (int i = 0; i < first.length; i++) {
      String name = first[i].strip();
      names.add(name.isEmpty() ? "column " + (i + 1) : name);
    }
    return names;
  }

  private static List<String> madeUp(int width) {
    List<String> names = new ArrayList<>();
    for (int i = 0; i < width; i++) {
      names.add("column " + (i + 1));
    }
    return names;
  }

  private static int widest(List<String[]> rows) {
    int w = 0;
    for (String[] row : rows) {
      w = Math.max(w, row.length);
    }
    return w;
  }

  /** The person's mapping, followed exactly: a column it names must exist. */
  private void apply(Map<String, String> mapping) throws BadMapping {
    for (Map.Entry<String, String> e : mapping.entrySet()) {
      String key = e.getKey().strip().toLowerCase(Locale.ROOT);
      if (key.equals("dates")) {
        String v = normal(e.getValue());
        if (v.startsWith("day") || v.equals("dmy")) {
          dateOrder = CellDates.Order.DAY_FIRST;
        } else if (v.startsWith("month") || v.equals("mdy")) {
          dateOrder = CellDates.Order.MONTH_FIRST;
        } else {
          throw new BadMapping("--columns dates=" + e.getValue() + ": say dates=day-first (22/03/2024) or"
              + " dates=month-first (03/22/2024)");
        }
        orderSaid = true;
        continue;
      }
      Optional<Role> role = Role.of(key);
      if (role.isEmpty()) {
        throw new BadMapping("--columns " + key + "=" + e.getValue() + ": '" + key + "' is not a role; the roles are "
            + Role.keys() + " (and dates=day-first or month-first)");
      }
      List<Integer> found = new ArrayList<>();
      for (String wanted : e.getValue().split("\\+")) {
        found.add(find(role.get(), wanted.strip()));
      }
      columns.put(role.get(), found.stream().mapToInt(Integer::intValue).toArray());
    }
  }

  private int find(Role role, String wanted) throws BadMapping {
    for (int i = 0; i < header.size(); i++) {
      if (header.get(i).equals(wanted)) {
        return i;
      }
    }
    for (int i = 0; i < header.size(); i++) {
      if (header.get(i).equalsIgnoreCase(wanted)) {
        return i;
      }
    }
    if (CellDates.allDigits(wanted) && wanted.length() < 6) {
      int n = Integer.parseInt(wanted);
      if (n >= 1 && n <= header.size()) {
        return n - 1;
      }
      throw new BadMapping("--columns " + role.key() + "=" + wanted + ": the file has " + header.size()
          + " columns, numbered from 1; they are " + String.join(", ", header));
    }
    throw new BadMapping("--columns " + role.key() + "=" + wanted + ": the file has no column named '" + wanted
        + "'; its columns are " + String.join(", ", header));
  }

  private boolean taken(int column) {
    if (ignored.contains(column)) {
      return true;
    }
    for (int[] cs : columns.values()) {
      for (int c : cs) {
        if (c == column) {
          return true;
        }
      }
    }
    return false;
  }

  private void byAcledNames() {
    put(Role.ID, "eventidcnty");
    put(Role.DATE, "eventdate");
    put(Role.LAT, "latitude");
    put(Role.LON, "longitude");
    put(Role.CATEGORY, "eventtype");
    put(Role.DESCRIPTION, "notes");
    put(Role.SOURCE, "source");
    put(Role.PLACE, "location");
    List<Integer> actors = new ArrayList<>();
    for (String a : List.of("actor1", "assocactor1", "actor2", "assocactor2")) {
      int i = indexOf(a);
      if (i >= 0) {
        actors.add(i);
      }
    }
    columns.put(Role.ACTORS, actors.stream().mapToInt(Integer::intValue).toArray());
  }

  private void put(Role role, String normalName) {
    int i = indexOf(normalName);
    if (i >= 0) {
      columns.put(role, new int[] {i});
    }
  }

  int indexOf(String normalName) {
    for (int i = 0; i < header.size(); i++) {
      if (normalHeader.get(i).equals(normalName)) {
        return i;
      }
    }
    return -1;
  }

  private void byNames(List<String[]> sample) {
    for (Role role : Role.values()) {
      if (columns.containsKey(role) || role == Role.TIME) {
        continue;
      }
      List<Integer> found = new ArrayList<>();
      for (String name : NAMES.get(role)) {
        int i = indexOf(name);
        if (i < 0 || taken(i) || found.contains(i) || !fits(role, sample, i)) {
          continue;
        }
        found.add(i);
        if (role != Role.ACTORS) {
          break;
        }
      }
      if (!found.isEmpty()) {
        columns.put(role, found.stream().mapToInt(Integer::intValue).toArray());
      }
    }
    // A "time" column beside a date column holds the time of day.
    if (!columns.containsKey(Role.TIME) && has(Role.DATE)) {
      for (String name : NAMES.get(Role.TIME)) {
        int i = indexOf(name);
        if (i >= 0 && !taken(i) && share(sample, i, CellDates::looksLikeTime) >= 0.9) {
          columns.put(Role.TIME, new int[] {i});
          break;
        }
      }
    }
    if (!hasCoordinates()) {
      pairsByNameEnding(sample);
    }
    if (!has(Role.DATE)) {
      datesByNamePart(sample);
    }
  }

  /** Whether a column named for a role holds what the role needs, judged from the first rows. */
  private static boolean fits(Role role, List<String[]> sample, int i) {
    return switch (role) {
      // Half is enough: a column named so is taken, and its cells that are not dates are reported.
      case DATE, END -> share(sample, i, c -> CellDates.looksLikeDate(c) || CellDates.looksLikeYear(c)) >= 0.5;
      // Numbers are enough: one out of range is reported at its cell.
      case LAT, LON -> share(sample, i, Layout::number) >= 0.5;
      case LATLON -> share(sample, i, c -> LAT_LON.matcher(c).matches()) >= 0.5;
      case POINT -> share(sample, i, c -> WKT_POINT.matcher(c).matches()) >= 0.5;
      default -> true;
    };
  }

  /**
   * Names such as {@code begintrip_lat} and {@code begintrip_lng}: a pair with the same beginning. With
   * several pairs the first is taken, and a warning says so.
   */
  private void pairsByNameEnding(List<String[]> sample) {
    List<int[]> pairs = new ArrayList<>();
    for (int i = 0; i < header.size(); i++) {
      String lat = normalHeader.get(i);
      String prefix = stripEnding(lat, "latitude", "lat");
      if (prefix == null || taken(i) || !fits(Role.LAT, sample, i)) {
        continue;
      }
      for (int j = 0; j < header.size(); j++) {
        String lon = normalHeader.get(j);
        String p = stripEnding(lon, "longitude", "lng", "lon", "long");
        if (p != null && p.equals(prefix) && j != i && !taken(j) && fits(Role.LON, sample, j)) {
          pairs.add(new int[] {i, j});
          break;
        }
      }
    }
    if (pairs.isEmpty()) {
      return;
    }
    columns.put(Role.LAT, new int[] {pairs.get(0)[0]});
    columns.put(Role.LON, new int[] {pairs.get(0)[1]});
    if (pairs.size() > 1) {
      List<String> others = new ArrayList<>();
      for (int[] p : pairs.subList(1, pairs.size())) {
        others.add(name(p[0]) + "/" + name(p[1]));
      }
      notes.add("the file has " + pairs.size() + " pairs of coordinates: the events are placed at "
          + name(pairs.get(0)[0]) + "/" + name(pairs.get(0)[1]) + ", the first; " + String.join(", ", others)
          + " shown with each event (say another with --columns lat=COLUMN,lon=COLUMN)");
    }
  }

  private static String stripEnding(String name, String... endings) {
    for (String e : endings) {
      if (name.endsWith(e)) {
        return name.substring(0, name.length() - e.length());
      }
    }
    return null;
  }

  /** Names that contain a date word ({@code begintrip_timestamp_local}) and hold dates. */
  private void datesByNamePart(List<String[]> sample) {
    List<Integer> found = new ArrayList<>();
    for (int i = 0; i < header.size(); i++) {
      String n = normalHeader.get(i);
      if (!taken(i) && (n.contains("date") || n.contains("time") || n.contains("when"))
          && share(sample, i, CellDates::looksLikeDate) >= 0.9) {
        found.add(i);
      }
    }
    if (found.isEmpty()) {
      return;
    }
    int date = found.get(0);
    // With several, one whose name says it begins is the start, and one that says it ends the end.
    for (int i : found) {
      String n = normalHeader.get(i);
      if (n.contains("begin") || n.contains("start")) {
        date = i;
        break;
      }
    }
    columns.put(Role.DATE, new int[] {date});
    if (!has(Role.END)) {
      for (int i : found) {
        String n = normalHeader.get(i);
        if (i != date && (n.contains("end") || n.contains("stop") || n.contains("finish"))) {
          columns.put(Role.END, new int[] {i});
        }
      }
    }
    if (found.size() > (has(Role.END) ? 2 : 1)) {
      notes.add("the dates are read from " + name(date) + (has(Role.END) ? ", the ends from " + name(column(Role.END))
          : "") + "; the file has other columns of dates (say another with --columns date=COLUMN,end=COLUMN)");
    }
  }

  /** Where names do not say: a column of dates, one of "lat, lon" pairs, one of WKT points. */
  private void byContent(List<String[]> sample) {
    if (!has(Role.DATE)) {
      for (int i = 0; i < header.size(); i++) {
        if (!taken(i) && share(sample, i, c -> CellDates.looksLikeDate(c) && !CellDates.allDigits(c)) >= 0.9) {
          columns.put(Role.DATE, new int[] {i});
          break;
        }
      }
    }
    if (!hasCoordinates()) {
      for (int i = 0; i < header.size(); i++) {
        if (!taken(i) && share(sample, i, c -> WKT_POINT.matcher(c).matches()) >= 0.9) {
          columns.put(Role.POINT, new int[] {i});
          return;
        }
      }
      for (int i = 0; i < header.size(); i++) {
        if (!taken(i) && share(sample, i, c -> LAT_LON.matcher(c).matches() && c.matches(".*\\d\\.\\d.*")) >= 0.9) {
          columns.put(Role.LATLON, new int[] {i});
          return;
        }
      }
    }
  }

  /**
   * Two columns of numbers that could be a latitude and a longitude: a guess for the question, never
   * read as such without an answer (many columns hold numbers in those ranges).
   */
  private void guessCoordinatesByContent(List<String[]> sample) {
    for (int i = 0; i + 1 < header.size(); i++) {
      int lat = i;
      int lon = i + 1;
      if (!taken(lat) && !taken(lon) && decimals(sample, lat, 90) && decimals(sample, lon, 180)) {
        contentGuesses.put(Role.LAT, lat);
        contentGuesses.put(Role.LON, lon);
        return;
      }
    }
  }

  private static boolean decimals(List<String[]> sample, int column, double limit) {
    return share(sample, column, c -> number(c) && c.matches("-?\\d{1,3}[.,]\\d+")
        && Math.abs(Double.parseDouble(c.replace(',', '.'))) <= limit) == 1.0;
  }

  /** Whether the file says enough to be read without asking, and the guesses when it does not. */
  private void judge(List<String[]> sample) {
    if (!hasCoordinates()) {
      guessCoordinatesByContent(sample);
    }
    if (!has(Role.DATE) && !hasCoordinates()) {
      unclear = Optional.of(hasHeader ? "no column is named or written like a date or like coordinates"
          : "the file has no header naming its columns");
    } else if (!has(Role.DATE)) {
      unclear = Optional.of("no column is named or written like a date");
    } else if (!hasCoordinates()) {
      unclear = Optional.of(contentGuesses.containsKey(Role.LAT)
          ? "no column is named like a latitude and a longitude; two columns of numbers may be them"
          : "no column is named or written like a latitude and a longitude");
    }
  }

  /** Decides day/month order from the sampled cells of the date columns; the reader checks the rest. */
  private void findOrder(List<String[]> sample) {
    if (orderSaid) {
      return;
    }
    for (Role role : List.of(Role.DATE, Role.END)) {
      int i = column(role);
      if (i < 0) {
        continue;
      }
      for (String[] row : sample) {
        if (i < row.length) {
          CellDates.Order evidence = CellDates.evidence(row[i]);
          if (evidence != null && evidence != CellDates.Order.UNKNOWN) {
            dateOrder = evidence;
            return;
          }
        }
      }
    }
  }

  /** Whether the first cell of a date column is written with two numbers before the year. */
  boolean needsOrder(List<String[]> sample) {
    if (dateOrder != CellDates.Order.UNKNOWN) {
      return false;
    }
    for (Role role : List.of(Role.DATE, Role.END)) {
      int i = column(role);
      for (String[] row : sample) {
        if (i >= 0 && i < row.length && CellDates.evidence(row[i]) != null) {
          return true;
        }
      }
    }
    return false;
  }

  interface CellTest {
    boolean test(String cell);
  }

  /** The share of the non-empty cells of a column that pass; 0 when all are empty. */
  static double share(List<String[]> sample, int column, CellTest test) {
    int filled = 0;
    int passed = 0;
    for (String[] row : sample) {
      if (column >= row.length) {
        continue;
      }
      String c = row[column].strip();
      if (c.isEmpty() || c.equals("NULL") || c.equals("NA")) {
        continue;
      }
      filled++;
      if (test.test(c)) {
        passed++;
      }
    }
    return filled == 0 ? 0 : passed / (double) filled;
  }

  private static boolean integers(List<String[]> sample, int column) {
    return share(sample, column, CellDates::allDigits) == 1.0;
  }

  private static final Pattern NUMBER = Pattern.compile("[-+]?(\\d+([.,]\\d*)?|[.,]\\d+)([eE][-+]?\\d+)?");

  static boolean number(String c) {
    return !c.isEmpty() && NUMBER.matcher(c).matches();
  }

  /**
   * Whether a text that {@link Double#parseDouble} took is written as people write numbers, without its
   * {@code NaN}, {@code Infinity}, hexadecimal or {@code d} and {@code f} endings; no regular expression,
   * as it runs for two cells of every row.
   */
  static boolean plainNumber(String t) {
    for (int i = 0; i < t.length(); i++) {
      char c = t.charAt(i);
      if (!(c >= '0' && c <= '9' || c == '.' || c == '-' || c == '+' || c == 'e' || c == 'E')) {
        return false;
      }
    }
    return !t.isEmpty();
  }

}
