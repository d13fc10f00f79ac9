package org.eventmap.bench;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * Writes a large, valid Eventmap dataset that looks like real conflict-event data, for the scale
 * benchmark: places gathered around a few dozen hotspots, dates in bursts over two years at mixed
 * precision (with the UTC offset in force at the place), and titles, summaries, sources, actors and
 * quotes of realistic length. The same seed always gives the same bytes. The file is written as it is
 * generated, so a million events never need to fit in memory as text.
 *
 * <p>Usage: {@code SyntheticDataset --events N [--seed S] --out FILE}
 */
public final class SyntheticDataset {
  /** First day of the two years the events are spread over. */
  static final LocalDate FIRST_DAY = LocalDate.of(2023, 1, 1);
  static final int DAYS = 731;

  /** A place that attracts events: a city or a front line. Spread is in degrees (≈ 111 km). */
  private record Hotspot(String name, double lat, double lon, String zone, String country, double weight,
      double spread) {}

  private static final List<Hotspot> HOTSPOTS = List.of(
      new Hotspot("Gaza City", 31.50, 34.46, "Asia/Gaza", "Palestinian territories", 9, 0.08),
      new Hotspot("Khan Younis", 31.34, 34.30, "Asia/Gaza", "Palestinian territories", 6, 0.05),
      new Hotspot("Rafah", 31.28, 34.25, "Asia/Gaza", "Palestinian territories", 5, 0.04),
      new Hotspot("Jenin", 32.46, 35.30, "Asia/Hebron", "Palestinian territories", 3, 0.06),
      new Hotspot("Tel Aviv", 32.08, 34.78, "Asia/Jerusalem", "Israel", 3, 0.08),
      new Hotspot("Jerusalem", 31.78, 35.22, "Asia/Jerusalem", "Israel", 3, 0.05),
      new Hotspot("Kiryat Shmona", 33.21, 35.57, "Asia/Jerusalem", "Israel", 2, 0.10),
      new Hotspot("Nabatieh", 33.38, 35.48, "Asia/Beirut", "Lebanon", 4, 0.15),
      new Hotspot("Beirut", 33.89, 35.50, "Asia/Beirut", "Lebanon", 2, 0.05),
      new Hotspot("Damascus", 33.51, 36.29, "Asia/Damascus", "Syria", 3, 0.20),
      new Hotspot("Idlib", 35.93, 36.63, "Asia/Damascus", "Syria", 4, 0.25),
      new Hotspot("Deir ez-Zor", 35.34, 40.14, "Asia/Damascus", "Syria", 3, 0.40),
      new Hotspot("Baghdad", 33.31, 44.36, "Asia/Baghdad", "Iraq", 2, 0.20),
      new Hotspot("Sanaa", 15.37, 44.19, "Asia/Aden", "Yemen", 3, 0.30),
      new Hotspot("Hodeidah", 14.80, 42.95, "Asia/Aden", "Yemen", 3, 0.20),
      new Hotspot("Cairo", 30.04, 31.24, "Africa/Cairo", "Egypt", 1.5, 0.10),
      new Hotspot("El Fasher", 13.63, 25.35, "Africa/Khartoum", "Sudan", 4, 0.30),
      new Hotspot("Khartoum", 15.50, 32.56, "Africa/Khartoum", "Sudan", 6, 0.25),
      new Hotspot("Goma", -1.68, 29.22, "Africa/Lubumbashi", "DR Congo", 4, 0.40),
      new Hotspot("Mogadishu", 2.05, 45.32, "Africa/Mogadishu", "Somalia", 3, 0.30),
      new Hotspot("Maiduguri", 11.85, 13.16, "Africa/Lagos", "Nigeria", 3, 0.50),
      new Hotspot("Bamako", 12.64, -8.00, "Africa/Bamako", "Mali", 2, 0.80),
      new Hotspot("Kharkiv", 49.99, 36.23, "Europe/Kyiv", "Ukraine", 6, 0.40),
      new Hotspot("Donetsk front", 48.02, 37.80, "Europe/Kyiv", "Ukraine", 9, 0.50),
      new Hotspot("Zaporizhzhia front", 47.50, 35.80, "Europe/Kyiv", "Ukraine", 6, 0.50),
      new Hotspot("Kyiv", 50.45, 30.52, "Europe/Kyiv", "Ukraine", 3, 0.15),
      new Hotspot("Belgorod", 50.60, 36.59, "Europe/Moscow", "Russia", 2, 0.30),
      new Hotspot("Port-au-Prince", 18.54, -72.34, "America/Port-au-Prince", "Haiti", 2, 0.10),
      new Hotspot("Culiacán", 24.80, -107.39, "America/Mazatlan", "Mexico", 2, 0.30),
      new Hotspot("Mandalay", 21.97, 96.08, "Asia/Yangon", "Myanmar", 3, 0.80),
      new Hotspot("Peshawar", 34.01, 71.58, "Asia/Karachi", "Pakistan", 2, 0.40),
      new Hotspot("Manipur", 24.66, 93.91, "Asia/Kolkata", "India", 2, 0.30),
      new Hotspot("New York", 40.75, -73.97, "America/New_York", "United States", 1, 0.05),
      new Hotspot("Washington", 38.90, -77.04, "America/New_York", "United States", 1, 0.05),
      new Hotspot("Brussels", 50.85, 4.35, "Europe/Brussels", "Belgium", 0.8, 0.05),
      new Hotspot("Paris", 48.86, 2.35, "Europe/Paris", "France", 1, 0.10),
      new Hotspot("Doha", 25.29, 51.53, "Asia/Qatar", "Qatar", 1, 0.05));

