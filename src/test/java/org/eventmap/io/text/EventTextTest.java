package org.eventmap.io.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.eventmap.domain.Category;
import org.eventmap.domain.Dataset;
import org.eventmap.domain.Event;
import org.eventmap.domain.GeoPoint;
import org.eventmap.domain.Place;
import org.eventmap.domain.Source;
import org.eventmap.domain.TimePoint;
import org.eventmap.io.DatasetReader;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Edit ▸ Copy's words for an event: what the detail pane says, and a citation line. */
class EventTextTest {
  static final Category TALKS = new Category("talks", "Talks", Optional.empty());
  static final Place DOHA = new Place("doha", "Doha", new GeoPoint(25.2854, 51.5310), ZoneId.of("Asia/Qatar"),
      Optional.of("Qatar"));
  private static Dataset curated;

  @BeforeAll
  static void readCurated() throws IOException {
    try (InputStream in = EventTextTest.class.getResourceAsStream("/datasets/gaza-diplomacy-2024-03.json")) {
      curated = DatasetReader.read("curated", in).dataset().orElseThrow();
    }
  }

  private static Event curated(String id) {
    return curated.event(id).orElseThrow();
  }

  private static Event.Builder event(String title) {
    return Event.builder("e1", title).category(TALKS).place(DOHA);
  }

  @Test
  void aCuratedEventIsCopiedWithItsDatePlaceActorsSummaryAndSources() {
    Event attack = curated("2023-10-07-hamas-attack-on-israel");

    String text = EventText.readable(attack);

    assertThat(text).startsWith("Hamas-led attack on southern Israel starts the war\n")
        .contains("When: Saturday 7 October 2023, 06:29 (UTC+03:00)\n")
        .contains("In UTC: 7 Oct 2023, 03:29 UTC\n")
        .contains("Where: Gaza border, southern Israel, Israel (31.4250°N, 34.4920°E)\n")
        .contains("Who: Hamas · Israel Defense Forces · Benjamin Netanyahu, Prime Minister of Israel\n")
        .contains("\nShortly after dawn on a Saturday")
        .contains("\nSources:\n- [Report] Netanyahu declares war — The Jerusalem Post, 7 October 2023, "
            + "https://www.jpost.com/breaking-news/article-762059")
        // A source without an address says so rather than leaving a reader looking for one.
        .contains("— CNN, 22 March 2024, (no link), note: By Jennifer Hansler.")
        .contains("- [Copy] Blinken returns to Israel");
  }

  @Test
  void aDayStaysADayInLocalTimeAndInUtc() {
    Event talks = event("Doha talks").start(TimePoint.parse("2024-03-22")).build();

    assertThat(EventText.whenAtThePlace(talks)).isEqualTo("Friday 22 March 2024 (local date, Asia/Qatar)");
    assertThat(EventText.whenInUtc(talks)).contains("21 Mar 2024 21:00 – 22 Mar 2024 21:00 UTC");
    assertThat(EventText.citation(talks, "D")).startsWith("Doha talks. Doha, Qatar, 22 March 2024. ");
  }

  @Test
  void aMonthStaysAMonthAndAYearAYear() {
    Event month = event("Displacement").start(TimePoint.parse("2024-03")).build();
    Event year = event("Drought").start(TimePoint.parse("2024")).build();

    assertThat(EventText.whenAtThePlace(month)).startsWith("March 2024 (local date");
    assertThat(EventText.citation(month, "D")).contains("Doha, Qatar, March 2024.");
    assertThat(EventText.citation(year, "D")).contains("Doha, Qatar, 2024.");
  }

  @Test
  void aSpanNamesBothEnds() {
    Event burns = curated("2024-03-22-burns-joins-doha-talks");

    assertThat(EventText.readable(burns)).contains("When: Friday 22 March 2024 – Saturday 23 March 2024 (local date, ");
    assertThat(EventText.citation(burns, curated.title())).contains(", 22 March 2024 – 23 March 2024.");
  }

  @Test
  void theCitationNamesTheDatasetAndEachSource() {
    Source wire = Source.of("Burns heads to Doha", "Reuters", URI.create("https://example.org/burns"),
        TimePoint.parse("2024-03-21"));
    Source noLink = new Source("Axios", "Axios", Optional.empty(), Optional.empty());
    Event talks = event("CIA director joins talks").start(TimePoint.parse("2024-03-22")).sources(List.of(wire, noLink))
        .build();

    assertThat(EventText.citation(talks, "Gaza ceasefire diplomacy"))
        .isEqualTo("CIA director joins talks. Doha, Qatar, 22 March 2024. Eventmap dataset 'Gaza ceasefire diplomacy'. "
            + "Sources: Reuters, “Burns heads to Doha”, 21 March 2024, https://example.org/burns; Axios.");
    assertThat(EventText.readable(talks)).contains("- Burns heads to Doha — Reuters, 21 March 2024, "
        + "https://example.org/burns\n- Axios, (no link)\n");
  }

  @Test
  void aCitationIsOneLineWhateverTheFileWrote() {
    Event odd = event("Talks\nresume   in\tDoha?").start(TimePoint.parse("2024-03-22")).build();

    String citation = EventText.citation(odd, "A dataset\nwith a break");

    assertThat(citation).doesNotContain("\n").startsWith("Talks resume in Doha? Doha, Qatar")
        .contains("Eventmap dataset 'A dataset with a break'.");
  }

  @Test
  void anEventWithoutPlaceOrDateSaysSo() {
    Event bare = Event.builder("e2", "Rumour").category(TALKS).build();

    assertThat(EventText.readable(bare)).contains("When: No date given\n").contains("Where: No place given\n")
        .doesNotContain("In UTC");
    assertThat(EventText.citation(bare, "D")).isEqualTo("Rumour. Eventmap dataset 'D'.");
  }

  @Test
  void aLocalTimeWithoutAZoneSaysItIsLocal() {
    Place unknown = new Place("p", "Somewhere", new GeoPoint(10, 10), ZoneOffset.UTC, Optional.empty());
    Event local = Event.builder("e3", "Shelling").category(TALKS).place(unknown)
        .start(TimePoint.ofLocal(java.time.LocalDateTime.of(2024, 3, 22, 10, 15), org.eventmap.domain.Precision.MINUTE))
        .build();

    assertThat(EventText.whenAtThePlace(local))
        .isEqualTo("Friday 22 March 2024, 10:15 (local time at the place; the file gives no time zone)");
    assertThat(EventText.whenInUtc(local)).contains("not known: the place's time zone is not known");
  }

  @Test
  void markupInTheDescriptionIsCopiedAsTextWithItsLinks() {
    Event html = event("Aid").start(TimePoint.parse("2024-03-22"))
        .summary("<p>Trucks <b>crossed</b> at <a href=\"https://example.org/rafah\">Rafah</a>.</p>"
            + "<script>alert(1)</script><ul><li>one</li></ul>")
        .build();

    String text = EventText.readable(html);

    assertThat(text).contains("Trucks crossed at Rafah <https://example.org/rafah>.").contains("• one")
        .doesNotContain("<b>").doesNotContain("script").doesNotContain("alert");
  }

  @Test
  void theClipboardHoldsTheTextAndTheCitation() {
    Event attack = curated("2023-10-07-hamas-attack-on-israel");

    String copied = EventText.forClipboard(attack, curated.title());

    assertThat(copied).startsWith(EventText.readable(attack))
        .endsWith("\nCite as: " + EventText.citation(attack, curated.title()) + "\n");
  }
}
