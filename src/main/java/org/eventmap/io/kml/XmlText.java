package org.eventmap.io.kml;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An XML file's bytes as text, in the encoding its byte order mark or declaration names (UTF-8 when
 * neither does), decoded here rather than by the parser: bytes that are not the encoding then end the
 * read with {@link NotText} at their exact line and column, and the parser prints nothing to the console
 * (the JDK's parser writes its own "[Fatal Error]" line for them otherwise).
 */
final class XmlText {
  private static final Pattern DECLARED = Pattern.compile("^<\\?xml[^>]*?encoding\\s*=\\s*[\"']([A-Za-z0-9._:-]+)[\"']");

  private XmlText() {}

  /** The bytes are not text in the encoding the file says it is in. */
  static final class NotText extends IOException {
    final int line;
    final int column;

    NotText(String message, int line, int column) {
      super(message);
      this.line = line;
      this.column = column;
    }
  }

  /**
   * @throws NotText when the declaration names an encoding Java does not know
   */
  static Reader open(InputStream bytes) throws IOException {
    BufferedInputStream in = bytes instanceof BufferedInputStream b ? b : new BufferedInputStream(bytes, 1 << 16);
    in.mark(1024);
    byte[] head = in.readNBytes(1024);
    in.reset();
    if (head.length >= 2 && (head[0] & 0xFF) == 0xFE && (head[1] & 0xFF) == 0xFF) {
      in.skipNBytes(2);
      return new InputStreamReader(in, StandardCharsets.UTF_16BE);
    }
    if (head.length >= 2 && (head[0] & 0xFF) == 0xFF && (head[1] & 0xFF) == 0xFE) {
      in.skipNBytes(2);
      return new InputStreamReader(in, StandardCharsets.UTF_16LE);
    }
    if (head.length >= 3 && (head[0] & 0xFF) == 0xEF && (head[1] & 0xFF) == 0xBB && (head[2] & 0xFF) == 0xBF) {
      in.skipNBytes(3);
      return new Utf8(in);
    }
    Matcher declared = DECLARED.matcher(new String(head, StandardCharsets.ISO_8859_1));
    if (declared.find()) {
      String name = declared.group(1);
      Charset charset;
      try {
        charset = Charset.forName(name);
      } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
        throw new NotText("the XML declaration names the encoding '" + name + "', which Eventmap does not know",
            1, declared.start(1) + 1);
      }
      if (!charset.equals(StandardCharsets.UTF_8)) {
        return new InputStreamReader(in, charset);
      }
    }
    return new Utf8(in);
  }

  /** UTF-8 that knows where it is, so that a byte that is not UTF-8 is reported where it stands. */
  private static final class Utf8 extends Reader {
    private final InputStream in;
    private final CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
    private final ByteBuffer bytes = ByteBuffer.allocate(1 << 16).flip();
    private final CharBuffer chars = CharBuffer.allocate(1 << 16).flip();
    private boolean end;
    private boolean finished;
    private NotText pending;
    private int line = 1;
    private int column = 1;

    Utf8(InputStream in) {
      this.in = in;
    }

    @Override
    public int read(char[] into, int offset, int length) throws IOException {
      if (length == 0) {
        return 0;
      }
      if (!chars.hasRemaining()) {
        if (pending != null) {
          throw pending;
        }
        if (!fill()) {
          return -1;
        }
      }
      int n = Math.min(length, chars.remaining());
      chars.get(into, offset, n);
      for (int i = offset; i < offset + n; i++) {
        if (into[i] == '\n') {
          line++;
          column = 1;
        } else {
          column++;
        }
      }
      return n;
    }

    /** Decodes more; false at the end of the bytes. */
    private boolean fill() throws IOException {
      if (finished) {
        return false;
      }
      chars.clear();
      while (chars.position() == 0) {
        if (!bytes.hasRemaining() && end) {
          decoder.decode(bytes, chars, true);
          decoder.flush(chars);
          finished = true;
          break;
        }
        CoderResult result = decoder.decode(bytes, chars, end);
        if (result.isError()) {
          pending = notUtf8(bytes.get(bytes.position()));
          break;
        }
        if (result.isUnderflow() && !end) {
          bytes.compact();
          int n = in.read(bytes.array(), bytes.position(), bytes.remaining());
          if (n < 0) {
            end = true;
          } else {
            bytes.position(bytes.position() + n);
          }
          bytes.flip();
        } else if (result.isUnderflow()) {
          decoder.flush(chars);
          finished = true;
          break;
        }
      }
      chars.flip();
      if (!chars.hasRemaining() && pending != null) {
        throw pending;
      }
      return chars.hasRemaining();
    }

    private NotText notUtf8(byte first) {
      // Where the bad byte is: after every character decoded so far, including those not handed on yet.
      int atLine = line;
      int atColumn = column;
      for (int i = 0; i < chars.position(); i++) {
        if (chars.get(i) == '\n') {
          atLine++;
          atColumn = 1;
        } else {
          atColumn++;
        }
      }
      return new NotText(String.format("the byte 0x%02X is not UTF-8, the encoding the file says or implies it is in: "
          + "save it as UTF-8, or name its encoding in its first line, e.g. <?xml version=\"1.0\" "
          + "encoding=\"windows-1252\"?>", first & 0xFF), atLine, atColumn);
    }

    @Override
    public void close() throws IOException {
      in.close();
    }
  }
}
