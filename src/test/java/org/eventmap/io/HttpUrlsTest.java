package org.eventmap.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URISyntaxException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The quick check of addresses may leave any address to {@link URI}, but must never accept one it refuses. */
class HttpUrlsTest {
  private static boolean uriAccepts(String text) {
    try {
      URI uri = new URI(text);
      return uri.getScheme() != null && (uri.getScheme().equalsIgnoreCase("http") || uri.getScheme().equalsIgnoreCase("https"))
          && uri.getHost() != null;
    } catch (URISyntaxException e) {
      return false;
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "https://www.reliefweb.int/2023/12/22/hezbollah-raided-opposition-positions-9sblp",
      "http://example.org", "https://example.org/", "https://example.org?q=1", "https://example.org#top",
      "https://a-b.example.org/x;y=1/z?q=a&b=c+d#f/g?h", "https://EXAMPLE.org/A_B~C!$'()*,:@=",
      "https://x.co/path/with/dots./and..", "http://a.b.c.d.e.f.example/"})
  void plainAddressesAreAcceptedAsUriAcceptsThem(String url) {
    assertThat(HttpUrls.isPlain(url)).isTrue();
    assertThat(uriAccepts(url)).isTrue();
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "https://example.org:8080/", "https://user@example.org/", "https://example.org/a%20b", "https://127.0.0.1/",
      "https://[::1]/", "https://exa mple.org/", "https://example.org/a b", "https://example.org/ä",
      "https://ex_ample.org/", "https://-example.org/", "https://example-.org/", "https://example..org/",
      "https://example.org./", "https://example.1org/", "https://", "http:/example.org", "ftp://example.org/",
      "HTTPS://example.org/", "https://example.org/#a#b", "https://example.org/[x]", "https://example.org/\"",
      "https://example.org\\x", "mailto:someone@example.org", "example.org", ""})
  void anythingElseIsLeftToUri(String url) {
    assertThat(HttpUrls.isPlain(url)).isFalse();
  }

  @ParameterizedTest
  @ValueSource(strings = {"https://a.org/x", "https://a.org/ä", "https://ä.org/", "http://a.b/c?d#e"})
  void theTextAndItsBytesGiveTheSameAnswer(String url) {
    byte[] utf8 = ("xx" + url + "yy").getBytes(java.nio.charset.StandardCharsets.UTF_8);
    assertThat(HttpUrls.isPlain(utf8, 2, utf8.length - 2)).isEqualTo(HttpUrls.isPlain(url));
  }
}
