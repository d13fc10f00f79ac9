package org.eventmap.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** A source's kind and note: part of what it is, kept by the event that cites it. */
class SourceKindTest {
  private static final Place PLACE =
      new Place("p", "New York", new GeoPoint(40.75, -73.97), ZoneId.of("America/New_York"), Optional.empty());
  private static final Category CATEGORY = new Category("k", "K", Optional.empty());
  private static final URI URL = URI.create("https://example.org/1");

  private static Source source(SourceKind kind, String note) {
    return Source.of("Title", "Publisher", URL, TimePoint.parse("2024-03-22"), kind, note);
  }

  private static Event.Builder event() {
    return Event.builder("e", "E").start(TimePoint.parse("2024-03-22")).place(PLACE).category(CATEGORY);
  }

  @Test
  void sourcesDifferingOnlyInKindOrNoteAreNotEqual() {
    Source primary = source(SourceKind.PRIMARY, "n");

    assertThat(primary).isEqualTo(source(SourceKind.PRIMARY, "n")).hasSameHashCodeAs(source(SourceKind.PRIMARY, "n"));
    assertThat(primary).isNotEqualTo(source(SourceKind.COPY, "n")).isNotEqualTo(source(null, "n"))
        .isNotEqualTo(source(SourceKind.PRIMARY, "other")).isNotEqualTo(source(SourceKind.PRIMARY, null));
    assertThat(primary.hashCode()).isNotEqualTo(source(SourceKind.COPY, "n").hashCode())
        .isNotEqualTo(source(SourceKind.PRIMARY, "other").hashCode());
  }

  @Test
  void theOldConstructorsAndFactoryMakeASourceWithoutKindOrNote() {
    Source made = new Source("Title", "Publisher", Optional.of(URL), Optional.of(TimePoint.parse("2024-03-22")));

    assertThat(made.kind()).isEmpty();
    assertThat(made.note()).isEmpty();
    assertThat(made).isEqualTo(Source.of("Title", "Publisher", URL, TimePoint.parse("2024-03-22")))
        .isEqualTo(source(null, null));
    assertThat(new Source("T", "P", Optional.empty(), Optional.empty(), Optional.of(SourceKind.REPORT),
        Optional.of("n"))).isEqualTo(Source.of("T", "P", null, null, SourceKind.REPORT, "n"));
  }

  @Test
  void theWordsOfTheFileNameTheKinds() {
    assertThat(List.of(SourceKind.values())).extracting(SourceKind::key).containsExactly("primary", "report", "copy");
    assertThat(List.of(SourceKind.values())).extracting(SourceKind::label).containsExactly("Primary", "Report", "Copy");
    assertThat(SourceKind.ofKey("copy")).hasValue(SourceKind.COPY);
    assertThat(SourceKind.ofKey("Copy")).as("the file writes lower case").isEmpty();
    assertThat(SourceKind.ofKey("original")).isEmpty();
  }

  @Test
  void anEventGivesBackEachSourcesKindAndNoteWithItsAttributesUnchanged() {
    List<Source> sources = List.of(source(SourceKind.PRIMARY, "The document."), source(null, null),
        source(SourceKind.COPY, null), Source.of("No kind", "P", null, null, null, "Only a note."));
    Event e = event().sources(sources).attributes(List.of(new Attribute("fatalities", "3"))).build();

    assertThat(e.sources()).containsExactlyElementsOf(sources);
    assertThat(e.attributes()).containsExactly(new Attribute("fatalities", "3"));
    assertThat(e).isEqualTo(event().sources(sources).attributes(List.of(new Attribute("fatalities", "3"))).build());
    assertThat(e).isNotEqualTo(event().sources(List.of(source(SourceKind.REPORT, "The document."), source(null, null),
        source(SourceKind.COPY, null), Source.of("No kind", "P", null, null, null, "Only a note."))).attributes(
        List.of(new Attribute("fatalities", "3"))).build());
  }

  @Test
  void anEventWithoutKindsOrNotesIsTheSameAsBefore() {
    Event without = event().sources(List.of(source(null, null))).build();
    Event withKind = event().sources(List.of(source(SourceKind.REPORT, null))).build();

    assertThat(without.sources()).extracting(Source::kind).containsExactly(Optional.empty());
    assertThat(without).isNotEqualTo(withKind);
    assertThat(withKind).isNotEqualTo(without);
  }

  @Test
  void kindsAndNotesPackedByAReaderComeBackAsGiven() {
    PackedTexts.Writer writer = new PackedTexts.Writer(1 << 16);
    // title, summary, per source its title and address, the attributes' values, then per source its note
    writer.add("E").add("S").add("One").add("https://example.org/1").add("Two").addAbsent().add("3")
        .addAbsent().add("A copy of One.");
    Event e = Event.withPackedTexts("e", writer.finish(), TimePoint.parse("2024-03-22"), Optional.empty(), PLACE,
        CATEGORY, List.of(), new String[] {"P", "Q"}, new TimePoint[] {null, null},
        new SourceKind[] {SourceKind.REPORT, SourceKind.COPY}, List.of(), List.of(), List.of(), Optional.empty(),
        Optional.empty(), List.of("fatalities"));

    assertThat(e.sources()).containsExactly(Source.of("One", "P", URL, null, SourceKind.REPORT, null),
        Source.of("Two", "Q", null, null, SourceKind.COPY, "A copy of One."));
    assertThat(e.attributes()).containsExactly(new Attribute("fatalities", "3"));
    assertThat(e).isEqualTo(event().summary("S").sources(e.sources()).attributes(e.attributes()).build());
  }

  @Test
  void packedTextsWithoutTheNotesAreRefused() {
    PackedTexts.Writer writer = new PackedTexts.Writer(0);
    writer.add("E").add("S").add("One").addAbsent();
    PackedTexts texts = writer.finish();

    assertThatThrownBy(() -> Event.withPackedTexts("e", texts, TimePoint.parse("2024-03-22"), Optional.empty(), PLACE,
        CATEGORY, List.of(), new String[] {"P"}, new TimePoint[] {null}, new SourceKind[] {SourceKind.REPORT},
        List.of(), List.of(), List.of(), Optional.empty(), Optional.empty(), List.of()))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("with their notes");
  }
}
