package org.eventmap.io;

import java.text.Normalizer;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.eventmap.domain.Category;
import org.eventmap.domain.Dataset;
import org.eventmap.domain.Event;
import org.eventmap.domain.GeoPoint;
import org.eventmap.domain.Place;
import org.eventmap.geo.ZoneLookup;

/**
 * Gathers the events a reader of another format makes into a dataset: places shared by the events at the
 * same point with the same name, each with the time zone of its coordinates; categories shared by name;
 * ids made unique. Not for several threads at once.
 */
public final class DatasetAssembler {
  private final ZoneLookup zones;
  private final Map<PlaceKey, Place> places = new LinkedHashMap<>();

  private record PlaceKey(long latitudeBits, long longitudeBits, String name) {}
  private final Map<String, Category> categories = new LinkedHashMap<>();
  private final Map<String, Integer> idsUsed = new HashMap<>();
  private final List<Event> events = new ArrayList<>();
  private int placesWithoutZone;

  public DatasetAssembler(ZoneLookup zones) {
    this.zones = zones;
  }

  /**
   * Whether a coordinate is one: a sentence saying what is wrong with it, or empty when it is fine.
   * Readers report it at the cell or element that wrote it.
   */
  public static Optional<String> coordinateProblem(double latitude, double longitude) {
    if (!Double.isFinite(latitude) || !Double.isFinite(longitude)) {
      return Optional.of("the coordinate is not a number");
    }
    if (latitude < -90 || latitude > 90) {
      return Optional.of("latitude " + plain(latitude) + " is not between -90 and 90");
    }
    if (longitude < -180 || longitude > 180) {
      return Optional.of("longitude " + plain(longitude) + " is not between -180 and 180");
    }
    return Optional.empty();
  }

  private static String plain(double value) {
    return value == Math.rint(value) && Math.abs(value) < 1e15 ? Long.toString((long) value) : Double.toString(value);
  }

  /**
   * The place at a checked coordinate, named as the file names it or, without a name, by its coordinate.
   * Events at the same point and name share one place, and so one zone lookup.
   */
  public Place place(double latitude, double longitude, Optional<String> name) {
    return place(latitude, longitude, name, null);
  }

  /**
   * As above, with the zone of the point already looked up (on another thread, say); null to look it
   * up here when the place is new.
   */
  public Place place(double latitude, double longitude, Optional<String> name, Optional<ZoneId> lookedUp) {
    String given = name.map(String::strip).filter(n -> !n.isEmpty()).orElse(null);
    // Keyed by the coordinate's bits and the name as given: a million rows made two formatted strings
    // each here, some 15% of reading a GeoJSON file.
    PlaceKey key = new PlaceKey(Double.doubleToLongBits(latitude), Double.doubleToLongBits(longitude), given);
    return places.computeIfAbsent(key, k -> {
      String shownName = given != null ? given : String.format(Locale.ROOT, "%.4f, %.4f", latitude, longitude);
      ZoneId zone = (lookedUp != null ? lookedUp : zones.zoneAt(latitude, longitude)).orElse(null);
      if (zone == null) {
        placesWithoutZone++;
        zone = ZoneOffset.UTC;
      }
      return new Place("p" + (places.size() + 1), shownName, new GeoPoint(latitude, longitude), zone,
          Optional.empty());
    });
  }

  /** The category of this name, made once. */
  public Category category(String name) {
    String shown = name.strip();
    return categories.computeIfAbsent(shown.toLowerCase(Locale.ROOT), k -> new Category(slug(shown, categories.size()),
        shown, Optional.empty()));
  }

  private static String slug(String name, int index) {
    String ascii = Normalizer.normalize(name, Normalizer.Form.NFKD).replaceAll("[^\\p{ASCII}]", "");
    String slug = ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
    return (slug.isEmpty() ? "category" : slug) + "-" + (index + 1);
  }

  /**
   * The id a file gives an event when it is the first to use it; a second use gets {@code ~2} after it,
   * and no id at all gets one made from where the event is in the file ({@code line-12}).
   */
  public String uniqueId(Optional<String> wanted, String whereInFile) {
    String base = wanted.map(String::strip).filter(w -> !w.isEmpty()).orElse(whereInFile);
    int uses = idsUsed.merge(base, 1, Integer::sum);
    return uses == 1 ? base : base + "~" + uses;
  }

  public void add(Event event) {
    events.add(event);
  }

  public int size() {
    return events.size();
  }

  /** How many places got UTC because the lookup knew no zone for them. */
  public int placesWithoutZone() {
    return placesWithoutZone;
  }

  /** The dataset of every event added; its licence is the source file's, which Eventmap cannot know. */
  public Dataset build(String title, Optional<String> description) {
    return new Dataset(title, description, "as stated by the source of the file", Optional.empty(), Optional.empty(),
        List.copyOf(places.values()), List.copyOf(categories.values()), events);
  }
}
