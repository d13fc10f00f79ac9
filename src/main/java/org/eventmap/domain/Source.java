package org.eventmap.domain;

import java.net.URI;
import java.util.Objects;
import java.util.Optional;

/** Where a fact comes from. A source without a reliable address still names its publisher and title. */
public record Source(String title, String publisher, Optional<URI> url, Optional<TimePoint> date) {
  public Source {
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(publisher, "publisher");
    Objects.requireNonNull(url, "url");
    Objects.requireNonNull(date, "date");
    url.ifPresent(
        u -> {
          String scheme = u.getScheme();
          if (scheme == null || !(scheme.equalsIgnoreCase("http") || scheme.equalsIgnoreCase("https"))) {
            throw new IllegalArgumentException("URL '" + u + "' is not an http(s) address");
          }
        });
  }
}
