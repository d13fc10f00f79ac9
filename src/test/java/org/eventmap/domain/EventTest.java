package org.eventmap.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

/** An event keeps its own texts packed, but reads, compares and prints as a record would. */
class EventTest {
  private static final Place PLACE =
      new Place("p", "Gaza", new GeoPoint(31.5, 34.45), ZoneId.of("Asia/Gaza"), Optional.of("Palestine"));
  private static final Category CATEGORY = new Category("k", "K", Optional.empty());
  private static final String LONG = "A summary — with “quotes”, 日本語 and 😀, ".repeat(40);

  private static Event viaConstructor() {
    return new Event("e", "Title é", TimePoint.parse("2024-03-22"), Optional.of(TimePoint.parse("2024-03-23")),
        PLACE, CATEGORY, List.of("A"), LONG,
        List.of(new Quote("words", "S", Optional.empty(), Optional.empty(), OptionalInt.of(1))),
        List.of(new Source("One", "P", Optional.of(URI.create("https://example.org/1")), Optional.empty()),
            new Source("Two", "Q", Optional.empty(), Optional.of(TimePoint.parse("2024-03-24")))),
        List.of("f"), List.of("t"), Optional.of(new Approximation(true, false, "n")), Optional.of("d"));
  }

  private static Event viaPackedTexts(PackedTexts.Writer writer) {
    byte[] title = "xTitle éx".getBytes(StandardCharsets.UTF_8);
    writer.addUtf8(title, 1, title.length - 1).add(LONG).add("One").add("https://example.org/1").add("Two").addAbsent();
    return Event.withPackedTexts("e", writer.finish(), TimePoint.parse("2024-03-22"),
        Optional.of(TimePoint.parse("2024-03-23")), PLACE, CATEGORY, List.of("A"), new String[] {"P", "Q"},
        new TimePoint[] {null, TimePoint.parse("2024-03-24")},
        List.of(new Quote("words", "S", Optional.empty(), Optional.empty(), OptionalInt.of(1))), List.of("f"),
        List.of("t"), Optional.of(new Approximation(true, false, "n")), Optional.of("d"));
  }

  @Test
  void attributesAreKeptInTheFilesOrderAndEventsWithTheSameNamesShareOneListOfThem() {
    Event a = Event.builder("a", "A").start(TimePoint.parse("2024-03-22")).place(PLACE).category(CATEGORY)
        .attributes(List.of(new Attribute("fatalities", "3"), new Attribute("admin1", "Gaza Strip é"))).build();
    Event b = Event.builder("b", "B").start(TimePoint.parse("2024-03-23")).place(PLACE).category(CATEGORY)
        .attributes(List.of(new Attribute("fatalities", "0"), new Attribute("admin1", "Rafah"))).build();

    assertThat(a.attributes()).containsExactly(new Attribute("fatalities", "3"), new Attribute("admin1", "Gaza Strip é"));
    assertThat(b.attributes()).extracting(Attribute::value).containsExactly("0", "Rafah");
    assertThat(a.title()).isEqualTo("A");
    assertThat(a).isNotEqualTo(Event.builder("a", "A").start(TimePoint.parse("2024-03-22")).place(PLACE)
        .category(CATEGORY).attributes(List.of(new Attribute("fatalities", "4"), new Attribute("admin1", "Gaza Strip é")))
        .build());
  }

  @Test
  void readsBackWhatItWasGiven() {
    Event e = viaConstructor();
    assertThat(e.title()).isEqualTo("Title é");
    assertThat(e.summary()).isEqualTo(LONG);
    assertThat(e.sources()).containsExactly(
        new Source("One", "P", Optional.of(URI.create("https://example.org/1")), Optional.empty()),
        new Source("Two", "Q", Optional.empty(), Optional.of(TimePoint.parse("2024-03-24"))));
    assertThat(e.end()).hasValue(TimePoint.parse("2024-03-23"));
    assertThat(e.approximate()).hasValue(new Approximation(true, false, "n"));
    assertThat(e.disputed()).hasValue("d");
    assertThat(e.toString()).startsWith("Event[id=e, title=Title é, start=2024-03-22, end=Optional[2024-03-23]");
  }

  @Test
  void anEventWithPackedTextsEqualsTheSameEventMadeWithStrings() {
    PackedTexts.Writer writer = new PackedTexts.Writer(1 << 16);
    viaPackedTexts(writer); // another event before it in the same slab
    Event packed = viaPackedTexts(writer);
    Event made = viaConstructor();

    assertThat(packed).isEqualTo(made);
    assertThat(packed.hashCode()).isEqualTo(made.hashCode());
    assertThat(packed.toString()).isEqualTo(made.toString());
    assertThat(packed.sources()).isEqualTo(made.sources());
  }

  @Test
  void eventsThatDifferInATextAreNotEqual() {
    Event a = viaConstructor();
    Event b = new Event("e", "Title é", a.start().orElseThrow(), a.end(), PLACE, CATEGORY, a.actors(), LONG, a.quotes(),
        List.of(a.sources().get(0), new Source("Tw0", "Q", Optional.empty(), a.sources().get(1).date())),
        a.related(), a.tags(), a.approximate(), a.disputed());
    assertThat(b).isNotEqualTo(a);
  }

  @Test
  void packedTextsMustMatchTheSources() {
    PackedTexts.Writer writer = new PackedTexts.Writer(0);
    writer.add("t").add("s");
    assertThatThrownBy(() -> Event.withPackedTexts("e", writer.finish(), TimePoint.parse("2024"), Optional.empty(),
        PLACE, CATEGORY, List.of(), new String[] {"P"}, new TimePoint[] {null}, List.of(), List.of(), List.of(),
        Optional.empty(), Optional.empty())).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void anEndBeforeTheStartIsRefusedEitherWay() {
    assertThatThrownBy(() -> new Event("e", "t", TimePoint.parse("2024-03-22"), Optional.of(TimePoint.parse("2024-03-20")),
        PLACE, CATEGORY, List.of(), "s", List.of(), List.of(), List.of(), List.of(), Optional.empty(), Optional.empty()))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
