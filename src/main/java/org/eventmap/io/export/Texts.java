package org.eventmap.io.export;

import java.math.BigDecimal;
import java.text.Normalizer;
import java.util.Locale;
import java.util.Set;

/** Small pieces the writers share: escaping, coordinates as written, ids made from names. */
final class Texts {
  private Texts() {}

  /**
   * Plain text made safe inside HTML (TimelineJS shows its texts as HTML): the five characters that
   * HTML reads as markup are escaped, so that "a < b & c" is shown as written, not as a tag.
   */
  static String escapeHtml(String text) {
    StringBuilder s = null;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      String replacement = switch (c) {
        case '<' -> "&lt;";
        case '>' -> "&gt;";
        case '&' -> "&amp;";
        default -> null;
      };
      if (replacement != null && s == null) {
        s = new StringBuilder(text.length() + 16).append(text, 0, i);
      }
      if (s != null) {
        if (replacement != null) {
          s.append(replacement);
        } else {
          s.append(c);
        }
      }
    }
    return s == null ? text : s.toString();
  }

  /**
   * Text made safe inside an XML element or a quoted attribute. Characters XML 1.0 cannot hold at all
   * (control characters other than tab and line breaks, lone surrogates) become U+FFFD: one of them
   * would otherwise make the whole file unreadable.
   */
  static void appendXml(Appendable out, String text) throws java.io.IOException {
    int from = 0;
    int n = text.length();
    for (int i = 0; i < n; i++) {
      char c = text.charAt(i);
      String replacement;
      if (c == '<') {
        replacement = "&lt;";
      } else if (c == '>') {
        replacement = "&gt;";
      } else if (c == '&') {
        replacement = "&amp;";
      } else if (c == '"') {
        replacement = "&quot;";
      } else if (c < 0x20 && c != '\t' && c != '\n' && c != '\r' || c == 0xFFFE || c == 0xFFFF) {
        replacement = "\uFFFD";
      } else if (Character.isHighSurrogate(c)) {
        if (i + 1 < n && Character.isLowSurrogate(text.charAt(i + 1))) {
          i++;
          continue;
        }
        replacement = "\uFFFD";
      } else if (Character.isLowSurrogate(c)) {
        replacement = "\uFFFD";
      } else {
        continue;
      }
      out.append(text, from, i).append(replacement);
      from = i + 1;
    }
    out.append(text, from, n);
  }

  /**
   * A coordinate in degrees to 7 decimals (about 1 cm, RFC 7946 section 11.2 advises no more than
   * needed), in plain notation without an exponent and without trailing zeros.
   */
  static String degrees(double value) {
    double rounded = Math.round(value * 1e7) / 1e7;
    if (rounded == 0) {
      return "0";
    }
    String plain = Double.toString(rounded);
    if (plain.indexOf('E') < 0) {
      return plain.endsWith(".0") ? plain.substring(0, plain.length() - 2) : plain;
    }
    return new BigDecimal(plain).stripTrailingZeros().toPlainString();
  }

  /** Whether the text is an id of our format: lower-case letters, digits and '-', not starting with '-'. */
  static boolean isId(String text) {
    if (text.isEmpty()) {
      return false;
    }
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      boolean allowed = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || (c == '-' && i > 0);
      if (!allowed) {
        return false;
      }
    }
    return true;
  }

  /** An id of our format made from a name ("Tel Aviv" gives tel-aviv), {@code fallback} when none is left. */
  static String slug(String name, String fallback) {
    String ascii = Normalizer.normalize(name, Normalizer.Form.NFKD).replaceAll("[^\\p{ASCII}]", "");
    String slug = ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
    if (slug.length() > 60) {
      slug = slug.substring(0, 60).replaceAll("-+$", "");
    }
    return slug.isEmpty() ? fallback : slug;
  }

  /** {@code wanted}, or {@code wanted-2}, {@code wanted-3}... whichever is not taken yet; it is then taken. */
  static String unique(String wanted, Set<String> taken) {
    if (taken.add(wanted)) {
      return wanted;
    }
    for (int n = 2; ; n++) {
      String candidate = wanted + "-" + n;
      if (taken.add(candidate)) {
        return candidate;
      }
    }
  }

  /** Whether the text is an XML name without a colon (NCName): what an {@code id} attribute of type ID must be. */
  static boolean isNcName(String text) {
    if (text.isEmpty()) {
      return false;
    }
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      boolean letter = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_';
      boolean other = (c >= '0' && c <= '9') || c == '-' || c == '.';
      if (!(letter || (i > 0 && other))) {
        return false;
      }
    }
    return true;
  }
}
