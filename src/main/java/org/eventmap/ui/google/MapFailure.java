package org.eventmap.ui.google;

/** Why Google's map is not shown, in words for the person at the window. */
enum MapFailure {
  /** The script did not load, or nothing came back before the deadline: no network, a proxy, a firewall. */
  UNREACHABLE("Google Maps could not be reached (no network connection, or Google did not answer in time). "
      + "Showing the offline map instead."),
  /** Google answered and said no to the key (its gm_authFailure hook). */
  KEY_REFUSED("Google Maps did not accept the API key (it may be mistyped, expired, or not enabled for the "
      + "Maps JavaScript API). Showing the offline map instead."),
  /** Our own page or GMapsFX could not be started; a fault of this copy of Eventmap, not of the network. */
  NOT_STARTED("Google Maps could not be started in this window. Showing the offline map instead.");

  private final String message;

  MapFailure(String message) {
    this.message = message;
  }

  String message() {
    return message;
  }

  /** The reason code our page reports (google-map.js, FAILURE). */
  static MapFailure fromPage(String reason) {
    if ("script".equals(reason)) {
      return UNREACHABLE;
    }
    if ("key-refused".equals(reason)) {
      return KEY_REFUSED;
    }
    return NOT_STARTED;
  }
}
