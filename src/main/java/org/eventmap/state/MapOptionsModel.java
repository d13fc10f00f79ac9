package org.eventmap.state;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/** How the map is drawn: which basemap, why it is not the one asked for, and which lines it draws. */
public final class MapOptionsModel {
  private final ReadOnlyObjectWrapper<MapProvider> provider =
      new ReadOnlyObjectWrapper<>(this, "mapProvider", MapProvider.EMBEDDED);
  private final ReadOnlyStringWrapper notice = new ReadOnlyStringWrapper(this, "mapNotice", "");
  private final ReadOnlyBooleanWrapper showJourneys = new ReadOnlyBooleanWrapper(this, "showJourneys", true);
  private final ReadOnlyBooleanWrapper showLinks = new ReadOnlyBooleanWrapper(this, "showLinks", true);

  /** Which basemap is shown. */
  public ReadOnlyObjectProperty<MapProvider> providerProperty() {
    return provider.getReadOnlyProperty();
  }

  /** Why the map is not the one the person asked for, in words for a person; empty when all is well. */
  public ReadOnlyStringProperty noticeProperty() {
    return notice.getReadOnlyProperty();
  }

  /** Whether journeys (events tagged {@code trip:NAME}) are drawn as arcs from place to place. */
  public ReadOnlyBooleanProperty showJourneysProperty() {
    return showJourneys.getReadOnlyProperty();
  }

  /** Whether the selected event's related events are linked to it on the map. */
  public ReadOnlyBooleanProperty showLinksProperty() {
    return showLinks.getReadOnlyProperty();
  }

  /** Switches the basemap. */
  public void choose(MapProvider chosen) {
    notice.set("");
    provider.set(chosen);
  }

  /** A basemap could not be shown: back to the offline map, saying why. */
  public void failed(MapProvider failedProvider, String reason) {
    if (failedProvider != MapProvider.EMBEDDED) {
      provider.set(MapProvider.EMBEDDED);
    }
    notice.set(reason);
  }

  public void dismissNotice() {
    notice.set("");
  }

  public void setShowJourneys(boolean show) {
    showJourneys.set(show);
  }

  public void setShowLinks(boolean show) {
    showLinks.set(show);
  }
}
