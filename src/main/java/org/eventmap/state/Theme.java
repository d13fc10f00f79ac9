package org.eventmap.state;

/** How the window looks: light or dark. */
public enum Theme {
  LIGHT,
  DARK
}
