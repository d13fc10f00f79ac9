package org.eventmap.ui.google;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Objects;

/**
 * Where the Maps JavaScript API is loaded from. Google's address in the app; a stand-in served by the
 * tests otherwise. The key is only joined to the address at the moment the page loads the script, so
 * this object itself holds no secret and can be logged.
 */
final class MapsApiAddress {
  /** The current Maps JavaScript API (not the retired www.google.com/jsapi loader GMapsFX 2.12 uses). */
  static final MapsApiAddress GOOGLE = new MapsApiAddress(URI.create("https://maps.googleapis.com/maps/api/js"));

  /** The global function google-map.js defines for the API to call once it has loaded. */
  static final String CALLBACK = "eventmapMapsApiLoaded";

  private final URI base;

  MapsApiAddress(URI base) {
    this.base = Objects.requireNonNull(base, "base");
  }

  /**
   * The script URL for a key. The key is URL-encoded so that no character in it can add or change a
   * parameter. The result contains the key: hand it to the page, never to a log.
   */
  String scriptUrlWithKey(String key) {
    return base + "?key=" + URLEncoder.encode(key, StandardCharsets.UTF_8)
        + "&v=weekly&loading=async&callback=" + CALLBACK;
  }

  @Override
  public String toString() {
    return base.toString();
  }
}
