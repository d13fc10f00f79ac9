package org.eventmap.domain;

import java.net.URI;
import java.util.Objects;
import java.util.Optional;

/**
 * Where a fact comes from. A source without a reliable address still names its publisher and title.
 *
 * <p>Written as a class with the accessors of a record so that it can keep its address as text: a parsed
 * {@link URI} holds four or five more strings, and a large file has a couple of million sources. The
 * address is checked once, when the source is made, and parsed again only when it is asked for.
 *
 * <p>Our own format may say what kind of source it is ({@link SourceKind}) and give a note: what the
 * curator knows about it, kept apart from its title. Other formats leave both empty.
 */
public final class Source {
  private final String title;
  private final String publisher;
  /** An http(s) address that has been checked, or null. */
  private final String url;
  private final TimePoint date;
  /** Null when the file does not say. */
  private final SourceKind kind;
  /** Null when there is none. */
  private final String note;

  public Source(String title, String publisher, Optional<URI> url, Optional<TimePoint> date) {
    this(title, publisher, url, date, Optional.empty(), Optional.empty());
  }

  public Source(String title, String publisher, Optional<URI> url, Optional<TimePoint> date,
      Optional<SourceKind> kind, Optional<String> note) {
    this(title, publisher, checked(Objects.requireNonNull(url, "url").orElse(null)),
        Objects.requireNonNull(date, "date").orElse(null), Objects.requireNonNull(kind, "kind").orElse(null),
        Objects.requireNonNull(note, "note").orElse(null));
  }

  /** The source with an address that has been checked already (or null), as an event keeps it. */
  Source(String title, String publisher, String checkedUrl, TimePoint date, SourceKind kind, String note) {
    this.title = Objects.requireNonNull(title, "title");
    this.publisher = Objects.requireNonNull(publisher, "publisher");
    this.url = checkedUrl;
    this.date = date;
    this.kind = kind;
    this.note = note;
  }

  /**
   * A source whose address the caller has already parsed (a reader checking a file does, to report a
   * bad one); only the text of the address is kept.
   *
   * @param url an http(s) address, or null
   * @param date the publication date, or null
   */
  public static Source of(String title, String publisher, URI url, TimePoint date) {
    return new Source(title, publisher, checked(url), date, null, null);
  }

  /**
   * The same, with what our own format may add.
   *
   * @param kind what kind of source it is, or null when the file does not say
   * @param note what the curator knows about the source, or null
   */
  public static Source of(String title, String publisher, URI url, TimePoint date, SourceKind kind, String note) {
    return new Source(title, publisher, checked(url), date, kind, note);
  }

  private static String checked(URI u) {
    if (u == null) {
      return null;
    }
    String scheme = u.getScheme();
    if (scheme == null || !(scheme.equalsIgnoreCase("http") || scheme.equalsIgnoreCase("https"))) {
      throw new IllegalArgumentException("URL '" + u + "' is not an http(s) address");
    }
    return u.toString();
  }

  public String title() {
    return title;
  }

  public String publisher() {
    return publisher;
  }

  /** The address as text, or null. */
  String checkedUrl() {
    return url;
  }

  public Optional<URI> url() {
    return url == null ? Optional.empty() : Optional.of(URI.create(url));
  }

  public Optional<TimePoint> date() {
    return Optional.ofNullable(date);
  }

  /** Empty when the file does not say (every format but our own). */
  public Optional<SourceKind> kind() {
    return Optional.ofNullable(kind);
  }

  /** What the curator knows about the source, shown apart from its title; empty when there is none. */
  public Optional<String> note() {
    return Optional.ofNullable(note);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Source s && s.title.equals(title) && s.publisher.equals(publisher)
        && s.url().equals(url()) && Objects.equals(s.date, date) && s.kind == kind && Objects.equals(s.note, note);
  }

  @Override
  public int hashCode() {
    return Objects.hash(title, publisher, url(), date, kind == null ? null : kind.key(), note); // stable across runs
  }

  @Override
  public String toString() {
    return "Source[title=" + title + ", publisher=" + publisher + ", url=" + url() + ", date=" + date()
        + (kind == null ? "" : ", kind=" + kind.key()) + (note == null ? "" : ", note=" + note) + "]";
  }
}
