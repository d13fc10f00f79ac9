package org.eventmap.io.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.eventmap.io.csv.Fixtures.dataset;
import static org.eventmap.io.csv.Fixtures.read;

import java.nio.file.Files;
import java.nio.file.Path;
import org.eventmap.domain.Attribute;
import org.eventmap.domain.Dataset;
import org.eventmap.domain.Event;
import org.eventmap.domain.Source;
import org.eventmap.io.LoadResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AcledAndGdeltTest {
  private static Event byId(Dataset d, String id) {
    return d.events().stream().filter(e -> e.id().equals(id)).findFirst().orElseThrow();
  }

  @Test
  void acledsColumnsGiveTheIdDayCategoryActorsSummaryAndSources() {
    Dataset d = dataset(read("acled-shaped.csv"));
    Event protest = byId(d, "XYZ101");
    assertThat(protest.start().orElseThrow().text()).isEqualTo("2024-03-22");
    assertThat(protest.category().name()).isEqualTo("Protests");
    assertThat(protest.title()).isEqualTo("Peaceful protest, Rivertown");
    assertThat(protest.place().orElseThrow().name()).isEqualTo("Rivertown");
    assertThat(protest.actors()).containsExactly("Protesters (Testland)", "Students (Testland)", "Teachers (Testland)");
    assertThat(protest.summary()).startsWith("On 22 March 2024, students and teachers");
    assertThat(protest.sources()).extracting(Source::publisher).containsExactly("Daily Bugle", "Radio Nowhere");
    assertThat(protest.approximate()).isEmpty();
  }

  @Test
  void acledsTimestampIsTheUploadNeverTheDate() {
    Dataset d = dataset(read("acled-shaped.csv"));
    // timestamp 1711500000 is 27 March 2024: the event's day is event_date's.
    assertThat(byId(d, "XYZ101").start().orElseThrow().text()).isEqualTo("2024-03-22");
    assertThat(byId(d, "XYZ101").attributes()).extracting(Attribute::name).doesNotContain("timestamp");
  }

  @Test
  void fatalitiesAreShownWithTheEvent() {
    Dataset d = dataset(read("acled-shaped.csv"));
    assertThat(byId(d, "XYZ103").attributes()).containsExactly(new Attribute("fatalities", "12"));
  }

  @Test
  void acledsPrecisionCodesMakeTheDayOrThePlaceApproximateAndSayWhy() {
    Dataset d = dataset(read("acled-shaped.csv"));
    Event week = byId(d, "XYZ102");
    assertThat(week.approximate()).hasValueSatisfying(a -> {
      assertThat(a.time()).isTrue();
      assertThat(a.place()).isTrue();
      assertThat(a.note()).contains("time_precision 2").contains("week").contains("geo_precision 2");
    });
    Event region = byId(d, "XYZ103");
    assertThat(region.approximate()).hasValueSatisfying(a -> {
      assertThat(a.note()).contains("time_precision 3").contains("geo_precision 3").contains("only a region");
    });
  }

  @Test
  void acledsNotesKeepTheirLineBreaksAndQuotes() {
    Dataset d = dataset(read("acled-shaped.csv"));
    assertThat(byId(d, "XYZ102").summary()).contains("Rebel Front\nwere reported").contains("\"unconfirmed\"");
  }

  @Test
  void oldAcledFilesWithDayFirstSlashesAreReadDayFirstAndSaySoWhenNoDayTells(@TempDir Path dir) throws Exception {
    String header = Files.readAllLines(Fixtures.file("acled-shaped.csv")).get(0);
    Path file = dir.resolve("acled-old.csv");
    Files.writeString(file, header + "\n"
        + "OLD1,03/04/2019,2019,1,,Riots,Mob violence,Rioters,,5,,,0,50,,999,R,Testland,A,B,,Town,10.5,20.5,1,Paper,,notes,0,,1\n");
    LoadResult result = Fixtures.read(file);
    assertThat(dataset(result).events().get(0).start().orElseThrow().text()).isEqualTo("2019-04-03");
    assertThat(Fixtures.lines(result)).anySatisfy(l -> assertThat(l).contains("warning").contains("day first"));
  }

  @Test
  void gdeltOneWithoutAHeaderIsReadByItsCodebook() {
    Dataset d = dataset(read("gdelt1-export.tsv"));
    Event e = byId(d, "1000001");
    assertThat(e.start().orElseThrow().text()).isEqualTo("2024-03-22");
    assertThat(e.place().orElseThrow().location().lat()).isEqualTo(49.5);
    assertThat(e.place().orElseThrow().location().lon()).isEqualTo(31.0);
    assertThat(e.place().orElseThrow().name()).isEqualTo("Testland");
    assertThat(e.actors()).containsExactly("TESTLAND", "REBELS");
    assertThat(e.sources()).singleElement().satisfies(s -> assertThat(s.url().orElseThrow().toString())
        .isEqualTo("https://news.example.org/a"));
  }

  @Test
  void cameoCodesThatLostTheirLeadingZeroAreWrittenAsTheCodebookDoes() {
    Dataset d = dataset(read("gdelt1-export.tsv"));
    assertThat(byId(d, "1000001").category().name()).isEqualTo("CAMEO 010");
    assertThat(byId(d, "1000002").category().name()).isEqualTo("CAMEO 042");
    assertThat(byId(d, "1000003").category().name()).isEqualTo("CAMEO 0211");
    assertThat(byId(d, "1000003").title()).contains("Appeal");
  }

  @Test
  void aCountryLevelGeocodeIsAnApproximatePlace() {
    Dataset d = dataset(read("gdelt1-export.tsv"));
    assertThat(byId(d, "1000001").approximate()).hasValueSatisfying(a -> {
      assertThat(a.place()).isTrue();
      assertThat(a.time()).isFalse();
      assertThat(a.note()).contains("ActionGeo_Type 1").contains("country");
    });
    assertThat(byId(d, "1000003").approximate()).isEmpty(); // a city
  }

  @Test
  void gdeltTwoHasSixtyOneColumnsAndNullCells() {
    LoadResult result = read("gdelt2-export.tsv");
    Dataset d = dataset(result);
    assertThat(d.events()).hasSize(3);
    Event e = byId(d, "1000002");
    assertThat(e.place().orElseThrow().location().lat()).isEqualTo(50.1);
    assertThat(e.place().orElseThrow().name()).isEqualTo("North Province, Testland");
    assertThat(e.sources()).singleElement().satisfies(s -> assertThat(s.url().orElseThrow().toString())
        .isEqualTo("https://news.example.org/b"));
    assertThat(d.description()).hasValueSatisfying(t -> assertThat(t).contains("GDELT 2.0"));
  }

  @Test
  void gdeltWithItsHeaderRowIsReadByName(@TempDir Path dir) throws Exception {
    String header = "GLOBALEVENTID,SQLDATE,MonthYear,Year,FractionDate,Actor1Code,Actor1Name,Actor1CountryCode,"
        + "Actor1KnownGroupCode,Actor1EthnicCode,Actor1Religion1Code,Actor1Religion2Code,Actor1Type1Code,Actor1Type2Code,"
        + "Actor1Type3Code,Actor2Code,Actor2Name,Actor2CountryCode,Actor2KnownGroupCode,Actor2EthnicCode,"
        + "Actor2Religion1Code,Actor2Religion2Code,Actor2Type1Code,Actor2Type2Code,Actor2Type3Code,IsRootEvent,EventCode,"
        + "EventBaseCode,EventRootCode,QuadClass,GoldsteinScale,NumMentions,NumSources,NumArticles,AvgTone,"
        + "Actor1Geo_Type,Actor1Geo_FullName,Actor1Geo_CountryCode,Actor1Geo_ADM1Code,Actor1Geo_Lat,Actor1Geo_Long,"
        + "Actor1Geo_FeatureID,Actor2Geo_Type,Actor2Geo_FullName,Actor2Geo_CountryCode,Actor2Geo_ADM1Code,Actor2Geo_Lat,"
        + "Actor2Geo_Long,Actor2Geo_FeatureID,ActionGeo_Type,ActionGeo_FullName,ActionGeo_CountryCode,ActionGeo_ADM1Code,"
        + "ActionGeo_Lat,ActionGeo_Long,ActionGeo_FeatureID,DATEADDED,SOURCEURL";
    String row = String.join(",", Files.readAllLines(Fixtures.file("gdelt1-export.tsv")).get(1).split("\t", -1))
        .replace("North Province, Testland", "North Province Testland");
    Path file = dir.resolve("gdelt-with-header.csv");
    Files.writeString(file, header + "\n" + row + "\n");
    Dataset d = dataset(Fixtures.read(file));
    assertThat(byId(d, "1000002").place().orElseThrow().location().lon()).isEqualTo(30.9);
    assertThat(byId(d, "1000002").category().name()).isEqualTo("CAMEO 042");
  }

  @Test
  void gdeltsBackfilesOfFiftySevenColumnsHaveNoSourceUrl(@TempDir Path dir) throws Exception {
    java.util.List<String> rows = new java.util.ArrayList<>();
    for (String line : Files.readAllLines(Fixtures.file("gdelt1-export.tsv"))) {
      rows.add(line.substring(0, line.lastIndexOf('\t')));
    }
    Path file = dir.resolve("gdelt-backfile.tsv");
    Files.write(file, rows);
    Dataset d = dataset(Fixtures.read(file));
    assertThat(byId(d, "1000001").sources()).isEmpty();
    assertThat(byId(d, "1000001").place().orElseThrow().location().lat()).isEqualTo(49.5);
    assertThat(d.description()).hasValueSatisfying(t -> assertThat(t).contains("GDELT 1.0"));
  }
}
