package org.eventmap.io.timelinejs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.eventmap.domain.Attribute;
import org.eventmap.domain.Dataset;
import org.eventmap.domain.Era;
import org.eventmap.domain.Event;
import org.eventmap.domain.Precision;
import org.eventmap.domain.TimePoint;
import org.eventmap.geo.ZoneLookup;
import org.eventmap.io.EventFormat;
import org.eventmap.io.FileHead;
import org.eventmap.io.LoadResult;
import org.eventmap.io.ProgressListener;
import org.eventmap.io.ReadOptions;
import org.eventmap.io.formats.FormatRegistry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TimelineJsSheetFormatTest {
  private static final String HEADER = "Year,Month,Day,Time,End Year,End Month,End Day,End Time,Display Date,Headline,"
      + "Text,Media,Media Credit,Media Caption,Media Thumbnail,Type,Group,Background";

  private final TimelineJsSheetFormat format = new TimelineJsSheetFormat(ZoneLookup.NONE);

  @TempDir Path dir;

  private LoadResult read(Path file) {
    return format.read(file, ReadOptions.NONE, ProgressListener.NONE);
  }

  private Path write(String name, String text) throws IOException {
    Path file = dir.resolve(name);
    Files.writeString(file, text, StandardCharsets.UTF_8);
    return file;
  }

  private static FileHead head(String name, String text) {
    byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
    return new FileHead(name, bytes, bytes.length);
  }

  private static List<String> lines(LoadResult result) {
    return result.problems().stream().map(p -> p.toString().substring(p.file().lastIndexOf('/') + 1)).toList();
  }

  private static Event titled(Dataset d, String title) {
    return d.events().stream().filter(e -> e.title().equals(title)).findFirst()
        .orElseThrow(() -> new AssertionError("no event \"" + title + "\" in " + d.events()));
  }

  private Dataset rivers() {
    LoadResult result = read(TimelineJsFormatTest.fixture("rivers.csv"));
    assertThat(result.errors()).isEmpty();
    return result.dataset().orElseThrow();
  }

  @Test
  void theTemplateHeaderIsCertainInAnyCaseSpacingAndWithColumnsOfOnesOwn() {
    assertThat(format.recognise(head("t.csv", HEADER + "\n1963,8,28,,,,,,,A march,,,,,,,,\n")))
        .isEqualTo(EventFormat.CERTAIN);
    assertThat(format.recognise(head("t.csv", "\uFEFFyear;month;day;time;end_year;END MONTH;end day;endtime;"
        + "display date;headline;text;media;notes\r\n"))).isEqualTo(EventFormat.CERTAIN);
    assertThat(format.recognise(head("t.csv", "year,month,day,headline,lat,lon\n"))).isEqualTo(EventFormat.NOT_MINE);
    assertThat(format.recognise(head("t.csv", "date,title,lat,lon\n"))).isEqualTo(EventFormat.NOT_MINE);
  }

  @Test
  void theTemplateBeatsTheGenericSpreadsheetReaderInTheRegistry() {
    assertThat(FormatRegistry.recognise(head("rivers.csv", HEADER + "\n1963,8,28,,,,,,,A march,,,,,,,,\n")))
        .map(EventFormat::name).contains("timelinejs-sheet");
    assertThat(FormatRegistry.recognise(head("plain.csv", "date,title,lat,lon\n2024-03-22,x,1,2\n")))
        .map(EventFormat::name).contains("csv");
  }

  @Test
  void theTitleRowGivesTheTitleAndEraRowsTheEras() {
    Dataset d = rivers();
    assertThat(d.title()).isEqualTo("Rivers of the world");
    assertThat(d.description()).contains("A spreadsheet written for Eventmap's tests.");
    assertThat(d.eras()).containsExactly(new Era("Early river towns", TimePoint.ofYear(-3000), TimePoint.ofYear(-2000)),
        new Era("A century of steam", TimePoint.ofYear(1800), TimePoint.ofYear(1900)));
  }

  @Test
  void eachOtherRowIsAnEventMappedAsTheJsonIs() {
    Dataset d = rivers();
    Event suez = titled(d, "The Suez Canal opens");
    assertThat(suez.start()).contains(TimePoint.ofLocal(LocalDateTime.of(1869, 11, 17, 14, 5), Precision.MINUTE));
    assertThat(suez.category().name()).isEqualTo("Canals");
    assertThat(suez.summary()).isEqualTo("Ships pass from one sea to another.");
    assertThat(suez.attributes()).containsExactly(new Attribute(Attribute.MEDIA, "https://example.org/suez"),
        new Attribute(Attribute.MEDIA_CAPTION, "The first ships, 1869"),
        new Attribute(Attribute.MEDIA_CREDIT, "An archive"), new Attribute("Source", "a history book"));
    Event pyramid = titled(d, "The Great Pyramid rises by the Nile");
    assertThat(pyramid.start()).contains(TimePoint.ofYear(-2560));
    assertThat(pyramid.summary()).isEqualTo("Stone comes down the river\non barges, over many years.");
    assertThat(pyramid.attributes()).containsExactly(new Attribute(Attribute.DATE_AS_WRITTEN, "about 2560 BCE"));
    Event apollo = titled(d, "Apollo 11 flies");
    assertThat(apollo.start()).contains(TimePoint.ofLocal(LocalDateTime.of(1969, 7, 16, 13, 32, 0), Precision.SECOND));
    assertThat(apollo.end()).contains(TimePoint.ofLocal(LocalDateTime.of(1969, 7, 24, 16, 50), Precision.MINUTE));
    assertThat(apollo.category().name()).isEqualTo("Events");
    assertThat(titled(d, "The Panama Canal opens").start()).contains(TimePoint.ofDay(LocalDate.of(1914, 8, 15)));
  }

  @Test
  void aSecondTitleRowIsAnEventAsInTimelineJs() {
    LoadResult result = read(TimelineJsFormatTest.fixture("rivers.csv"));
    assertThat(titled(result.dataset().orElseThrow(), "A city on the Bosphorus is sacked").start())
        .contains(TimePoint.ofDay(LocalDate.of(1204, 4, 12)));
    assertThat(lines(result)).contains("rivers.csv:11:56: warning: a second title row: shown as an event, as "
        + "TimelineJS does");
    assertThat(result.dataset().orElseThrow().events()).hasSize(5);
  }

  @Test
  void everyBadRowIsReportedAtItsCellCountingLinesInsideQuotedCells() {
    LoadResult result = read(TimelineJsFormatTest.fixture("bad-rows.csv"));
    assertThat(result.ok()).isFalse();
    assertThat(lines(result)).containsExactly(
        "bad-rows.csv:5:6: month 13 does not exist (months are 1 to 12)",
        "bad-rows.csv:6:8: day 31 does not exist in February 1900",
        "bad-rows.csv:7:9: the slide \"Ends before it starts\" ends (1999) before it starts (2001)",
        "bad-rows.csv:8:1: this row has no Year: TimelineJS needs one for every event (only the title row may have "
            + "none)",
        "bad-rows.csv:9:10: hour 25 does not exist (hours are 0 to 23)",
        "bad-rows.csv:10:9: an era row needs a Year and an End Year (TimelineJS refuses it too)");
  }

  @Test
  void aQuoteThatNeverClosesIsReportedWhereItOpens() {
    LoadResult result = read(TimelineJsFormatTest.fixture("unclosed-quote.csv"));
    assertThat(lines(result)).containsExactly(
        "unclosed-quote.csv:2:16: this quoted cell never closes: its quote (\") has no partner");
  }

  @Test
  void timesAreReadAsTimelineJsReadsThem() throws IOException {
    Path file = write("times.csv", HEADER + "\n"
        + "2000,1,2,12:15 AM,,,,,,Just after midnight,,,,,,,,\n"
        + "2000,1,2,1405,,,,,,Without a colon,,,,,,,,\n"
        + "2000,1,2,14.05,,,,,,With a dot,,,,,,,,\n"
        + "2000,1,2,14:05:30.5,,,,,,With a fraction,,,,,,,,\n"
        + "2000,1,2,noon,,,,,,Not a time,,,,,,,,\n");
    LoadResult result = read(file);
    assertThat(lines(result)).containsExactly("times.csv:6:10: the time \"noon\" is not a time of day such as 14:05, "
        + "2:05 PM or 14:05:30");
    Files.writeString(file, Files.readString(file).replace("2000,1,2,noon,,,,,,Not a time,,,,,,,,\n", ""));
    Dataset d = read(file).dataset().orElseThrow();
    assertThat(titled(d, "Just after midnight").start())
        .contains(TimePoint.ofLocal(LocalDateTime.of(2000, 1, 2, 0, 15), Precision.MINUTE));
    assertThat(titled(d, "Without a colon").start())
        .contains(TimePoint.ofLocal(LocalDateTime.of(2000, 1, 2, 14, 5), Precision.MINUTE));
    assertThat(titled(d, "With a dot").start())
        .contains(TimePoint.ofLocal(LocalDateTime.of(2000, 1, 2, 14, 5), Precision.MINUTE));
    assertThat(titled(d, "With a fraction").start())
        .contains(TimePoint.ofLocal(LocalDateTime.of(2000, 1, 2, 14, 5, 30), Precision.SECOND));
  }

  @Test
  void aYearBeyondTheRangeLeavesItsRowOutWithAPlainWarning() throws IOException {
    LoadResult result = read(write("deep.csv", HEADER + "\n"
        + "\"-13,800,000,000\",,,,,,,,,The Big Bang,,,,,,,,\n"
        + "1969,7,20,,,,,,,A first step on the Moon,,,,,,,,\n"));
    assertThat(result.dataset().orElseThrow().events()).extracting(Event::title)
        .containsExactly("A first step on the Moon");
    assertThat(lines(result)).contains("deep.csv:2:1: warning: year -13800000000 is before the earliest year Eventmap "
        + "can place, " + TimePoint.MIN_YEAR + ": this slide is left out");
  }

  @Test
  void anEndWithoutAnEndYearIsLeftOutAsTimelineJsDoes() throws IOException {
    LoadResult result = read(write("end.csv", HEADER + "\n1963,8,28,,,9,,,,A march,,,,,,,,\n"));
    assertThat(result.dataset().orElseThrow().events().get(0).end()).isEmpty();
    assertThat(lines(result)).contains("end.csv:2:13: warning: an End Month, Day or Time without an End Year: the "
        + "slide has no end, as in TimelineJS");
  }

  @Test
  void aSheetWithOnlyATitleHasNoEvents() throws IOException {
    LoadResult result = read(write("title.csv", HEADER + "\n,,,,,,,,,Only a title,,,,,,title,,\n"));
    assertThat(lines(result)).containsExactly("title.csv:1:1: the timeline has no events: TimelineJS lists them in "
        + "\"events\" (a spreadsheet: one row each)");
  }
}
