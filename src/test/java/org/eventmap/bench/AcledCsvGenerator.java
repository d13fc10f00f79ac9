package org.eventmap.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Random;

/**
 * Writes an ACLED-shaped CSV of made-up events (ACLED's 31 columns, its date forms, precision codes and
 * semicolon-separated associated actors, notes with commas and quotes), for {@link CsvBenchmark}. A
 * million rows make about 400 MB: write it outside the project.
 *
 * <p>Usage: {@code AcledCsvGenerator FILE [ROWS]} (1,000,000 rows unless told).
 */
public final class AcledCsvGenerator {
  static final String HEADER = "event_id_cnty,event_date,year,time_precision,disorder_type,event_type,sub_event_type,"
      + "actor1,assoc_actor_1,inter1,actor2,assoc_actor_2,inter2,interaction,civilian_targeting,iso,region,country,"
      + "admin1,admin2,admin3,location,latitude,longitude,geo_precision,source,source_scale,notes,fatalities,tags,"
      + "timestamp";
  private static final String[][] TYPES = {
    {"Demonstrations", "Protests", "Peaceful protest"}, {"Demonstrations", "Protests", "Protest with intervention"},
    {"Demonstrations", "Riots", "Mob violence"}, {"Political violence", "Battles", "Armed clash"},
    {"Political violence", "Explosions/Remote violence", "Shelling/artillery/missile attack"},
    {"Political violence", "Explosions/Remote violence", "Air/drone strike"},
    {"Political violence", "Violence against civilians", "Attack"},
    {"Strategic developments", "Strategic developments", "Looting/property destruction"}};
  private static final String[] ACTORS = {"Protesters (Testland)", "Military Forces of Testland (2020-)",
    "Rebel Front", "Police Forces of Testland (2020-)", "Civilians (Testland)", "Unidentified Armed Group (Testland)",
    "Rioters (Testland)", "Students (Testland)", "Labour Group (Testland)", "Farmers (Testland)"};
  private static final String[] SOURCES = {"Daily Bugle", "Radio Nowhere", "Weekly Gazette", "Testland Times",
    "Morning Post; Radio Nowhere", "Local Source Project"};
  private static final String[] WORDS = {"gathered", "near", "the", "town", "hall", "against", "rising", "prices",
    "clashes", "reported", "between", "forces", "and", "residents", "market", "police", "dispersed", "crowd",
    "several", "injured", "according", "to", "local", "sources", "roads", "were", "blocked", "for", "hours"};

  private AcledCsvGenerator() {}

  public static void main(String[] args) throws IOException {
    if (args.length < 1) {
      System.err.println("usage: AcledCsvGenerator FILE [ROWS]");
      System.exit(2);
    }
    int rows = args.length > 1 ? Integer.parseInt(args[1]) : 1_000_000;
    long bytes = write(Path.of(args[0]), rows, 42);
    System.out.printf(Locale.ROOT, "%s: %,d rows, %,d bytes%n", args[0], rows, bytes);
  }

  static long write(Path file, int rows, long seed) throws IOException {
    Random random = new Random(seed);
    int locations = 4000;
    double[] lat = new double[locations];
    double[] lon = new double[locations];
    for (int i = 0; i < locations; i++) {
      lat[i] = -35 + random.nextDouble() * 90;
      lon[i] = -20 + random.nextDouble() * 120;
    }
    LocalDate first = LocalDate.of(2018, 1, 1);
    StringBuilder notes = new StringBuilder();
    try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      out.write(HEADER);
      out.write('\n');
      for (int r = 0; r < rows; r++) {
        String[] type = TYPES[random.nextInt(TYPES.length)];
        LocalDate day = first.plusDays(random.nextInt(6 * 365));
        int place = (int) Math.abs(random.nextGaussian() * locations / 3) % locations;
        String actor1 = ACTORS[random.nextInt(ACTORS.length)];
        String actor2 = random.nextInt(3) == 0 ? "" : ACTORS[random.nextInt(ACTORS.length)];
        String assoc = random.nextInt(4) == 0 ? ACTORS[random.nextInt(ACTORS.length)] + "; " + ACTORS[random.nextInt(ACTORS.length)] : "";
        notes.setLength(0);
        notes.append("On ").append(day.getDayOfMonth()).append(' ')
            .append(day.getMonth().getDisplayName(java.time.format.TextStyle.FULL, Locale.ENGLISH)).append(' ')
            .append(day.getYear()).append(", ");
        int words = 10 + random.nextInt(12);
        for (int w = 0; w < words; w++) {
          notes.append(WORDS[random.nextInt(WORDS.length)]).append(w % 7 == 6 ? ", " : " ");
        }
        notes.append("(event ").append(r).append(").");
        if (random.nextInt(10) == 0) {
          notes.append(" Numbers are \"unconfirmed\".");
        }
        String date = switch (r % 3) {
          case 0 -> day.toString();
          default -> day.getDayOfMonth() + " " + day.getMonth().getDisplayName(java.time.format.TextStyle.FULL,
              Locale.ENGLISH) + " " + day.getYear();
        };
        String[] cells = {
          "TST" + (r + 1), date, Integer.toString(day.getYear()), Integer.toString(1 + random.nextInt(10) / 8),
          type[0], type[1], type[2], actor1, assoc, Integer.toString(1 + random.nextInt(8)), actor2, "",
          Integer.toString(random.nextInt(8)), Integer.toString(10 + random.nextInt(70)),
          random.nextInt(5) == 0 ? "Civilian targeting" : "", "999", "Somewhere", "Testland",
          "Province " + (place % 40), "District " + (place % 400), "", "Town " + place,
          String.format(Locale.ROOT, "%.4f", lat[place]), String.format(Locale.ROOT, "%.4f", lon[place]),
          Integer.toString(1 + random.nextInt(10) / 7), SOURCES[random.nextInt(SOURCES.length)], "National",
          notes.toString(), Integer.toString(random.nextInt(4) == 0 ? random.nextInt(20) : 0),
          random.nextInt(6) == 0 ? "crowd size=no report" : "", Long.toString(1_600_000_000L + r)};
        for (int c = 0; c < cells.length; c++) {
          if (c > 0) {
            out.write(',');
          }
          out.write(quote(cells[c]));
        }
        out.write('\n');
      }
    }
    return Files.size(file);
  }

  private static String quote(String cell) {
    if (cell.indexOf(',') < 0 && cell.indexOf('"') < 0 && cell.indexOf('\n') < 0) {
      return cell;
    }
    return '"' + cell.replace("\"", "\"\"") + '"';
  }
}
