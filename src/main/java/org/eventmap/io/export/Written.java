package org.eventmap.io.export;

import java.util.List;

/**
 * What a writer wrote: how many events, and a sentence for each kind of thing the format could not carry
 * (events left out, fields dropped), for the person to read as a warning.
 */
public record Written(int events, List<String> notes) {
  public Written {
    notes = List.copyOf(notes);
  }
}
