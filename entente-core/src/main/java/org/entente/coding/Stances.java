package org.entente.coding;

import java.util.HashMap;
import java.util.Map;

/**
 * The codes of an act that is announced, appealed for, demanded or refused instead of done
 * ({@code dictionaries/verbs/stances.tsv}, docs/dictionaries.md section 4): CAMEO gives releasing people
 * 0841, promising it 0353, appealing for it 0253, demanding it 1053 and refusing it 1243. An act's line
 * is the longest code prefix listed. Immutable once built, thread-safe.
 */
public final class Stances {

  /** How an act is held when it is not simply done. */
  public enum Stance { INTENT, APPEAL, DEMAND, REFUSAL }

  static final Stances NONE = new Stances(Map.of());

  private final Map<String, String[]> byPrefix;

  private Stances(Map<String, String[]> byPrefix) {
    this.byPrefix = Map.copyOf(byPrefix);
  }

  /** The code of the act {@code code} held in {@code stance}, or null when CAMEO has none. */
  public String code(Stance stance, String code) {
    for (int len = code.length(); len >= 2; len--) {
      String[] line = byPrefix.get(code.substring(0, len));
      if (line != null) {
        return line[stance.ordinal()];
      }
    }
    return null;
  }

  /** Collects lines; {@link #add} checks one line's shape, the caller checks that its codes exist. */
  static final class Builder {
    private final Map<String, String[]> byPrefix = new HashMap<>();

    /** Adds a line CODE, INTENT, APPEAL, DEMAND, REFUSAL ("-" for none); returns the stance codes given. */
    String[] add(String[] cols) {
      if (cols.length != 5 || !cols[0].matches("\\d{2,4}")) {
        throw new IllegalArgumentException("expected CODE<TAB>INTENT<TAB>APPEAL<TAB>DEMAND<TAB>REFUSAL");
      }
      String[] codes = new String[4];
      for (int i = 0; i < 4; i++) {
        codes[i] = cols[i + 1].equals("-") ? null : cols[i + 1];
      }
      if (byPrefix.put(cols[0], codes) != null) {
        throw new IllegalArgumentException("code " + cols[0] + " is listed twice");
      }
      return codes;
    }

    Stances build() {
      return new Stances(byPrefix);
    }
  }
}
