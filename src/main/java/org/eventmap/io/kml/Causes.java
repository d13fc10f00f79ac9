package org.eventmap.io.kml;

import org.eventmap.io.ProgressInputStream;

/** What a StAX parser wraps: the cancel or the limit its stream threw, found among the causes. */
final class Causes {
  private Causes() {}

  /** Whether this throwable, or one it was caused by, is a cancelled read. */
  static boolean isCancel(Throwable t) {
    return causeOf(t, ProgressInputStream.Cancelled.class) != null;
  }

  /** The throwable of this type that caused this one (a parser wraps what its stream throws), or null. */
  static <T extends Throwable> T causeOf(Throwable t, Class<T> type) {
    for (Throwable c = t; c != null; ) {
      if (type.isInstance(c)) {
        return type.cast(c);
      }
      Throwable next = c instanceof javax.xml.stream.XMLStreamException x && x.getNestedException() != null
          ? x.getNestedException() : c.getCause();
      c = next == c ? null : next;
    }
    return null;
  }
}
