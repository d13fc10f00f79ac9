package org.eventmap.ui.google;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import org.junit.jupiter.api.Test;

class MapsApiAddressTest {
  @Test
  void googleIsTheCurrentMapsJavaScriptApiNotTheRetiredLoader() {
    String url = MapsApiAddress.GOOGLE.scriptUrlWithKey("KEY");
    assertThat(url).startsWith("https://maps.googleapis.com/maps/api/js?key=KEY&")
        .contains("callback=" + MapsApiAddress.CALLBACK).doesNotContain("jsapi");
  }

  @Test
  void theKeyCannotAddOrChangeParameters() {
    String url = new MapsApiAddress(URI.create("http://127.0.0.1:1/js")).scriptUrlWithKey("a&callback=evil#x y");
    assertThat(url).startsWith("http://127.0.0.1:1/js?key=a%26callback%3Devil%23x+y&")
        .endsWith("&callback=" + MapsApiAddress.CALLBACK);
  }

  @Test
  void itsTextHasNoKey() {
    assertThat(MapsApiAddress.GOOGLE.toString()).isEqualTo("https://maps.googleapis.com/maps/api/js");
  }
}
