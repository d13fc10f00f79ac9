package org.eventmap.ui.google;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import org.eventmap.domain.Dataset;
import org.junit.jupiter.api.Test;

class MarkerDataTest {
  private final Dataset hostile = Fx.dataset("/google/hostile-titles.json").dataset().orElseThrow();

  @Test
  void textTravelsVerbatimAsJsonStrings() throws Exception {
    JsonNode markers = new ObjectMapper().readTree(MarkerData.json(hostile, hostile.events(), LocalDate.of(2024, 3, 21)));
    assertThat(markers).hasSize(3);
    JsonNode first = markers.get(0);
    assertThat(first.get("title").asText()).isEqualTo("<img src=x onerror=alert(1)>");
    assertThat(first.get("place").asText()).isEqualTo("<b onmouseover=alert(3)>Harbour</b>");
    assertThat(first.get("category").asText()).isEqualTo("<svg onload=alert(4)></svg>");
    assertThat(markers.get(1).get("title").asText()).isEqualTo("</script><script>alert(2);document.title='hostile'</script>");
    assertThat(markers.get(1).get("place").asText()).isEqualTo("Hill & \"quotes\" 'n' \\ backslash");
  }

  @Test
  void carriesPositionColourDateAndWhetherTheEventIsOnTheDay() throws Exception {
    JsonNode markers = new ObjectMapper().readTree(MarkerData.json(hostile, hostile.events(), LocalDate.of(2024, 3, 21)));
    JsonNode first = markers.get(0);
    assertThat(first.get("id").asText()).isEqualTo("image-title");
    assertThat(first.get("lat").asDouble()).isEqualTo(32.0853);
    assertThat(first.get("lng").asDouble()).isEqualTo(34.7818);
    assertThat(first.get("color").asText()).isEqualTo("#d62728");
    assertThat(first.get("when").asText()).isEqualTo("Wednesday 20 March 2024");
    assertThat(first.get("today").asBoolean()).isFalse();
    assertThat(markers.get(1).get("today").asBoolean()).isTrue();
  }
}
