package org.entente.relations;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A DyadEvent is one coded event between two countries, as the relations stage needs it.
 *
 * <p>It is read from the store (the {@code events} table) and carries the sentence so that every figure
 * can be traced back to text. Country codes are the first three letters of the actor codes; empty when
 * the actor is unknown.
 *
 * @param date the day the event happened (or the article's publication day when dating by publication)
 * @param quadClass 1 verbal cooperation, 2 material cooperation, 3 verbal conflict, 4 material conflict
 */
public record DyadEvent(
    String id, String doc, LocalDate date, String sourceCountry, String targetCountry, String source,
    String target, String code, String root, int quadClass, double goldstein, String sentence, boolean negated,
    boolean hypothetical) {

  public DyadEvent {
    Objects.requireNonNull(id, "id");
    sourceCountry = sourceCountry == null ? "" : sourceCountry;
    targetCountry = targetCountry == null ? "" : targetCountry;
    root = root == null || root.isEmpty() ? rootOf(code) : root;
    if (quadClass < 1 || quadClass > 4) {
      throw new IllegalArgumentException("quad class is 1 to 4, not " + quadClass + " (event " + id + ")");
    }
  }

  private static String rootOf(String code) {
    return code == null || code.length() < 2 ? "" : code.substring(0, 2);
  }

  /**
   * Whether the event counts as a fact between two countries: both countries known and different, not
   * negated, not hypothetical, and dated.
   */
  public boolean factual() {
    return dyadic() && !negated && !hypothetical;
  }

  /** Whether the event is dated and links two different known countries, whatever its modality. */
  public boolean dyadic() {
    return date != null && !sourceCountry.isEmpty() && !targetCountry.isEmpty()
        && !sourceCountry.equals(targetCountry);
  }

  /** Whether the event involves {@code country} on either side. */
  public boolean involves(String country) {
    return sourceCountry.equals(country) || targetCountry.equals(country);
  }
}
