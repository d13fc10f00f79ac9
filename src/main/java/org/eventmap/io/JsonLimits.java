package org.eventmap.io;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.util.JsonParserDelegate;
import java.io.IOException;

/**
 * Jackson's limits on a file (nesting depth, the length of one string or number, StreamReadConstraints)
 * said as a person reads them, where they were passed: Jackson's exception for a limit carries no
 * position, but its parser knows how far it had got.
 */
public final class JsonLimits {
  private JsonLimits() {}

  /**
   * The parser, keeping its position when it is closed: a reader that catches Jackson's exception outside
   * its try-with-resources sees a closed parser, which says it is at the end of its buffer.
   */
  public static JsonParser locating(JsonParser parser) {
    return new JsonParserDelegate(parser) {
      private JsonLocation atClose;

      @Override
      public void close() throws IOException {
        atClose = delegate.currentLocation();
        super.close();
      }

      // JsonParserDelegate keeps the default, which releases nothing: JSONP's end is read from these bytes.
      @Override
      public int releaseBuffered(java.io.OutputStream out) throws IOException {
        return delegate.releaseBuffered(out);
      }

      @Override
      public int releaseBuffered(java.io.Writer w) throws IOException {
        return delegate.releaseBuffered(w);
      }

      @Override
      public JsonLocation currentLocation() {
        return atClose != null ? atClose : super.currentLocation();
      }
    };
  }

  /** Where the problem is: the exception's own position, or, for a limit, the parser's. */
  public static JsonLocation where(JsonProcessingException e, JsonParser parser) {
    JsonLocation at = e.getLocation();
    if ((at == null || at.getLineNr() < 1) && parser != null) {
      at = parser.currentLocation();
    }
    return at;
  }

  /** A sentence for a limit passed; empty when the exception is not about a limit. */
  public static java.util.Optional<String> limitPassed(JsonProcessingException e) {
    if (!(e instanceof StreamConstraintsException)) {
      return java.util.Optional.empty();
    }
    String message = String.valueOf(e.getOriginalMessage());
    StreamReadConstraints limits = StreamReadConstraints.defaults();
    if (message.contains("nesting depth")) {
      return java.util.Optional.of("the JSON nests arrays and objects more than " + limits.getMaxNestingDepth()
          + " deep here, more than Eventmap reads (a file of events nests a few levels)");
    }
    if (message.contains("String value length")) {
      return java.util.Optional.of("a text here is longer than the " + limits.getMaxStringLength() / 1_000_000
          + " million characters Eventmap reads in one value");
    }
    if (message.contains("Number value length")) {
      return java.util.Optional.of("a number here has more than " + limits.getMaxNumberLength()
          + " digits, more than Eventmap reads");
    }
    return java.util.Optional.of("the JSON passes a limit of what Eventmap reads: " + message);
  }
}
