package org.eventmap.ui.list;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.eventmap.domain.Category;
import org.eventmap.domain.Event;
import org.eventmap.domain.TimePoint;
import org.junit.jupiter.api.Test;

/** The list's "When" column writes years as people do, as the timeline and the detail pane do. */
class EventListWhenTest {
  private static final Category CATEGORY = new Category("k", "K", Optional.empty());

  private static String when(TimePoint start) {
    return EventListView.shortWhen(Event.builder("e", "E").start(start).category(CATEGORY).build());
  }

  /** The list showed ISO's "-0030" and "-252000000" where the timeline says "31 BC". */
  @Test
  void yearsBeforeTheCommonEraAreWrittenAsBcNotAsIsoYears() {
    assertThat(when(TimePoint.ofYear(-30))).isEqualTo("31 BC");
    assertThat(when(TimePoint.ofYear(-252_000_000))).isEqualTo("252,000,001 BC");
    assertThat(when(TimePoint.ofYear(79))).isEqualTo("AD 79");
    assertThat(when(TimePoint.ofYear(2024))).isEqualTo("2024");
    assertThat(when(TimePoint.ofMonth(-43, 3))).isEqualTo("Mar 44 BC");
    assertThat(when(TimePoint.ofMonth(2024, 3))).isEqualTo("Mar 2024");
  }
}
