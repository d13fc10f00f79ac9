package org.eventmap.ui.google;

import java.util.function.Consumer;

/**
 * What the page calls when the Maps JavaScript API has loaded, or could not load. WebView holds the Java
 * objects it hands to a page only weakly, so after a garbage collection a callback held by nothing else
 * silently does nothing (PLATFORM.md, GMapsFX): {@link GoogleMapPane} keeps this one in a field.
 *
 * <p>Public only because WebView calls its methods reflectively; nothing else should use it.
 */
public final class MapsLoadCallback {
  private final Runnable ready;
  private final Consumer<String> failed;

  MapsLoadCallback(Runnable ready, Consumer<String> failed) {
    this.ready = ready;
    this.failed = failed;
  }

  /** The map exists in the page. */
  public void mapsReady() {
    ready.run();
  }

  /** The API could not be loaded or refused the key; {@code reason} is one of the page's codes. */
  public void mapsFailed(String reason) {
    failed.accept(reason);
  }
}
