package org.eventmap.io.export;

import java.io.IOException;
import java.io.Writer;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.eventmap.domain.Attribute;
import org.eventmap.domain.Category;
import org.eventmap.domain.Dataset;
import org.eventmap.domain.Event;
import org.eventmap.domain.Place;
import org.eventmap.domain.Precision;
import org.eventmap.domain.Quote;
import org.eventmap.domain.Source;
import org.eventmap.domain.TimePoint;

/**
 * KML 2.2 (OGC 07-147r2), as Google Earth opens it: a Document with a Folder per category (named after
 * it, which is how Eventmap's KML reader gives a placemark its category back) and one Placemark per
 * event, with its {@code name}, its place's name as {@code address}, its summary as plain-text
 * {@code description}, a {@code TimeStamp} (or a {@code TimeSpan} when it has an end) and a
 * {@code Point} at longitude,latitude. A category with a colour has a {@code Style} of that colour.
 *
 * <p>Dates keep their precision in the form XML Schema has for it: {@code gYear} ({@code 2024}),
 * {@code gYearMonth} ({@code 2024-03}), {@code date} ({@code 2024-03-22}), and {@code dateTime} with the
 * offset written ({@code 2024-03-22T09:50:00+02:00}) or none for a local time. {@code dateTime} always
 * has seconds, so a time to the minute gets {@code :00}: KML cannot tell it from a time to the second.
 *
 * <p>What KML has no element for goes in {@code ExtendedData}: the time zone, actors, tags, sources,
 * quotes, what is approximate, what is disputed, and the event's own attributes. A Placemark's {@code id}
 * must be an XML name (it cannot start with a digit), so an event id that is not one is written as
 * {@code Data name="id"} instead.
 */
public final class KmlWriter implements DatasetWriter {
  @Override
  public String name() {
    return "kml";
  }

  @Override
  public String description() {
    return "KML 2.2, for Google Earth";
  }

  @Override
  public String extension() {
    return "kml";
  }

