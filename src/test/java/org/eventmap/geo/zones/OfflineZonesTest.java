package org.eventmap.geo.zones;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

class OfflineZonesTest {
  private final OfflineZones zones = OfflineZones.shared();

  private String zoneAt(double lat, double lon) {
    return zones.zoneAt(lat, lon).map(ZoneId::getId).orElse("none");
  }

  @Test
  void thePolygonsAreReadOnlyWhenAZoneIsFirstAskedFor() {
    OfflineZones fresh = new OfflineZones();
    assertThat(fresh.isLoaded()).isFalse();
    assertThat(fresh.zoneAt(32.0853, 34.7818)).contains(ZoneId.of("Asia/Jerusalem"));
    assertThat(fresh.isLoaded()).isTrue();
  }

  @Test
  void preparingReadsThePolygonsOnAThreadOfItsOwn() throws Exception {
    OfflineZones fresh = new OfflineZones();
    fresh.prepare();
    long deadline = System.nanoTime() + 60_000_000_000L;
    while (!fresh.isLoaded() && System.nanoTime() < deadline) {
      Thread.sleep(50);
    }
    assertThat(fresh.isLoaded()).isTrue();
    assertThat(fresh.zoneAt(25.2854, 51.5310)).contains(ZoneId.of("Asia/Qatar"));
  }

  @Test
  void whereThePolygonsOverlapTheAnswerIsTheFirstZoneAlphabetically() {
    // Near Ramallah both Asia/Hebron and Asia/Jerusalem hold the point in the polygons.
    assertThat(zoneAt(31.875, 35.125)).isEqualTo("Asia/Hebron");
  }

  @Test
  void aZoneNewerThanThisJavaIsTheOneItsAreaFollowedBefore() {
    assertThat(ZoneGrid.knownZone("Asia/Gaza")).contains(ZoneId.of("Asia/Gaza"));
    assertThat(ZoneGrid.knownZone("America/Coyhaique")).isPresent();
    assertThat(ZoneGrid.knownZone("Mars/Olympus_Mons")).isEmpty();
    assertThat(zoneAt(-45.5712, -72.0685)).as("Coyhaique").isIn("America/Coyhaique", "America/Santiago");
  }

  @Test
  void citiesHaveTheirZones() {
    assertThat(zoneAt(32.0853, 34.7818)).as("Tel Aviv").isEqualTo("Asia/Jerusalem");
    assertThat(zoneAt(31.5017, 34.4668)).as("Gaza").isEqualTo("Asia/Gaza");
    assertThat(zoneAt(31.2969, 34.2455)).as("Rafah").isEqualTo("Asia/Gaza");
    assertThat(zoneAt(25.2854, 51.5310)).as("Doha").isEqualTo("Asia/Qatar");
    assertThat(zoneAt(40.7128, -74.0060)).as("New York").isEqualTo("America/New_York");
    assertThat(zoneAt(31.7683, 35.2137)).as("Jerusalem").isEqualTo("Asia/Jerusalem");
    assertThat(zoneAt(51.5072, -0.1276)).as("London").isEqualTo("Europe/London");
    assertThat(zoneAt(-33.8688, 151.2093)).as("Sydney").isEqualTo("Australia/Sydney");
  }

  @Test
  void bordersAreToldApartOnEitherSide() {
    // Either side of the Gaza–Israel line near Beit Hanoun / Sderot, a few kilometres apart.
    assertThat(zoneAt(31.5380, 34.5340)).as("Beit Hanoun").isEqualTo("Asia/Gaza");
    assertThat(zoneAt(31.5250, 34.5960)).as("Sderot").isEqualTo("Asia/Jerusalem");
    // Across the Rhine at Strasbourg / Kehl.
    assertThat(zoneAt(48.5734, 7.7521)).as("Strasbourg").isEqualTo("Europe/Paris");
    assertThat(zoneAt(48.5726, 7.8150)).as("Kehl").isEqualTo("Europe/Berlin");
  }

  @Test
  void justOffTheCoastOfGazaIsStillGaza() {
    // About 10 km out to sea: inside the territorial waters the polygons include.
    assertThat(zoneAt(31.5200, 34.3600)).isEqualTo("Asia/Gaza");
  }

  @Test
  void theOpenSeaHasItsNauticalZone() {
    assertThat(zoneAt(30.0, -40.0)).as("mid-Atlantic").isEqualTo("Etc/GMT+3");
    assertThat(zoneAt(-40.0, 80.0)).as("south Indian Ocean").isEqualTo("Etc/GMT-5");
    assertThat(zoneAt(0.0, 0.0)).as("Gulf of Guinea").isEqualTo("Etc/GMT");
  }

  @Test
  void theDateLineSeparatesPlusTwelveFromMinusTwelve() {
    assertThat(zoneAt(5.0, 179.9)).isEqualTo("Etc/GMT-12");
    assertThat(zoneAt(5.0, -179.9)).isEqualTo("Etc/GMT+12");
    assertThat(zoneAt(5.0, 180.0)).isIn("Etc/GMT-12", "Etc/GMT+12");
    // Fiji straddles the line and keeps its zone on both sides.
    assertThat(zoneAt(-16.5, 179.99)).isEqualTo("Pacific/Fiji");
    assertThat(zoneAt(-16.5, -179.99)).isEqualTo("Pacific/Fiji");
  }

  @Test
  void nauticalZonesAreFifteenDegreeBandsWithTheTzSign() {
    assertThat(OfflineZones.nauticalZone(0)).isEqualTo(ZoneId.of("Etc/GMT"));
    assertThat(OfflineZones.nauticalZone(7.4)).isEqualTo(ZoneId.of("Etc/GMT"));
    assertThat(OfflineZones.nauticalZone(7.6)).isEqualTo(ZoneId.of("Etc/GMT-1"));
    assertThat(OfflineZones.nauticalZone(-40)).isEqualTo(ZoneId.of("Etc/GMT+3"));
    assertThat(OfflineZones.nauticalZone(180)).isEqualTo(ZoneId.of("Etc/GMT-12"));
    assertThat(OfflineZones.nauticalZone(-180)).isEqualTo(ZoneId.of("Etc/GMT+12"));
    assertThat(ZoneId.of("Etc/GMT+3").getRules().getOffset(java.time.Instant.EPOCH).getTotalSeconds())
        .isEqualTo(-3 * 3600);
  }

  @Test
  void everyValidCoordinateHasAZoneAndNaNHasNone() {
    for (double lat = -90; lat <= 90; lat += 7.5) {
      for (double lon = -180; lon <= 180; lon += 7.5) {
        assertThat(zones.zoneAt(lat, lon)).as(lat + "," + lon).isPresent();
      }
    }
    assertThat(zones.zoneAt(Double.NaN, 0)).isEmpty();
  }

  @Test
  void manyThreadsGetTheSameAnswers() throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<String>> answers = new ArrayList<>();
      for (int i = 0; i < 16; i++) {
        answers.add(pool.submit(() -> zoneAt(31.5017, 34.4668) + " " + zoneAt(32.0853, 34.7818)));
      }
      for (Future<String> answer : answers) {
        assertThat(answer.get()).isEqualTo("Asia/Gaza Asia/Jerusalem");
      }
    } finally {
      pool.shutdownNow();
    }
    assertThat(zones.failure()).isEmpty();
  }
}
