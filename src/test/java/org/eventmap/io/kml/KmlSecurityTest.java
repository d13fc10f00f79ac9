package org.eventmap.io.kml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.eventmap.geo.ZoneLookup;
import org.eventmap.io.LoadResult;
import org.eventmap.io.Problem;
import org.eventmap.io.ProgressListener;
import org.eventmap.io.ReadOptions;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A KML file must not make Eventmap read other files or addresses (XXE), nor grow without bound (an
 * entity bomb). Each test watches for what would happen if the parser did: a secret file's text in the
 * result, a request arriving at a local server, a read that takes seconds and a heap that grows.
 */
class KmlSecurityTest {
  @TempDir Path dir;
  private HttpServer server;
  private final AtomicInteger requests = new AtomicInteger();

  @BeforeEach
  void startServer() throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext("/", exchange -> {
      requests.incrementAndGet();
      byte[] body = "<!ENTITY remote \"FETCHED-FROM-THE-NETWORK\">".getBytes(StandardCharsets.UTF_8);
      exchange.sendResponseHeaders(200, body.length);
      exchange.getResponseBody().write(body);
      exchange.close();
    });
    server.start();
  }

  @AfterEach
  void stopServer() {
    server.stop(0);
  }

  private String local(String path) {
    return "http://127.0.0.1:" + server.getAddress().getPort() + path;
  }

  private static LoadResult read(Path file) {
    return new KmlFormat(ZoneLookup.NONE).read(file, ReadOptions.NONE, ProgressListener.NONE);
  }

  private static String everything(LoadResult result) {
    StringBuilder all = new StringBuilder();
    result.problems().forEach(p -> all.append(p).append('\n'));
    result.dataset().ifPresent(d -> d.events().forEach(e -> all.append(e).append(e.attributes()).append('\n')));
    return all.toString();
  }

  @Test
  void anExternalEntityNamingALocalFileIsNeverRead() throws IOException {
    Path secret = dir.resolve("secret.txt");
    Files.writeString(secret, "THE-SECRET-TEXT");
    Path kml = dir.resolve("xxe.kml");
    Files.writeString(kml, """
        <?xml version="1.0" encoding="UTF-8"?>
        <!DOCTYPE kml [<!ENTITY stolen SYSTEM "%s">]>
        <kml xmlns="http://www.opengis.net/kml/2.2">
          <Placemark><name>Leak</name><description>before &stolen; after</description>
            <TimeStamp><when>2020</when></TimeStamp><Point><coordinates>1,1</coordinates></Point></Placemark>
        </kml>
        """.formatted(secret.toUri()));

    LoadResult result = read(kml);

    assertThat(everything(result)).doesNotContain("THE-SECRET-TEXT");
    assertThat(result.ok()).isFalse();
    assertThat(result.errors()).singleElement().satisfies(e -> {
      assertThat(e.line()).isEqualTo(4);
      assertThat(e.message()).contains("&stolen;").contains("never expanded");
    });
    assertThat(result.warnings()).extracting(Problem::message).anySatisfy(w -> assertThat(w).contains("DOCTYPE"));
  }

  @Test
  void noDtdOrEntityIsFetchedFromTheNetwork() throws IOException {
    Path kml = dir.resolve("remote.kml");
    Files.writeString(kml, """
        <?xml version="1.0" encoding="UTF-8"?>
        <!DOCTYPE kml SYSTEM "%s" [
          <!ENTITY %% pe SYSTEM "%s"> %%pe;
          <!ENTITY fetched SYSTEM "%s">
        ]>
        <kml xmlns="http://www.opengis.net/kml/2.2">
          <Placemark><name>Remote</name><description>&fetched;</description>
            <TimeStamp><when>2020</when></TimeStamp><Point><coordinates>1,1</coordinates></Point></Placemark>
        </kml>
        """.formatted(local("/kml.dtd"), local("/parameter"), local("/general")));

    LoadResult result = read(kml);

    assertThat(requests.get()).as("requests the parser made").isZero();
    assertThat(everything(result)).doesNotContain("FETCHED-FROM-THE-NETWORK");
    assertThat(result.ok()).isFalse();
  }

  @Test
  void aDoctypeThatDeclaresNothingUsedIsIgnoredWithAWarning() throws IOException {
    Path kml = dir.resolve("doctype.kml");
    Files.writeString(kml, """
        <?xml version="1.0" encoding="UTF-8"?>
        <!DOCTYPE kml SYSTEM "%s">
        <kml xmlns="http://www.opengis.net/kml/2.2">
          <Placemark><name>Fine &amp; dandy &#233;</name>
            <TimeStamp><when>2020</when></TimeStamp><Point><coordinates>1,1</coordinates></Point></Placemark>
        </kml>
        """.formatted(local("/kml.dtd")));

    LoadResult result = read(kml);

    assertThat(requests.get()).isZero();
    assertThat(result.dataset().orElseThrow().events()).singleElement()
        .satisfies(e -> assertThat(e.title()).isEqualTo("Fine & dandy é"));
    assertThat(result.warnings()).extracting(Problem::toString)
        .anySatisfy(w -> assertThat(w).contains("doctype.kml:2:").contains("DOCTYPE, which is ignored"));
  }

  @Test
  void anEntityBombIsAClearErrorAtOnceAndTheHeapDoesNotGrow() {
    Path bomb = KmlFormatTest.fixture("entity-bomb.kml");
    long heapBefore = usedHeap();

    LoadResult result = assertTimeoutPreemptively(Duration.ofSeconds(5), () -> read(bomb));

    // Expanded, the description would be 80 * 20^7 characters: some 20 GB.
    assertThat(usedHeap() - heapBefore).isLessThan(64L << 20);
    assertThat(result.ok()).isFalse();
    assertThat(result.errors()).singleElement().satisfies(e -> {
      assertThat(e.line()).isEqualTo(15);
      assertThat(e.message()).contains("&h;").contains("never expanded");
    });
  }

  private static long usedHeap() {
    System.gc();
    return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
  }
}
