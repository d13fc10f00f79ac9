package org.eventmap.state;

/** Which basemap the map shows. Everything else (markers, selection, timeline) is the same for both. */
public enum MapProvider {
  /** Natural Earth, drawn by Eventmap itself; works offline. The default. */
  EMBEDDED("Offline map (Natural Earth)"),
  /** Google's map through GMapsFX; needs a network route to Google and an API key. */
  GOOGLE("Google Maps");

  private final String displayName;

  MapProvider(String displayName) {
    this.displayName = displayName;
  }

  public String displayName() {
    return displayName;
  }
}
