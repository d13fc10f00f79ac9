package org.eventmap.io.csv;

/**
 * GDELT's CAMEO event codes as its codebook writes them. A spreadsheet that took the codes for numbers
 * dropped their leading zero ({@code 010} became {@code 10}, {@code 0211} became {@code 211}); since every
 * root code is 01 to 20, the lost zero can be put back.
 */
final class Cameo {
  private static final String[] ROOTS = {
    "Make public statement", "Appeal", "Express intent to cooperate", "Consult", "Engage in diplomatic cooperation",
    "Engage in material cooperation", "Provide aid", "Yield", "Investigate", "Demand", "Disapprove", "Reject",
    "Threaten", "Protest", "Exhibit force posture", "Reduce relations", "Coerce", "Assault", "Fight",
    "Use unconventional mass violence"
  };

  private Cameo() {}

  /** An event code (three or four digits) as the codebook writes it; anything else as it is. */
  static String code(String written) {
    String c = written.strip();
    if (!CellDates.allDigits(c)) {
      return c;
    }
    if (c.length() == 2) {
      return "0" + c; // "10" was 010: event codes have three or four digits
    }
    if (c.length() == 3 && Integer.parseInt(c.substring(0, 2)) > 20) {
      return "0" + c; // "211" was 0211: no root is 21, the roots are 01 to 20
    }
    return c;
  }

  /** The name of the code's root (its first two digits), or empty when it is not a CAMEO code. */
  static String rootName(String code) {
    if (code.length() < 2 || !CellDates.allDigits(code)) {
      return "";
    }
    int root = Integer.parseInt(code.substring(0, 2));
    return root >= 1 && root <= 20 ? ROOTS[root - 1] : "";
  }
}