  private static final String[][] CATEGORIES = {
    {"battle", "Battles", "#d62728"},
    {"explosion", "Explosions and remote violence", "#ff7f0e"},
    {"civilians", "Violence against civilians", "#9467bd"},
    {"protest", "Protests", "#1f77b4"},
    {"strategic", "Strategic developments", "#2ca02c"},
    {"diplomacy", "Diplomacy", "#17becf"},
  };
  /** How often each category occurs (same order as above). */
  private static final double[] CATEGORY_WEIGHTS = {30, 28, 14, 16, 8, 4};

  private static final String[] PUBLISHERS = {
    "Reuters", "Associated Press", "Agence France-Presse", "Al Jazeera", "BBC News", "The Guardian",
    "The New York Times", "The Washington Post", "Haaretz", "The Times of Israel", "L'Orient Today",
    "The National", "Kyiv Independent", "Ukrainska Pravda", "Radio Dabanga", "Sudan Tribune", "Garowe Online",
    "Premium Times", "Le Monde", "Deutsche Welle", "The Irrawaddy", "Dawn", "The Hindu", "Haiti Libre",
    "El Universal", "Middle East Eye", "Anadolu Agency", "WAFA", "Enab Baladi", "UN News",
    "OCHA Situation Report", "ACLED Regional Overview", "Human Rights Watch", "Amnesty International",
    "Institute for the Study of War", "Associated Press via Local News 8"};
  private static final String[] DOMAINS = {
    "reuters.com", "apnews.com", "france24.com", "aljazeera.com", "bbc.co.uk", "theguardian.com", "nytimes.com",
    "washingtonpost.com", "haaretz.com", "timesofisrael.com", "lorientlejour.com", "thenationalnews.com",
    "kyivindependent.com", "pravda.com.ua", "dabangasudan.org", "sudantribune.com", "garoweonline.com",
    "premiumtimesng.com", "lemonde.fr", "dw.com", "irrawaddy.com", "dawn.com", "thehindu.com", "haitilibre.com",
    "eluniversal.com.mx", "middleeasteye.net", "aa.com.tr", "english.wafa.ps", "enabbaladi.net", "news.un.org",
    "reliefweb.int", "acleddata.com", "hrw.org", "amnesty.org", "understandingwar.org", "localnews8.com"};

