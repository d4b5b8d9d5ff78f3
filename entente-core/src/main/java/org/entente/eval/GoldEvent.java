package org.entente.eval;

/**
 * An expected event.
 *
 * @param source expected source actor code (its first three letters are compared)
 * @param cameo expected CAMEO code ("" when the gold set has none, e.g. PLOVER records)
 * @param category the event category used for per-category tables: the CAMEO root, or the PLOVER type
 * @param date expected date as text ("2023-05-07", "2023-05", "2023") or ""
 */
public record GoldEvent(String doc, String source, String target, String cameo, String category, String date,
    boolean negated, boolean hypothetical) {

  public String sourceCountry() {
    return country(source);
  }

  public String targetCountry() {
    return country(target);
  }

  static String country(String code) {
    if (code == null) {
      return "";
    }
    return code.length() >= 3 ? code.substring(0, 3) : code;
  }

  /** Whether the event is scored: flagged gold events document traps and are left out. */
  public boolean scored() {
    return !negated && !hypothetical;
  }
}
