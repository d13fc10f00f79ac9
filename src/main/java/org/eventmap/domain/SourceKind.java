package org.eventmap.domain;

import java.util.Locale;
import java.util.Optional;

/**
 * What a source is to the fact it backs: the document itself, an outlet's own reporting of it, or a copy
 * of someone else's. A reader who follows a link should know whether they land on the original.
 */
public enum SourceKind {
  /** The document itself: a resolution, a transcript, a readout, a statement, a report. */
  PRIMARY('p', "Primary", "The document itself: a resolution, a transcript, a readout, a statement or a report."),
  /** An outlet's own reporting. */
  REPORT('r', "Report", "An outlet's own reporting of what happened."),
  /** A republished or syndicated copy of another's report, or an aggregator's page. */
  COPY('c', "Copy", "A republished or syndicated copy of another outlet's report, or an aggregator's page.");

  private final char code;
  private final String label;
  private final String explanation;

  SourceKind(char code, String label, String explanation) {
    this.code = code;
    this.label = label;
    this.explanation = explanation;
  }

  /** The word a dataset file writes: {@code primary}, {@code report} or {@code copy}. */
  public String key() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The word a reader sees, capitalised. */
  public String label() {
    return label;
  }

  /** One sentence on what the word means, for a tooltip. */
  public String explanation() {
    return explanation;
  }

  /** The kind a file's word names, if it names one (exactly, in lower case). */
  public static Optional<SourceKind> ofKey(String key) {
    for (SourceKind k : values()) {
      if (k.key().equals(key)) {
        return Optional.of(k);
      }
    }
    return Optional.empty();
  }

  /** The words a file may write, for messages: {@code primary, report or copy}. */
  public static String keys() {
    return "'primary', 'report' or 'copy'";
  }

  /** One letter for an event to keep the kind in ({@link Event}). */
  char code() {
    return code;
  }

  static SourceKind ofCode(char code) {
    for (SourceKind k : values()) {
      if (k.code == code) {
        return k;
      }
    }
    return null;
  }
}