  private static final String[] FIRST_NAMES = {
    "Ahmed", "Maria", "Oleksandr", "Fatima", "John", "Amina", "Yusuf", "Elena", "David", "Leila", "Ibrahim",
    "Sarah", "Mohammed", "Anna", "Hassan", "Olga", "Daniel", "Nour", "Ali", "Ruth", "Abdullah", "Iryna", "Omar",
    "Grace", "Khalid", "Sofia", "Tariq", "Hanna", "Mustafa", "Chidi", "Aung", "Rania", "Pierre", "Yael"};
  private static final String[] LAST_NAMES = {
    "Haddad", "Kovalenko", "Abdallah", "Smith", "Mensah", "Cohen", "Nasser", "Shevchenko", "Okafor", "Levi",
    "Hussein", "Petrenko", "Mahmoud", "Dubois", "Yilmaz", "Ibrahim", "Tun", "Khan", "Garcia", "Mutasa",
    "Salem", "Bondarenko", "Adeyemi", "Rosen", "Farah", "Osman", "Novak", "Kariuki", "Hamdan", "Aziz"};
  private static final String[] ROLES = {
    "Minister of Foreign Affairs", "spokesperson for the army", "Governor of the province", "UN Special Envoy",
    "head of the local council", "commander of the brigade", "Minister of Defence", "Prime Minister",
    "President", "humanitarian coordinator", "police spokesperson", "mayor", "leader of the opposition",
    "director of the hospital", "field researcher"};
  private static final String[] ORGANISATIONS = {
    "Armed Forces", "Rapid Support Forces", "Hamas", "Hezbollah", "Israel Defense Forces", "Houthi movement",
    "Wagner Group", "M23", "al-Shabaab", "Islamic State West Africa Province", "National Unity Government",
    "Ukrainian Armed Forces", "Russian Armed Forces", "UN Security Council", "ICRC", "Doctors Without Borders",
    "local residents", "student unions", "trade unions", "police", "gendarmerie", "militia"};

  private static final String[] VERBS = {
    "shelled", "attacked", "raided", "struck", "besieged", "clashed with", "protested against", "met",
    "negotiated with", "evacuated", "arrested", "released", "announced", "rejected", "condemned", "withdrew from",
    "advanced on", "blocked", "reopened", "deployed to"};
  private static final String[] OBJECTS = {
    "a residential block", "the main road", "a refugee camp", "the central market", "an aid convoy",
    "the border crossing", "a power station", "the regional hospital", "a school used as a shelter",
    "the government compound", "an army checkpoint", "the port", "a water pumping station", "the bridge",
    "opposition positions", "the airport", "the old town", "farmland outside the city", "a fuel depot"};
  private static final String[] SENTENCE_STARTS = {
    "According to local officials,", "Witnesses said that", "In a statement, the ministry said that",
    "The army later confirmed that", "Humanitarian agencies reported that", "Residents told reporters that",
    "Footage verified by several outlets showed that", "Medical sources said that", "The UN said that",
    "Later that day,", "By the evening,", "Earlier in the week,"};
  private static final String[] CLAUSES = {
    "at least a dozen people were killed and many more injured",
    "hundreds of families were displaced towards the south",
    "the fighting continued into the night despite calls for a pause",
    "aid deliveries were suspended for the third time this month",
    "the talks ended without an agreement on the next steps",
    "electricity and water were cut across several districts",
    "the number of casualties could not be independently verified",
    "negotiators were expected to meet again the following week",
    "the attack was the deadliest in the area since the start of the year",
    "security forces used tear gas and live ammunition to disperse the crowd",
    "both sides accused each other of breaking the truce",
    "the hospital ran out of fuel and had to stop its generators",
    "local authorities imposed a curfew until further notice",
    "the group claimed responsibility in a message posted online",
    "officials said the situation remained tense but under control"};
  private static final String[] TAGS = {
    "airstrike", "shelling", "drone", "artillery", "ceasefire", "aid", "displacement", "hostages", "curfew",
    "election", "sanctions", "cross-border", "siege", "detention", "negotiations"};