  @Override
  public Written write(Dataset dataset, Writer out) throws IOException {
    Map<Category, List<Event>> byCategory = new LinkedHashMap<>();
    for (Category c : dataset.categories()) {
      byCategory.put(c, new ArrayList<>());
    }
    for (Event e : dataset.events()) {
      byCategory.computeIfAbsent(e.category(), c -> new ArrayList<>()).add(e);
    }
    Set<String> ids = new HashSet<>();
    Map<Category, String> styles = new HashMap<>();
    for (Category c : byCategory.keySet()) {
      if (c.color().isPresent()) {
        styles.put(c, Texts.unique("style-" + c.id().replaceAll("[^A-Za-z0-9_.-]", "-"), ids));
      }
    }
    out.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<kml xmlns=\"http://www.opengis.net/kml/2.2\">\n<Document>\n");
    element(out, "name", dataset.title());
    if (dataset.description().isPresent()) {
      element(out, "description", dataset.description().get());
    }
    for (Map.Entry<Category, String> style : styles.entrySet()) {
      out.write("<Style id=\"" + style.getValue() + "\"><IconStyle><color>" + kmlColour(style.getKey().color().get())
          + "</color></IconStyle></Style>\n");
    }
    int withoutId = 0;
    for (Map.Entry<Category, List<Event>> group : byCategory.entrySet()) {
      if (group.getValue().isEmpty()) {
        continue;
      }
      out.write("<Folder>\n");
      element(out, "name", group.getKey().name());
      for (Event e : group.getValue()) {
        boolean idAttribute = Texts.isNcName(e.id()) && ids.add(e.id());
        withoutId += idAttribute ? 0 : 1;
        placemark(out, e, idAttribute, styles.get(e.category()));
      }
      out.write("</Folder>\n");
    }
    out.write("</Document>\n</kml>\n");
    out.flush();
    List<String> notes = new ArrayList<>();
    if (withoutId > 0) {
      notes.add(withoutId + " event ids are not XML names (such as ids that start with a digit), which a KML id "
          + "must be: they are written as ExtendedData \"id\" instead");
    }
    return new Written(dataset.events().size(), notes);
  }

  private static void placemark(Writer out, Event e, boolean idAttribute, String style) throws IOException {
    out.write(idAttribute ? "<Placemark id=\"" + e.id() + "\">\n" : "<Placemark>\n");
    element(out, "name", e.title());
    if (e.place().isPresent()) {
      element(out, "address", e.place().get().name());
    }
    if (!e.summary().isEmpty()) {
      element(out, "description", e.summary());
    }
    if (e.start().isPresent()) {
      if (e.end().isPresent()) {
        out.write("<TimeSpan><begin>" + when(e.start().get()) + "</begin><end>" + when(e.end().get())
            + "</end></TimeSpan>\n");
      } else {
        out.write("<TimeStamp><when>" + when(e.start().get()) + "</when></TimeStamp>\n");
      }
    }
    if (style != null) {
      out.write("<styleUrl>#" + style + "</styleUrl>\n");
    }
    List<String[]> data = extendedData(e, idAttribute);
    if (!data.isEmpty()) {
      out.write("<ExtendedData>\n");
      for (String[] d : data) {
        out.write("<Data name=\"");
        Texts.appendXml(out, d[0]);
        out.write("\"><value>");
        Texts.appendXml(out, d[1]);
        out.write("</value></Data>\n");
      }
      out.write("</ExtendedData>\n");
    }
    if (e.place().isPresent()) {
      Place p = e.place().get();
      out.write("<Point><coordinates>" + Texts.degrees(p.location().lon()) + "," + Texts.degrees(p.location().lat())
          + "</coordinates></Point>\n");
    }
    out.write("</Placemark>\n");
  }

  /** The fields KML has no element for, as name and value. */
  private static List<String[]> extendedData(Event e, boolean idAttribute) {
    List<String[]> data = new ArrayList<>();
    if (!idAttribute) {
      data.add(new String[] {"id", e.id()});
    }
    e.place().ifPresent(p -> data.add(new String[] {"timezone", p.zone().equals(ZoneOffset.UTC) ? "UTC"
        : p.zone().getId()}));
    if (!e.actors().isEmpty()) {
      data.add(new String[] {"actors", String.join("; ", e.actors())});
    }
    if (!e.tags().isEmpty()) {
      data.add(new String[] {"tags", String.join("; ", e.tags())});
    }
    for (Source s : e.sources()) {
      StringBuilder text = new StringBuilder(s.title()).append(" (").append(s.publisher());
      s.date().ifPresent(d -> text.append(", ").append(d.text()));
      s.kind().ifPresent(k -> text.append(", ").append(k.key()));
      text.append(')');
      s.url().ifPresent(u -> text.append(' ').append(u));
      data.add(new String[] {"source", text.toString()});
    }
    for (Quote q : e.quotes()) {
      StringBuilder text = new StringBuilder("\u201c").append(q.text()).append("\u201d: ").append(q.speaker());
      q.occasion().ifPresent(o -> text.append(", ").append(o));
      q.date().ifPresent(d -> text.append(", ").append(d.text()));
      data.add(new String[] {"quote", text.toString()});
    }
    e.approximate().ifPresent(a -> data.add(new String[] {"approximate", (a.time() && a.place() ? "time and place"
        : a.time() ? "time" : a.place() ? "place" : "neither") + ": " + a.note()}));
    e.disputed().ifPresent(d -> data.add(new String[] {"disputed", d}));
    for (Attribute a : e.attributes()) {
      data.add(new String[] {a.name(), a.value()});
    }
    return data;
  }

  /**
   * The date in the XML Schema type of its precision (KML's dateTimeType is their union): a year beyond
   * 9999 without ISO's '+', and seconds always, which xsd:dateTime requires.
   */
  static String when(TimePoint time) {
    String text = time.text();
    if (text.startsWith("+")) {
      text = text.substring(1);
    }
    if (time.precision() == Precision.MINUTE) {
      int t = text.indexOf('T');
      text = text.substring(0, t + 6) + ":00" + text.substring(t + 6);
    }
    return text;
  }

  /** KML writes colours as alpha, blue, green, red: #1f5fbf becomes ffbf5f1f. */
  static String kmlColour(String cssHex) {
    String rgb = cssHex.substring(1).toLowerCase(Locale.ROOT);
    return "ff" + rgb.substring(4, 6) + rgb.substring(2, 4) + rgb.substring(0, 2);
  }

  private static void element(Writer out, String name, String text) throws IOException {
    out.write('<');
    out.write(name);
    out.write('>');
    Texts.appendXml(out, text);
    out.write("</");
    out.write(name);
    out.write(">\n");
  }
}
