package org.entente.eval;

import org.entente.model.Event;

/**
 * A predicted event reduced to what is scored, with the event kept for {@code --show}.
 *
 * @param category the category it is compared in (CAMEO root, or a PLOVER type)
 */
public record Prediction(String doc, String sourceCountry, String targetCountry, String cameo, String category,
    String date, Event event) {

  /**
   * Whether a coded event is scored: factual events always; events with a known source and no target at
   * all ("Akayev agreed to resign") only against gold records that may lack a target (PLOVER), since a
   * dyad's gold event always names both sides. Negated and hypothetical events never.
   */
  public static boolean scored(Event e, boolean goldMayLackTarget) {
    if (e.factual()) {
      return true;
    }
    return goldMayLackTarget && !e.negated() && !e.hypothetical() && e.source().known() && e.target().absent();
  }
}