  private final SplittableRandom random;
  private final int eventCount;
  private final List<PlaceSpec> places = new ArrayList<>();
  private final List<Burst> bursts = new ArrayList<>();
  private final List<String> actors = new ArrayList<>();
  private final String[] recentIds = new String[64];
  private double totalHotspotWeight;

  private record PlaceSpec(String id, String name, double lat, double lon, String zone, String country,
      int hotspot) {}

  /** A period of intense activity around one hotspot. */
  private record Burst(int hotspot, int centerDay, double widthDays, double weight) {}

  SyntheticDataset(int eventCount, long seed) {
    this.eventCount = eventCount;
    this.random = new SplittableRandom(seed);
    for (Hotspot h : HOTSPOTS) {
      totalHotspotWeight += h.weight();
    }
    int placeCount = Math.max(60, Math.min(60_000, eventCount / 15));
    for (int i = 0; i < placeCount; i++) {
      int h = pickHotspot();
      Hotspot hotspot = HOTSPOTS.get(h);
      double[] point = near(hotspot);
      String name = i < HOTSPOTS.size() ? hotspot.name() : neighbourhood(hotspot.name(), i);
      places.add(new PlaceSpec(slug(name) + "-" + Integer.toString(i, 36), name, point[0], point[1], hotspot.zone(),
          hotspot.country(), h));
    }
    for (int i = 0; i < 80; i++) {
      bursts.add(new Burst(pickHotspot(), random.nextInt(DAYS), 2 + random.nextDouble() * 25,
          0.5 + random.nextDouble() * 3));
    }
    for (int i = 0; i < 400; i++) {
      actors.add(pick(FIRST_NAMES) + " " + pick(LAST_NAMES) + ", " + pick(ROLES));
    }
    for (String organisation : ORGANISATIONS) {
      actors.add(organisation);
    }
  }

