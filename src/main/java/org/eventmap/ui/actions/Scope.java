package org.eventmap.ui.actions;

/** Where an action's keys work. */
public enum Scope {
  /** Anywhere in the window, except the keys a text box uses itself. */
  WINDOW("Anywhere in the window"),
  /** While the map has the keyboard's focus. */
  MAP("On the map"),
  /** While the time axis has the keyboard's focus. */
  TIMELINE("On the timeline");

  private final String label;

  Scope(String label) {
    this.label = label;
  }

  /** The heading of the scope's keys in Help ▸ Keyboard shortcuts. */
  public String label() {
    return label;
  }
}