  public static void main(String[] args) throws IOException {
    int events = 10_000;
    long seed = 7;
    Path out = null;
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--events" -> events = Integer.parseInt(args[++i].replace("_", ""));
        case "--seed" -> seed = Long.parseLong(args[++i]);
        case "--out" -> out = Path.of(args[++i]);
        default -> throw new IllegalArgumentException("usage: SyntheticDataset --events N [--seed S] --out FILE");
      }
    }
    if (out == null) {
      throw new IllegalArgumentException("usage: SyntheticDataset --events N [--seed S] --out FILE");
    }
    long start = System.nanoTime();
    new SyntheticDataset(events, seed).write(out);
    System.out.printf(Locale.ROOT, "wrote %,d events to %s (%,d bytes) in %.1f s%n", events, out, Files.size(out),
        (System.nanoTime() - start) / 1e9);
  }

  void write(Path file) throws IOException {
    JsonFactory factory = new JsonFactory();
    try (OutputStream stream = new java.io.BufferedOutputStream(Files.newOutputStream(file), 1 << 16);
        JsonGenerator json = factory.createGenerator(stream, JsonEncoding.UTF8)) {
      // Laid out as a person or a script (json.dump with indent=2) would write it: two spaces, "key": value.
      json.setPrettyPrinter(new DefaultPrettyPrinter(Separators.createDefaultInstance()
              .withObjectFieldValueSpacing(Separators.Spacing.AFTER))
          .withArrayIndenter(DefaultIndenter.SYSTEM_LINEFEED_INSTANCE.withLinefeed("\n"))
          .withObjectIndenter(DefaultIndenter.SYSTEM_LINEFEED_INSTANCE.withLinefeed("\n")));
      json.writeStartObject();
      json.writeStringField("format", "eventmap/1");
      json.writeStringField("title", "Synthetic conflict events (" + eventCount + ", benchmark)");
      json.writeStringField("description",
          "Generated by org.eventmap.bench.SyntheticDataset for the scale benchmark; not real events.");
      json.writeStringField("license", "CC0-1.0");
      json.writeArrayFieldStart("places");
      for (PlaceSpec p : places) {
        json.writeStartObject();
        json.writeStringField("id", p.id());
        writePlaceFields(json, p.name(), p.lat(), p.lon(), p.zone(), p.country());
        json.writeEndObject();
      }
      json.writeEndArray();
      json.writeArrayFieldStart("categories");
      for (String[] c : CATEGORIES) {
        json.writeStartObject();
        json.writeStringField("id", c[0]);
        json.writeStringField("name", c[1]);
        json.writeStringField("color", c[2]);
        json.writeEndObject();
      }
      json.writeEndArray();
      json.writeArrayFieldStart("events");
      for (int i = 0; i < eventCount; i++) {
        writeEvent(json, i);
      }
      json.writeEndArray();
      json.writeEndObject();
    }
  }

  private static void writePlaceFields(JsonGenerator json, String name, double lat, double lon, String zone,
      String country) throws IOException {
    json.writeStringField("name", name);
    json.writeFieldName("lat");
    json.writeNumber(round4(lat));
    json.writeFieldName("lon");
    json.writeNumber(round4(lon));
    json.writeStringField("timeZone", zone);
    json.writeStringField("country", country);
  }

  private void writeEvent(JsonGenerator json, int index) throws IOException {
    boolean inline = random.nextDouble() < 0.08;
    PlaceSpec shared = null;
    int hotspot;
    double[] inlinePoint = null;
    if (inline) {
      hotspot = pickHotspot();
      inlinePoint = near(HOTSPOTS.get(hotspot));
    } else {
      // Most events fall in a burst: pick the burst first, then a place of its hotspot.
      Burst b = random.nextDouble() < 0.75 ? pickBurst() : null;
      shared = b == null ? places.get(random.nextInt(places.size())) : placeOf(b.hotspot());
      hotspot = shared.hotspot();
    }
    Hotspot h = HOTSPOTS.get(hotspot);
    int day = dayFor(hotspot);
    LocalDate date = FIRST_DAY.plusDays(day);
    String title = title(h.name());
    int category = pickWeighted(CATEGORY_WEIGHTS);

    String id = date + "-" + Integer.toString(index, 36) + "-" + slug(firstWords(title, 4));
    json.writeStartObject();
    json.writeStringField("id", id);
    json.writeStringField("title", title);
    double p = random.nextDouble();
    String start;
    if (p < 0.04) {
      start = date.toString().substring(0, 7);
    } else if (p < 0.62) {
      start = date.toString();
    } else {
      start = moment(date, h.zone(), p < 0.64);
    }
    json.writeStringField("start", start);
    if (start.length() == 10 && random.nextDouble() < 0.08) {
      json.writeStringField("end", date.plusDays(1 + random.nextInt(10)).toString());
    }
    if (inline) {
      json.writeObjectFieldStart("place");
      writePlaceFields(json, neighbourhood(h.name(), index), inlinePoint[0], inlinePoint[1], h.zone(), h.country());
      json.writeEndObject();
    } else {
      json.writeStringField("place", shared.id());
    }
    json.writeStringField("category", CATEGORIES[category][0]);
    List<String> eventActors = new ArrayList<>();
    if (random.nextDouble() < 0.55) {
      int n = 1 + random.nextInt(3);
      for (int i = 0; i < n; i++) {
        eventActors.add(actors.get(random.nextInt(actors.size())));
      }
      json.writeArrayFieldStart("actors");
      for (String a : eventActors) {
        json.writeString(a);
      }
      json.writeEndArray();
    }
    json.writeStringField("summary", prose(200, 600));
    int sourceCount = 1 + random.nextInt(3);
    if (random.nextDouble() < 0.2) {
      json.writeArrayFieldStart("quotes");
      json.writeStartObject();
      json.writeStringField("text", prose(60, 220));
      json.writeStringField("speaker", eventActors.isEmpty() ? actors.get(random.nextInt(actors.size()))
          : eventActors.get(0));
      if (random.nextBoolean()) {
        json.writeStringField("occasion", random.nextBoolean() ? "Press conference" : "Post on X");
      }
      json.writeStringField("date", date.toString());
      json.writeNumberField("source", random.nextInt(sourceCount));
      json.writeEndObject();
      json.writeEndArray();
    }
    json.writeArrayFieldStart("sources");
    for (int i = 0; i < sourceCount; i++) {
      int publisher = random.nextInt(PUBLISHERS.length);
      LocalDate published = date.plusDays(random.nextInt(3));
      String headline = title(h.name());
      json.writeStartObject();
      json.writeStringField("title", headline);
      json.writeStringField("publisher", PUBLISHERS[publisher]);
      if (random.nextDouble() < 0.85) {
        json.writeStringField("url", (random.nextDouble() < 0.1 ? "http://" : "https://www.") + DOMAINS[publisher]
            + "/" + published.getYear() + "/" + String.format(Locale.ROOT, "%02d/%02d/", published.getMonthValue(),
                published.getDayOfMonth())
            + slug(firstWords(headline, 9)) + "-" + Integer.toString(random.nextInt(1 << 30), 36));
      }
      json.writeStringField("date", published.toString());
      json.writeEndObject();
    }
    json.writeEndArray();
    if (index > 0 && random.nextDouble() < 0.05) {
      json.writeArrayFieldStart("related");
      // One of the last few events written (kept in a small ring, so nothing grows with the file).
      json.writeString(recentIds[random.nextInt(Math.min(index, recentIds.length))]);
      json.writeEndArray();
    }
    if (random.nextDouble() < 0.3) {
      json.writeArrayFieldStart("tags");
      json.writeString(pick(TAGS));
      if (random.nextDouble() < 0.1) {
        json.writeString("trip:" + slug(h.name()) + "-" + date.getYear());
      }
      json.writeEndArray();
    }
    if (random.nextDouble() < 0.1) {
      boolean time = random.nextBoolean();
      json.writeObjectFieldStart("approximate");
      json.writeBooleanField("time", time);
      json.writeBooleanField("place", !time || random.nextBoolean());
      json.writeStringField("note", prose(40, 140));
      json.writeEndObject();
    }
    if (random.nextDouble() < 0.03) {
      json.writeStringField("disputed", prose(80, 300));
    }
    json.writeEndObject();
    recentIds[index % recentIds.length] = id;
  }

  /** A time at the place, written with the offset in force there then (as curators are asked to). */
  private String moment(LocalDate date, String zone, boolean seconds) {
    // Most activity in daytime: hours 5–23, peaking around midday.
    int hour = Math.min(23, Math.max(0, (int) Math.round(13 + random.nextGaussian() * 4)));
    int minute = random.nextInt(60);
    // atZone moves a clock time that falls in a daylight-saving gap forward, as the clocks did.
    ZonedDateTime at = date.atTime(hour, minute, seconds ? random.nextInt(60) : 0).atZone(ZoneId.of(zone));
    ZoneOffset offset = at.getOffset();
    String clock = String.format(Locale.ROOT, seconds ? "%02d:%02d:%02d" : "%02d:%02d", at.getHour(),
        at.getMinute(), at.getSecond());
    return at.toLocalDate() + "T" + clock + (offset.getTotalSeconds() == 0 ? "Z" : offset.getId());
  }

  private int dayFor(int hotspot) {
    // Stay in a burst of this hotspot when it has one, else anywhere in the two years.
    for (int attempt = 0; attempt < 3; attempt++) {
      Burst b = bursts.get(random.nextInt(bursts.size()));
      if (b.hotspot() == hotspot) {
        int d = (int) Math.round(b.centerDay() + random.nextGaussian() * b.widthDays());
        return Math.floorMod(d, DAYS);
      }
    }
    return random.nextInt(DAYS);
  }

  private Burst pickBurst() {
    double total = 0;
    for (Burst b : bursts) {
      total += b.weight();
    }
    double x = random.nextDouble() * total;
    for (Burst b : bursts) {
      x -= b.weight();
      if (x <= 0) {
        return b;
      }
    }
    return bursts.get(bursts.size() - 1);
  }

  private PlaceSpec placeOf(int hotspot) {
    for (int attempt = 0; attempt < 200; attempt++) {
      PlaceSpec p = places.get(random.nextInt(places.size()));
      if (p.hotspot() == hotspot) {
        return p;
      }
    }
    return places.get(hotspot < places.size() ? hotspot : 0);
  }

  private int pickHotspot() {
    double x = random.nextDouble() * totalHotspotWeight;
    for (int i = 0; i < HOTSPOTS.size(); i++) {
      x -= HOTSPOTS.get(i).weight();
      if (x <= 0) {
        return i;
      }
    }
    return HOTSPOTS.size() - 1;
  }

  private int pickWeighted(double[] weights) {
    double total = 0;
    for (double w : weights) {
      total += w;
    }
    double x = random.nextDouble() * total;
    for (int i = 0; i < weights.length; i++) {
      x -= weights[i];
      if (x <= 0) {
        return i;
      }
    }
    return weights.length - 1;
  }

  private double[] near(Hotspot h) {
    double lat = Math.max(-85, Math.min(85, h.lat() + random.nextGaussian() * h.spread()));
    double lon = Math.max(-180, Math.min(180, h.lon() + random.nextGaussian() * h.spread()));
    return new double[] {lat, lon};
  }

  private String neighbourhood(String city, int n) {
    String[] kinds = {"district", "outskirts", "village near", "camp near", "checkpoint near", "neighbourhood of"};
    String kind = kinds[Math.floorMod(n * 31 + 7, kinds.length)];
    return kind.endsWith("near") || kind.endsWith("of")
        ? Character.toUpperCase(kind.charAt(0)) + kind.substring(1) + " " + city + " (" + (n % 97) + ")"
        : city + " " + kind + " " + (n % 97);
  }

  /** A headline of 40 to 90 characters. */
  private String title(String where) {
    String t;
    do {
      t = pick(ORGANISATIONS) + " " + pick(VERBS) + " " + pick(OBJECTS) + " in " + where;
      if (t.length() < 40) {
        t += ", " + pick(CLAUSES);
      }
    } while (t.length() < 40);
    t = cut(t, 90);
    return Character.toUpperCase(t.charAt(0)) + t.substring(1);
  }

  /** Sentences of our own prose between min and max characters long. */
  private String prose(int min, int max) {
    int target = min + random.nextInt(max - min + 1);
    StringBuilder s = new StringBuilder(target + 120);
    while (s.length() < target) {
      if (s.length() > 0) {
        s.append(' ');
      }
      String clause = pick(CLAUSES);
      if (random.nextBoolean()) {
        s.append(pick(SENTENCE_STARTS)).append(' ').append(clause);
      } else {
        s.append(Character.toUpperCase(clause.charAt(0))).append(clause, 1, clause.length());
      }
      // Now and then a curly apostrophe or a dash, as in edited text (these make the string UTF-16 in memory).
      if (random.nextDouble() < 0.04) {
        s.append(random.nextBoolean() ? " \u2013 officials\u2019 figures" : ", the council\u2019s statement said");
      }
      s.append('.');
    }
    String text = cut(s.toString(), target);
    return text.endsWith(".") ? text : text + ".";
  }

  private static String cut(String text, int max) {
    if (text.length() <= max) {
      return text;
    }
    int space = text.lastIndexOf(' ', max - 1);
    return text.substring(0, space > 0 ? space : max - 1).replaceAll("[,;]$", "");
  }

  private static String firstWords(String text, int words) {
    String[] parts = text.split(" ");
    return String.join(" ", java.util.Arrays.copyOf(parts, Math.min(words, parts.length)));
  }

  private static String slug(String text) {
    String s = java.text.Normalizer.normalize(text, java.text.Normalizer.Form.NFD)
        .replaceAll("\\p{M}", "")
        .toLowerCase(Locale.ROOT)
        .replaceAll("[^a-z0-9]+", "-")
        .replaceAll("(^-+|-+$)", "");
    return s.isEmpty() ? "x" : s;
  }

  private static double round4(double v) {
    return Math.round(v * 10_000) / 10_000.0;
  }

  private <T> T pick(T[] values) {
    return values[random.nextInt(values.length)];
  }
}
